/**
 * 32-bit feature hashing: a feature is a template id and the strings or hashes it combines,
 * reduced to one unsigned integer without building strings (FNV-1a over UTF-16 code units,
 * then a multiplicative mix). Training and tagging hash alike, so the model stores only
 * integers.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Hash of a string, seeded (the seed separates templates). */
export function hashString(s: string, seed = 0): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return mix(h);
}

/** Combines a template id with one to three hashes into a feature id. */
export function feature(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template + 0x9e3779b9, 0x85ebca6b) ^ a;
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2f) ^ c;
  return mix(h);
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

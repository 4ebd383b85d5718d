/**
 * The weight of the names a sentence carries, for the summary: the salience of each entity
 * it names, mention by mention. A common word the names model took for a name, because a
 * title-case phrase or a sentence start capitalised it ("the Fourth Energy Technology Plan and
 * Roadmap", "Light" in a festival's slogan), weighs nothing when the article also uses the word
 * in lower case at least as often: it is a word of the text, not one of its key entities, and
 * it must not weigh the sentence that holds it above the story's.
 */
import type { Block, Entity } from '../types';

/** A mention's place in its block and what it weighs. */
export interface WeightedMention {
  start: number;
  weight: number;
}

/** A name of one capitalised word ("Roadmap"; not "BSDiff", "US", "WHO"): it may be a common word. */
const ONE_WORD = /^\p{Lu}\p{Ll}+$/u;
/**
 * A word in lower case standing alone in running text: after a space, a quote or a bracket,
 * and not part of an address, a handle or a file name ("twitter.com", "@light", "memory_map").
 */
const LOWER_WORD = /(?<=^|[\s"“‘(])\p{Ll}+(?![\p{L}\p{N}@/_]|\.\p{L})/gu;

/** How often each lower-case word stands alone in the blocks' text. */
function lowerCaseCounts(blocks: readonly Block[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const b of blocks) for (const w of b.text.match(LOWER_WORD) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** Whether an entity is a common word of the text rather than a name (see the file's note). */
function isCommonWord(e: Entity, lower: ReadonlyMap<string, number>): boolean {
  if (!ONE_WORD.test(e.name)) return false;
  const n = lower.get(e.name.toLowerCase()) ?? 0;
  return n > 0 && n >= e.mentions.length;
}

/** The entities' mentions by block, each with the weight it gives its sentence. */
export function weightedMentions(
  entities: readonly Entity[],
  blocks: readonly Block[],
): Map<number, WeightedMention[]> {
  const lower = lowerCaseCounts(blocks);
  const out = new Map<number, WeightedMention[]>();
  for (const e of entities) {
    const weight = isCommonWord(e, lower) ? 0 : e.salience;
    for (const m of e.mentions) {
      const list = out.get(m.blockId);
      if (list) list.push({ start: m.start, weight });
      else out.set(m.blockId, [{ start: m.start, weight }]);
    }
  }
  return out;
}

/** The weight of the names a block's mentions place between `start` and `end` (each mention once). */
export function namesWeight(mentions: readonly WeightedMention[] | undefined, start: number, end: number): number {
  const seen = new Set<number>();
  let sum = 0;
  for (const m of mentions ?? []) {
    if (m.start < start || m.start >= end || seen.has(m.start)) continue;
    seen.add(m.start);
    sum += m.weight;
  }
  return sum;
}

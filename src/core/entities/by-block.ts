/** Mentions grouped by the block they are in, for the corrections that read one block at a time. */
import type { EntityMention } from '../types';

/** The mentions of each block, in their order in `mentions`. */
export function mentionsByBlock(mentions: readonly EntityMention[]): Map<number, EntityMention[]> {
  const byBlock = new Map<number, EntityMention[]>();
  for (const m of mentions) {
    const list = byBlock.get(m.blockId);
    if (list) list.push(m);
    else byBlock.set(m.blockId, [m]);
  }
  return byBlock;
}

/**
 * `mentions` with each of `found` that overlaps none of them, in text order (block, then
 * start): for the corrections that add names the tagger left out.
 */
export function withFound(mentions: readonly EntityMention[], found: readonly EntityMention[]): EntityMention[] {
  const byBlock = mentionsByBlock(mentions);
  const outside = found.filter((f) => !(byBlock.get(f.blockId) ?? []).some((m) => m.start < f.end && m.end > f.start));
  if (outside.length === 0) return [...mentions];
  return [...mentions, ...outside].sort((a, b) => a.blockId - b.blockId || a.start - b.start);
}

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

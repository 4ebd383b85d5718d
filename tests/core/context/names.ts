/**
 * Test helpers for the context stage: paragraphs from strings, and entities from a list of
 * names marked wherever they occur as whole words (the longest first), grouped as the analysis
 * groups them. The tests so do not depend on the trained entity model, which changes.
 */
import { groupMentions } from '../../../src/core/entities/group';
import type { EntityRecogniser } from '../../../src/core/entities/recogniser';
import type { Block, Entity, EntityMention, EntityType } from '../../../src/core/types';

export type Names = Record<string, EntityType>;

export function paragraphs(...texts: string[]): Block[] {
  return texts.map((text, id) => ({ id, kind: 'paragraph', text }));
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Every whole-word occurrence of each name, longer names first, none overlapping. */
export function mentionsOf(blocks: readonly Block[], names: Names): EntityMention[] {
  const ordered = Object.keys(names).sort((a, b) => b.length - a.length);
  const out: EntityMention[] = [];
  for (const b of blocks) {
    const taken: [number, number][] = [];
    for (const name of ordered) {
      for (let at = b.text.indexOf(name); at >= 0; at = b.text.indexOf(name, at + 1)) {
        const end = at + name.length;
        if (isWordChar(b.text[at - 1]) || isWordChar(b.text[end])) continue;
        if (taken.some(([s, e]) => s < end && at < e)) continue;
        taken.push([at, end]);
        out.push({ blockId: b.id, start: at, end, text: name, type: names[name] as EntityType });
      }
    }
  }
  return out.sort((a, b) => a.blockId - b.blockId || a.start - b.start);
}

export function entitiesOf(blocks: readonly Block[], names: Names): Entity[] {
  return groupMentions(mentionsOf(blocks, names), { blockCount: blocks.length });
}

/** A recogniser that finds exactly `names` (for `analyse()` in tests). */
export function listRecogniser(names: Names): EntityRecogniser {
  return { name: 'test-list', recognise: (blocks) => mentionsOf(blocks, names) };
}

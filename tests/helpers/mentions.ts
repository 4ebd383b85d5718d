import type { EntityMention, EntityType } from '../../src/core/types';

/**
 * The mentions of `names` (text and type) in one block of `text` (id `blockId`), each found after the
 * one before; a name not in the text is the test's own mistake and throws.
 */
export function mentionsIn(text: string, names: readonly [string, EntityType][], blockId = 0): EntityMention[] {
  let from = 0;
  return names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`${name} not found`);
    from = start + name.length;
    return { blockId, start, end: start + name.length, text: name, type };
  });
}

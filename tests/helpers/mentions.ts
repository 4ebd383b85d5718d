import type { EntityMention, EntityType } from '../../src/core/types';

/** The mentions of `names` (text and type) in one block (id 0) of `text`, each found after the one before. */
export function mentionsIn(text: string, names: readonly [string, EntityType][]): EntityMention[] {
  let from = 0;
  return names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { blockId: 0, start, end: start + name.length, text: name, type };
  });
}

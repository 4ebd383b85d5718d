/**
 * The English corrections after tagging (src/core/entities/mention-rules.ts) on mentions as a
 * tagger might cut and type them, for the tests of each correction.
 */
import { readFileSync } from 'node:fs';
import { modelPath } from '../../src/cli/model';
import { MentionRules } from '../../src/core/entities/mention-rules';
import { NerModel } from '../../src/core/entities/model/model';
import type { EntityMention, EntityType } from '../../src/core/types';

const rules = new MentionRules(NerModel.fromBytes(new Uint8Array(readFileSync(modelPath()))).gazetteers);

/** The corrected names of `text`, from the tagger's mentions given as [name, type] (each name's first occurrence). */
export function corrected(text: string, tagged: [string, EntityType][]): [string, EntityType][] {
  const mentions: EntityMention[] = tagged.map(([name, type]) => {
    const start = text.indexOf(name);
    return { blockId: 0, start, end: start + name.length, text: name, type };
  });
  return rules.apply(text, mentions).map((m) => [m.text, m.type]);
}

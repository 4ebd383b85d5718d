/**
 * The English corrections keep what they work out of a name's own words by the name's text
 * (mention-rules.ts `facts`): one MentionRules reading text after text must correct each
 * text as a fresh one does, wherever and however typed the name stands. Texts of our own.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { modelPath } from '../../src/cli/model';
import { MentionRules } from '../../src/core/entities/mention-rules';
import { NerModel } from '../../src/core/entities/model/model';
import type { EntityMention, EntityType } from '../../src/core/types';

const model = NerModel.fromBytes(new Uint8Array(readFileSync(modelPath())));

/** The mentions of `names` (each its first occurrence in `text`, with the type given). */
function mentionsOf(text: string, names: [string, EntityType][]): EntityMention[] {
  return names.map(([name, type]) => {
    const start = text.indexOf(name);
    if (start < 0) throw new Error(`not in the text: ${name}`);
    return { blockId: 0, start, end: start + name.length, text: name, type };
  });
}

const shown = (ms: readonly EntityMention[]): string[] => ms.map((m) => `${m.text}|${m.type}|${m.start}`);

const TEXTS: [string, [string, EntityType][]][] = [
  [
    'National Security Adviser Kyra Holloway met Jan de Vries of Vries Cargo before the House Budget Committee Tuesday.',
    [
      ['National Security Adviser Kyra Holloway', 'PERSON'],
      ['Jan de Vries', 'ORG'],
      ['Vries Cargo', 'PERSON'],
      ['House Budget Committee Tuesday', 'ORG'],
    ],
  ],
  [
    'Yesterday Vries Cargo and Jan de Vries answered the House Budget Committee Tuesday, and National Security Adviser Kyra Holloway left.',
    [
      ['Vries Cargo', 'ORG'],
      ['Jan de Vries', 'PERSON'],
      ['House Budget Committee Tuesday', 'ORG'],
      ['National Security Adviser Kyra Holloway', 'OTHER'],
    ],
  ],
  [
    'Deputy Chief Financial Officer Kyra Holloway and Chief Financial Officer of the week.',
    [
      ['Deputy Chief Financial Officer Kyra Holloway', 'PERSON'],
      ['Chief Financial Officer', 'PERSON'],
    ],
  ],
];

describe('corrections keep what a name’s own words say, by its text', () => {
  test('one MentionRules reading the texts in turn corrects each as a fresh one does', () => {
    const shared = new MentionRules(model.gazetteers);
    for (let round = 0; round < 2; round++)
      for (const [text, names] of TEXTS) {
        const fresh = new MentionRules(model.gazetteers).apply(text, mentionsOf(text, names));
        expect(shown(shared.apply(text, mentionsOf(text, names)))).toEqual(shown(fresh));
      }
  });

  test('the corrections the kept facts decide', () => {
    const rules = new MentionRules(model.gazetteers);
    const [first, second, third] = TEXTS.map(([text, names]) => shown(rules.apply(text, mentionsOf(text, names))));
    // A title inside a name, a particle name, an organisation word last, a weekday last.
    expect(first).toContain(`Kyra Holloway|PERSON|${TEXTS[0]![0].indexOf('Kyra')}`);
    expect(first).toContain(`Jan de Vries|PERSON|${TEXTS[0]![0].indexOf('Jan')}`);
    expect(first).toContain(`Vries Cargo|ORG|${TEXTS[0]![0].indexOf('Vries Cargo')}`);
    expect(first).toContain(`House Budget Committee|ORG|${TEXTS[0]![0].indexOf('House')}`);
    // The same names elsewhere, typed otherwise.
    expect(second).toContain(`Vries Cargo|ORG|10`);
    expect(second).toContain(`House Budget Committee|ORG|${TEXTS[1]![0].indexOf('House')}`);
    // An office alone is no person's name.
    expect(third!.some((m) => m.startsWith('Chief Financial Officer|'))).toBe(false);
  });
});

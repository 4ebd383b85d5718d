/**
 * The noun before a company's name at a sentence's start is left out of the name
 * (src/core/entities/org-lead-words.ts): in texts we wrote.
 */
import { describe, expect, test } from 'vitest';
import { withoutLeadNouns } from '../../src/core/entities/org-lead-words';
import type { EntityMention, EntityType } from '../../src/core/types';
import { mention } from './entity-mentions';

const shown = (ms: readonly EntityMention[]) => ms.map((m) => `${m.text}/${m.type}@${m.start}`);
const run = (text: string, names: [string, EntityType][]) =>
  shown(withoutLeadNouns(names.map(([name, type]) => mention(text, name, type))));

describe('the noun before a company is not its name', () => {
  test.each([
    ['Rival Norvane Corp cut its forecast.', [['Rival Norvane Corp', 'ORG']], ['Norvane Corp/ORG@6']],
    [
      'Peers Kestrel Data Systems report on Friday.',
      [['Peers Kestrel Data Systems', 'ORG']],
      ['Kestrel Data Systems/ORG@6'],
    ],
  ] as [string, [string, EntityType][], string[]][])('%s', (text, names, expected) => {
    expect(run(text, names)).toEqual(expected);
  });

  test.each([
    // Two words only, a person, a noun not in the list.
    ['Rival Corp said nothing.', [['Rival Corp', 'ORG']], ['Rival Corp/ORG@0']],
    ['Parent Trap Films bought it.', [['Parent Trap Films', 'PERSON']], ['Parent Trap Films/PERSON@0']],
    ['General Electric Co rose.', [['General Electric Co', 'ORG']], ['General Electric Co/ORG@0']],
  ] as [string, [string, EntityType][], string[]][])('left alone: %s', (text, names, expected) => {
    expect(run(text, names)).toEqual(expected);
  });
});

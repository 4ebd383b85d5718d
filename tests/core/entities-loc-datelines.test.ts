/**
 * A dateline's town in capitals is a place (src/core/entities/loc-datelines.ts): in texts we wrote.
 */
import { describe, expect, test } from 'vitest';
import { withDatelineTowns } from '../../src/core/entities/loc-datelines';
import type { EntityMention, EntityType } from '../../src/core/types';
import { mention } from './entity-mentions';

const shown = (ms: readonly EntityMention[]) => ms.map((m) => `${m.text}/${m.type}`);
const isListed = (name: string) => ['osaka', 'tampa'].includes(name.toLowerCase());
const run = (text: string, names: [string, EntityType][]) =>
  shown(
    withDatelineTowns(
      new Map([[0, text]]),
      names.map(([name, type]) => mention(text, name, type)),
      isListed,
    ),
  );

describe("a dateline's town is a place", () => {
  test.each([
    ['TAMPA (AP) — Ola Bray threw two touchdowns as Tampa beat Miami.', [['TAMPA', 'ORG']], ['TAMPA/PLACE']],
    ['PINE RIDGE, S.D. (Reuters) - The tribe voted on Friday.', [['PINE RIDGE', 'OTHER']], ['PINE RIDGE/PLACE']],
    ['OSAKA – The city expects record crowds.', [['OSAKA', 'ORG']], ['OSAKA/PLACE']],
    ['Intro line\nTAMPA (AP) — Second line.', [['TAMPA', 'ORG']], ['TAMPA/PLACE']],
  ] as [string, [string, EntityType][], string[]][])('%s', (text, names, expected) => {
    expect(run(text, names)).toEqual(expected);
  });

  test.each([
    // A dash alone after a name that is not a listed place: a heading, not a dateline.
    ['ACME – The company said profits rose.', [['ACME', 'ORG']], ['ACME/ORG']],
    // Not at a line's start, or not in capitals.
    ['Fans in TAMPA (AP) — cheered.', [['TAMPA', 'ORG']], ['TAMPA/ORG']],
    ['Tampa (AP) — The Bucs won.', [['Tampa', 'ORG']], ['Tampa/ORG']],
    // The tagger left the town out: it is not named here.
    ['OSAKA – The city expects record crowds.', [], []],
  ] as [string, [string, EntityType][], string[]][])('left alone: %s', (text, names, expected) => {
    expect(run(text, names)).toEqual(expected);
  });
});

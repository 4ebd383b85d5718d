/**
 * "Parliament" alone and a Court of King's or Queen's Bench the tagger left out are named
 * (src/core/entities/public-bodies.ts): in sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { publicBodies } from '../../src/core/entities/public-bodies';
import type { EntityType } from '../../src/core/types';
import { mention } from './entity-mentions';

function bodies(text: string, tagged: [string, EntityType][]): string[] {
  return publicBodies(
    new Map([[0, text]]),
    tagged.map(([name, type]) => mention(text, name, type)),
  ).map((m) => `${m.text}/${m.type}`);
}

describe('a parliament or a bench the tagger left out', () => {
  test.each([
    [
      'Parliament will be dissolved in May, Ana Ruiz said.',
      [['Ana Ruiz', 'PERSON']],
      ['Parliament/ORG', 'Ana Ruiz/PERSON'],
    ],
    ['She turned down a seat in Parliament in 1999.', [], ['Parliament/ORG']],
    [
      "Court of King's Bench Justice Ola Berg gave the sentence.",
      [['Ola Berg', 'PERSON']],
      ["Court of King's Bench/ORG", 'Ola Berg/PERSON'],
    ],
  ] as [string, [string, EntityType][], string[]][])('%s', (text, tagged, expected) => {
    expect(bodies(text, tagged)).toEqual(expected);
  });

  test.each([
    // The hill and the building are places, a longer name is kept, lower case is no name.
    ['The race starts at Parliament Hill at ten.', [['Parliament Hill', 'PLACE']], ['Parliament Hill/PLACE']],
    ['Tourists photographed the Houses of Parliament.', [], []],
    ['The European Parliament voted on Tuesday.', [['European Parliament', 'ORG']], ['European Parliament/ORG']],
    ['The state parliament met late.', [], []],
  ] as [string, [string, EntityType][], string[]][])('left alone: %s', (text, tagged, expected) => {
    expect(bodies(text, tagged)).toEqual(expected);
  });
});

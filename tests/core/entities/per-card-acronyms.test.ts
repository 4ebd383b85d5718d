import { describe, expect, test } from 'vitest';
import { groupMentions } from '../../../src/core/entities/group';
import type { EntityMention, EntityType } from '../../../src/core/types';

/** The card's entries for these mentions, each in a block of its own: name and mentions. */
function entries(...mentions: [string, EntityType][]): string[][] {
  const ms: EntityMention[] = mentions.map(([text, type], i) => ({
    blockId: i,
    start: 0,
    end: text.length,
    text,
    type,
  }));
  return groupMentions(ms, { blockCount: ms.length }).map((e) => [e.name, ...e.mentions.map((m) => m.text)]);
}

describe("one chip per person: a person's acronym and French honorifics (issue 15, point 5)", () => {
  test.each<[[string, EntityType][], string]>([
    [
      [
        ['Alexandria Ocasio-Cortez', 'PERSON'],
        ['AOC', 'ORG'],
        ['Ocasio-Cortez', 'PERSON'],
      ],
      'Alexandria Ocasio-Cortez',
    ],
    [
      [
        ['Robert F. Kennedy Jr.', 'PERSON'],
        ['RFK Jr.', 'PERSON'],
        ['Kennedy', 'PERSON'],
      ],
      'Robert F. Kennedy Jr.',
    ],
    [
      [
        ['Jean-Luc Mélenchon', 'PERSON'],
        ['M. Mélenchon', 'PERSON'],
      ],
      'Jean-Luc Mélenchon',
    ],
    [
      [
        ['Marine Le Pen', 'PERSON'],
        ['Mme Le Pen', 'PERSON'],
      ],
      'Marine Le Pen',
    ],
  ])('%j', (mentions, name) => {
    const all = entries(...mentions);
    expect(all).toHaveLength(1);
    expect(all[0]?.[0]).toBe(name);
  });

  test('an organisation with the same initials keeps the acronym', () => {
    const all = entries(['Anna Beth Clarke', 'PERSON'], ['Australian Broadcasting Corporation', 'ORG'], ['ABC', 'ORG']);
    expect(all.find((e) => e[0] === 'Anna Beth Clarke')).toEqual(['Anna Beth Clarke', 'Anna Beth Clarke']);
  });

  test('RFK Jr. is not his father', () => {
    const all = entries(['Robert F. Kennedy', 'PERSON'], ['Robert F. Kennedy Jr.', 'PERSON'], ['RFK Jr.', 'PERSON']);
    expect(all.find((e) => e[0] === 'Robert F. Kennedy Jr.')).toEqual([
      'Robert F. Kennedy Jr.',
      'Robert F. Kennedy Jr.',
      'RFK Jr.',
    ]);
  });
});

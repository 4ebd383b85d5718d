import { describe, expect, test } from 'vitest';
import { BaselineRecogniser } from '../../src/core/entities/baseline-recogniser';
import { groupMentions, normaliseName } from '../../src/core/entities/group';
import type { EntityMention, EntityType } from '../../src/core/types';

const recogniser = new BaselineRecogniser();
const found = (text: string): [string, EntityType][] =>
  recogniser.recognise([{ id: 0, kind: 'paragraph', text }]).map((m) => [m.text, m.type]);

describe('baseline recogniser: names it must find', () => {
  test.each<[string, string, EntityType]>([
    ['Officials in Kyiv said the talks would continue.', 'Kyiv', 'PLACE'],
    ['The deal was signed by Microsoft Corp last year.', 'Microsoft Corp', 'ORG'],
    ['Support from NATO has grown.', 'NATO', 'ORG'],
    ['The rally drew Ukrainian veterans.', 'Ukrainian', 'OTHER'],
    ['A statement from President Joe Biden followed.', 'Joe Biden', 'PERSON'],
    ['Analysts said Martina Vogel had been right.', 'Martina Vogel', 'PERSON'],
    ['Shares of the Bank of England rose.', 'Bank of England', 'ORG'],
  ])('%j -> %s (%s)', (text, name, type) => {
    expect(found(text)).toContainEqual([name, type]);
  });

  test('a title before a name stays outside the span', () => {
    expect(found('General Mark Milley spoke.').map(([t]) => t)).toEqual(['Mark Milley']);
  });
});

describe('baseline recogniser: words it must not tag', () => {
  test.each([
    'The minister resigned.',
    'However, prices fell in March.',
    'On Tuesday it rained.',
    'Officials declined to comment.',
  ])('%j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

const mention = (text: string, type: EntityType, blockId: number, start = 0): EntityMention => ({
  blockId,
  start,
  end: start + text.length,
  text,
  type,
});

describe('grouping mentions into entities', () => {
  test('a surname after the full name joins that person', () => {
    const entities = groupMentions(
      [mention('Vladimir Putin', 'PERSON', 0), mention('Putin', 'PERSON', 1), mention('Putin’s', 'OTHER', 2)],
      { blockCount: 3 },
    );
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ name: 'Vladimir Putin', type: 'PERSON' });
    expect(entities[0]?.mentions.map((m) => m.text)).toEqual(['Vladimir Putin', 'Putin', 'Putin’s']);
  });

  test('an acronym joins the organisation it abbreviates', () => {
    const entities = groupMentions(
      [mention('North Atlantic Treaty Organization', 'ORG', 0), mention('NATO', 'ORG', 2)],
      { blockCount: 3 },
    );
    expect(entities.map((e) => [e.name, e.mentions.length])).toEqual([['North Atlantic Treaty Organization', 2]]);
  });

  test('an ambiguous surname stays on its own', () => {
    const entities = groupMentions(
      [mention('John Smith', 'PERSON', 0), mention('Jane Smith', 'PERSON', 1), mention('Smith', 'PERSON', 2)],
      { blockCount: 3 },
    );
    expect(entities.map((e) => e.name).sort()).toEqual(['Jane Smith', 'John Smith', 'Smith']);
  });

  test('salience favours frequent, early entities named in the title', () => {
    const entities = groupMentions(
      [
        mention('Kaub', 'PLACE', 0),
        mention('Rhine', 'PLACE', 0, 10),
        mention('Rhine', 'PLACE', 3),
        mention('Basel', 'PLACE', 9),
      ],
      { blockCount: 10, title: 'Rhine falls to record low' },
    );
    expect(entities.map((e) => e.name)).toEqual(['Rhine', 'Kaub', 'Basel']);
    expect(entities[0]?.salience).toBe(1);
    expect(entities.map((e) => e.id)).toEqual([1, 2, 3]);
  });

  test.each([
    ['The Guardian', 'guardian'],
    ['Russia’s', 'russia'],
    ['  New   York ', 'new york'],
  ])('normaliseName(%j) = %j', (input, key) => {
    expect(normaliseName(input)).toBe(key);
  });
});

import { describe, expect, test } from 'vitest';
import { loadRecogniser } from '../../src/cli/model';
import { groupMentions, normaliseName } from '../../src/core/entities/group';
import type { EntityMention, EntityType } from '../../src/core/types';

const recogniser = loadRecogniser();
const found = (text: string): [string, EntityType][] =>
  recogniser.recognise([{ id: 0, kind: 'paragraph', text }]).map((m) => [m.text, m.type]);

describe('the entity model: names it must find', () => {
  test.each<[string, string, EntityType]>([
    ['Officials in Kyiv said the talks would continue.', 'Kyiv', 'PLACE'],
    ['The deal was signed by Microsoft Corp. last year.', 'Microsoft Corp.', 'ORG'],
    ['Support from NATO has grown since the summit.', 'NATO', 'ORG'],
    ['The rally drew Ukrainian veterans to the capital.', 'Ukrainian', 'OTHER'],
    ['A statement from President Joe Biden followed on Monday.', 'Joe Biden', 'PERSON'],
    ['Analysts said Martina Vogel had been right about the market.', 'Martina Vogel', 'PERSON'],
    ['Shares of the Bank of England rose on Tuesday.', 'Bank of England', 'ORG'],
    ['North Korean leader Kim Jong-un met Vladimir Putin in Vladivostok.', 'Kim Jong-un', 'PERSON'],
    ['North Korean leader Kim Jong-un met Vladimir Putin in Vladivostok.', 'North Korean', 'OTHER'],
    ['Russia’s foreign ministry issued a statement.', 'Russia', 'PLACE'],
    ['King Abdullah of Jordan arrived in Amman on Sunday.', 'Jordan', 'PLACE'],
    ['Michael Jordan scored 40 points for the Chicago Bulls.', 'Michael Jordan', 'PERSON'],
    ['The European Union and the United Nations issued a joint statement.', 'European Union', 'ORG'],
    ['Shares of Jones Medical Industries Inc rose 5 percent on Tuesday.', 'Jones Medical Industries Inc', 'ORG'],
    ['The decision surprised Edwin van der Sar.', 'Edwin van der Sar', 'PERSON'],
  ])('%j -> %s (%s)', (text, name, type) => {
    expect(found(text)).toContainEqual([name, type]);
  });

  test('a demonym before a name stays a name of its own', () => {
    const names = found('He fought American Tyson in Las Vegas.').map(([n]) => n);
    expect(names).toEqual(expect.arrayContaining(['American', 'Las Vegas']));
    expect(names.filter((n) => n.includes('American') && n.includes('Tyson'))).toEqual([]);
  });

  test.each([
    ["The Fed's decision surprised the markets.", ['Fed']],
    ['Ajax beat Feyenoord 2-1 in Amsterdam.', ['Ajax', 'Feyenoord', 'Amsterdam']],
  ])('a name stops where it ends: %j', (text, names) => {
    expect(found(text).map(([n]) => n)).toEqual(names);
  });

  test.each([
    ['General Mark Milley spoke to reporters in Washington.', 'Mark Milley'],
    ['President Emmanuel Macron visited Berlin.', 'Emmanuel Macron'],
  ])('a title before a name stays outside the span: %j', (text, name) => {
    const people = found(text)
      .filter(([, t]) => t === 'PERSON')
      .map(([n]) => n);
    expect(people).toEqual([name]);
  });

  test('a headline in ALL CAPS and in Title Case, above its story', () => {
    const story =
      '\nGerman Chancellor Angela Merkel met French President Emmanuel Macron in Paris on Friday. ' +
      'Merkel said the European Union summit would focus on energy prices, and Macron agreed.';
    const names = (headline: string): string[] => found(headline + story).map(([n]) => n);
    expect(names('MERKEL MEETS MACRON IN PARIS AHEAD OF EU SUMMIT')).toEqual(
      expect.arrayContaining(['MERKEL', 'MACRON', 'PARIS']),
    );
    expect(names('Merkel Meets Macron in Paris Ahead of EU Summit')).toEqual(
      expect.arrayContaining(['Merkel', 'Macron', 'Paris']),
    );
    // The headline's capitals do not run its words together into one name.
    expect(names('Merkel Meets Macron in Paris Ahead of EU Summit')).not.toContain('Merkel Meets Macron');
  });
});

describe('the entity model: words it must not tag', () => {
  test.each([
    'The minister resigned after the vote.',
    'However, prices fell sharply in March.',
    'On Tuesday it rained for most of the day.',
    'Officials declined to comment on the report.',
    'May prices rose faster than expected, the data showed.',
  ])('%j', (text) => {
    expect(found(text)).toEqual([]);
  });

  test('months and weekdays are not names', () => {
    const names = found('The talks in Geneva began on Monday, 3 February, and ended in May.').map(([n]) => n);
    expect(names).toEqual(['Geneva']);
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

  test('a demonym is linked to its place', () => {
    const entities = groupMentions(
      [
        mention('Ukraine', 'PLACE', 0),
        mention('Ukrainian', 'OTHER', 1),
        mention('North Korean', 'OTHER', 2),
        mention('North Korea', 'PLACE', 3),
      ],
      { blockCount: 4 },
    );
    const byName = new Map(entities.map((e) => [e.name, e]));
    expect(byName.get('Ukrainian')?.place).toBe(byName.get('Ukraine')?.id);
    expect(byName.get('North Korean')?.place).toBe(byName.get('North Korea')?.id);
    expect(byName.get('Ukraine')?.place).toBeUndefined();
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
    ['Mr Mugabe', 'mugabe'],
    ['President Robert Mugabe', 'robert mugabe'],
    ['Gov. Kristi Noem', 'kristi noem'],
    ['Queen', 'queen'],
    ['US President Donald Trump', 'donald trump'],
    ['former Prime Minister Boris Johnson', 'boris johnson'],
    ['Donald J. Trump', 'donald trump'],
    ['Mr Mugabe’s', 'mugabe'],
  ])('normaliseName(%j) = %j', (input, key) => {
    expect(normaliseName(input)).toBe(key);
  });

  test('a person with and without a title or honorific, by surname and in full, is one entity', () => {
    const m = (text: string, start: number, type: EntityType = 'PERSON'): EntityMention => ({
      blockId: 0,
      start,
      end: start + text.length,
      text,
      type,
    });
    const entities = groupMentions(
      [
        m('Mugabe', 0),
        m('Mr Mugabe', 20),
        m('Robert Mugabe', 40),
        m('Mr Mugabe', 60),
        m('Assange', 80),
        m('Julian Assange', 100),
        m('Ms Persson', 120),
        m('Eva-Marie Persson', 140),
        m('President Robert Mugabe', 160),
      ],
      { blockCount: 1 },
    );
    expect(entities.map((e) => [e.name, e.mentions.length]).sort()).toEqual([
      ['Eva-Marie Persson', 2],
      ['Julian Assange', 2],
      ['Robert Mugabe', 5],
    ]);
  });

  test('a person is one entity whatever type some of its mentions were given', () => {
    const m = (text: string, start: number, type: EntityType): EntityMention => ({
      blockId: 0,
      start,
      end: start + text.length,
      text,
      type,
    });
    const entities = groupMentions(
      [
        m('Assange', 0, 'ORG'),
        m('Julian Assange', 20, 'PERSON'),
        m('Assange’s', 40, 'OTHER'),
        m('Assange', 60, 'ORG'),
        m('Ms Persson', 80, 'PLACE'),
        m('Eva-Marie Persson', 100, 'PERSON'),
        m('Persson', 120, 'PERSON'),
        m('US President Donald Trump', 140, 'ORG'),
        m('Donald Trump', 160, 'PERSON'),
        m('Trump', 180, 'PERSON'),
        m('Donald J. Trump', 200, 'PERSON'),
        m('Mr Trump’s', 220, 'PERSON'),
      ],
      { blockCount: 1 },
    );
    expect(entities.map((e) => [e.name, e.type, e.mentions.length]).sort()).toEqual([
      ['Donald J. Trump', 'PERSON', 5],
      ['Eva-Marie Persson', 'PERSON', 3],
      ['Julian Assange', 'PERSON', 4],
    ]);
  });

  test('a person named in full more than one way is one entity, and the surname joins it', () => {
    const entities = groupMentions(
      [
        mention('Joshua Apte', 'PERSON', 0),
        mention('Josh Apte', 'PERSON', 1),
        mention('Apte', 'PERSON', 2),
        mention('Hillary Rodham Clinton', 'PERSON', 3),
        mention('Hillary Clinton', 'PERSON', 4),
        mention('Clinton', 'PERSON', 5),
        mention('Jan de Vries', 'PERSON', 6),
        mention('De Vries', 'PERSON', 7),
        mention('Vries', 'PERSON', 8),
        mention('Kim Jong Un', 'PERSON', 9),
        mention('Kim Jong-un', 'PERSON', 10),
        mention('Alexandria Ocasio-Cortez', 'PERSON', 11),
        mention('Ms. Ocasio-Cortez', 'PERSON', 12),
      ],
      { blockCount: 13 },
    );
    expect(entities.map((e) => [e.name, e.mentions.length]).sort()).toEqual([
      ['Alexandria Ocasio-Cortez', 2],
      ['Hillary Rodham Clinton', 3],
      ['Jan de Vries', 3],
      ['Joshua Apte', 3],
      ['Kim Jong Un', 2],
    ]);
  });

  test('two people with one surname, or names that only end alike, stay apart', () => {
    const entities = groupMentions(
      [
        mention('Joe Biden', 'PERSON', 0),
        mention('Hunter Biden', 'PERSON', 1),
        mention('Biden', 'PERSON', 2),
        mention('Jo Apte', 'PERSON', 3),
        mention('Joshua Apte', 'PERSON', 4),
        mention('New York', 'PLACE', 5),
      ],
      { blockCount: 6 },
    );
    expect(entities.map((e) => e.name).sort()).toEqual([
      'Biden',
      'Hunter Biden',
      'Jo Apte',
      'Joe Biden',
      'Joshua Apte',
      'New York',
    ]);
  });

  test('a surname joins the one person whose name ends in it before "Jr.", and the father before the son', () => {
    const joined = groupMentions(
      [
        mention('Patrick W. Carlineo Jr.', 'PERSON', 0),
        mention('Carlineo', 'PERSON', 1),
        mention('Carlineo', 'PERSON', 2),
      ],
      { blockCount: 3 },
    );
    expect(joined.map((e) => [e.name, e.mentions.length])).toEqual([['Patrick W. Carlineo Jr.', 3]]);
    const father = groupMentions(
      [mention('Donald Trump Jr.', 'PERSON', 0), mention('Donald Trump', 'PERSON', 1), mention('Trump', 'PERSON', 2)],
      { blockCount: 3 },
    );
    expect(father.map((e) => [e.name, e.mentions.length]).sort()).toEqual([
      ['Donald Trump Jr.', 1],
      ['Donald Trump', 2],
    ]);
  });

  test('a name only ever written in capitals is shown as a name is written, an acronym as it is', () => {
    const entities = groupMentions(
      [
        mention('COLOGNE', 'PLACE', 0),
        mention('WINSTON-SALEM', 'PLACE', 1),
        mention('DPRK', 'PLACE', 2),
        mention('NEW YORK', 'PLACE', 3),
        mention('New York', 'PLACE', 4),
        mention('NASDAQ', 'ORG', 5),
      ],
      { blockCount: 6 },
    );
    expect(entities.map((e) => e.name).sort()).toEqual(['Cologne', 'DPRK', 'NASDAQ', 'New York', 'Winston-Salem']);
  });

  test('a place keeps its own entity beside a person of the same name', () => {
    const entities = groupMentions(
      [mention('George Washington', 'PERSON', 0), mention('Washington', 'PLACE', 1), mention('Washington', 'PLACE', 2)],
      { blockCount: 3 },
    );
    expect(entities.map((e) => [e.name, e.type]).sort()).toEqual([
      ['George Washington', 'PERSON'],
      ['Washington', 'PLACE'],
    ]);
  });
});

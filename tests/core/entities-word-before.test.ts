/**
 * What the word before a name says of it (src/core/entities/word-before.ts), through the
 * English corrections after tagging, on mentions as a tagger might cut and type them.
 */
import { describe, expect, test } from 'vitest';
import type { EntityType } from '../../src/core/types';
import { corrected } from './corrected';

describe('a role before a name', () => {
  test('a player’s position or a person’s role before a "place" or "other name" makes it a person', () => {
    expect(
      corrected('The suspensions hit Browns pass rusher Myles Garrett and Pittsburgh center Maurkice Pouncey.', [
        ['Browns', 'ORG'],
        ['Myles Garrett', 'PERSON'],
        ['Maurkice Pouncey', 'PLACE'],
      ]),
    ).toContainEqual(['Maurkice Pouncey', 'PERSON']);
    expect(
      corrected('The forecast was confirmed by spokesman Farhan Haq on Monday.', [['Farhan Haq', 'OTHER']]),
    ).toEqual([['Farhan Haq', 'PERSON']]);
  });

  test('but not a place, a firm, a nationality or a park the role goes with', () => {
    const text =
      'He met the spokesman Kyiv sent, the analyst Goldman Sachs hired, the coach American fans love and the mayor Lincoln Park residents chose.';
    const tagged: [string, EntityType][] = [
      ['Kyiv', 'PLACE'],
      ['Goldman Sachs', 'ORG'],
      ['American', 'OTHER'],
      ['Lincoln Park', 'PLACE'],
    ];
    expect(corrected(text, tagged)).toEqual(tagged);
  });
});

describe('a kind of organisation before a name', () => {
  test('"the journal Nature Astronomy": an organisation, whatever other type the tagger gave', () => {
    expect(
      corrected('The paper was published in the journal Nature Astronomy and covered by the magazine Wired.', [
        ['Nature Astronomy', 'PLACE'],
        ['Wired', 'OTHER'],
      ]),
    ).toEqual([
      ['Nature Astronomy', 'ORG'],
      ['Wired', 'ORG'],
    ]);
  });

  test('a person after it stays a person ("the company Musk runs")', () => {
    expect(
      corrected('Tesla is the company Musk runs.', [
        ['Tesla', 'ORG'],
        ['Musk', 'PERSON'],
      ]),
    ).toContainEqual(['Musk', 'PERSON']);
  });
});

describe('a first name left outside', () => {
  test('a listed first name just before a one-word person joins it', () => {
    expect(
      corrected('“We won’t roll the dice on public safety,” company CEO Andy Vesey said.', [['Vesey', 'PERSON']]),
    ).toEqual([['Andy Vesey', 'PERSON']]);
    expect(
      corrected('CBS Sports NFL Insider Jason La Canfora has reported it.', [
        ['CBS Sports', 'ORG'],
        ['NFL', 'ORG'],
        ['Insider', 'ORG'],
        ['La Canfora', 'PERSON'],
      ]),
    ).toEqual([
      ['CBS Sports', 'ORG'],
      ['NFL', 'ORG'],
      ['Jason La Canfora', 'PERSON'],
    ]);
  });

  test('not a word English writes in lower case at a sentence’s start, nor a month or a title', () => {
    for (const text of [
      'Will Vesey come back?',
      'The report came out in May Vesey said.',
      'And President Vesey agreed.',
    ])
      expect(corrected(text, [['Vesey', 'PERSON']])).toEqual([['Vesey', 'PERSON']]);
  });
});

describe('leagues', () => {
  test('a league or a sport’s association as a body is an organisation; a competition is left alone', () => {
    expect(
      corrected(
        'The NFL and the National Basketball Association said so; Major League Baseball agreed. Premier League clubs met.',
        [
          ['NFL', 'OTHER'],
          ['National Basketball Association', 'OTHER'],
          ['Major League Baseball', 'OTHER'],
          ['Premier League', 'OTHER'],
        ],
      ),
    ).toEqual([
      ['NFL', 'ORG'],
      ['National Basketball Association', 'ORG'],
      ['Major League Baseball', 'ORG'],
      ['Premier League', 'OTHER'],
    ]);
  });
});

describe('an institution in a place (name-in-place.ts)', () => {
  test('one name of an institution, "in" and a place is two names', () => {
    expect(
      corrected('She is a fellow at the Tax Policy Center in Washington and studies debt.', [
        ['Tax Policy Center in Washington', 'ORG'],
      ]),
    ).toEqual([
      ['Tax Policy Center', 'ORG'],
      ['Washington', 'PLACE'],
    ]);
  });

  test('but a name whose part before "in" is no institution stays whole', () => {
    const tagged: [string, EntityType][] = [
      ['Organisation for Security and Cooperation in Europe', 'ORG'],
      ['Human Rights in China', 'ORG'],
    ];
    expect(
      corrected(
        'The Organisation for Security and Cooperation in Europe met, and so did Human Rights in China.',
        tagged,
      ),
    ).toEqual(tagged);
  });
});

describe('organisations by their spelling', () => {
  test('capitals joined by "&" are a company, not a common abbreviation', () => {
    expect(
      corrected('AT&T and H&M grew their R&D budgets.', [
        ['AT&T', 'OTHER'],
        ['H&M', 'PLACE'],
        ['R&D', 'OTHER'],
      ]),
    ).toEqual([
      ['AT&T', 'ORG'],
      ['H&M', 'ORG'],
      ['R&D', 'OTHER'],
    ]);
  });

  test('a stock index read as a person is an organisation, joined across the word the tagger left out', () => {
    expect(
      corrected('The blue-chip Dow Jones Industrial Average fell on Friday and bond yields rose, traders said.', [
        ['Dow', 'OTHER'],
        ['Industrial Average', 'PERSON'],
      ]),
    ).toEqual([['Dow Jones Industrial Average', 'ORG']]);
  });
});

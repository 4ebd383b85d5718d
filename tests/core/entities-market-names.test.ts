/**
 * Parliaments and courts (src/core/entities/public-bodies.ts) and today's stock indexes
 * (src/core/entities/market-names.ts): on mentions as a tagger might cut and type them, in
 * sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { publicBodies } from '../../src/core/entities/public-bodies';
import { marketName } from '../../src/core/entities/market-names';
import type { EntityType } from '../../src/core/types';
import { mention } from './entity-mentions';

/** The mentions after `publicBodies`, as "name/TYPE". */
function bodies(text: string, tagged: [string, EntityType][]): string[] {
  return publicBodies(
    new Map([[0, text]]),
    tagged.map(([name, type]) => mention(text, name, type)),
  ).map((m) => `${m.text}/${m.type}`);
}

describe('parliaments named in their own language', () => {
  test.each([
    ['taken for a person', 'The minister told the Dáil on Tuesday that the levy would end.', 'Dáil', 'PERSON'],
    ['taken for another name', 'The Oireachtas committee will meet in March.', 'Oireachtas', 'OTHER'],
    ['taken for a place', 'A bill passed the Bundestag late on Friday.', 'Bundestag', 'PLACE'],
    ['of two words', 'Polls for the Lok Sabha open in April.', 'Lok Sabha', 'OTHER'],
  ] as [string, string, string, EntityType][])('%s: %s', (_, text, name, type) => {
    expect(bodies(text, [[name, type]])).toEqual([`${name}/ORG`]);
  });

  test('one the tagger left out is named, between the names it kept', () => {
    expect(
      bodies('Ana Roe told the Knesset that Vell would wait.', [
        ['Ana Roe', 'PERSON'],
        ['Vell', 'PLACE'],
      ]),
    ).toEqual(['Ana Roe/PERSON', 'Knesset/ORG', 'Vell/PLACE']);
  });
});

describe('courts', () => {
  test('a court the tagger left out before "judge" is named', () => {
    expect(
      bodies('The report by retired High Court judge Mara Quint was published.', [['Mara Quint', 'PERSON']]),
    ).toEqual(['High Court/ORG', 'Mara Quint/PERSON']);
  });

  test('a court stopped before "of" and a place runs on to it', () => {
    expect(bodies('The High Court of Carrow ruled on Friday.', [['High Court', 'ORG']])).toEqual([
      'High Court of Carrow/ORG',
    ]);
  });

  test('a court already inside a name, a lower-case "high court" and a court with "of" and a lower-case word stay', () => {
    expect(
      bodies('The Carrow Supreme Court sat. A high court in Vell ruled. The Federal Court of appeal met.', [
        ['Carrow Supreme Court', 'ORG'],
        ['Vell', 'PLACE'],
        ['Federal Court', 'ORG'],
      ]),
    ).toEqual(['Carrow Supreme Court/ORG', 'Vell/PLACE', 'Federal Court/ORG']);
  });
});

describe('today\'s stock indexes are OTHER names (names.md, "Stock indexes", CoNLL\'s convention)', () => {
  test.each([
    ['Stoxx 600', 'OTHER'],
    ['Euro Stoxx 50', 'OTHER'],
    ['MSCI Asia Pacific Index', 'OTHER'],
    ['Topix', 'OTHER'],
    ['Dax', 'PLACE'],
  ] as [string, EntityType][])('%s typed %s', (name, type) => {
    const text = `Shares fell as the ${name} slipped 0.3 per cent.`;
    expect(marketName(mention(text, name, type)).type).toBe('OTHER');
  });

  test('the newswire families are OTHER too, and a person is no index', () => {
    const text = 'The DAX and the Nikkei fell, Dax Shepard said.';
    expect(
      [mention(text, 'DAX', 'OTHER'), mention(text, 'Nikkei', 'OTHER'), mention(text, 'Dax Shepard', 'PERSON')].map(
        (m) => marketName(m).type,
      ),
    ).toEqual(['OTHER', 'OTHER', 'PERSON']);
  });
});

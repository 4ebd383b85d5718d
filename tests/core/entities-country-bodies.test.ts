import { describe, expect, test } from 'vitest';
import { withCountryBodies } from '../../src/core/entities/org-country-bodies';
import type { EntityType } from '../../src/core/types';
import { mentionsIn } from '../helpers/mentions';

const read = (block: string, names: [string, EntityType][]): string[] =>
  withCountryBodies(new Map([[0, block]]), mentionsIn(block, names)).map((m) => `${m.text}/${m.type}`);

describe('a country abbreviation before a body is inside its name (names.md, "Country abbreviation before a body")', () => {
  test('"U.S.", "US" or "UK" read as a place before an organisation: one organisation', () => {
    expect(
      read('The U.S. Department of Transportation and the US Federal Reserve said so.', [
        ['U.S.', 'PLACE'],
        ['Department of Transportation', 'ORG'],
        ['US', 'PLACE'],
        ['Federal Reserve', 'ORG'],
      ]),
    ).toEqual(['U.S. Department of Transportation/ORG', 'US Federal Reserve/ORG']);
    expect(
      read('a UK Supreme Court ruling', [
        ['UK', 'PLACE'],
        ['Supreme Court', 'ORG'],
      ]),
    ).toEqual(['UK Supreme Court/ORG']);
  });

  test('a title, an event, a comma, a nationality or a country written out: left as they are', () => {
    expect(
      read('U.S. Rep. Ilhan Omar', [
        ['U.S.', 'PLACE'],
        ['Ilhan Omar', 'PERSON'],
      ]),
    ).toEqual(['U.S./PLACE', 'Ilhan Omar/PERSON']);
    expect(read('the U.S. Open', [['U.S. Open', 'OTHER']])).toEqual(['U.S. Open/OTHER']);
    expect(
      read('in the U.S., Congress voted', [
        ['U.S.', 'PLACE'],
        ['Congress', 'ORG'],
      ]),
    ).toEqual(['U.S./PLACE', 'Congress/ORG']);
    expect(
      read('the Russian Defense Ministry', [
        ['Russian', 'OTHER'],
        ['Defense Ministry', 'ORG'],
      ]),
    ).toEqual(['Russian/OTHER', 'Defense Ministry/ORG']);
    expect(
      read('France Senate', [
        ['France', 'PLACE'],
        ['Senate', 'ORG'],
      ]),
    ).toEqual(['France/PLACE', 'Senate/ORG']);
  });

  test('nothing joined: the same array back', () => {
    const ms = mentionsIn('U.S. officials met', [['U.S.', 'PLACE']]);
    expect(withCountryBodies(new Map([[0, 'U.S. officials met']]), ms)).toBe(ms);
  });
});

describe('a national agency named by a common word and its country is one organisation (names48a)', () => {
  test('left out or cut to its country by the tagger: one ORG', () => {
    expect(read('Health NZ said so, and Stats NZ figures show it.', [])).toEqual(['Health NZ/ORG', 'Stats NZ/ORG']);
    expect(read('Statistics South Africa said inflation eased.', [['South Africa', 'PLACE']])).toEqual([
      'Statistics South Africa/ORG',
    ]);
  });

  test('a name that runs past it, or a country alone, stays as it was', () => {
    expect(
      read('Health New Zealand Te Whatu Ora wrote to the board.', [['Health New Zealand Te Whatu Ora', 'ORG']]),
    ).toEqual(['Health New Zealand Te Whatu Ora/ORG']);
    expect(
      read('Health in NZ and sport in Canada.', [
        ['NZ', 'PLACE'],
        ['Canada', 'PLACE'],
      ]),
    ).toEqual(['NZ/PLACE', 'Canada/PLACE']);
  });
});

/**
 * Passes that first ask the text's index of words (cue-index.ts) whether it holds their cue's
 * word, before they read a block (speed, issue 15): each still finds what it finds when the
 * word is there, in any block, and each civic day holds one of the words its pass asks for.
 */
import { describe, expect, test } from 'vitest';
import { CIVIC_DAYS, withCivicDays } from '../../src/core/entities/civic-days';
import { withTours } from '../../src/core/entities/misc-tours';
import { withTransitLines } from '../../src/core/entities/loc-transit';
import { withMayorsTowns } from '../../src/core/entities/loc-mayors';
import { lastSpace } from '../../src/core/entities/last-space';
import { withLawTitles } from '../../src/core/entities/intl-laws';
import type { EntityMention } from '../../src/core/types';

const blocksOf = (...blocks: string[]) => new Map(blocks.map((b, i) => [i, b]));
const shown = (ms: readonly EntityMention[]) => ms.map((m) => `${m.blockId}:${m.text}/${m.type}`);

describe('passes that ask the index of words first', () => {
  test('every civic day is found, alone in a sentence', () => {
    for (const day of CIVIC_DAYS) {
      const text = blocksOf('The office closed.', `We met on ${day}, as planned.`);
      expect(shown(withCivicDays(text, []))).toEqual([`1:${day}/OTHER`]);
    }
  });

  test('no civic day in a text without its words: the mentions as they were', () => {
    const m: EntityMention = { blockId: 0, start: 0, end: 5, text: 'Dayton', type: 'PLACE' };
    expect(withCivicDays(blocksOf('Dayton voted on Monday.'), [m])).toEqual([m]);
  });

  test('a tour, a line by its letters, a town before its mayor', () => {
    expect(shown(withTours(blocksOf('Tickets sold out.', 'They announced the Until September Tour.'), []))).toEqual([
      '1:Until September Tour/OTHER',
    ]);
    expect(withTours(blocksOf('They announced the Until September Tournament.'), [])).toEqual([]);
    expect(
      shown(withTransitLines(blocksOf('Delays today.', 'Riders of the L train waited.'), [], () => false)),
    ).toEqual(['1:L/PLACE']);
    const tarn: EntityMention = { blockId: 1, start: 11, end: 15, text: 'Tarn', type: 'ORG' };
    expect(shown(withMayorsTowns(blocksOf('Budget.', 'He thanked Tarn Mayor Jo Bell.'), [tarn]))).toEqual([
      '1:Tarn/PLACE',
    ]);
  });
});

describe('laws', () => {
  test('a budget, a bracketed Bill', () => {
    expect(
      shown(
        withLawTitles(
          blocksOf('Rents rose.', 'Budget 2025 and the Residential Tenancies (Amendment) Bill passed.'),
          [],
        ),
      ),
    ).toEqual(['1:Budget 2025/OTHER', '1:Residential Tenancies (Amendment) Bill/OTHER']);
  });
});

describe('lastSpace', () => {
  test("reads as lastIndexOf(' ', from) does, past either end too", () => {
    for (const s of ['', ' ', 'a', 'a b', ' ab c ', 'one two three'])
      for (let from = -3; from <= s.length + 2; from++) expect(lastSpace(s, from)).toBe(s.lastIndexOf(' ', from));
    expect(lastSpace('New York City')).toBe(8);
    expect(lastSpace('Paris')).toBe(-1);
  });
});

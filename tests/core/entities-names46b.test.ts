/**
 * OTHER names of the nineteenth English set's families (issue 15, names46b): a film festival's
 * town where a premiere or a prize points at it, works named by a first work's noun, an
 * adventure, an apposition with "a" or a game's release, and ships.
 */
import { describe, expect, test } from 'vitest';
import { withPremierePlaces } from '../../src/core/entities/misc-premiere-places';
import { mentionsIn } from '../helpers/mentions';
import type { EntityMention } from '../../src/core/types';

const pairs = (ms: readonly EntityMention[]): Array<[string, string]> => ms.map((m) => [m.text, m.type]);

describe('a festival named by its town (misc-premiere-places)', () => {
  test('the town a premiere or a prize points at is the festival; the town elsewhere stays a place', () => {
    const block =
      'Her second film premiered at Locarno in August, won the Golden Lion at Venice a year later and opens in Venice cinemas on Friday. It was shot in Trieste.';
    const out = withPremierePlaces(
      new Map([[0, block]]),
      mentionsIn(block, [
        ['Locarno', 'PLACE'],
        ['Golden Lion', 'OTHER'],
        ['Venice', 'PLACE'],
        ['Venice', 'PLACE'],
        ['Trieste', 'PLACE'],
      ]),
    );
    expect(pairs(out)).toEqual([
      ['Locarno', 'OTHER'],
      ['Golden Lion', 'OTHER'],
      ['Venice', 'OTHER'],
      ['Venice', 'PLACE'],
      ['Trieste', 'PLACE'],
    ]);
  });
  test('a venue of several words, or a text without a premiere, is left', () => {
    const block = 'The play premiered at Royal Exchange Theatre last spring; the band played at Leeds.';
    const ms = mentionsIn(block, [
      ['Royal Exchange Theatre', 'PLACE'],
      ['Leeds', 'PLACE'],
    ]);
    expect(withPremierePlaces(new Map([[0, block]]), ms)).toBe(ms);
    const other = 'They met at Cannes in May.';
    const ms2 = mentionsIn(other, [['Cannes', 'PLACE']]);
    expect(withPremierePlaces(new Map([[0, other]]), ms2)).toBe(ms2);
  });
});

import { describe, expect, test } from 'vitest';
import { withMayorsTowns } from '../../src/core/entities/loc-mayors';
import type { EntityMention } from '../../src/core/types';
import { mentionsIn } from '../helpers/mentions';

const pairs = (ms: readonly EntityMention[]): Array<[string, string]> => ms.map((m) => [m.text, m.type]);

describe("a town before its mayor's title is a place (loc-mayors)", () => {
  test('an ORG right before "Mayor" or "mayor" and a name becomes a place', () => {
    const block = 'Holmbury Mayor Jane Pell met Ossby mayor Tom Reed.';
    const ms = mentionsIn(block, [
      ['Holmbury', 'ORG'],
      ['Jane Pell', 'PERSON'],
      ['Ossby', 'ORG'],
      ['Tom Reed', 'PERSON'],
    ]);
    expect(pairs(withMayorsTowns(new Map([[0, block]]), ms))).toEqual([
      ['Holmbury', 'PLACE'],
      ['Jane Pell', 'PERSON'],
      ['Ossby', 'PLACE'],
      ['Tom Reed', 'PERSON'],
    ]);
  });

  test('a party, an acronym, a council, or no name after the title stay', () => {
    const block =
      'Labour mayor Jane Pell, GOP Mayor Tom Reed, Holmbury Council Mayor Ann Lee and the Ossby mayor said no.';
    const ms = mentionsIn(block, [
      ['Labour', 'ORG'],
      ['Jane Pell', 'PERSON'],
      ['GOP', 'ORG'],
      ['Tom Reed', 'PERSON'],
      ['Holmbury Council', 'ORG'],
      ['Ann Lee', 'PERSON'],
      ['Ossby', 'ORG'],
    ]);
    const out = withMayorsTowns(new Map([[0, block]]), ms);
    expect(pairs(out)).toEqual(pairs(ms));
  });

  test('a text without a mayor gives back the same mentions', () => {
    const block = 'Holmbury Council met on Tuesday.';
    const ms = mentionsIn(block, [['Holmbury Council', 'ORG']]);
    expect(withMayorsTowns(new Map([[0, block]]), ms)).toBe(ms);
  });
});

describe('a town left out before its mayor is added where the page names it (names48a)', () => {
  test('an unmarked town before "Mayor" and a name, named elsewhere, becomes a place', () => {
    const a = 'Voters in Holmbury go to the polls.';
    const b = 'She stood along with Holmbury Mayor Jane Pell, and Former Ossby Mayor Tom Reed spoke.';
    const c = 'Ossby said no.';
    const text = new Map([
      [0, a],
      [1, b],
      [2, c],
    ]);
    const ms = [
      ...mentionsIn(a, [['Holmbury', 'PLACE']], 0),
      ...mentionsIn(
        b,
        [
          ['Jane Pell', 'PERSON'],
          ['Tom Reed', 'PERSON'],
        ],
        1,
      ),
      ...mentionsIn(c, [['Ossby', 'ORG']], 2),
    ];
    expect(pairs(withMayorsTowns(text, ms))).toEqual([
      ['Holmbury', 'PLACE'],
      ['Holmbury', 'PLACE'],
      ['Jane Pell', 'PERSON'],
      ['Ossby', 'PLACE'],
      ['Tom Reed', 'PERSON'],
      ['Ossby', 'ORG'],
    ]);
  });

  test('a word the page never names, or a capitalised word that is no town, is not added', () => {
    const b = 'Then Deputy Mayor Jane Pell and Tarnby Mayor Tom Reed spoke.';
    const ms = mentionsIn(b, [
      ['Jane Pell', 'PERSON'],
      ['Tom Reed', 'PERSON'],
    ]);
    expect(pairs(withMayorsTowns(new Map([[0, b]]), ms))).toEqual([
      ['Jane Pell', 'PERSON'],
      ['Tom Reed', 'PERSON'],
    ]);
  });
});

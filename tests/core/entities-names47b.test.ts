/**
 * OTHER and PERSON families of the twentieth English set (issue 15, names47b): an exchange before
 * a company's ticker, schools named in Hindi or Irish, a photographer in capitals after an outlet's
 * "PHOTO:", a town read as a person before "peninsula", the British party by its plural, an armed
 * group read as a person, on sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { withMarketNames } from '../../src/core/entities/market-names';
import { withCreditLines } from '../../src/core/entities/org-picture-credits';
import { withPlaceNouns } from '../../src/core/entities/loc-place-nouns';
import { withParties } from '../../src/core/entities/org-parties';
import { mentionsIn } from '../helpers/mentions';
import type { EntityMention } from '../../src/core/types';

const pairs = (ms: readonly EntityMention[]): Array<[string, string]> => ms.map((m) => [m.text, m.type]);

describe('an exchange before a ticker is the exchange (market-names)', () => {
  test('"(Nasdaq: TICK)" and "NYSE:" ORG; the Nasdaq that moves stays the index', () => {
    const block =
      'Brindlewood (Nasdaq: BRWD) and Ossley Foods (NYSE: OSF) rose, and the Nasdaq closed up 1%. Nasdaq: the day in charts.';
    const out = withMarketNames(
      new Map([[0, block]]),
      mentionsIn(block, [
        ['Brindlewood', 'ORG'],
        ['Nasdaq', 'OTHER'],
        ['Ossley Foods', 'ORG'],
        ['NYSE', 'OTHER'],
        ['Nasdaq', 'ORG'],
        ['Nasdaq', 'OTHER'],
      ]),
    );
    expect(pairs(out)).toEqual([
      ['Brindlewood', 'ORG'],
      ['Nasdaq', 'ORG'],
      ['Ossley Foods', 'ORG'],
      ['NYSE', 'ORG'],
      ['Nasdaq', 'OTHER'],
      ['Nasdaq', 'OTHER'],
    ]);
  });
});

describe('a photographer in capitals after an outlet’s "PHOTO:" is a person (org-picture-credits)', () => {
  test('the whole name, in place of the tagger’s first word; a credit of one word stays the outlet', () => {
    const blocks = new Map([
      [0, 'Riders queue at the new depot on Monday. KT PHOTO: ANA RUIZ'],
      [1, 'The ferry leaves at dawn. KT PHOTO: TARWICK'],
    ]);
    const out = withCreditLines(blocks, [...mentionsIn(blocks.get(0) ?? '', [['ANA', 'PERSON']], 0)]);
    expect(out.map((m) => `${m.blockId}:${m.text}/${m.type}`)).toEqual([
      '0:KT/ORG',
      '0:ANA RUIZ/PERSON',
      '1:KT/ORG',
      '1:TARWICK/ORG',
    ]);
  });
});

describe('a photographer before " for " and the outlet is a person (org-picture-credits)', () => {
  test('two words in title case, the outlet ORG; an agency of "Images" stays the outlet', () => {
    const blocks = new Map([
      [0, 'The quay at dawn. Photograph by Ana Ruiz-Vale for The Ledger'],
      [1, 'The pier. Photo: Getty Images for Tarwick'],
    ]);
    const out = withCreditLines(blocks, []);
    expect(out.map((m) => `${m.blockId}:${m.text}/${m.type}`)).toEqual([
      '0:Ana Ruiz-Vale/PERSON',
      '0:The Ledger/ORG',
      '1:Getty Images/ORG',
      '1:Tarwick/ORG',
    ]);
  });
});

describe('a name read as a person before "peninsula" or "prefecture" is the place (loc-place-nouns)', () => {
  test('the person before the noun of a region is a place; a demonym or a person elsewhere stays', () => {
    const block = 'Aid reached the Tarwick peninsula and Ossley prefecture, the Iberian peninsula, and Marta Pell.';
    const out = withPlaceNouns(
      new Map([[0, block]]),
      mentionsIn(block, [
        ['Tarwick', 'PERSON'],
        ['Ossley', 'PERSON'],
        ['Iberian', 'OTHER'],
        ['Marta Pell', 'PERSON'],
      ]),
    );
    expect(pairs(out)).toEqual([
      ['Tarwick', 'PLACE'],
      ['Ossley', 'PLACE'],
      ['Iberian', 'OTHER'],
      ['Marta Pell', 'PERSON'],
    ]);
  });
});

describe('the Conservatives and the Tories are the party (org-parties)', () => {
  test('the plural ORG; the adjective stays OTHER', () => {
    const block = 'Ms Vale said the Tories had no plan, as the Conservatives and two Conservative MPs knew.';
    const out = withParties(
      mentionsIn(block, [
        ['Vale', 'PERSON'],
        ['Tories', 'OTHER'],
        ['Conservatives', 'OTHER'],
        ['Conservative', 'OTHER'],
      ]),
    );
    expect(pairs(out)).toEqual([
      ['Vale', 'PERSON'],
      ['Tories', 'ORG'],
      ['Conservatives', 'ORG'],
      ['Conservative', 'OTHER'],
    ]);
  });
});

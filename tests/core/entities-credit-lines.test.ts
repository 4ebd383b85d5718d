/**
 * The outlet or agency of a caption's credit line is ORG (org-picture-credits.ts), on captions we wrote.
 */
import { describe, expect, test } from 'vitest';
import { withCreditLines } from '../../src/core/entities/org-picture-credits';
import type { EntityMention } from '../../src/core/types';
import { mentionsIn } from '../helpers/mentions';

const pairs = (ms: readonly EntityMention[]): Array<[string, string]> => ms.map((m) => [m.text, m.type]);
const one = (block: string): Map<number, string> => new Map([[0, block]]);

describe('caption credits (org-picture-credits)', () => {
  test('a one-word outlet, an agency of two words and the outlet after "for" become ORG', () => {
    const block =
      'Ferries wait at the pier on Monday. Photo: KTV / Ilse Marten\n' +
      'A crane lifts the span. (Photo: Harbour Images / Pavel Doru)\n' +
      'Volunteers sort the food parcels. Photograph: Ruth Anand for WAVE';
    const ms = mentionsIn(block, [
      ['Ilse Marten', 'PERSON'],
      ['Harbour Images', 'PERSON'],
      ['Pavel Doru', 'PERSON'],
      ['Ruth Anand', 'PERSON'],
    ]);
    expect(pairs(withCreditLines(one(block), ms))).toEqual([
      ['KTV', 'ORG'],
      ['Ilse Marten', 'PERSON'],
      ['Harbour Images', 'ORG'],
      ['Pavel Doru', 'PERSON'],
      ['Ruth Anand', 'PERSON'],
      ['WAVE', 'ORG'],
    ]);
  });
  test('a credit after "Photo by" or a copyright sign, to the block\'s end', () => {
    const block = 'The old mill at dusk. Photo by Tamsin Greer / Ledger';
    const ms = mentionsIn(block, [['Tamsin Greer', 'PERSON']]);
    expect(pairs(withCreditLines(one(block), ms))).toEqual([
      ['Tamsin Greer', 'PERSON'],
      ['Ledger', 'ORG'],
    ]);
    const c = 'Riders on the coast road © Ola Brandt/Courier';
    expect(pairs(withCreditLines(one(c), mentionsIn(c, [['Ola Brandt', 'PERSON']])))).toEqual([
      ['Ola Brandt', 'PERSON'],
      ['Courier', 'ORG'],
    ]);
  });
  test('a credit word, a photographer alone and a cue inside running text are left alone', () => {
    const block =
      'The new ward opens in May. Photo: Supplied\n' +
      'Picture: Mira Kovac\n' +
      'Credit: Arden said the loan was repaid, and the bank agreed to it in the end, two years later than planned.';
    const ms = mentionsIn(block, [
      ['Mira Kovac', 'PERSON'],
      ['Arden', 'PERSON'],
    ]);
    expect(withCreditLines(one(block), ms)).toBe(ms);
  });
});

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
  test('an outlet after "The", beside a person, before "PHOTO:", after a bare slash or a dash (names44a)', () => {
    const block =
      'Diners at the long table on Friday. Photograph: Ines Varga/The Harbour Gazette\n' +
      'The glacier’s retreat since 1990. Map: Tomas Reyes/The Explainer, from satellite data\n' +
      'Hikers on the ridge at dawn. © Pia Lund / Lonely Meridian\n' +
      'The ferry leaves the quay. KT PHOTO: OLA NESS\n' +
      'The judge outside the courthouse on Monday. RUTH OKAFOR/THE DAILY LANTERN\n' +
      'The minister arrives at the airbase. — KNA/File';
    const ms = mentionsIn(block, [
      ['Ines Varga', 'PERSON'],
      ['Tomas Reyes', 'PERSON'],
      ['Pia Lund', 'PERSON'],
      ['OLA NESS', 'PERSON'],
      ['RUTH OKAFOR', 'PERSON'],
      ['LANTERN', 'ORG'],
    ]);
    expect(pairs(withCreditLines(one(block), ms, (w) => w === 'Pia'))).toEqual([
      ['Ines Varga', 'PERSON'],
      ['The Harbour Gazette', 'ORG'],
      ['Tomas Reyes', 'PERSON'],
      ['The Explainer', 'ORG'],
      ['Pia Lund', 'PERSON'],
      ['Lonely Meridian', 'ORG'],
      ['KT', 'ORG'],
      ['OLA NESS', 'PERSON'],
      ['RUTH OKAFOR', 'PERSON'],
      ['THE DAILY LANTERN', 'ORG'],
      ['KNA', 'ORG'],
    ]);
  });
  test('two photographers, a dash in running text and a first name stay as the tagger read them', () => {
    const block =
      'Riders on the coast road. © Pia Lund / Mara Holt\n' +
      'She paused — then the vote came, 52/48, and the hall went quiet for a long while after it.\n' +
      'The bridge at night. Photo: Pia Lund / Maja Berg\n' +
      'The crowd at the gate. Photo by Pia Lund/Staff Photographer';
    const ms = mentionsIn(block, [
      ['Pia Lund', 'PERSON'],
      ['Mara Holt', 'PERSON'],
      ['Pia Lund', 'PERSON'],
      ['Pia Lund', 'PERSON'],
    ]);
    const out = withCreditLines(one(block), ms, (w) => w === 'Pia' || w === 'Maja');
    expect(pairs(out)).toEqual(pairs(ms));
  });
});

/**
 * Sports grounds and racing circuits are places (src/core/entities/loc-sport-venues.ts), with
 * the short form the text gives in brackets. Texts written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { mentionsIn } from '../helpers/mentions';
import { isSportVenue, withSportVenues } from '../../src/core/entities/loc-sport-venues';
import type { EntityType } from '../../src/core/types';

/** The mentions of `text` (one block) after the rule, as "name/TYPE"; `tagged` in text order. */
function read(text: string, tagged: [string, EntityType][]): string[] {
  const mentions = mentionsIn(text, tagged);
  return withSportVenues(new Map([[0, text]]), mentions).map((m) => `${m.text}/${m.type}`);
}

describe('sports grounds and circuits', () => {
  test('a ground and its bracketed short form are places', () => {
    expect(
      read('Rain fell on the Harwick Cricket Ground (HCG) all day, and the HCG pitch was covered.', [
        ['Harwick Cricket Ground', 'ORG'],
        ['HCG', 'ORG'],
        ['HCG', 'ORG'],
      ]),
    ).toEqual(['Harwick Cricket Ground/PLACE', 'HCG/PLACE', 'HCG/PLACE']);
  });

  test('circuits and ovals', () => {
    expect(
      read('After the Osk Harbour Street Circuit and the Circuit of the Fens, the team went to Carrow Oval.', [
        ['Osk Harbour Street Circuit', 'ORG'],
        ['Circuit of the Fens', 'OTHER'],
        ['Carrow Oval', 'PERSON'],
      ]),
    ).toEqual(['Osk Harbour Street Circuit/PLACE', 'Circuit of the Fens/PLACE', 'Carrow Oval/PLACE']);
  });

  test('courts of appeals and phrases are no venues', () => {
    expect(isSportVenue('Ninth Circuit')).toBe(false);
    expect(isSportVenue('9th Circuit')).toBe(false);
    expect(isSportVenue('Federal Circuit')).toBe(false);
    expect(isSportVenue('Common Ground')).toBe(false);
    expect(isSportVenue('Ground')).toBe(false);
    expect(
      read('The Ninth Circuit ruled for Common Ground.', [
        ['Ninth Circuit', 'ORG'],
        ['Common Ground', 'ORG'],
      ]),
    ).toEqual(['Ninth Circuit/ORG', 'Common Ground/ORG']);
  });
});

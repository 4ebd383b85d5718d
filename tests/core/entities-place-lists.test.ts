/**
 * A person joined to a place after a place's preposition is a place (src/core/entities/place-lists.ts):
 * on mentions as a tagger might type them, and through the English model on a story we wrote.
 */
import { describe, expect, test } from 'vitest';
import { withPlaceLists } from '../../src/core/entities/place-lists';
import type { EntityType } from '../../src/core/types';
import { englishRecogniser, mention } from './entity-mentions';

/** The mentions `names` (name/TYPE) of `text` after the rule, as name/TYPE. */
function after(text: string, names: string[]): string[] {
  const mentions = names.map((n) => {
    const [name, type] = n.split('/') as [string, EntityType];
    return mention(text, name, type);
  });
  const firstNames = new Set(['Marta', 'Jon']);
  return withPlaceLists(new Map([[0, text]]), mentions, (w) => firstNames.has(w)).map((m) => `${m.text}/${m.type}`);
}

describe('a person listed with a place after a place’s preposition is a place', () => {
  test.each([
    [
      '"in" and "and"',
      'Six shops in Tarwick and Holme Brandle were burgled.',
      ['Tarwick/PLACE', 'Holme Brandle/PERSON'],
    ],
    [
      'the person first',
      'Six shops in Holme Brandle and Tarwick were burgled.',
      ['Holme Brandle/PERSON', 'Tarwick/PLACE'],
    ],
    [
      '"from" and "to"',
      'The parade ran from Tarwick to Ossley Nagar on Sunday.',
      ['Tarwick/PLACE', 'Ossley Nagar/PERSON'],
    ],
    [
      '"in the" and "areas"',
      'Police asked drivers in the Tarwick and Pellham areas to call.',
      ['Tarwick/PLACE', 'Pellham/PERSON'],
    ],
    [
      'a list of three',
      'Pharmacies in Tarwick, Ossley and Pellham ran out.',
      ['Tarwick/PLACE', 'Ossley/PLACE', 'Pellham/PERSON'],
    ],
  ])('%s: %s', (_, text, names) => {
    expect(after(text, names).every((n) => n.endsWith('/PLACE'))).toBe(true);
  });

  test.each([
    [
      'a comma alone (a place, then the subject)',
      'Born in Tarwick, Ossley, Marta Pell was the eldest.',
      ['Tarwick/PLACE', 'Ossley/PLACE', 'Marta Pell/PERSON'],
    ],
    ['a possessive', 'Officials in Tarwick and Pell’s aides met.', ['Tarwick/PLACE', 'Pell/PERSON']],
    ['no place’s preposition', 'Tarwick and Marta Pell signed the deal.', ['Tarwick/PLACE', 'Marta Pell/PERSON']],
    [
      'no place in the list',
      'A fight between Marta Pell and Jon Ruse broke out.',
      ['Marta Pell/PERSON', 'Jon Ruse/PERSON'],
    ],
    ['an organisation', 'Talks in Tarwick and the Ossley Union went on.', ['Tarwick/PLACE', 'Ossley Union/ORG']],
    [
      'a person named again',
      'Pell waved at crowds in Tarwick and Ossley Pell cheered.',
      ['Pell/PERSON', 'Tarwick/PLACE', 'Ossley Pell/PERSON'],
    ],
    ['a known first name', 'Crowds in Tarwick and Marta Pell cheered.', ['Tarwick/PLACE', 'Marta Pell/PERSON']],
  ])('but not with %s: %s', (_, text, names) => {
    expect(after(text, names)).toEqual(names);
  });
});

describe('a person listed with a place after a plural noun of places is a place (names47b)', () => {
  test.each([
    [
      'a first name among counties',
      'A wind warning covers counties Tarwick, Marta and Ossley from noon.',
      ['Tarwick/PLACE', 'Marta/PERSON', 'Ossley/PLACE'],
      ['Tarwick/PLACE', 'Marta/PLACE', 'Ossley/PLACE'],
    ],
    [
      'a comma enough, the county read as a club a place too',
      'An orange warning covers counties Tarwick, Marta and Ossley from 3pm.',
      ['Tarwick/PLACE', 'Marta/PERSON', 'Ossley/ORG'],
      ['Tarwick/PLACE', 'Marta/PLACE', 'Ossley/PLACE'],
    ],
    [
      '"including"',
      'The watch spans 14 districts, including Pellham and Tarwick, until dawn.',
      ['Pellham/PERSON', 'Tarwick/PLACE'],
      ['Pellham/PLACE', 'Tarwick/PLACE'],
    ],
  ])('%s: %s', (_, text, names, expected) => {
    expect(after(text, names)).toEqual(expected);
  });

  test.each([
    [
      'a person named again',
      'Floods hit counties Tarwick and Pellham; Jon Pellham said roads shut.',
      ['Tarwick/PLACE', 'Pellham/PERSON', 'Jon Pellham/PERSON'],
    ],
    ['a comma alone', 'Across the districts, Tarwick, Marta spoke.', ['Tarwick/PLACE', 'Marta/PERSON']],
    ['a capital noun', 'The United States Marta and Tarwick signed.', ['Marta/PERSON', 'Tarwick/PLACE']],
  ])('but not with %s: %s', (_, text, names) => {
    expect(after(text, names)).toEqual(names);
  });
});

describe('through the English model', () => {
  test('a town the model reads as a person, listed with a town it knows', () => {
    const recogniser = englishRecogniser();
    const text =
      'Police in Greater Manchester said nine homes in Stockport and Cheadle Hulme were burgled over the weekend. Detective Anna Reyes asked for footage.';
    const names = recogniser.recognise([{ id: 0, kind: 'paragraph', text }]).map((m) => `${m.text}/${m.type}`);
    expect(names).toEqual(expect.arrayContaining(['Stockport/PLACE', 'Cheadle Hulme/PLACE', 'Anna Reyes/PERSON']));
  });
});

/**
 * A people's word made from a listed place's name is OTHER (src/core/entities/misc-derived-demonyms.ts;
 * names.md, MISC: nationalities and demonyms). On mentions as a tagger might type them, and
 * through the English model on sentences of our own.
 */
import { describe, expect, test } from 'vitest';
import { withDerivedDemonyms } from '../../src/core/entities/misc-derived-demonyms';
import { mentionsIn } from '../helpers/mentions';
import { englishRecogniser } from './entity-mentions';

const PLACES = new Set(['tasmania', 'moldova', 'delhi', 'london', 'qatar', 'taiwan', 'hamm', 'sudan', 'boston']);
const isPlace = (name: string): boolean => PLACES.has(name.toLowerCase());
const isPersonName = (w: string): boolean => w === 'Bostonian';

describe('a people’s word made from a place’s name', () => {
  test('is OTHER, by its ending, singular or plural', () => {
    const text =
      'A Tasmanian farmer, two Moldovans, the Delhiites, a Londoner, a Qatari envoy and Taiwanese voters came.';
    const found = withDerivedDemonyms(
      new Map([[0, text]]),
      mentionsIn(text, [
        ['Tasmanian', 'PLACE'],
        ['Moldovans', 'PLACE'],
        ['Delhiites', 'PERSON'],
        ['Londoner', 'ORG'],
        ['Qatari', 'PLACE'],
        ['Taiwanese', 'PLACE'],
      ]),
      isPlace,
      isPersonName,
    );
    expect(found.map((m) => m.type)).toEqual(['OTHER', 'OTHER', 'OTHER', 'OTHER', 'OTHER', 'OTHER']);
  });

  test('a listed place, a club’s plural nickname, a listed person’s name, an unlisted base and a landform’s name are left alone', () => {
    const text = 'Sudan beat the Hammers, Bostonian spoke, Kerman voted, and the Tasmanian aquifer fell.';
    const given = mentionsIn(text, [
      ['Sudan', 'PLACE'],
      ['Hammers', 'ORG'],
      ['Bostonian', 'PERSON'],
      ['Kerman', 'PLACE'],
      ['Tasmanian', 'PLACE'],
    ]);
    expect(withDerivedDemonyms(new Map([[0, text]]), given, isPlace, isPersonName)).toBe(given);
  });

  test('through the model: a state’s and a small country’s adjectives', () => {
    const found = englishRecogniser()
      .recognise([
        {
          id: 0,
          kind: 'paragraph',
          text: 'It was the height of the Tasmanian winter when a Moldovan citizen was stopped at the border.',
        },
      ])
      .map((m) => `${m.text}/${m.type}`);
    expect(found).toContain('Tasmanian/OTHER');
    expect(found).toContain('Moldovan/OTHER');
  });
});

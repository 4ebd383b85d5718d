import { describe, expect, test } from 'vitest';
import { withStreetFronts } from '../../src/core/entities/loc-street-fronts';
import type { EntityType } from '../../src/core/types';
import { mentionsIn } from '../helpers/mentions';

const read = (block: string, names: [string, EntityType][]): string[] =>
  withStreetFronts(new Map([[0, block]]), mentionsIn(block, names)).map((m) => `${m.text}/${m.type}`);

describe('a street named street word first is a place', () => {
  test('an avenue, a boulevard or a square after "the" or a preposition: a place', () => {
    expect(
      read('Protesters burned tyres on the Avenue Amadou Kane and marched to the Place de la Liberté.', [
        ['Avenue Amadou Kane', 'ORG'],
        ['Place de la Liberté', 'ORG'],
      ]),
    ).toEqual(['Avenue Amadou Kane/PLACE', 'Place de la Liberté/PLACE']);
    expect(read('flags hung along Boulevard du Fleuve', [['Boulevard du Fleuve', 'OTHER']])).toEqual([
      'Boulevard du Fleuve/PLACE',
    ]);
  });

  test('a person, a company opening a sentence, a square without "de" and "Avenue Q" stay as tagged', () => {
    expect(read('She met Rue McClanahan there.', [['Rue McClanahan', 'PERSON']])).toEqual(['Rue McClanahan/PERSON']);
    expect(read('Boulevard Brewing said sales rose.', [['Boulevard Brewing', 'ORG']])).toEqual([
      'Boulevard Brewing/ORG',
    ]);
    expect(read('shares in the Place Holdings group', [['Place Holdings', 'ORG']])).toEqual(['Place Holdings/ORG']);
    expect(read('tickets to the Avenue Q revival', [['Avenue Q', 'OTHER']])).toEqual(['Avenue Q/OTHER']);
  });
});

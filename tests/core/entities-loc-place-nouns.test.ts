/**
 * A name before a lower-case noun of a place is the place (src/core/entities/loc-place-nouns.ts):
 * on mentions as a tagger might type them.
 */
import { describe, expect, test } from 'vitest';
import { withPlaceNouns } from '../../src/core/entities/loc-place-nouns';
import type { EntityType } from '../../src/core/types';
import { mention } from './entity-mentions';

/** The mention `name` typed `type` in `text`, after the rule, as name/TYPE. */
function after(text: string, name: string, type: EntityType): string {
  const [m] = withPlaceNouns(new Map([[0, text]]), [mention(text, name, type)]);
  return `${m?.text}/${m?.type}`;
}

describe('a name before a lower-case noun of a place is a place', () => {
  test.each([
    ['a theatre named after a company', 'The play ran at Ossley Works theatre in May.', 'Ossley Works', 'ORG'],
    ['a theatre named after a person', 'It then transfers to the Marta Pell theatre in June.', 'Marta Pell', 'PERSON'],
    ['a coast', 'She walked up and down the Tarwickshire coast.', 'Tarwickshire', 'ORG'],
    ['a region', 'A third of sales are outside the TARN region.', 'TARN', 'ORG'],
    ['a colliery', 'The winding gear of the Holme Fach colliery stood here.', 'Holme Fach', 'ORG'],
    ['a direction between', 'All lanes of the Pell Rodway eastbound ramp will close.', 'Pell Rodway', 'ORG'],
    ['a courthouse', 'She waited outside the Lac Merle courthouse on Monday.', 'Lac Merle', 'ORG'],
  ] as const)('%s: %s', (_, text, name, type) => {
    expect(after(text, name, type)).toBe(`${name}/PLACE`);
  });

  test.each([
    ['a business noun', 'She worked at the Ossley Textile mill for years.', 'Ossley Textile', 'ORG'],
    ['a plant', 'He was a shop steward at a Pellco plant.', 'Pellco', 'ORG'],
    ['a longer word', 'The Ossley Works theatregoers cheered.', 'Ossley Works', 'ORG'],
    [
      'a capitalised noun (part of a name the tagger cut)',
      'They met at the Ossley Works Theatre.',
      'Ossley Works',
      'ORG',
    ],
    [
      'a mention opening with a lower-case word',
      'The status of the mostly-rural Tarwick Vale region.',
      'mostly-rural Tarwick Vale',
      'ORG',
    ],
    ['an other-name', 'It sits on the Tarwickian coast.', 'Tarwickian', 'OTHER'],
  ] as const)('but not %s: %s', (_, text, name, type) => {
    expect(after(text, name, type)).toBe(`${name}/${type}`);
  });
});

describe('a name typed OTHER before a few nouns of a place is the place (names47a)', () => {
  test.each([
    ['a region', 'Fighting in the Tavora region went on.', 'Tavora'],
    ['a crossing', 'Aid came through the Kessa crossing on Monday.', 'Kessa'],
    ['a mountain pass', 'Snow closed the Velmork pass overnight.', 'Velmork'],
    ['a courthouse', 'The jury sat in the Anton Grell courthouse.', 'Anton Grell'],
  ])('%s', (_, text, name) => {
    expect(after(text, name, 'OTHER')).toBe(`${name}/PLACE`);
  });

  test.each([
    ['a demonym before a region', 'Floods hit the western Norwegian region.', 'Norwegian'],
    ['a faith before a church', 'They met at a Baptist church.', 'Baptist'],
    ['a place noun not read from OTHER', 'She walked the Kessa coast.', 'Kessa'],
  ])('%s stays OTHER', (_, text, name) => {
    expect(after(text, name, 'OTHER')).toBe(`${name}/OTHER`);
  });
});

describe('nouns of places in the plural (names48a)', () => {
  test('neighbourhoods, suburbs and counties after a name typed organisation or person', () => {
    expect(after('Residents of the Marrow and Eastgate neighborhoods asked for lights.', 'Eastgate', 'ORG')).toBe(
      'Eastgate/PLACE',
    );
    expect(after('Her office covers Tolland and Pike counties.', 'Pike', 'PERSON')).toBe('Pike/PLACE');
    expect(after('Staff from Brellcorp and Velsys offices met.', 'Velsys', 'ORG')).toBe('Velsys/ORG');
  });
});

describe("a county's name before a noun of its officers is the place (names48a)", () => {
  test('"<name> County deputies" and "commissioners" are places; the county that acts or its capitalised body stays', () => {
    expect(after('It was the third shooting by Tolland County deputies this year.', 'Tolland County', 'ORG')).toBe(
      'Tolland County/PLACE',
    );
    expect(after('Tolland County commissioners adopted a budget.', 'Tolland County', 'ORG')).toBe(
      'Tolland County/PLACE',
    );
    expect(after('Tolland County promised a memorial.', 'Tolland County', 'ORG')).toBe('Tolland County/ORG');
    expect(after('Tolland County Sheriff said so.', 'Tolland County', 'ORG')).toBe('Tolland County/ORG');
  });
});

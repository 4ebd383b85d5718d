/**
 * A town named by its own council or station is a place (src/core/entities/loc-own-institutions.ts):
 * on mentions as a tagger might type them.
 */
import { describe, expect, test } from 'vitest';
import { withOwnInstitutions } from '../../src/core/entities/loc-own-institutions';
import type { EntityType } from '../../src/core/types';
import { mention } from './entity-mentions';

/** The mentions `names` (name/TYPE, each the first occurrence after the one before) after the rule. */
function after(text: string, names: string[]): string[] {
  const seen = new Map<string, number>();
  const mentions = names.map((n) => {
    const [name, type] = n.split('/') as [string, EntityType];
    const nth = seen.get(name) ?? 0;
    seen.set(name, nth + 1);
    return mention(text, name, type, nth);
  });
  const cities = new Set(['Tarwick']);
  const orgs = new Set(['Pellco']);
  return withOwnInstitutions(
    new Map([[0, text]]),
    mentions,
    (name) => cities.has(name),
    (name) => orgs.has(name),
  ).map((m) => `${m.text}/${m.type}`);
}

describe('a town named by its own institutions is a place', () => {
  test('a city council', () => {
    expect(
      after('Holmby City Council voted on Tuesday. The city will divide Holmby into seven zones.', [
        'Holmby City Council/ORG',
        'Holmby/ORG',
      ]),
    ).toEqual(['Holmby City Council/ORG', 'Holmby/PLACE']);
  });
  test('a station of a listed city', () => {
    expect(
      after('Buses run from Tarwick Station. Tarwick received ten million visitors.', [
        'Tarwick Station/PLACE',
        'Tarwick/ORG',
      ]),
    ).toEqual(['Tarwick Station/PLACE', 'Tarwick/PLACE']);
  });

  test.each([
    [
      'a station of a name the lists do not hold as a city',
      'Trains left Holmby Station. Holmby said fares would rise.',
      ['Holmby Station/PLACE', 'Holmby/ORG'],
    ],
    ['an acronym', 'The UNA Council met. UNA said it would appeal.', ['UNA Council/ORG', 'UNA/ORG']],
    [
      'an organisation of the lists',
      'Pellco Council met. Pellco said it would appeal.',
      ['Pellco Council/ORG', 'Pellco/ORG'],
    ],
    [
      'a sports story',
      'Holmby Council praised the striker. Holmby won the playoffs.',
      ['Holmby Council/ORG', 'Holmby/ORG'],
    ],
    ['no institution of the town', 'Holmby said it would appeal.', ['Holmby/ORG']],
  ])('but not with %s: %s', (_, text, names) => {
    expect(after(text, names)).toEqual(names);
  });
});

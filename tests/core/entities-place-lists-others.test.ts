/**
 * An organisation or an other-name listed with a place after a place's preposition is a place
 * (src/core/entities/place-lists.ts): on mentions as a tagger might type them.
 */
import { describe, expect, test } from 'vitest';
import { withPlaceLists } from '../../src/core/entities/place-lists';
import type { EntityType } from '../../src/core/types';
import { mention } from './entity-mentions';

/** The mentions `names` (name/TYPE) of `text` after the rule, as name/TYPE. */
function after(text: string, names: string[]): string[] {
  const mentions = names.map((n) => {
    const [name, type] = n.split('/') as [string, EntityType];
    return mention(text, name, type);
  });
  const listed = new Set(['Tarwick', 'Ossley', 'Brazil']);
  return withPlaceLists(
    new Map([[0, text]]),
    mentions,
    () => false,
    (name) => listed.has(name),
  ).map((m) => `${m.text}/${m.type}`);
}

describe('an organisation or other-name listed with a place is a place', () => {
  test.each([
    ['"in" and "and"', 'Flood alerts were issued in Holme and Pellwick overnight.', ['Holme/PLACE', 'Pellwick/ORG']],
    ['"and the"', 'Schools in Holme and the Pellwick Borders stayed shut.', ['Holme/PLACE', 'Pellwick Borders/ORG']],
    [
      'a list of three, the last an other-name',
      'Residents in Holme, Ossby and Pellwick were told to leave.',
      ['Holme/PLACE', 'Ossby/PLACE', 'Pellwick/OTHER'],
    ],
    [
      '"from" and "to" with a listed city',
      'She took a train from Holme to Tarwick last spring.',
      ['Holme/PLACE', 'Tarwick/ORG'],
    ],
    ['"towards"', 'Storms will move towards Holme and Pellwick overnight.', ['Holme/PLACE', 'Pellwick/ORG']],
  ])('%s: %s', (_, text, names) => {
    expect(after(text, names).every((n) => n.endsWith('/PLACE'))).toBe(true);
  });

  test.each([
    ['an acronym', 'Trade in Holme and the PWU slowed.', ['Holme/PLACE', 'PWU/ORG']],
    ["an organisation's word", 'Talks in Holme and the Pellwick Union went on.', ['Holme/PLACE', 'Pellwick Union/ORG']],
    ['a demonym', 'Signs in Holme and Pellwickian were put up.', ['Holme/PLACE', 'Pellwickian/OTHER']],
    [
      '"from" and "to" with a name the lists do not hold (a transfer)',
      'He moved from Brazil to Pellwick Rovers in July.',
      ['Brazil/PLACE', 'Pellwick Rovers/ORG'],
    ],
    [
      'a name placed in turn',
      'Stations in Holme and Radio Pellwick in Ossby carry it.',
      ['Holme/PLACE', 'Radio Pellwick/ORG', 'Ossby/PLACE'],
    ],
    ['a comma alone', 'Born in Holme, Pellwick hired him.', ['Holme/PLACE', 'Pellwick/ORG']],
    ['a possessive', 'Shops in Holme and Pellwick’s stores shut.', ['Holme/PLACE', 'Pellwick/ORG']],
    ['no place’s preposition', 'Holme and Pellwick signed the deal.', ['Holme/PLACE', 'Pellwick/ORG']],
  ])('but not %s: %s', (_, text, names) => {
    expect(after(text, names)).toEqual(names);
  });
});

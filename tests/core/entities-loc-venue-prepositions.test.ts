/**
 * A building named as where something happens is a place (src/core/entities/loc-venue-prepositions.ts).
 * Texts written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { mentionsIn } from '../helpers/mentions';
import { withVenuesAtPrepositions } from '../../src/core/entities/loc-venue-prepositions';
import type { EntityType } from '../../src/core/types';

/** The mentions of `text` (one block) after the rule, as "name/TYPE"; `tagged` in text order. */
function read(text: string, tagged: [string, EntityType][]): string[] {
  const mentions = mentionsIn(text, tagged);
  return withVenuesAtPrepositions(new Map([[0, text]]), mentions).map((m) => `${m.text}/${m.type}`);
}

describe('buildings after a preposition of place', () => {
  test('libraries, halls and centres where something happens', () => {
    expect(
      read(
        'The vigil outside the Marlow Public Library drew 200; the talk is at Fenwick Hall and training at the Brackley Performance Centre.',
        [
          ['Marlow Public Library', 'ORG'],
          ['Fenwick Hall', 'ORG'],
          ['Brackley Performance Centre', 'ORG'],
        ],
      ),
    ).toEqual(['Marlow Public Library/PLACE', 'Fenwick Hall/PLACE', 'Brackley Performance Centre/PLACE']);
  });

  test('hospitals, research centres, possessives and bodies as actors are left', () => {
    expect(
      read(
        "She died at Harlow Medical Center. He works at the Ocean Research Centre. At the Dunmore Museum's request, the Dunmore Museum said no.",
        [
          ['Harlow Medical Center', 'ORG'],
          ['Ocean Research Centre', 'ORG'],
          ['Dunmore Museum', 'ORG'],
          ['Dunmore Museum', 'ORG'],
        ],
      ),
    ).toEqual(['Harlow Medical Center/ORG', 'Ocean Research Centre/ORG', 'Dunmore Museum/ORG', 'Dunmore Museum/ORG']);
  });

  test('bowls, pubs, clubs and works where something happens (names46a)', () => {
    expect(
      read(
        'The band played at the Cedar Bowl on Friday and at Malone’s Pub after. At the Harbour Club a dance was held; he died at the Brennan Works.',
        [
          ['Cedar Bowl', 'OTHER'],
          ['Malone’s Pub', 'ORG'],
          ['Harbour Club', 'ORG'],
          ['Brennan Works', 'ORG'],
        ],
      ),
    ).toEqual(['Cedar Bowl/PLACE', 'Malone’s Pub/PLACE', 'Harbour Club/PLACE', 'Brennan Works/PLACE']);
  });

  test('a sport’s club, a body’s works and the Super Bowl are left', () => {
    expect(
      read('He trained at Lurgan Football Club, worked at the Department of Public Works and sang at the Super Bowl.', [
        ['Lurgan Football Club', 'ORG'],
        ['Department of Public Works', 'ORG'],
        ['Super Bowl', 'OTHER'],
      ]),
    ).toEqual(['Lurgan Football Club/ORG', 'Department of Public Works/ORG', 'Super Bowl/OTHER']);
  });
});

/**
 * A city and its team's nickname are the club in a sports story
 * (src/core/entities/org-city-teams.ts). Texts written for these tests, with word lists given here.
 */
import { describe, expect, test } from 'vitest';
import { mentionsIn } from '../helpers/mentions';
import { withCityTeams } from '../../src/core/entities/org-city-teams';
import type { EntityType } from '../../src/core/types';

const PLACES = new Set(['Harwick', 'Port Vell', 'Osk', 'Carrow']);
const TEAMS = new Set(['osktons']);

/** The mentions of `text` (one block) after the rule, as "name/TYPE"; `tagged` in text order. */
function read(text: string, tagged: [string, EntityType][]): string[] {
  const mentions = mentionsIn(text, tagged);
  return withCityTeams(
    new Map([[0, text]]),
    mentions,
    (n) => PLACES.has(n),
    (w) => TEAMS.has(w),
  ).map((m) => `${m.text}/${m.type}`);
}

const SPORTS = 'The head coach praised the innings. ';

describe('a city and its nickname', () => {
  test('a plural nickname after a listed city is the club', () => {
    expect(
      read(`${SPORTS}The Harwick Kestrels beat the Port Vell Herons by six wickets.`, [
        ['Harwick Kestrels', 'PLACE'],
        ['Port Vell Herons', 'OTHER'],
      ]),
    ).toEqual(['Harwick Kestrels/ORG', 'Port Vell Herons/ORG']);
  });

  test('a singular nickname of the list, or a team word of the lists', () => {
    expect(
      read(`${SPORTS}Carrow Heat lost to Osk Thunder, and the Osk Osktons won.`, [
        ['Carrow Heat', 'OTHER'],
        ['Osk Thunder', 'PLACE'],
        ['Osk Osktons', 'PLACE'],
      ]),
    ).toEqual(['Carrow Heat/ORG', 'Osk Thunder/ORG', 'Osk Osktons/ORG']);
  });

  test('places, events and unlisted towns stay as they are', () => {
    expect(
      read(`${SPORTS}From Harwick Heights to the Osk Games and the Brenna Kestrels, then Carrow Harbour.`, [
        ['Harwick Heights', 'PLACE'],
        ['Osk Games', 'OTHER'],
        ['Brenna Kestrels', 'PLACE'],
        ['Carrow Harbour', 'PLACE'],
      ]),
    ).toEqual(['Harwick Heights/PLACE', 'Osk Games/OTHER', 'Brenna Kestrels/PLACE', 'Carrow Harbour/PLACE']);
  });

  test('outside a sports story nothing changes', () => {
    expect(read('The Harwick Kestrels met in the town hall.', [['Harwick Kestrels', 'PLACE']])).toEqual([
      'Harwick Kestrels/PLACE',
    ]);
  });

  test('a person is left alone', () => {
    expect(read(`${SPORTS}Harwick Mills spoke.`, [['Harwick Mills', 'PERSON']])).toEqual(['Harwick Mills/PERSON']);
  });
});

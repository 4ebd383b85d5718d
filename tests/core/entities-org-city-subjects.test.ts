/**
 * A city before a verb of play is its club in a sports story (src/core/entities/org-city-subjects.ts).
 * Texts written for these tests, with a word list given here.
 */
import { describe, expect, test } from 'vitest';
import { mentionsIn } from '../helpers/mentions';
import { withCitySubjects } from '../../src/core/entities/org-city-subjects';
import type { EntityMention, EntityType } from '../../src/core/types';

const CITIES = new Set(['Harwick', 'Port Vell']);

const shown = (ms: readonly EntityMention[]): string[] => ms.map((m) => `${m.text}/${m.type}`);

function read(text: string, tagged: [string, EntityType][]): string[] {
  return shown(withCitySubjects(new Map([[0, text]]), mentionsIn(text, tagged), (n) => CITIES.has(n)));
}

const SPORTS = 'The head coach praised the goalkeeper before the playoffs. ';

describe('a city that plays', () => {
  test('a listed city before a verb of play is the club, with its other mentions but the place', () => {
    expect(
      read(`${SPORTS}Harwick allowed three goals a game. Harwick has won once in Harwick since a trip to Port Vell.`, [
        ['Harwick', 'PLACE'],
        ['Harwick', 'PLACE'],
        ['Harwick', 'PLACE'],
        ['Port Vell', 'PLACE'],
      ]),
    ).toEqual(['Harwick/ORG', 'Harwick/ORG', 'Harwick/PLACE', 'Port Vell/PLACE']);
  });

  test('an unlisted name, another verb or a story of no sport is left', () => {
    expect(
      read(`${SPORTS}Brenna won, and Port Vell hosts the parade.`, [
        ['Brenna', 'PLACE'],
        ['Port Vell', 'PLACE'],
      ]),
    ).toEqual(['Brenna/PLACE', 'Port Vell/PLACE']);
    expect(read('Harwick won the bid for the fair.', [['Harwick', 'PLACE']])).toEqual(['Harwick/PLACE']);
  });
});

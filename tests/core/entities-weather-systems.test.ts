/**
 * Storms named in one word with their storm word, by their other name, and the ocean's phases
 * (src/core/entities/storms.ts, `withWeatherSystems`), on texts written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { withWeatherSystems } from '../../src/core/entities/storms';
import type { EntityType } from '../../src/core/types';
import { mentionsIn } from '../helpers/mentions';

function read(body: string, names: [string, EntityType][]): string[] {
  return withWeatherSystems(new Map([[0, body]]), mentionsIn(body, names)).map((m) => `${m.text}/${m.type}`);
}

describe('named weather systems are OTHER', () => {
  test('a storm word written as one, and the name alone', () => {
    expect(
      read('Supertyphoon Marilou flooded the coast. The Marilou survivors met Ana Cruz.', [
        ['Supertyphoon Marilou', 'PERSON'],
        ['Marilou', 'PERSON'],
        ['Ana Cruz', 'PERSON'],
      ]),
    ).toEqual(['Supertyphoon Marilou/OTHER', 'Marilou/OTHER', 'Ana Cruz/PERSON']);
  });
  test("a storm's other name", () => {
    expect(
      read('The typhoon (international name: Kestrel) hit Samar. Kestrel left 40 dead.', [
        ['Kestrel', 'ORG'],
        ['Samar', 'PLACE'],
        ['Kestrel', 'PERSON'],
      ]),
    ).toEqual(['Kestrel/OTHER', 'Samar/PLACE', 'Kestrel/OTHER']);
    expect(read('The storm, known locally as Pilar, weakened.', [['Pilar', 'PERSON']])).toEqual(['Pilar/OTHER']);
  });
  test('El Niño and La Niña', () => {
    expect(
      read('A weak La Niña is forecast after El Niño fades.', [
        ['La Niña', 'ORG'],
        ['El Niño', 'PERSON'],
      ]),
    ).toEqual(['La Niña/OTHER', 'El Niño/OTHER']);
  });
  test('no storm, no change', () => {
    expect(read('Her cousin, known locally as Pilar, sings.', [['Pilar', 'PERSON']])).toEqual(['Pilar/PERSON']);
  });
});

import { expect, test } from 'vitest';
import { particlePersons } from '../../src/core/entities/particle-persons';
import type { EntityType } from '../../src/core/types';
import { mentionsIn } from '../helpers/mentions';

const run = (text: string, names: [string, EntityType][], lang: string) =>
  particlePersons(new Map([[0, text]]), mentionsIn(text, names), lang).map((m) => [m.text, m.type]);

test('a first name, particles and a surname cut in two are one person (Dutch, Spanish)', () => {
  expect(
    run(
      'Wethouder Lot van Hooijdonk en Jan van den Berg spraken.',
      [
        ['Lot', 'PERSON'],
        ['Hooijdonk', 'PERSON'],
        ['Jan', 'PERSON'],
        ['Berg', 'PERSON'],
      ],
      'nl',
    ),
  ).toEqual([
    ['Lot van Hooijdonk', 'PERSON'],
    ['Jan van den Berg', 'PERSON'],
  ]);
  expect(
    run(
      'El ministro Luis de Guindos habló.',
      [
        ['Luis', 'PERSON'],
        ['Guindos', 'PERSON'],
      ],
      'es',
    ),
  ).toEqual([['Luis de Guindos', 'PERSON']]);
});

test('a whole name before "van" (of), other types, other words and other languages stay apart', () => {
  const nl = 'Piet Swimberghe van Knack, Anna van Utrecht en Piet en Kees kwamen.';
  expect(
    run(
      nl,
      [
        ['Piet Swimberghe', 'PERSON'],
        ['Knack', 'PERSON'],
        ['Anna', 'PERSON'],
        ['Utrecht', 'PLACE'],
        ['Piet', 'PERSON'],
        ['Kees', 'PERSON'],
      ],
      'nl',
    ),
  ).toEqual([
    ['Piet Swimberghe', 'PERSON'],
    ['Knack', 'PERSON'],
    ['Anna', 'PERSON'],
    ['Utrecht', 'PLACE'],
    ['Piet', 'PERSON'],
    ['Kees', 'PERSON'],
  ]);
  expect(
    run(
      'Lot van Hooijdonk',
      [
        ['Lot', 'PERSON'],
        ['Hooijdonk', 'PERSON'],
      ],
      'de',
    ),
  ).toEqual([
    ['Lot', 'PERSON'],
    ['Hooijdonk', 'PERSON'],
  ]);
});

import { expect, test } from 'vitest';
import { quotedWorks } from '../../src/core/entities/quoted-works';
import type { EntityType } from '../../src/core/types';
import { mentionsIn } from '../helpers/mentions';

const run = (text: string, names: [string, EntityType][], lang = 'es') =>
  quotedWorks(new Map([[0, text]]), mentionsIn(text, names), lang).map((m) => [m.text, m.type]);

test('a title tagged by its first word is the whole quoted title, with its marks in Spanish', () => {
  const text = 'Se estrena «La orilla», de Icíar Bollaín, que compite con "El olivo" en San Sebastián.';
  expect(
    run(text, [
      ['La', 'OTHER'],
      ['Icíar Bollaín', 'PERSON'],
      ['El', 'OTHER'],
      ['San Sebastián', 'PLACE'],
    ]),
  ).toEqual([
    ['«La orilla»', 'OTHER'],
    ['Icíar Bollaín', 'PERSON'],
    ['"El olivo"', 'OTHER'],
    ['San Sebastián', 'PLACE'],
  ]);
});

test('in Dutch the title is read without its marks, and the pieces inside it go', () => {
  const text = 'De documentaire “De Nieuwe Wildernis van Nederland” draait in Amsterdam.';
  expect(
    run(
      text,
      [
        ['De Nieuwe Wildernis', 'OTHER'],
        ['Nederland', 'PLACE'],
        ['Amsterdam', 'PLACE'],
      ],
      'nl',
    ),
  ).toEqual([
    ['De Nieuwe Wildernis van Nederland', 'OTHER'],
    ['Amsterdam', 'PLACE'],
  ]);
});

test('quoted speech, a quoted person or place and an article alone are not titles', () => {
  const text = '"River jugó bien. Ganamos", dijo Gallardo. La "Bombonera" estaba llena. La ciudad dormía.';
  expect(
    run(text, [
      ['River', 'ORG'],
      ['Gallardo', 'PERSON'],
      ['La', 'OTHER'],
      ['Bombonera', 'PLACE'],
      ['La', 'OTHER'],
    ]),
  ).toEqual([
    ['River', 'ORG'],
    ['Gallardo', 'PERSON'],
    ['Bombonera', 'PLACE'],
  ]);
});

/**
 * Named storms are OTHER, with their storm word inside (src/core/entities/storms.ts): on
 * mentions as a tagger might cut and type them, and through the English model on a weather story
 * we wrote.
 */
import { describe, expect, test } from 'vitest';
import { withStorms } from '../../src/core/entities/storms';
import type { EntityMention, EntityType } from '../../src/core/types';
import { englishRecogniser, mention } from './entity-mentions';

const shown = (ms: readonly EntityMention[]) => ms.map((m) => `${m.text}/${m.type}`);

describe('a named storm is OTHER', () => {
  test('the storm word goes in, and the name alone elsewhere is OTHER too', () => {
    const a = 'Hurricane Melba strengthened over the Gulf of Mexico on Tuesday.';
    const b = 'Forecasters said Melba could reach Tampico by Thursday, said Ruth Adler.';
    const out = withStorms(
      new Map([
        [0, a],
        [1, b],
      ]),
      [
        mention(a, 'Melba', 'PERSON'),
        mention(a, 'Gulf of Mexico', 'PLACE'),
        mention(b, 'Melba', 'PERSON', 0, 1),
        mention(b, 'Tampico', 'PLACE', 0, 1),
        mention(b, 'Ruth Adler', 'PERSON', 0, 1),
      ],
    );
    expect(shown(out)).toEqual([
      'Hurricane Melba/OTHER',
      'Gulf of Mexico/PLACE',
      'Melba/OTHER',
      'Tampico/PLACE',
      'Ruth Adler/PERSON',
    ]);
  });

  test.each([
    [
      'a mention that holds its storm word',
      'Tropical Cyclone Orla neared the coast.',
      'Tropical Cyclone Orla',
      'PERSON',
    ],
    ['after "Storm"', 'Storm Fenwick closed roads in Cumbria.', 'Fenwick', 'ORG'],
    ['after "Typhoon"', 'Flights were cut as Typhoon Hasel came ashore.', 'Hasel', 'PERSON'],
  ])('%s: %s', (_, text, name, type) => {
    const out = withStorms(new Map([[0, text]]), [mention(text, name, type as EntityType)]);
    expect(out).toHaveLength(1);
    expect((out[0] as EntityMention).type).toBe('OTHER');
    expect((out[0] as EntityMention).text).toMatch(/^(?:Tropical Cyclone|Storm|Typhoon) /u);
  });

  test('a storm word the tagger made a mention of its own goes into the storm', () => {
    const text = 'Crews cleared trees after Storm Fenwick passed.';
    const out = withStorms(new Map([[0, text]]), [mention(text, 'Storm', 'ORG'), mention(text, 'Fenwick', 'PERSON')]);
    expect(shown(out)).toEqual(['Storm Fenwick/OTHER']);
  });

  test.each([
    ['said to be the third storm', 'Oriel is the third storm to hit the coast since October.'],
    ['said to be a hurricane', 'Oriel was a Category 2 hurricane by dawn.'],
    ['after "storm" in lower case', 'Schools shut as storm Oriel arrived.'],
  ])('%s: %s', (_, text) => {
    const out = withStorms(new Map([[0, text]]), [mention(text, 'Oriel', 'PERSON')]);
    expect(shown(out)).toEqual(['Oriel/OTHER']);
  });

  test.each([
    ['a club with "Storm" in its name', 'The Seattle Storm signed Ana Ruiz on Monday.', 'Seattle Storm', 'Ana Ruiz'],
    ['a person who weathered a storm', 'Ana Ruiz was the calm in the storm, Lee Park said.', 'Lee Park', 'Ana Ruiz'],
  ])('but not %s: %s', (_, text, first, second) => {
    const out = withStorms(new Map([[0, text]]), [mention(text, first, 'ORG'), mention(text, second, 'PERSON')]);
    expect(shown(out)).toEqual([`${first}/ORG`, `${second}/PERSON`]);
  });
});

describe('through the English model', () => {
  test('a weather story’s storm is OTHER, its people and places are not', () => {
    const recogniser = englishRecogniser();
    const blocks = [
      'Hurricane Delphine strengthened over the Caribbean on Monday, the National Hurricane Center said.',
      'Delphine is the ninth named storm of the season. Governor Maria Ortiz told residents of Key West to leave.',
    ].map((text, id) => ({ id, kind: 'paragraph' as const, text }));
    const names = shown(recogniser.recognise(blocks));
    expect(names).toEqual(expect.arrayContaining(['Hurricane Delphine/OTHER', 'Delphine/OTHER', 'Maria Ortiz/PERSON']));
    expect(names).not.toContain('Delphine/PERSON');
  });
});

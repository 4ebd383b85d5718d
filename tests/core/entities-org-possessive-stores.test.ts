/**
 * A business named with a possessive keeps its "'s" everywhere the page names it, learnt from
 * its full name (src/core/entities/org-possessive-stores.ts): in texts we wrote.
 */
import { describe, expect, test } from 'vitest';
import { withPossessiveStores } from '../../src/core/entities/org-possessive-stores';
import type { EntityMention, EntityType } from '../../src/core/types';
import { mention } from './entity-mentions';

const COUNTRIES = new Set(['South Korea']);
const shown = (ms: readonly EntityMention[]) => ms.map((m) => `${m.text}/${m.type}`);
const run = (text: string, names: [string, EntityType, number?][]) =>
  shown(
    withPossessiveStores(
      new Map([[0, text]]),
      names.map(([name, type, nth]) => mention(text, name, type, nth ?? 0)),
      (name) => COUNTRIES.has(name),
    ),
  );

describe('a business named with a possessive keeps it', () => {
  test.each([
    [
      "Corrow's Home Stores Inc. filed on Monday. Corrow's said it would stay open.",
      [
        ['Corrow', 'PLACE'],
        ['Home Stores Inc.', 'ORG'],
        ['Corrow', 'PLACE', 1],
      ],
      ["Corrow's Home Stores Inc./ORG", "Corrow's/ORG"],
    ],
    [
      'Bellamy’s Restaurants Ltd grew. It gives Bellamy’s a path.',
      [
        ['Bellamy', 'PERSON'],
        ['Restaurants Ltd', 'ORG'],
        ['Bellamy', 'PERSON', 1],
      ],
      ['Bellamy’s Restaurants Ltd/ORG', 'Bellamy’s/ORG'],
    ],
  ] as [string, [string, EntityType, number?][], string[]][])('%s', (text, names, expected) => {
    expect(run(text, names)).toEqual(expected);
  });

  test.each([
    // A country, an owner named alone elsewhere, a person's surname, a head that is no company's.
    [
      "South Korea's Hanul Group Inc. fell.",
      [
        ['South Korea', 'PLACE'],
        ['Hanul Group Inc.', 'ORG'],
      ],
      ['South Korea/PLACE', 'Hanul Group Inc./ORG'],
    ],
    [
      "Ostrava's Vitkov Holdings grew. Ostrava is a city.",
      [
        ['Ostrava', 'PLACE'],
        ['Vitkov Holdings', 'ORG'],
        ['Ostrava', 'PLACE', 1],
      ],
      ['Ostrava/PLACE', 'Vitkov Holdings/ORG', 'Ostrava/PLACE'],
    ],
    [
      "Dana Brune sold it. Brune's Ithaca Holdings bought it.",
      [
        ['Dana Brune', 'PERSON'],
        ['Brune', 'PERSON', 1],
        ['Ithaca Holdings', 'ORG'],
      ],
      ['Dana Brune/PERSON', 'Brune/PERSON', 'Ithaca Holdings/ORG'],
    ],
    [
      "Corrow's Weather Service said so.",
      [
        ['Corrow', 'PLACE'],
        ['Weather Service', 'ORG'],
      ],
      ['Corrow/PLACE', 'Weather Service/ORG'],
    ],
  ] as [string, [string, EntityType, number?][], string[]][])('left alone: %s', (text, names, expected) => {
    expect(run(text, names)).toEqual(expected);
  });
});

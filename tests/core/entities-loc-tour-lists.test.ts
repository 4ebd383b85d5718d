/**
 * A tour list's towns and venues are places (src/core/entities/loc-tour-lists.ts). Texts
 * written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { mentionsIn } from '../helpers/mentions';
import { tourListParts, withTourLists } from '../../src/core/entities/loc-tour-lists';
import type { EntityType } from '../../src/core/types';

/** The mentions of `text` (one block) after the rule, as "name/TYPE"; `tagged` in text order. */
function read(text: string, tagged: [string, EntityType][]): string[] {
  const mentions = mentionsIn(text, tagged);
  return withTourLists(new Map([[0, text]]), mentions).map((m) => `${m.text}/${m.type}`);
}

/** The parts `tourListParts` reads in `text`, as text. */
function parts(text: string): string[] {
  return tourListParts(text).map((p) => text.slice(p.start, p.end));
}

describe('tour lists', () => {
  test('towns and venues of a dated list are places, a missed venue added', () => {
    expect(
      read('April 2 – Derby, Hollow Hall; April 4 – Reading, Gasworks; April 9 and 10 – Hull, Nightjar Rooms.', [
        ['Derby', 'ORG'],
        ['Hollow Hall', 'PERSON'],
        ['Reading', 'ORG'],
        ['Hull', 'ORG'],
        ['Nightjar Rooms', 'OTHER'],
      ]),
    ).toEqual([
      'Derby/PLACE',
      'Hollow Hall/PLACE',
      'Reading/PLACE',
      'Gasworks/PLACE',
      'Hull/PLACE',
      'Nightjar Rooms/PLACE',
    ]);
  });

  test('a day before its month, a weekday, a state between town and venue', () => {
    expect(parts('Sat 9 May — Dundee, The Kiln')).toEqual(['Dundee', 'The Kiln']);
    expect(parts('October 3 — Tulsa, OK, Cain Hall')).toEqual(['Tulsa', 'Cain Hall']);
  });

  test('prose, fixtures and entries without a venue are left', () => {
    expect(parts('The tour opens March 3 in Derby and ends in Hull.')).toEqual([]);
    expect(parts('March 5 – Leeds, away')).toEqual([]);
    expect(parts('March 5 – Leeds')).toEqual([]);
    expect(parts('In 2019 – the year Derby won, the club said – nothing changed.')).toEqual([]);
    expect(read('March 5 – Leeds, away; the squad flew on.', [['Leeds', 'ORG']])).toEqual(['Leeds/ORG']);
  });
});

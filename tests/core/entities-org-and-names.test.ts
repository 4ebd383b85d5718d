/**
 * A body's name runs back through an "and" before its noun (src/core/entities/org-and-names.ts).
 * Texts written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { mentionsIn } from '../helpers/mentions';
import { withAndNames } from '../../src/core/entities/org-and-names';
import type { EntityType } from '../../src/core/types';

/** The mentions of `text` (one block) after the rule, as "name/TYPE"; `tagged` in text order. */
function read(text: string, tagged: [string, EntityType][], listed: readonly string[] = []): string[] {
  return withAndNames(new Map([[0, text]]), mentionsIn(text, tagged), (name) => listed.includes(name)).map(
    (m) => `${m.text}/${m.type}`,
  );
}

describe('a body named across an "and"', () => {
  test('words left out before the "and", or a name cut in two, make one body', () => {
    expect(
      read(
        'The Vermont Senate’s Fisheries and Forestry Committee met the Navy Logistics and Supply Command on Monday.',
        [
          ['Vermont Senate', 'ORG'],
          ['Forestry Committee', 'ORG'],
          ['Navy Logistics', 'ORG'],
          ['Supply Command', 'ORG'],
        ],
      ),
    ).toEqual(['Vermont Senate/ORG', 'Fisheries and Forestry Committee/ORG', 'Navy Logistics and Supply Command/ORG']);
  });

  test('a museum keeps the type of its last part', () => {
    expect(read('The prints go on show at the Rail and Canal Museum in June.', [['Canal Museum', 'PLACE']])).toEqual([
      'Rail and Canal Museum/PLACE',
    ]);
  });

  test('two bodies stay two', () => {
    expect(
      read(
        'The Senate and House Budget Committee agreed. The CIA and Defense Department did not. The Harbour Office and Customs Office wrote, and the Mint Bank and Treasury Department paid.',
        [
          ['Senate', 'ORG'],
          ['House Budget Committee', 'ORG'],
          ['CIA', 'ORG'],
          ['Defense Department', 'ORG'],
          ['Harbour Office', 'ORG'],
          ['Customs Office', 'ORG'],
          ['Mint Bank', 'ORG'],
          ['Treasury Department', 'ORG'],
        ],
        ['Mint Bank'],
      ),
    ).toEqual([
      'Senate/ORG',
      'House Budget Committee/ORG',
      'CIA/ORG',
      'Defense Department/ORG',
      'Harbour Office/ORG',
      'Customs Office/ORG',
      'Mint Bank/ORG',
      'Treasury Department/ORG',
    ]);
  });

  test('a part the page names alone elsewhere, a person, a plural noun and a list keep the names apart', () => {
    expect(
      read(
        'The Coast Watch and Marine Service replied. Coast Watch said more. Dana Ruiz and Water Board members met the Roads and Transport Committees and the Art, Design and Media Society.',
        [
          ['Coast Watch', 'ORG'],
          ['Marine Service', 'ORG'],
          ['Coast Watch', 'ORG'],
          ['Dana Ruiz', 'PERSON'],
          ['Water Board', 'ORG'],
          ['Transport Committees', 'ORG'],
          ['Media Society', 'ORG'],
        ],
      ),
    ).toEqual([
      'Coast Watch/ORG',
      'Marine Service/ORG',
      'Coast Watch/ORG',
      'Dana Ruiz/PERSON',
      'Water Board/ORG',
      'Transport Committees/ORG',
      'Media Society/ORG',
    ]);
  });
});

describe('a body named by a list before its noun (names48a)', () => {
  test("the list's first item before its comma joins the body", () => {
    expect(
      read('The bill goes to the Water, Parks and Harbours Committee in June.', [
        ['Water', 'ORG'],
        ['Parks and Harbours Committee', 'ORG'],
      ]),
    ).toEqual(['Water, Parks and Harbours Committee/ORG']);
    expect(
      read("the Tarn Council's Roads, Transit and Housing Committee voted", [
        ['Tarn Council', 'ORG'],
        ['Transit and Housing Committee', 'ORG'],
      ]),
    ).toEqual(['Tarn Council/ORG', 'Roads, Transit and Housing Committee/ORG']);
    expect(
      read('after the Velmar Coastal, Weather and Seismic Services Administration warned', [
        ['Velmar Coastal', 'ORG'],
        ['Weather and Seismic Services Administration', 'ORG'],
      ]),
    ).toEqual(['Velmar Coastal, Weather and Seismic Services Administration/ORG']);
  });

  test('a place, a person or a day before the comma stays apart', () => {
    expect(
      read('In Ossley, Parks and Harbours Committee members met.', [
        ['Ossley', 'PLACE'],
        ['Parks and Harbours Committee', 'ORG'],
      ]),
    ).toEqual(['Ossley/PLACE', 'Parks and Harbours Committee/ORG']);
    expect(
      read('It met on Tuesday, Ways and Means Committee aides said.', [['Ways and Means Committee', 'ORG']]),
    ).toEqual(['Ways and Means Committee/ORG']);
    expect(
      read('said Anna Pell, Ways and Means Committee chair.', [
        ['Anna Pell', 'PERSON'],
        ['Ways and Means Committee', 'ORG'],
      ]),
    ).toEqual(['Anna Pell/PERSON', 'Ways and Means Committee/ORG']);
  });
});

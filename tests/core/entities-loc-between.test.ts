/**
 * The two ends of a road, a line or a service are places (src/core/entities/loc-between.ts), on
 * texts written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { withWayEnds } from '../../src/core/entities/loc-between';
import type { EntityType } from '../../src/core/types';
import { mentionsIn } from '../helpers/mentions';

function read(body: string, names: [string, EntityType][]): string[] {
  return withWayEnds(new Map([[0, body]]), mentionsIn(body, names)).map((m) => `${m.text}/${m.type}`);
}

describe('the ends of a way are places', () => {
  test('after a way, a road number or a place', () => {
    expect(
      read('The coast road between Tarrow and Millick Bay reopened.', [
        ['Tarrow', 'PERSON'],
        ['Millick Bay', 'ORG'],
      ]),
    ).toEqual(['Tarrow/PLACE', 'Millick Bay/PLACE']);
    expect(
      read('Route 9 between Pellow and Dunmere is shut.', [
        ['Route 9', 'PLACE'],
        ['Pellow', 'PERSON'],
        ['Dunmere', 'PLACE'],
      ]),
    ).toEqual(['Route 9/PLACE', 'Pellow/PLACE', 'Dunmere/PLACE']);
    expect(
      read('It sits in Orran County between Kell Springs and Bask.', [
        ['Orran County', 'PLACE'],
        ['Kell Springs', 'PERSON'],
        ['Bask', 'ORG'],
      ]),
    ).toEqual(['Orran County/PLACE', 'Kell Springs/PLACE', 'Bask/PLACE']);
  });
  test('no way before "between", or an organisation: left', () => {
    expect(
      read('Talks between Harrow and Pellmark resumed.', [
        ['Harrow', 'PERSON'],
        ['Pellmark', 'ORG'],
      ]),
    ).toEqual(['Harrow/PERSON', 'Pellmark/ORG']);
    expect(
      read('The service between Tarn Rail and NHS Dunmere was cut.', [
        ['Tarn Rail', 'ORG'],
        ['NHS', 'ORG'],
      ]),
    ).toEqual(['Tarn Rail/ORG', 'NHS/ORG']);
  });
});

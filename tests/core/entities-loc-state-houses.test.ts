/**
 * A state before its legislature's "House" is a place and the House an organisation
 * (src/core/entities/loc-state-houses.ts), on texts written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { withStateHouses } from '../../src/core/entities/loc-state-houses';
import type { EntityType } from '../../src/core/types';
import { mentionsIn } from '../helpers/mentions';

const STATES = new Set(['Oregon', 'New Mexico']);

function read(body: string, names: [string, EntityType][]): string[] {
  return withStateHouses(new Map([[0, body]]), mentionsIn(body, names), (n) => STATES.has(n)).map(
    (m) => `${m.text}/${m.type}`,
  );
}

describe('a state before "House"', () => {
  test('cut into the state and the House', () => {
    expect(read('The Oregon House passed the bill 31-29.', [['Oregon House', 'ORG']])).toEqual([
      'Oregon/PLACE',
      'House/ORG',
    ]);
    expect(read('A New Mexico House seat went to a recount.', [['New Mexico House', 'PLACE']])).toEqual([
      'New Mexico/PLACE',
      'House/ORG',
    ]);
  });
  test('a House "of ...", another body, or a name that is no state: left', () => {
    expect(read('The Oregon House of Representatives met.', [['Oregon House', 'ORG']])).toEqual(['Oregon House/ORG']);
    expect(
      read('The Oregon Senate met at Harlow House.', [
        ['Oregon Senate', 'ORG'],
        ['Harlow House', 'PLACE'],
      ]),
    ).toEqual(['Oregon Senate/ORG', 'Harlow House/PLACE']);
  });
});

/**
 * An electorate named by its seat or ward is a place, with its other mentions
 * (src/core/entities/loc-electorates.ts): in texts we wrote.
 */
import { describe, expect, test } from 'vitest';
import { withElectorates } from '../../src/core/entities/loc-electorates';
import type { EntityType } from '../../src/core/types';
import { mentionsIn } from '../helpers/mentions';

const read = (block: string, names: [string, EntityType][]): string[] =>
  withElectorates(new Map([[0, block]]), mentionsIn(block, names)).map((m) => `${m.text}/${m.type}`);

describe('an electorate by its seat or ward is a place (names.md: districts LOC)', () => {
  test('a seat and a ward read as people, and the seat again', () => {
    expect(
      read('She stands in the coastal seat of Hartigan. Voters in Hartigan want roads.', [
        ['Hartigan', 'PERSON'],
        ['Hartigan', 'PERSON'],
      ]),
    ).toEqual(['Hartigan/PLACE', 'Hartigan/PLACE']);
    expect(
      read('He won the two-seat Orewa Heights ward and the Pellow by-election.', [
        ['Orewa Heights', 'PERSON'],
        ['Pellow', 'ORG'],
      ]),
    ).toEqual(['Orewa Heights/PLACE', 'Pellow/PLACE']);
  });

  test("a person who holds the name, a people's adjective and a longer noun stay as tagged", () => {
    expect(
      read('Tom Hartigan lost the seat of Hartigan, and Hartigan said so.', [
        ['Tom Hartigan', 'PERSON'],
        ['Hartigan', 'PERSON'],
        ['Hartigan', 'PERSON'],
      ]),
    ).toEqual(['Tom Hartigan/PERSON', 'Hartigan/PLACE', 'Hartigan/PERSON']);
    expect(
      read('the Māori ward question; Dana Pellow wardens; Ross Kell', [
        ['Māori', 'OTHER'],
        ['Dana Pellow', 'PERSON'],
        ['Ross Kell', 'PERSON'],
      ]),
    ).toEqual(['Māori/OTHER', 'Dana Pellow/PERSON', 'Ross Kell/PERSON']);
  });
});

/** Two companies joined by "and", the first closing on a network's, railway's or airline's word, are two (src/core/entities/org-plc.ts): texts we wrote. */
import { describe, expect, test } from 'vitest';
import { withCompanyBounds } from '../../../src/core/entities/org-plc';
import type { EntityType } from '../../../src/core/types';
import { mentionsIn } from '../../helpers/mentions';

const read = (block: string, names: [string, EntityType][]): string[] =>
  withCompanyBounds(new Map([[0, block]]), mentionsIn(block, names), () => false).map((m) => `${m.text}/${m.type}`);

describe('companies joined by "and"', () => {
  test('split after Networks, Railway, Airlines', () => {
    expect(
      read('It competes with Harbor Peak Networks and Vellum, and Kanto East Railway and Tosa Railway say so.', [
        ['Harbor Peak Networks and Vellum', 'ORG'],
        ['Kanto East Railway and Tosa Railway', 'ORG'],
      ]),
    ).toEqual(['Harbor Peak Networks/ORG', 'Vellum/ORG', 'Kanto East Railway/ORG', 'Tosa Railway/ORG']);
    expect(read('Pine Airlines and Orca Air merged.', [['Pine Airlines and Orca Air', 'ORG']])).toEqual([
      'Pine Airlines/ORG',
      'Orca Air/ORG',
    ]);
  });

  test('one name with "and" inside stays whole', () => {
    expect(
      read('The Union of Coastal Railway and Ferry Operators and the Delta Railway and Navigation Company met.', [
        ['Union of Coastal Railway and Ferry Operators', 'ORG'],
        ['Delta Railway and Navigation Company', 'ORG'],
      ]),
    ).toEqual(['Union of Coastal Railway and Ferry Operators/ORG', 'Delta Railway and Navigation Company/ORG']);
  });
});

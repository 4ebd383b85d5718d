/** A company named beside its trade's noun, with words of trade between (src/core/entities/org-company-appositives.ts): texts we wrote. */
import { describe, expect, test } from 'vitest';
import { withCompanyAppositives } from '../../../src/core/entities/org-company-appositives';
import type { EntityType } from '../../../src/core/types';
import { mentionsIn } from '../../helpers/mentions';

const GIVEN = new Set(['Dana']);
const read = (block: string, names: [string, EntityType][]): string[] =>
  withCompanyAppositives(
    new Map([[0, block]]),
    mentionsIn(block, names),
    (w) => GIVEN.has(w),
    () => false,
  ).map((m) => `${m.text}/${m.type}`);

describe('a company beside its noun, words of trade between, and the nouns of chains and developers', () => {
  test('listed, with three words of trade before the noun', () => {
    expect(
      read('Tolvane Outfitters, the AIM-listed camping and outdoor chain, will shut. Tolvane said so.', [
        ['Tolvane Outfitters', 'PERSON'],
        ['Tolvane', 'PERSON'],
      ]),
    ).toEqual(['Tolvane Outfitters/ORG', 'Tolvane/ORG']);
    expect(read('Marrow Quay Homes, the developer, appealed.', [['Marrow Quay Homes', 'PERSON']])).toEqual([
      'Marrow Quay Homes/ORG',
    ]);
  });

  test('a person, or a noun that is no apposition, stays', () => {
    expect(
      read('Dana Whitlock, the developer, and Hal Brenn, a former bank executive, spoke.', [
        ['Dana Whitlock', 'PERSON'],
        ['Hal Brenn', 'PERSON'],
      ]),
    ).toEqual(['Dana Whitlock/PERSON', 'Hal Brenn/PERSON']);
  });
});

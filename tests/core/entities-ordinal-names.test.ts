/**
 * A name led by its ordinal keeps it (ordinal-names.ts), on sentences we wrote.
 */
import { describe, expect, test } from 'vitest';
import { withOrdinalNames } from '../../src/core/entities/ordinal-names';
import type { EntityMention } from '../../src/core/types';
import { mentionsIn } from '../helpers/mentions';

const pairs = (ms: readonly EntityMention[]): Array<[string, string]> => ms.map((m) => [m.text, m.type]);
const one = (block: string): Map<number, string> => new Map([[0, block]]);

describe('names led by an ordinal (ordinal-names)', () => {
  test('streets and wards are places, units and numbered courts organisations', () => {
    const block =
      'The parade turned onto 54th Street, crossed the 12th Ward and passed the 41st Coastal Brigade, whose case is in the 212th District Court.';
    const ms = mentionsIn(block, [
      ['Ward', 'ORG'],
      ['Coastal Brigade', 'OTHER'],
    ]);
    expect(pairs(withOrdinalNames(one(block), ms))).toEqual([
      ['54th Street', 'PLACE'],
      ['12th Ward', 'PLACE'],
      ['41st Coastal Brigade', 'ORG'],
      ['212th District Court', 'ORG'],
    ]);
  });
  test('a bare division, a longer name and a name read whole are left alone', () => {
    const block =
      'They won the 2nd Division, then the 5th U.S. Circuit Court of Appeals ruled; 9th Street Books sold out near 8th Avenue.';
    const ms = mentionsIn(block, [
      ['5th U.S. Circuit Court of Appeals', 'ORG'],
      ['9th Street Books', 'ORG'],
      ['8th Avenue', 'PLACE'],
    ]);
    expect(withOrdinalNames(one(block), ms)).toBe(ms);
  });
});

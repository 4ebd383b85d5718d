import { describe, expect, test } from 'vitest';
import { withPartyStates } from '../../src/core/entities/loc-party-states';
import type { EntityMention } from '../../src/core/types';

const pairs = (ms: readonly EntityMention[]): Array<[string, string]> => ms.map((m) => [m.text, m.type]);
const one = (block: string): Map<number, string> => new Map([[0, block]]);

describe("a politician's party tag names a place (loc-party-states)", () => {
  test('a state abbreviation, a state and a home town after a party letter are places', () => {
    const block =
      'Sen. Ada Brill (R-Neb.) and Sen. Otto Vane (D-N.M.) met Rep. Lu Park (I-New Mexico), and ' +
      'state Sen. Mo Dale, R-Pinecrest, said so.';
    expect(pairs(withPartyStates(one(block), []))).toEqual([
      ['Neb.', 'PLACE'],
      ['N.M.', 'PLACE'],
      ['New Mexico', 'PLACE'],
      ['Pinecrest', 'PLACE'],
    ]);
  });

  test('offsets point at the place', () => {
    const block = 'Sen. Ada Brill (R-Utah) spoke.';
    const [m] = withPartyStates(one(block), []);
    expect(block.slice(m?.start, m?.end)).toBe('Utah');
  });

  test('no tag without its bracket or comma, none for D-Day, and a name the tagger made stays', () => {
    const block = 'The R-Utah bill, (D-Day) films and Sen. Ada Brill (R-Neb.) again.';
    const start = block.indexOf('Neb.');
    const made: EntityMention = { blockId: 0, start, end: start + 3, text: 'Neb', type: 'ORG' };
    expect(pairs(withPartyStates(one(block), [made]))).toEqual([['Neb', 'ORG']]);
  });
});

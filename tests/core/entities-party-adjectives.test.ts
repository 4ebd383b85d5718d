/**
 * A party's adjective before a politician's role is OTHER (misc-party-adjectives.ts), on sentences we wrote.
 */
import { describe, expect, test } from 'vitest';
import { withPartyAdjectives } from '../../src/core/entities/misc-party-adjectives';
import type { EntityMention } from '../../src/core/types';
import { mentionsIn } from '../helpers/mentions';

const pairs = (ms: readonly EntityMention[]): Array<[string, string]> => ms.map((m) => [m.text, m.type]);
const one = (block: string): Map<number, string> => new Map([[0, block]]);

describe('party adjectives before a role (misc-party-adjectives)', () => {
  test('an adjective typed ORG or left out before a role becomes OTHER', () => {
    const block =
      'Liberal transport critic Ana Pell said the plan failed. Socialist leader Rui Mota agreed, and the Conservative MP for Dunmere, Tom Hale, did not.';
    const ms = mentionsIn(block, [
      ['Liberal', 'ORG'],
      ['Ana Pell', 'PERSON'],
      ['Rui Mota', 'PERSON'],
      ['Conservative MP for Dunmere', 'ORG'],
      ['Tom Hale', 'PERSON'],
    ]);
    expect(pairs(withPartyAdjectives(one(block), ms))).toEqual([
      ['Liberal', 'OTHER'],
      ['Ana Pell', 'PERSON'],
      ['Socialist', 'OTHER'],
      ['Rui Mota', 'PERSON'],
      ['Conservative', 'OTHER'],
      ['Tom Hale', 'PERSON'],
    ]);
  });
  test("a party's own name, a longer name, a colour and a read adjective are left alone", () => {
    const block =
      'Labour MP Jo Fenn met Liberal Democrat MP Sam Ure, the Green energy minister and Republican senator Dale Rusk.';
    const ms = mentionsIn(block, [
      ['Labour', 'ORG'],
      ['Jo Fenn', 'PERSON'],
      ['Liberal Democrat', 'OTHER'],
      ['Sam Ure', 'PERSON'],
      ['Republican', 'OTHER'],
      ['Dale Rusk', 'PERSON'],
    ]);
    expect(withPartyAdjectives(one(block), ms)).toBe(ms);
  });
});

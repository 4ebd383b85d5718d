/**
 * An institution named by its site that speaks is ORG (org-speaking-bodies.ts), on sentences we wrote.
 */
import { describe, expect, test } from 'vitest';
import { withSpeakingBodies } from '../../src/core/entities/org-speaking-bodies';
import type { EntityMention } from '../../src/core/types';
import { mentionsIn } from '../helpers/mentions';

const pairs = (ms: readonly EntityMention[]): Array<[string, string]> => ms.map((m) => [m.text, m.type]);
const one = (block: string): Map<number, string> => new Map([[0, block]]);

describe('speaking institutions named by their site (org-speaking-bodies)', () => {
  test('an airport or a district before a verb of speech becomes ORG', () => {
    const block = 'Tarnwick Airport says two flights were cut, and the Orley Park District said its rinks stay open.';
    const ms = mentionsIn(block, [
      ['Tarnwick Airport', 'PLACE'],
      ['Orley Park District', 'PLACE'],
    ]);
    expect(pairs(withSpeakingBodies(one(block), ms))).toEqual([
      ['Tarnwick Airport', 'ORG'],
      ['Orley Park District', 'ORG'],
    ]);
  });
  test('a place that speaks without such a noun, and an airport that does not speak, stay places', () => {
    const block = 'Kelbury said on Monday that flights to Tarnwick Airport resume; the White House said nothing.';
    const ms = mentionsIn(block, [
      ['Kelbury', 'PLACE'],
      ['Tarnwick Airport', 'PLACE'],
      ['White House', 'PLACE'],
    ]);
    expect(withSpeakingBodies(one(block), ms)).toBe(ms);
  });
});

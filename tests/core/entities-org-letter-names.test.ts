import { describe, expect, test } from 'vitest';
import { withLetterNames } from '../../src/core/entities/org-letter-names';
import type { EntityMention } from '../../src/core/types';

const at = (block: string, t: string, type: EntityMention['type'], from = 0): EntityMention => {
  const start = block.indexOf(t, from);
  return { blockId: 0, start, end: start + t.length, text: t, type };
};

describe("a one-letter organisation's sentence stop is outside it (org-letter-names)", () => {
  test('"X." typed ORG at the end of a sentence becomes "X"', () => {
    const block = 'He posted on X. Then she wrote on X.';
    const ms = [at(block, 'X.', 'ORG'), at(block, 'X.', 'ORG', 20)];
    expect(withLetterNames(new Map([[0, block]]), ms).map((m) => [m.text, m.start, m.end])).toEqual([
      ['X', 13, 14],
      ['X', 34, 35],
    ]);
  });

  test("a person's initial, a stop inside a word and longer names stay", () => {
    const block = 'Malcolm X. spoke; the U.S. and X.Y. did not.';
    const ms = [at(block, 'X.', 'PERSON'), at(block, 'U.S.', 'PLACE'), at(block, 'X.', 'ORG', 30)];
    const out = withLetterNames(new Map([[0, block]]), ms);
    expect(out).toBe(ms);
  });
});

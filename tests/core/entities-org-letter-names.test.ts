import { describe, expect, test } from 'vitest';
import { withLetterNames } from '../../src/core/entities/org-letter-names';
import { mentionsIn } from '../helpers/mentions';

describe("a one-letter organisation's sentence stop is outside it (org-letter-names)", () => {
  test('"X." typed ORG at the end of a sentence becomes "X"', () => {
    const block = 'He posted on X. Then she wrote on X.';
    const ms = mentionsIn(block, [
      ['X.', 'ORG'],
      ['X.', 'ORG'],
    ]);
    expect(withLetterNames(new Map([[0, block]]), ms).map((m) => [m.text, m.start, m.end])).toEqual([
      ['X', 13, 14],
      ['X', 34, 35],
    ]);
  });

  test("a person's initial, a stop inside a word and longer names stay", () => {
    const block = 'Malcolm X. spoke; the U.S. and X.Y. did not.';
    const ms = mentionsIn(block, [
      ['X.', 'PERSON'],
      ['U.S.', 'PLACE'],
      ['X.', 'ORG'],
    ]);
    const out = withLetterNames(new Map([[0, block]]), ms);
    expect(out).toBe(ms);
  });
});

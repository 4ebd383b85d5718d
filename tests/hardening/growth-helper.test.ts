/**
 * The growth helper itself: it tells a quadratic stage from a linear one, so a growth test
 * that passes means something.
 */
import { describe, expect, test } from 'vitest';
import { growth } from '../helpers/growth';

const text = (n: number) => 'ab'.repeat(n);

/** Counts equal pairs of characters: every character against every other (quadratic). */
function pairs(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) for (let j = i + 1; j < s.length; j++) if (s[i] === s[j]) n++;
  return n;
}

/** Counts the a's: one pass (linear). */
function count(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s[i] === 'a') n++;
  return n;
}

describe('the growth helper', () => {
  test('a quadratic stage grows several times per unit at ten times the input', () => {
    expect(growth(text, pairs, 200).ratio).toBeGreaterThan(4);
  });

  test('a linear stage keeps about its time per unit', () => {
    // Units of 40 characters, so the small size takes well over the timer's floor per unit.
    const g = growth((n) => 'ab'.repeat(20 * n), count, 2_000);
    expect(g.small).toBeGreaterThan(1e-5);
    expect(g.ratio).toBeLessThan(3);
  });
});

import { describe, expect, it } from 'vitest';
import { readsInEpoch } from '../../scripts/ner/page-epochs';

/** Reads of each of `n` documents in epochs 1..`epochs` at weight `w`. */
const table = (n: number, w: number, epochs: number): number[][] =>
  Array.from({ length: n }, (_, k) => Array.from({ length: epochs }, (_, e) => readsInEpoch(k, n, w, e + 1)));

describe('which epochs read a page at a fractional --page-weight', () => {
  it('reads each page every other epoch at 0.5, half the pages in even epochs and half in odd', () => {
    const t = table(4, 0.5, 6);
    expect(t).toEqual([
      [0, 1, 0, 1, 0, 1],
      [0, 1, 0, 1, 0, 1],
      [1, 0, 1, 0, 1, 0],
      [1, 0, 1, 0, 1, 0],
    ]);
  });

  it('reads about a share w of the pages every epoch, and each page w of the epochs', () => {
    for (const w of [0.25, 0.5, 0.3]) {
      const n = 486;
      const t = table(n, w, 12);
      for (let e = 0; e < 12; e++) {
        const read = t.reduce((m, row) => m + (row[e] ?? 0), 0);
        expect(Math.abs(read - n * w)).toBeLessThanOrEqual(1);
      }
      for (const row of t) {
        const read = row.reduce((m, x) => m + x, 0);
        expect(Math.abs(read - 12 * w)).toBeLessThan(1);
        expect(Math.max(...row)).toBe(1);
      }
    }
  });

  it('keeps whole weights as they were, and reads nothing at 0', () => {
    expect(table(3, 2, 4).flat()).toEqual(Array.from({ length: 12 }, () => 2));
    expect(table(3, 1, 4).flat()).toEqual(Array.from({ length: 12 }, () => 1));
    expect(table(3, 0, 4).flat()).toEqual(Array.from({ length: 12 }, () => 0));
    expect(readsInEpoch(0, 0, 0.5, 1)).toBe(0);
  });

  it('reads a weight above one as its whole part and its share', () => {
    expect(table(2, 1.5, 4)).toEqual([
      [1, 2, 1, 2],
      [2, 1, 2, 1],
    ]);
  });
});

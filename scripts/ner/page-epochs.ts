/**
 * How many times one document of a set is read in one epoch when the set's weight may be a
 * fraction (`--page-weight` in scripts/train-ner.ts).
 *
 * A weight w reads document k of n, in epoch e (1, 2, ...), floor(e·w + k/n) − floor((e−1)·w +
 * k/n) times: each document's phase k/n spreads the fractional part over the epochs, so that
 * over E epochs each document is read w·E times (to within one) and every epoch reads about n·w
 * of them. Whole weights read every document exactly w times an epoch. Deterministic: no
 * random numbers. With w = 0.5, the first half of the documents (k/n < 0.5) is read in the even
 * epochs and the second half in the odd ones; with w = 0.25, a quarter in each epoch, each
 * document every fourth epoch.
 */

/** Times document `k` of `n` is read in `epoch` (from 1) at weight `weight` (>= 0). */
export function readsInEpoch(k: number, n: number, weight: number, epoch: number): number {
  if (!(weight > 0) || n <= 0) return 0;
  if (Number.isInteger(weight)) return weight;
  const phase = k / n;
  return Math.floor(epoch * weight + phase) - Math.floor((epoch - 1) * weight + phase);
}

/** Bisection over stretches of text sorted by their start (sentences, dates of a block). */

/** The index of the last item that starts at or before `at` (0 when none does). */
export function lastStartingBy(items: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((items[mid]?.start ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A quarter named without a year late in a year, told ahead (English): "OPEC+ agreed to extend
 * output cuts into the first quarter" and "whether that is in the second quarter or later, the
 * ships won't be there", in a story of early December, are next year's quarters, not this year's,
 * which are over. Only in November and December, for a quarter before the current one, when the
 * words just before reach into it ("extend … into"). (A clause told in the future alone is not
 * enough: TimeBank's autumn results stories tell this year's quarters with "expected".)
 */

/** The months in which a quarter of the year's first three told ahead is next year's. */
const LATE_MONTH = 11;
/** How many words before "into" a verb that extends something is looked for. */
const EXTEND_WORDS = 6;

/** Whether `before` ends in something extended into the quarter ("agreed to extend output cuts into the "). */
export function extendedInto(before: string): boolean {
  const words = before.trimEnd().split(' ');
  let at = words.length - 1;
  if (words[at]?.toLowerCase() === 'the') at--;
  if (words[at]?.toLowerCase() !== 'into') return false;
  for (let i = at - 1; i >= Math.max(0, at - EXTEND_WORDS); i--) {
    const w = (words[i] ?? '').toLowerCase();
    if (/[,.;:]$/u.test(w)) return false;
    if (w.startsWith('extend') || w === 'roll' || w === 'rolled' || w === 'carry' || w === 'carried') return true;
  }
  return false;
}

/**
 * Whether quarter `n` (no year written) of a story told in month `month` is next year's: a quarter
 * before the current one, late in the year, reached into.
 */
export function quarterNextYear(n: number, current: number, month: number, before: string): boolean {
  return month >= LATE_MONTH && n < current && extendedInto(before);
}

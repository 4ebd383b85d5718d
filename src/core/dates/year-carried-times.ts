/**
 * A stretch between two clock times on two days whose second end alone names its year ("from noon
 * June 8 to noon June 12 next year", "from 9 a.m. March 2 to 5 p.m. March 4, 2027"): the first end
 * is of that year too, when it then comes before the second and less than a year before it, as
 * two months or two days of one stretch are (timeline.ts). Null otherwise, or when the first end
 * already is of that year or writes its own.
 */
import type { DateMention } from '../types';
import { dayNumber, parseYmd } from './calendar';

/** A clock time on a day ("2020-06-12T12:00"). */
const DAY_TIME = /^(\d{4})(-\d{2}-\d{2})T\d{2}(?::\d{2})?$/u;
/** An end of a stretch that names its year, in digits or counted ("next year"). */
const YEAR_NAMED = /\d{4}|(?<![\p{L}])(?:last|this|next)\s{1,3}year(?![\p{L}])/iu;
/** How many days a stretch may run (less than a year). */
const YEAR_DAYS = 366;

export function timesYearCarriedBack(a: DateMention, b: DateMention): string | null {
  const x = DAY_TIME.exec(a.value);
  const y = DAY_TIME.exec(b.value);
  if (!x || !y || /\d{4}/u.test(a.text) || !YEAR_NAMED.test(b.text) || x[1] === y[1]) return null;
  const start = `${y[1]}${a.value.slice(4)}`;
  const from = parseYmd(start.slice(0, 10));
  const to = parseYmd(b.value.slice(0, 10));
  if (!from || !to || start >= b.value) return null;
  const days = dayNumber(to) - dayNumber(from);
  return days >= 0 && days < YEAR_DAYS ? start : null;
}

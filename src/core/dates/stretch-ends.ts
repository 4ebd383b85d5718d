/**
 * The end of a stretch the text writes with two ends of different kinds, which the timeline's
 * other rules leave as two points:
 *   - a year and a year told from now ("a trustee from 1985 until last year": `1985/2014`);
 *   - a day and a clock time of a later day, within a year ("between Friday morning and noon
 *     Saturday", "from March 22 to April 14, 6 p.m. to 9:30 p.m."): the range of the days.
 * (Two clock times on two days, "from 3 p.m. Wednesday until noon Thursday", stay two points.)
 */
import { dayNumber, parseYmd } from './calendar';
import type { DateMention } from '../types';

const YEAR = /^\d{4}$/u;
const DAY = /^\d{4}-\d{2}-\d{2}$/u;
const TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}(?::\d{2})?$/u;
/** How many days a stretch from a day may run (less than a year, as the timeline's other stretches). */
const YEAR_DAYS = 366;

export function mixedStretchEnd(a: DateMention, b: DateMention): string | null {
  if (YEAR.test(a.value) && YEAR.test(b.value))
    return /\d{4}/u.test(a.text) && !/\d{4}/u.test(b.text) && a.value < b.value ? b.value : null;
  const time = TIME.exec(b.value);
  const start = DAY.test(a.value) ? parseYmd(a.value) : null;
  const end = time ? parseYmd(time[1] ?? '') : null;
  if (!start || !end) return null;
  const days = dayNumber(end) - dayNumber(start);
  return days > 0 && days < YEAR_DAYS ? (time?.[1] ?? null) : null;
}

/**
 * The end of a stretch the text writes with two ends of different kinds, which the timeline's
 * other rules leave as two points:
 *   - a year and a year told from now ("a trustee from 1985 until last year": `1985/2014`);
 *   - a day and a clock time of a later day, within a year ("between Friday morning and noon
 *     Saturday", "from March 22 to April 14, 6 p.m. to 9:30 p.m."): the range of the days;
 *   - two clock times on two days ("a closure from 10 p.m. Saturday until 6 a.m. Monday", "from
 *     noon today until 6am on Sunday"): one range of times (the ruling of 2 December 2026), the
 *     second weekday the first such day after the first end ("6 a.m. Monday" told in the past
 *     reads as the Monday gone by).
 */
import { addDays, dayNumber, parseYmd, weekday, ymdString } from './calendar';
import { WEEKDAY_NAMES } from './vocabulary';
import type { DateMention } from '../types';

const YEAR = /^\d{4}$/u;
const DAY = /^\d{4}-\d{2}-\d{2}$/u;
const TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}(?::\d{2})?$/u;
/** How many days a stretch from a day may run (less than a year, as the timeline's other stretches). */
const YEAR_DAYS = 366;

/** A weekday named in a clock time's text ("6 a.m. Monday", "noon on Sunday"). */
const WEEKDAY_IN = /(?<![\p{L}])(mon|tues|wednes|thurs|fri|satur|sun)day(?![\p{L}])/iu;

/** The end of a stretch between two clock times on two days, a range of times; null otherwise. */
function timesEnd(a: DateMention, b: DateMention): string | null {
  const from = TIME.exec(a.value);
  const to = TIME.exec(b.value);
  const start = from ? parseYmd(from[1] ?? '') : null;
  let end = to ? parseYmd(to[1] ?? '') : null;
  if (!start || !end || !to) return null;
  const named = WEEKDAY_IN.exec(b.text);
  if (named && dayNumber(end) <= dayNumber(start)) {
    // "from 10 p.m. Saturday until 6 a.m. Monday": the Monday after that Saturday.
    const wanted = (WEEKDAY_NAMES.indexOf(`${(named[1] ?? '').toLowerCase()}day`) + 1) % 7;
    end = addDays(start, (wanted - weekday(start) + 7) % 7 || 7);
  }
  const days = dayNumber(end) - dayNumber(start);
  return days > 0 && days < YEAR_DAYS ? ymdString(end) + b.value.slice(10) : null;
}

export function mixedStretchEnd(a: DateMention, b: DateMention): string | null {
  if (YEAR.test(a.value) && YEAR.test(b.value))
    return /\d{4}/u.test(a.text) && !/\d{4}/u.test(b.text) && a.value < b.value ? b.value : null;
  if (TIME.test(a.value)) return timesEnd(a, b);
  const time = TIME.exec(b.value);
  const start = DAY.test(a.value) ? parseYmd(a.value) : null;
  const end = time ? parseYmd(time[1] ?? '') : null;
  if (!start || !end) return null;
  const days = dayNumber(end) - dayNumber(start);
  return days > 0 && days < YEAR_DAYS ? (time?.[1] ?? null) : null;
}

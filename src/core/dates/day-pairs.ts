/**
 * Two days in a row joined by "and" are one stretch on the timeline, as "3 and 4 October" is: "a
 * storm on Dec. 10 and 11" (one mention, the second day a bare number), "the Fed meets April 30
 * and May 1" (two mentions, each with its month). Two days apart ("Dec. 3 and 10") stay two points.
 */
import { addDays, dayNumber, parseYmd, ymdString } from './calendar';
import type { DateMention } from '../types';

/** A month's day written with its month first ("Dec. 10", "April 30"). */
const MONTH_DAY = /^\p{L}{3,9}\.?\s\d{1,2}(?:st|nd|rd|th)?$/u;
/**
 * " and 11" after a month's day: the next day's number, not a count ("and 11 inches", "and 11
 * p.m.", "and 11%") nor a part of another number ("and 11.5", "and 11:30").
 */
const AND_DAY =
  /^\s{1,3}(?:and|&)\s{1,3}(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}])(?![.,:]\d)(?!\s{0,2}(?:%|[ap]\.?m|percent|inches|degrees|points|per|years|days|hours|minutes|miles|people|of)(?![\p{L}]))/u;
/** What joins two mentions of days in a row. */
const AND_JOIN = /^\s{1,3}(?:and|&)\s{1,3}$/u;

/**
 * "Dec. 10 and 11": where the entry of the first day ends once widened to the second, and the
 * second day (the date mention itself stays the first day, as TimeML writes it).
 */
export function dayPairEnd(body: string, m: DateMention): { end: number; endValue: string } | null {
  if (m.endValue || m.value.length !== 10 || !MONTH_DAY.test(m.text)) return null;
  const day = parseYmd(m.value);
  const next = day ? AND_DAY.exec(body.slice(m.end, m.end + 40)) : null;
  if (!day || !next) return null;
  const after = addDays(day, 1);
  if (after.month !== day.month || after.day !== Number(next[1])) return null;
  return { end: m.end + next[0].length, endValue: ymdString(after) };
}

/** "April 30 and May 1": two mentions of days in a row, each with its month, joined by "and". */
export const daysInARow = (body: string, a: DateMention, b: DateMention): boolean => {
  if (!MONTH_DAY.test(a.text) || !MONTH_DAY.test(b.text) || !AND_JOIN.test(body.slice(a.end, b.start))) return false;
  const da = parseYmd(a.value);
  const db = parseYmd(b.value);
  return !!da && !!db && a.value.length === 10 && b.value.length === 10 && dayNumber(db) - dayNumber(da) === 1;
};

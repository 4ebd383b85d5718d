/**
 * Days told together are each their own point of the story (the ruling of 2 December 2026 on the
 * English sets, and TimeML's way: TimeBank writes "the summit on April 24 and 25" as "April 24"
 * and "25"): "a storm on Dec. 10 and 11" is two days, the second written as a bare number, which
 * gets a mention of its own with the month and year of the first; "plays Leeds on 3 and 4
 * October" is "3" and "4 October"; "the Fed meets April 30 and May 1" is two mentions already.
 * Written as a range ("between Dec. 10 and 11", "between 3 and 4 October") the two days are one
 * stretch: the timeline widens the first day's entry to the second (the date mention stays the
 * first day, as TimeML writes it).
 */
import { daysInMonth, parseYmd, ymdString } from './calendar';
import type { Block, DateMention } from '../types';

/** A month's day written with its month first ("Dec. 10", "April 30"). */
const MONTH_DAY = /^\p{L}{3,9}\.?\s\d{1,2}(?:st|nd|rd|th)?$/u;
/** A month's day written with its day first ("4 October", "4th October"). */
const DAY_MONTH = /^(\d{1,2})(?:st|nd|rd|th)?\s{1,3}\p{L}{3,9}\.?$/u;
/**
 * " and 11" after a month's day: another day's number, not a count ("and 11 inches", "and 11
 * p.m.", "and 11%", "and 27 others") nor a part of another number ("and 11.5", "and 11:30").
 */
const AND_DAY =
  /^\s{1,3}(?:and|&)\s{1,3}(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}])(?![.,:]\d)(?!\s{0,2}(?:%|[ap]\.?m|percent|inches|degrees|points|per|years|days|hours|minutes|miles|people|of|more|others|times)(?![\p{L}]))(?!\s{1,3}[a-z]{3,}s(?![\p{L}]))/u;
/** "3 and " (or "3rd & ") before a day written with its month after it. */
const DAY_AND = /(?<![\p{L}\p{N},.])(\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:and|&)\s{1,3}$/u;
/** "between" just before the first day: the two are a range. */
const BETWEEN = /(?<![\p{L}])between\s{1,3}$/iu;

/** The day `day` of the month of `value` (a day), if the month has it. */
function sameMonthDay(value: string, day: number): string | null {
  const d = parseYmd(value);
  return d && day >= 1 && day <= daysInMonth(d.year, d.month) ? ymdString({ ...d, day }) : null;
}

const isDay = (m: DateMention): boolean => !m.endValue && m.value.length === 10 && !!parseYmd(m.value);

/**
 * "Dec. 10 and 11": where the entry of the first day ends once widened to the second, and the
 * second day, when the text writes the two as a range ("between Dec. 10 and 11"); null otherwise.
 */
export function dayPairEnd(body: string, m: DateMention): { end: number; endValue: string } | null {
  if (!isDay(m) || !MONTH_DAY.test(m.text) || !BETWEEN.test(body.slice(Math.max(0, m.start - 10), m.start)))
    return null;
  const next = AND_DAY.exec(body.slice(m.end, m.end + 40));
  const second = next ? sameMonthDay(m.value, Number(next[1])) : null;
  if (!next || !second || second <= m.value) return null;
  return { end: m.end + next[0].length, endValue: second };
}

/** "between 3 and 4 October": the first day's number, when the text writes the two days as a range. */
export function rangeDayBefore(body: string, m: DateMention): { start: number; value: string } | null {
  const own = DAY_MONTH.exec(m.text);
  if (!own || !isDay(m)) return null;
  const before = DAY_AND.exec(body.slice(Math.max(0, m.start - 16), m.start));
  if (!before || !BETWEEN.test(body.slice(Math.max(0, m.start - before[0].length - 10), m.start - before[0].length)))
    return null;
  const first = sameMonthDay(m.value, Number(before[1]));
  return first && first < m.value ? { start: m.start - before[0].length, value: first } : null;
}

/** A day of the month beside `m`, written as a bare number, as a mention of its own. */
function bareDay(m: DateMention, start: number, text: string, value: string): DateMention {
  return {
    id: 0,
    blockId: m.blockId,
    start,
    end: start + text.length,
    text,
    type: 'DATE',
    value,
    certainty: m.certainty,
  };
}

/**
 * The mentions with, beside each day told together with a bare day number ("Dec. 10 and 11",
 * "on 3 and 4 October"), that day as a mention of its own (not when written as a range).
 */
export function coordinatedDays(mentions: readonly DateMention[], blocks: readonly Block[]): DateMention[] {
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  const out: DateMention[] = [];
  for (const m of mentions) {
    // Most mentions are no day of a month written with its number: a cheap test first.
    const body = isDay(m) && /\d/u.test(m.text) ? (text.get(m.blockId) ?? '') : '';
    const between = !!body && BETWEEN.test(body.slice(Math.max(0, m.start - 10), m.start));
    const before =
      body && !between && DAY_MONTH.test(m.text) ? DAY_AND.exec(body.slice(Math.max(0, m.start - 16), m.start)) : null;
    const first = before ? sameMonthDay(m.value, Number(before[1])) : null;
    const firstAt = before ? m.start - before[0].length : 0;
    if (before && first && first < m.value && !BETWEEN.test(body.slice(Math.max(0, firstAt - 10), firstAt)))
      out.push(bareDay(m, firstAt, before[1] ?? '', first));
    out.push(m);
    const next = body && !between && MONTH_DAY.test(m.text) ? AND_DAY.exec(body.slice(m.end, m.end + 40)) : null;
    const second = next ? sameMonthDay(m.value, Number(next[1])) : null;
    if (next && second && second > m.value) {
      out.push(bareDay(m, m.end + next[0].search(/\d/u), next[1] ?? '', second));
    }
  }
  return out;
}

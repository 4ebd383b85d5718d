/**
 * Clock times and the days they run over (English), as a closure or a schedule writes them:
 *
 *   - "between midnight and 4 a.m. Saturday", "between 10 p.m. and 5 a.m. Sunday": one range of
 *     times on that day (from the evening before when the first time is the later one);
 *   - "from 10 p.m. to 5 a.m. Sunday": overnight, from the evening before (not Sunday evening to
 *     a Sunday a week on);
 *   - "from 11 p.m. Friday until the start of service on Monday morning": the end no clock
 *     time, one range of the days;
 *   - "Sunday into Monday", "from Thursday evening until at least midday Friday": one range of
 *     the days (not when a day is moved "from Monday to Tuesday");
 *   - "Thursday from 3 p.m. to 7 p.m.": one range of times on that day;
 *   - "from 2pm Tuesday until 9am Wednesday", "from 3am Wednesday March 5 to 3am Thursday March
 *     6": one range from the first clock time to the second;
 *   - daily hours after a run of days ("run on select nights through January 7, from 5pm to
 *     10pm", "open from 8 a.m. to 6 p.m. Saturday through Monday"): the days, not the hours.
 */
import type { Block, DateMention } from '../types';
import { addDays, dayNumber, parseYmd, stepToWeekday, ymdString, type Ymd } from './calendar';
import { clauseStart } from './clause';
import { WEEKDAY_NAMES } from './vocabulary';

/** A clock time ("4 a.m.", "10:30 p.m.", "5pm"), noon or midnight: its hour and minute. */
const CLOCK = /^(?:(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?m\.?|(noon|midday)|(midnight))$/iu;
/** "between midnight and " just before a clock time with its day. */
const BETWEEN_BEFORE =
  /(?<![\p{L}])between\s{1,3}((?:\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\.?)|noon|midday|midnight)\s{1,3}and\s{1,3}$/iu;
/** A clock time, then a weekday ("4 a.m. Saturday", "4 a.m. on Saturday"). */
const CLOCK_THEN_WEEKDAY =
  /^(\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\.?|noon|midday)\s{1,3}(?:on\s{1,3})?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/iu;
/** Between a clock time on a day and a day with no clock time ("until the start of service on"). */
const UNTIL_DAY =
  /^\s{1,3}(?:until|till|to|through)\s{1,3}(?:the\s{1,3}(?:start|end|beginning|close)\s{1,3}of\s{1,3}(?:service|business|the\s{1,3}day)\s{1,3})?(?:on\s{1,3})?$/iu;
/** A weekday alone or with a part of the day ("Monday", "Monday morning"). */
const WEEKDAY_PART = /^((?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s{1,3}(?:morning|afternoon|evening|night))?$/iu;
/** A clock time on a weekday ("11 p.m. Friday"). */
const CLOCK_ON_WEEKDAY =
  /^\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\.?\s{1,3}(?:on\s{1,3})?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/iu;
/** A clock time on a weekday, its date after it or not ("2pm Tuesday", "3am Thursday March 6"). */
const CLOCK_ON_DAY_DATED =
  /^\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\.?\s{1,3}(?:on\s{1,3})?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:,?\s{1,3}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{0,6}\.?\s{1,3}\d{1,2}(?:st|nd|rd|th)?)?$/iu;
/** Between two clock times on days ("until", "to"; the first one's date read apart: " March 5 to "). */
const CLOCK_DAYS_JOIN =
  /^(?:,?\s{1,3}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{0,6}\.?\s{1,3}\d{1,2}(?:st|nd|rd|th)?)?,?\s{1,3}(?:until|till|to|through)\s{1,3}(?:on\s{1,3})?$/iu;
/** How many days a stretch between two clock times on days may run. */
const CLOCK_STRETCH_DAYS = 7;
/** A month's day, then ", from" and a clock time ("January 7, from 5pm"). */
const DAY_THEN_HOURS = /^(.{3,30}?),\s{1,3}from\s{1,3}\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\.?$/iu;
/** The end of a run just before a day ("through", "until", "runs until"). */
const RUN_END_BEFORE = /(?<![\p{L}])(?:through|until|till|thru)\s{1,3}$/iu;
/** A clock time's end just after the daily hours' start (" to 10pm"). */
const TO_CLOCK = /^\.?\s{1,3}(?:to|until|-|–)\s{1,3}$/iu;
/** The weekday that ends a text. */
const WEEKDAY_AT_END = /(?:mon|tues|wednes|thurs|fri|satur|sun)day$/iu;
/** Between two weekdays of a run ("through", "to"). */
const RUN_JOIN = /^\s{1,3}(?:through|to|thru|-|–)\s{1,3}$/iu;
/** A clock time, then a run of weekdays ("6 p.m. Saturday through Monday"): the run. */
const CLOCK_DAYS =
  /^\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\.?\s{1,3}((?:mon|tues|wednes|thurs|fri|satur|sun)day\s{1,3}(?:through|to|thru|-|–)\s{1,3}(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/iu;

/**
 * Between two weekdays told as one spell ("Sunday into Monday"; "until at least", "until",
 * "to" or "through" after a "from"); group 1 is "into", which needs no "from".
 */
const DAYS_JOIN = /^\s{1,3}(?:(into)|(?:until|till|through|to)(?:\s{1,3}at\s{1,3}least)?)\s{1,3}(?:on\s{1,3})?$/iu;
/** "from" just before the first weekday. */
const FROM_BEFORE = /(?<![\p{L}])from\s{1,3}$/iu;
/** A day moved from one weekday to another ("moved the vote from Monday to Tuesday"): two points. */
const MOVED_BEFORE =
  /(?<![\p{L}])(?:moved?|moving|postponed?|postponing|pushed|pushing|delayed|delaying|shifted|shifting|changed|rescheduled|brought\s{1,3}forward)(?![\p{L}])/iu;
/** A weekday with a clock time or a part of the day that ends a spell ("midday Friday", "Monday morning"): its weekday. */
const RUN_LAST_DAY =
  /^(?:(?:\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\.?|noon|midday)\s{1,3}(?:on\s{1,3})?)?((?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s{1,3}(?:morning|afternoon|evening|night))?$/iu;
/** The weekday that ends a spell, from its text, or null. */
const dayRunEnd = (text: string): string | null => RUN_LAST_DAY.exec(text)?.[1] ?? null;
/** A weekday, then "from" and a clock time ("Thursday from 3 p.m"). */
const WEEKDAY_FROM_CLOCK =
  /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\s{1,3}from\s{1,3}(\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\.?|noon|midday)$/iu;

/** The minutes after midnight of a clock time, or null. */
function minutesOf(clock: string): number | null {
  const c = CLOCK.exec(clock.trim());
  if (!c) return null;
  if (c[4]) return 12 * 60;
  if (c[5]) return 0;
  const hour = (Number(c[1]) % 12) + (/^p$/iu.test(c[3] ?? '') ? 12 : 0);
  return hour * 60 + Number(c[2] ?? 0);
}

const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The mentions with the ranges above read as one mention each. */
/**
 * `m` stretched to the end of `end` as one range of days: from `first` to the next `lastWeekday`
 * after it ("Sunday into Monday", "from 11 p.m. Friday until … Monday morning").
 */
function spanDays(m: DateMention, end: DateMention, body: string, first: Ymd, lastWeekday: string): void {
  const wanted = WEEKDAY_NAMES.indexOf(lastWeekday.toLowerCase()) + 1;
  m.end = end.end;
  m.text = body.slice(m.start, m.end);
  m.value = ymdString(first);
  m.endValue = ymdString(stepToWeekday(addDays(first, 1), wanted, 1));
  m.type = 'DATE';
}

export function clockRanges(mentions: readonly DateMention[], blocks: readonly Block[]): DateMention[] {
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  const dropped = new Set<DateMention>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as DateMention;
    const next = mentions[i + 1];
    const body = text.get(m.blockId) ?? '';
    const day = parseYmd(m.value.slice(0, 10));
    if (!day || !/^\d{4}-\d{2}-\d{2}/u.test(m.value)) continue;
    const between = m.endValue ? null : BETWEEN_BEFORE.exec(body.slice(Math.max(0, m.start - 40), m.start));
    const clockDay = CLOCK_THEN_WEEKDAY.exec(m.text);
    if (between && clockDay) {
      const from = minutesOf(between[1] ?? '');
      const to = minutesOf(clockDay[1] ?? '');
      if (from === null || to === null) continue;
      // ("between 10 p.m. and 5 a.m. Sunday": from Saturday evening.)
      const start = from > to ? addDays(day, -1) : day;
      m.start -= between[0].length;
      m.text = body.slice(m.start, m.end);
      m.value = `${ymdString(start)}T${hhmm(from)}`;
      m.endValue = `${ymdString(day)}T${hhmm(to)}`;
      m.type = 'TIME';
      continue;
    }
    const nextDay = next ? parseYmd(next.value.slice(0, 10)) : null;
    const joined = !!next && next.blockId === m.blockId && TO_CLOCK.test(body.slice(m.end, next.start));
    if (next && nextDay && joined && !m.endValue && CLOCK.test(m.text.trim())) {
      // "from 8 a.m. to 6 p.m. Saturday through Monday" (chrono reads the days as one range):
      // the days; the hours are each day's.
      const days = next.endValue ? CLOCK_DAYS.exec(next.text) : null;
      const lastDay = next.endValue ? parseYmd(next.endValue.slice(0, 10)) : null;
      if (days && lastDay) {
        next.start = next.end - (days[1] ?? '').length;
        next.text = body.slice(next.start, next.end);
        next.value = ymdString(nextDay);
        next.endValue = ymdString(lastDay);
        next.type = 'DATE';
        dropped.add(m);
        i += 1;
        continue;
      }
      const clockThenDay = CLOCK_THEN_WEEKDAY.exec(next.text);
      const after = mentions[i + 2];
      const run = after && after.blockId === m.blockId ? WEEKDAY_PART.exec(after.text) : null;
      if (clockThenDay && after && run && RUN_JOIN.test(body.slice(next.end, after.start))) {
        // The same, the days read apart ("6 p.m. Saturday", "Monday").
        next.start = next.end - (WEEKDAY_AT_END.exec(next.text)?.[0] ?? '').length;
        spanDays(next, after, body, nextDay, run[1] ?? '');
        dropped.add(m);
        dropped.add(after);
        i += 2;
        continue;
      }
      // "from 10 p.m. to 5 a.m. Sunday": overnight, from the evening before the day named.
      const from = minutesOf(m.text);
      const to = minutesOf(clockThenDay?.[1] ?? '');
      if (from !== null && to !== null && from > to && dayNumber(day) === dayNumber(nextDay))
        m.value = `${ymdString(addDays(nextDay, -1))}${m.value.slice(10)}`;
      continue;
    }
    // (The first day's date read apart, just after it: "3am Wednesday", "March 5", "3am Thursday".)
    const own = next && next.blockId === m.blockId && next.value === m.value.slice(0, 10) && next.start - m.end <= 2;
    const second = own ? mentions[i + 2] : next;
    const secondAt = second ? parseYmd(second.value.slice(0, 10)) : null;
    const from = FROM_BEFORE.exec(body.slice(Math.max(0, m.start - 5), m.start));
    if (
      second &&
      secondAt &&
      from &&
      second.blockId === m.blockId &&
      !m.endValue &&
      !second.endValue &&
      /T\d{2}:\d{2}$/u.test(m.value) &&
      /T\d{2}:\d{2}$/u.test(second.value) &&
      m.value < second.value &&
      dayNumber(secondAt) - dayNumber(day) <= CLOCK_STRETCH_DAYS &&
      CLOCK_ON_DAY_DATED.test(m.text) &&
      CLOCK_ON_DAY_DATED.test(second.text) &&
      CLOCK_DAYS_JOIN.test(body.slice(m.end, second.start))
    ) {
      // "from 2pm Tuesday until 9am Wednesday": one range of the two clock times, "from" inside.
      m.start -= from[0].length;
      m.end = second.end;
      m.text = body.slice(m.start, m.end);
      m.endValue = second.value;
      m.type = 'TIME';
      if (own && next) dropped.add(next);
      dropped.add(second);
      i += own ? 2 : 1;
      continue;
    }
    if (
      next &&
      next.blockId === m.blockId &&
      !m.endValue &&
      CLOCK_ON_WEEKDAY.test(m.text) &&
      WEEKDAY_PART.test(next.text) &&
      UNTIL_DAY.test(body.slice(m.end, next.start))
    ) {
      // "from 11 p.m. Friday until the start of service on Monday morning": the days.
      spanDays(m, next, body, day, WEEKDAY_PART.exec(next.text)?.[1] ?? '');
      dropped.add(next);
      continue;
    }
    const part = WEEKDAY_PART.exec(m.text);
    const last = next && next.blockId === m.blockId && !m.endValue && !next.endValue ? dayRunEnd(next.text) : null;
    const join = part && last ? DAYS_JOIN.exec(body.slice(m.end, next?.start ?? m.end)) : null;
    if (
      next &&
      part &&
      last &&
      join &&
      (join[1] ||
        (FROM_BEFORE.test(body.slice(Math.max(0, m.start - 5), m.start)) &&
          !MOVED_BEFORE.test(body.slice(clauseStart(body, m.start), m.start))))
    ) {
      // "Sunday into Monday", "from Thursday evening until at least midday Friday": the days.
      spanDays(m, next, body, day, last);
      dropped.add(next);
      i += 1;
      continue;
    }
    const dayFrom = WEEKDAY_FROM_CLOCK.exec(m.text);
    if (
      dayFrom &&
      next &&
      next.blockId === m.blockId &&
      !m.endValue &&
      CLOCK.test(next.text.trim()) &&
      TO_CLOCK.test(body.slice(m.end, next.start))
    ) {
      // "Thursday from 3 p.m. to 7 p.m.": one range of times on that day.
      const from = minutesOf(dayFrom[1] ?? '');
      const to = minutesOf(next.text);
      if (from !== null && to !== null && to > from) {
        m.end = next.end;
        m.text = body.slice(m.start, m.end);
        m.value = `${ymdString(day)}T${hhmm(from)}`;
        m.endValue = `${ymdString(day)}T${hhmm(to)}`;
        m.type = 'TIME';
        dropped.add(next);
        i += 1;
        continue;
      }
    }
    const hours = DAY_THEN_HOURS.exec(m.text);
    if (hours && RUN_END_BEFORE.test(body.slice(Math.max(0, m.start - 10), m.start))) {
      // "through January 7, from 5pm to 10pm": the run's last day; the hours are each day's.
      m.end = m.start + (hours[1] ?? '').length;
      m.text = body.slice(m.start, m.end);
      m.value = ymdString(day);
      m.type = 'DATE';
      delete m.endValue;
      if (
        next &&
        next.blockId === m.blockId &&
        CLOCK.test(next.text.trim()) &&
        TO_CLOCK.test(body.slice(m.start + hours[0].length, next.start))
      )
        dropped.add(next);
      continue;
    }
  }
  return mentions.filter((m) => !dropped.has(m));
}

/**
 * A stretch of two months or two days written without a year ("ran from November 28 to January
 * 3", "the launch window runs from 14 February to 2 March") is placed by its tense as a whole:
 * told in the past, it has ended by the publication date (in an August story, the winter market
 * that ran from November 28 to January 3 ran the winter before); told in the present or the
 * future, it has not ended before it (a launch window that runs from 14 February to 2 March, in
 * a July story, is next year's). Its end is the first such day after its start, so a stretch
 * whose end comes first in month order crosses the new year. Each end keeps its own mention;
 * the timeline joins them (timeline.ts).
 */
import type { Block, DateMention } from '../types';
import { addDays, dayNumber, parseYmd, utcDayNumber, weekday, ymdString } from './calendar';
import { WEEKDAY_PHRASE } from './story-points';
import { clauseEnd, clauseStart, nearestCue } from './clause';
import { DATA_FOR, PAST_WORD } from './news-tense-refiner';
import { END_OF_JOIN } from './range-end-words';
import { FLOOR_JOINS, STARTING_JOINS, STARTING_OPENS } from './range-more-ends';
import { monthSpanYear } from './month-span-year';

const pad = (n: number): string => String(n).padStart(2, '0');
/** How far before a stretch (characters) "data for" is looked for. */
const DATA_FOR_REACH = 24;

/**
 * "from 2007 to 2016", "between May and July": the words before a range's first end, and between its
 * ends; a comma may close a first end that writes its weekday or its year ("from Friday, Sept. 26,
 * through Sunday, Sept. 28", "from Aug. 31, 2024, to Aug. 30, 2025").
 */
const RANGE_OPENS = /(?<![\p{L}])(?:from|between)\s{1,3}$/iu;
const RANGE_JOINS = /^\.?,?\s{1,3}(?:to|and|until|till|through)\s{1,3}$/iu;

/** A schedule's stretch written without "from" ("Market: Nov. 29 to Dec. 24"): only "to", "through" or a dash joins it. */
const BARE_JOINS = /^\s{1,3}(?:to|through|-|–)\s{1,3}$/iu;
/** A month's day ("Nov. 29", "Tuesday, January 20", "22" after a month's day). */
const MONTH_DAY = /^(?:\p{L}+day,\s)?\p{L}{3,9}\.?\s\d{1,2}(?:st|nd|rd|th)?$/u;
/** A date that ends on "from" and a clock time ("Saturday, Feb. 1, from 10:30 a.m"). */
const FROM_CLOCK = /,\s{1,3}(?:from|between)\s{1,3}\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?)?$/iu;
/** A weekday alone, with no clock time ("Saturday", "Monday"). */
const PLAIN_WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/iu;
/** Words before a new date that are not a stretch's ("moved Nov. 29 to Dec. 24", "changed from"). */
const MOVED =
  /(?<![\p{L}])(?:moved|postponed|delayed|pushed|rescheduled|deferred|brought|changed|shifted|switched|advanced|extended)(?![\p{L}])[^.;:]{0,30}$/iu;

/** A date moved from one day to another ("moves from", "moved the opening from", "was pushed back from"). */
const MOVED_FROM =
  /(?<![\p{L}])(?:mov(?:es|ed|ing|e)|postpone[sd]?|delay(?:s|ed)?|push(?:es|ed)|reschedule[sd]?|shift(?:s|ed)|switch(?:es|ed)|brought forward|bring(?:s)? forward)(?:\s{1,3}[\p{L}\p{N}'’]{1,20}){0,4}\s{1,3}from\s{1,3}$/iu;

/** Words before two years that compare them rather than join them ("compared 2019 to 2020", "from 2019's level"). */
const COMPARED = /(?<![\p{L}])(?:compar(?:ed|es|e|ing)|relative|against|versus|vs\.?)(?![\p{L}])[^.;:]{0,30}$/iu;

/**
 * Whether two dates of a block are written as the ends of one stretch ("from X to Y", "between X
 * and Y"), or, in a schedule, two days of months joined by "to" with no "from" ("Seattle
 * Christmas Market: Nov. 29 to Dec. 24", "Dec. 19 to 22"), unless a date is moved to another.
 */
export const writtenAsRange = (body: string, a: DateMention, b: DateMention): boolean => {
  const join = body.slice(a.end, b.start);
  // ("the sequel moves from March 20, 2026 to July 17, 2026": a date moved to another, two points.)
  if (RANGE_OPENS.test(body.slice(Math.max(0, a.start - 10), a.start)))
    return (
      (RANGE_JOINS.test(join) || END_OF_JOIN.test(join) || FLOOR_JOINS.test(join)) &&
      !MOVED_FROM.test(body.slice(Math.max(0, a.start - 60), a.start))
    );
  // "starting on Monday, September 9, until December 6" (range-more-ends.ts).
  if (STARTING_JOINS.test(join) && STARTING_OPENS.test(body.slice(Math.max(0, a.start - 14), a.start))) return true;
  // "Saturday, Feb. 1, from 10:30 a.m. to 4 p.m.": the day's hours, "from" inside the first end.
  if (FROM_CLOCK.test(a.text)) return RANGE_JOINS.test(join);
  // "open Saturday through Monday": two weekdays joined by "through" or "to" (not "and").
  if (
    /^\s{1,3}(?:to|through)\s{1,3}$/iu.test(join) &&
    PLAIN_WEEKDAY.test(a.text) &&
    PLAIN_WEEKDAY.test(b.text) &&
    !MOVED.test(body.slice(Math.max(0, a.start - 40), a.start))
  )
    return true;
  // "near the 1991 to 2020 average": two years joined by "to" or "through", not compared ("compared
  // 2019 to 2020") nor moved.
  if (
    /^\s{1,3}(?:to|through)\s{1,3}$/iu.test(join) &&
    /^\d{4}$/u.test(a.text) &&
    /^\d{4}$/u.test(b.text) &&
    a.value < b.value &&
    !COMPARED.test(body.slice(Math.max(0, a.start - 40), a.start)) &&
    !MOVED.test(body.slice(Math.max(0, a.start - 40), a.start))
  )
    return true;
  // "the outlook for December to February": two months joined by "to" or "through" with no "from"
  // are one stretch, unless compared or moved ("moved December to February"), or the second is a
  // possessive ("December to February's level").
  // ("the April-to-July runoff", "the December-to-February period": the ends hyphenated as one word.)
  if (
    /^(?:\s{1,3}(?:to|through)\s{1,3}|-(?:to|through)-)$/iu.test(join) &&
    BARE_MONTH.test(a.text) &&
    BARE_MONTH.test(b.text) &&
    /^\d{4}-\d{2}$/u.test(a.value) &&
    /^\d{4}-\d{2}$/u.test(b.value) &&
    !/^['’]s?(?![\p{L}])/u.test(body.slice(b.end, b.end + 2)) &&
    !COMPARED.test(body.slice(Math.max(0, a.start - 40), a.start)) &&
    !MOVED.test(body.slice(Math.max(0, a.start - 40), a.start))
  )
    return true;
  return (
    BARE_JOINS.test(join) &&
    MONTH_DAY.test(a.text) &&
    (MONTH_DAY.test(b.text) || /^\d{1,2}$/u.test(b.text)) &&
    /^\d{4}-\d{2}-\d{2}$/u.test(a.value) &&
    /^\d{4}-\d{2}-\d{2}$/u.test(b.value) &&
    !MOVED.test(body.slice(Math.max(0, a.start - 40), a.start))
  );
};
/** A month or a day of one. */
const MONTH_OR_DAY = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/u;
/** Words that tell the stretch as still running or to come. */
const AHEAD =
  /(?<![\p{L}])(?:will|won['’]t|shall|going to|plans? to|expects? to|expected to|is|are|runs|lasts|opens|takes place|take place|remains?|stays?|scheduled|due)(?![\p{L}])|['’]ll(?![\p{L}])/giu;
/** Past verbs that do not end in "-ed". */
const PAST_IRREGULAR =
  /(?<![\p{L}])(?:ran|was|were|had|drew|saw|took|held|came|went|began|stood|grew|fell|rose|met)(?![\p{L}])/giu;
/** How far (days) a past stretch may end after publication, or one to come before it. */
const GRACE_DAYS = 15;

const dayOf = (year: number, month: number, day: number | null, last: boolean): number =>
  day !== null
    ? dayNumber({ year, month, day })
    : last
      ? dayNumber({ year: month === 12 ? year + 1 : year, month: month === 12 ? 1 : month + 1, day: 1 }) - 1
      : dayNumber({ year, month, day: 1 });

export function yearLessRanges(mentions: readonly DateMention[], blocks: readonly Block[], reference: Date): void {
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  const today = utcDayNumber(reference);
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i] as DateMention;
    const b = mentions[i + 1] as DateMention;
    const body = text.get(a.blockId);
    if (body === undefined || b.blockId !== a.blockId || a.endValue || b.endValue) continue;
    const ma = MONTH_OR_DAY.exec(a.value);
    const mb = MONTH_OR_DAY.exec(b.value);
    if (!ma || !mb || a.value.length !== b.value.length) continue;
    // "from 3 July to 9 August 2026": the first end takes the year the second writes (the one
    // before, when it would come after the end).
    if (!/\d{4}/u.test(a.text) && /\d{4}/u.test(b.text) && a.certainty !== 'exact' && writtenAsRange(body, a, b)) {
      const year = Number(mb[1]);
      const sameYear = `${year}${a.value.slice(4)}`;
      const value = sameYear < b.value ? sameYear : `${year - 1}${a.value.slice(4)}`;
      if (value !== a.value) {
        a.value = value;
        a.certainty = 'inferred';
      }
      i++;
      continue;
    }
    if (/\d{4}/u.test(a.text) || /\d{4}/u.test(b.text) || a.certainty === 'exact' || b.certainty === 'exact') continue;
    if (!writtenAsRange(body, a, b)) continue;
    const weekdays = weekdayRangeEnd(a, b);
    if (weekdays) {
      b.value = weekdays;
      i++;
      continue;
    }
    // ("GDP data for January to March is due on June 3": the figures of a stretch already over.)
    const tense = DATA_FOR.test(body.slice(Math.max(0, a.start - DATA_FOR_REACH), a.start))
      ? -1
      : nearestCue(body, clauseStart(body, a.start), clauseEnd(body, b.end), a.start, b.end, [
          [AHEAD, 1],
          [PAST_IRREGULAR, -1],
          [PAST_WORD, -1],
        ]);
    let year = Number(ma[1]);
    const [sm, sd] = [Number(ma[2]), ma[3] ? Number(ma[3]) : null];
    const [em, ed] = [Number(mb[2]), mb[3] ? Number(mb[3]) : null];
    const crosses = em < sm || (em === sm && (ed ?? 0) < (sd ?? 0));
    const endDay = (y: number): number => dayOf(crosses ? y + 1 : y, em, ed, true);
    // (A past stretch may run to the month of publication: "cases reported between January and
    // early October", in an October story, ended this month.)
    const endStarts = (y: number): number => dayOf(crosses ? y + 1 : y, em, ed, false);
    if (tense < 0 && endStarts(year) > today + GRACE_DAYS) year -= 1;
    else if (tense > 0 && endDay(year) < today - GRACE_DAYS) year += 1;
    else if (!tense) {
      // Neither past nor future ("cut rates between September and December", in January): the
      // stretch nearest the publication date.
      const away = (y: number): number => Math.max(0, dayOf(y, sm, sd, false) - today, today - endDay(y));
      year = [year - 1, year, year + 1].reduce((best, y) => (away(y) < away(best) ? y : best));
    }
    const startValue = `${year}-${pad(sm)}${sd !== null ? `-${pad(sd)}` : ''}`;
    const endValue = `${crosses ? year + 1 : year}-${pad(em)}${ed !== null ? `-${pad(ed)}` : ''}`;
    if (startValue !== a.value || endValue !== b.value) {
      a.value = startValue;
      b.value = endValue;
      a.certainty = b.certainty = 'inferred';
    }
    i++;
  }
}

/**
 * The end of a stretch between two weekdays ("between Tuesday and Sunday", "between Wednesday
 * afternoon and Thursday morning"): the first such day after the first, within the week; null
 * when the two are not weekdays.
 */
export function weekdayRangeEnd(a: DateMention, b: DateMention): string | null {
  const from = parseYmd(a.value);
  const to = parseYmd(b.value);
  if (!from || !to || !WEEKDAY_PHRASE.test(a.text) || !WEEKDAY_PHRASE.test(b.text)) return null;
  return ymdString(addDays(from, (weekday(to) - weekday(from) + 7) % 7 || 7));
}

/** Between two months told together ("in November and December", "September or October"). */
const COORDINATED = /^\s{1,3}(?:and|or)\s{1,3}$/iu;
/** A month alone, or early, mid or late in it. */
const BARE_MONTH = /^(?:(?:early|mid|late)[\s-]{1,3})?\p{L}{3,9}$/iu;
/** A month and its year ("February 1973", "Feb. 1973"). */
const MONTH_AND_YEAR = /^\p{L}{3,9}\.?\s{1,3}\d{4}$/u;
/** "quarter" just after a stretch of months ("the July-September quarter"), or its results. */
const QUARTER_AFTER = /^[\s-]{1,3}(?:quarter|results|earnings)(?![\p{L}])/iu;
/** A quarter's results just after its months ("October-December results"): a quarter that has ended. */
const RESULTS_AFTER = /^[\s-]{1,3}(?:results|earnings)(?![\p{L}])/iu;

/**
 * Two months told together without a year share one: a stretch written with a hyphen ("the
 * April-June quarter") ends in its own year when its end comes later in month order, and a
 * stretch of three months that is a quarter is that quarter (`2017-Q2`; with its results after
 * it, the last such quarter ended: "October-December results" in January); two months joined by
 * "and" or "or" ("the wedding season in November and December"), read in two years, are both
 * in the year that puts them nearest the publication date; a month joined so to a month that
 * writes its year ("in January and February 1973") is in that year.
 */
export function monthsTogether(mentions: readonly DateMention[], blocks: readonly Block[], reference: Date): void {
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  const today = utcDayNumber(reference);
  // ("October-December 2022": a stretch that writes its year at its end is of that year.)
  monthSpanYear(mentions);
  for (const m of mentions) {
    const s = /^(\d{4})-(\d{2})$/u.exec(m.value);
    const e = m.endValue ? /^(\d{4})-(\d{2})$/u.exec(m.endValue) : null;
    if (!s || !e || /\d{4}/u.test(m.text) || m.certainty === 'exact') continue;
    const [sy, sm, ey, em] = [Number(s[1]), Number(s[2]), Number(e[1]), Number(e[2])];
    if (em <= sm || ey < sy) continue;
    m.endValue = `${sy}-${pad(em)}`;
    const body = text.get(m.blockId) ?? '';
    if (sm % 3 === 1 && em === sm + 2 && QUARTER_AFTER.test(body.slice(m.end, m.end + 12))) {
      // ("will report October-December results on Feb. 7", in January: the quarter just ended.)
      const ended =
        RESULTS_AFTER.test(body.slice(m.end, m.end + 12)) && dayOf(sy, em, null, true) >= today ? sy - 1 : sy;
      m.value = `${ended}-Q${(sm + 2) / 3}`;
      delete m.endValue;
    }
  }
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i] as DateMention;
    const b = mentions[i + 1] as DateMention;
    const ma = /^(\d{4})-(\d{2})$/u.exec(a.value);
    const mb = /^(\d{4})-(\d{2})$/u.exec(b.value);
    if (!ma || !mb || a.blockId !== b.blockId || a.endValue || b.endValue || ma[1] === mb[1]) continue;
    if (!BARE_MONTH.test(a.text) || !BARE_MONTH.test(b.text) || a.certainty === 'exact' || b.certainty === 'exact')
      continue;
    const [sm, em] = [Number(ma[2]), Number(mb[2])];
    if (em <= sm || !COORDINATED.test((text.get(a.blockId) ?? '').slice(a.end, b.start))) continue;
    const away = (y: number): number =>
      Math.max(0, dayOf(y, sm, null, false) - today, today - dayOf(y, em, null, true));
    const year = away(Number(ma[1])) <= away(Number(mb[1])) ? ma[1] : mb[1];
    // "their best months since February and November, respectively", in May: both months were
    // read in the past, so neither goes after the publication (each is its own past month).
    const readPast = dayOf(Number(ma[1]), sm, null, true) < today && dayOf(Number(mb[1]), em, null, true) < today;
    if (readPast && dayOf(Number(year), em, null, false) > today) continue;
    a.value = `${year}-${pad(sm)}`;
    b.value = `${year}-${pad(em)}`;
    a.certainty = b.certainty = 'inferred';
  }
  // "in January and February 1973": the first month shares the year the second one writes.
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i] as DateMention;
    const b = mentions[i + 1] as DateMention;
    const ma = /^(\d{4})-(\d{2})$/u.exec(a.value);
    const mb = /^(\d{4})-(\d{2})$/u.exec(b.value);
    if (!ma || !mb || a.blockId !== b.blockId || a.endValue || ma[1] === mb[1] || a.certainty === 'exact') continue;
    if (!BARE_MONTH.test(a.text) || !MONTH_AND_YEAR.test(b.text) || Number(ma[2]) >= Number(mb[2])) continue;
    if (!COORDINATED.test((text.get(a.blockId) ?? '').slice(a.end, b.start))) continue;
    a.value = `${mb[1]}-${ma[2]}`;
  }
}

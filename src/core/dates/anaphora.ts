/**
 * English dates told from a time the story named before, not from the publication date:
 *
 *   - "that week", "that month", "that day": the week, month or day of the date the story
 *     last named (in the same block or the one before), else a date the text does not fix
 *     ("On Thanksgiving the sheriff spoke. In another statement that week" is no week of the
 *     timeline);
 *   - "that long Monday night": a weekday the story told of before, not last Monday;
 *   - "the following Monday (evening)": the first Monday after the day the story last named
 *     (in this block or the one before), else a day the text does not fix;
 *   - "the weekend of the film's opening": a part of an event the text does not date;
 *   - "a chilly Tuesday in December 1999": a day of that month, which the text does not fix,
 *     so the month's value (it joins "December 1999" on the timeline);
 *   - "one bitter February day four years ago": the February of that year;
 *   - "October of that year", "peaked in October and November of that year": the month of the
 *     year the story last wrote (in this block or the one before), else a month the text does
 *     not fix;
 *   - "between 3 and 4 October": the two days, one range;
 *   - "reached Baghdad in early April 2003 and ... on 9 April": a day of the month the sentence
 *     has just dated, in that month's year.
 */
import { addDays, isoWeek, parseYmd, stepToWeekday, ymdString, type Ymd } from './calendar';
import type { Block, DateMention } from '../types';
import { WEEKDAY_PHRASE } from './story-points';
import { WEEKDAY_NAMES } from './vocabulary';
import { rangeDayBefore } from './day-pairs';

/** "that week", "that day", "that month". */
const THAT_UNIT = /^that\s{1,3}(day|week|month)$/iu;
/** "the following Monday (evening)", "the next Friday". */
const FOLLOWING_WEEKDAY =
  /^the\s{1,3}(?:following|next)\s{1,3}((?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s{1,3}(?:morning|afternoon|evening|night))?$/iu;
/**
 * "that" as a demonstrative before a weekday ("that Monday", "that long Monday night"), not the
 * pronoun of "the panel that issued Thursday's ruling".
 */
const THAT_BEFORE =
  /(?<![\p{L}])that\s{1,3}(?:(?:long|same|very|fateful|cold|chilly|hot|rainy|sunny|snowy|grey|gray|dark|awful|terrible|particular)\s{1,3})?$/iu;
/** "the weekend of the film's opening", "the day of the vote": an event after a part of it. */
const PART_OF_EVENT = /^the\s{1,3}(?:day|week|weekend)$/iu;
const OF_EVENT =
  /^\s{1,3}of\s{1,3}(?:the|this|that|its|his|her|their)\s{1,3}(?!(?:year|month|week|decade|century|season|summer|winter|spring|fall|autumn)(?![\p{L}]))\p{L}/iu;
/** A month named alone. */
const MONTH_ALONE = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/iu;
/** "four years ago", "a year ago", "last year": a year told from the publication date. */
const YEARS_AGO =
  /^(?:(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\s{1,3}years?\s{1,3}ago|last\s{1,3}year)$/iu;
/** Between "February" and "four years ago": the day or part of the day it names. */
const PART_OF_DAY_BETWEEN = /^\s{1,3}(?:day|morning|afternoon|evening|night|weekend)\s{1,3}$/iu;
/** A month alone, as chrono reads it before "of that year" ("October of"). */
const MONTH_OF =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s{1,3}of)?$/iu;
/** After a month: "(of) that year". */
const OF_THAT_YEAR = /^(?:\s{1,3}of)?\s{1,3}that\s{1,3}year(?![\p{L}])/iu;
/** A date that names its month ("9 April", "Dec. 30"), not a weekday that falls in one. */
const NAMES_MONTH = /(?<![\p{L}])(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\p{L}{0,6}\.?(?![\p{L}])/iu;
/** A stop between two dates of a block: they are not in one sentence. */
const SENTENCE_STOP = /[.!?]\s/u;
/** How many blocks back the date a "that week" or "the following Monday" counts from may stand. */
const NEAR_BLOCKS = 1;

const unfix = (m: DateMention, value: string): void => {
  m.value = value;
  m.certainty = 'approximate';
  delete m.endValue;
  delete m.mod;
};

/** Resolves, in place, the dates told from a time the story named before. */
export function resolveAnaphora(mentions: readonly DateMention[], blocks: readonly Block[]): void {
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  let day: { at: Ymd; blockId: number } | null = null;
  let month: { value: string; blockId: number } | null = null;
  let written: { value: string; blockId: number; end: number } | null = null;
  mentions.forEach((m, i) => {
    if (m.type === 'DURATION' || m.type === 'SET') return;
    const body = text.get(m.blockId) ?? '';
    const near = (blockId: number): boolean => m.blockId - blockId <= NEAR_BLOCKS;
    if (ofThatYear(m, mentions[i - 1], body, written && near(written.blockId) ? written.value.slice(0, 4) : null))
      return;
    twoDays(m, body);
    const own4 = /\d{4}/u.test(m.text);
    if (
      !own4 &&
      NAMES_MONTH.test(m.text) &&
      /^\d{4}-\d{2}/u.test(m.value) &&
      written?.blockId === m.blockId &&
      /^\d{4}-\d{2}/u.test(written.value) &&
      written.value.slice(5, 7) === m.value.slice(5, 7) &&
      !SENTENCE_STOP.test(body.slice(written.end, m.start))
    ) {
      // "in early April 2003 ... on 9 April": the year of the month the sentence dated.
      m.value = `${written.value.slice(0, 4)}${m.value.slice(4)}`;
      m.certainty = 'inferred';
    }
    if (own4 && /^\d{4}/u.test(m.value)) written = { value: m.value, blockId: m.blockId, end: m.end };
    const that = THAT_UNIT.exec(m.text);
    const following = FOLLOWING_WEEKDAY.exec(m.text);
    if (that) {
      const unit = (that[1] ?? '').toLowerCase();
      const d = day && near(day.blockId) ? day.at : null;
      if (unit === 'month' && month && near(month.blockId)) unfix(m, month.value);
      else if (d) unfix(m, unit === 'week' ? isoWeek(d) : unit === 'day' ? ymdString(d) : m.value.slice(0, 7));
      else unfix(m, unit === 'week' ? 'XXXX-WXX' : unit === 'month' ? 'XXXX-XX' : 'XXXX-XX-XX');
      if (d || (unit === 'month' && month)) m.certainty = 'inferred';
      return;
    }
    if (following) {
      const wanted = WEEKDAY_NAMES.indexOf((following[1] ?? '').toLowerCase()) + 1;
      if (day && near(day.blockId)) {
        unfix(m, ymdString(stepToWeekday(addDays(day.at, 1), wanted, 1)));
        m.certainty = 'inferred';
      } else unfix(m, 'XXXX-XX-XX');
      return;
    }
    if (WEEKDAY_PHRASE.test(m.text) && THAT_BEFORE.test(body.slice(Math.max(0, m.start - 20), m.start))) {
      unfix(m, 'XXXX-XX-XX');
      return;
    }
    if (PART_OF_EVENT.test(m.text) && OF_EVENT.test(body.slice(m.end, m.end + 40))) {
      unfix(m, /weekend$/iu.test(m.text) ? 'XXXX-WXX-WE' : /week$/iu.test(m.text) ? 'XXXX-WXX' : 'XXXX-XX-XX');
      return;
    }
    // "a chilly Tuesday in December 1999": the month's value.
    const next = mentions[i + 1];
    if (
      WEEKDAY_PHRASE.test(m.text) &&
      next &&
      next.blockId === m.blockId &&
      /^\d{4}-\d{2}$/u.test(next.value) &&
      /\d{4}/u.test(next.text) &&
      /^\s{1,3}in\s{1,3}$/iu.test(body.slice(m.end, next.start))
    ) {
      unfix(m, next.value);
      return;
    }
    // "one bitter February day four years ago": the month of that year.
    if (
      MONTH_ALONE.test(m.text) &&
      /^\d{4}-\d{2}$/u.test(m.value) &&
      next &&
      next.blockId === m.blockId &&
      YEARS_AGO.test(next.text) &&
      /^\d{4}$/u.test(next.value) &&
      PART_OF_DAY_BETWEEN.test(body.slice(m.end, next.start))
    ) {
      m.value = `${next.value}${m.value.slice(4)}`;
      m.certainty = 'inferred';
    }
    const own = parseYmd(m.value);
    if (own && m.value.length >= 10) day = { at: own, blockId: m.blockId };
    if (/^\d{4}-\d{2}/u.test(m.value)) month = { value: m.value.slice(0, 7), blockId: m.blockId };
  });
}

/**
 * "October of that year" (chrono reads "October of"): the month of `year`, the year the story
 * last wrote, else a month the text does not fix; a month joined to it by "and" or "or"
 * ("peaked in October and November of that year") too. Whether `m` was one.
 */
function ofThatYear(m: DateMention, previous: DateMention | undefined, body: string, year: string | null): boolean {
  if (!MONTH_OF.test(m.text) || !/^\d{4}-\d{2}$/u.test(m.value)) return false;
  const tail = OF_THAT_YEAR.exec(body.slice(m.start + m.text.replace(/\s{1,3}of$/iu, '').length));
  if (!tail) return false;
  m.end = m.start + m.text.replace(/\s{1,3}of$/iu, '').length + tail[0].length;
  m.text = body.slice(m.start, m.end);
  const fix = (d: DateMention): void => {
    if (year) {
      d.value = `${year}-${d.value.slice(5, 7)}`;
      d.certainty = 'inferred';
    } else unfix(d, `XXXX-${d.value.slice(5, 7)}`);
  };
  fix(m);
  if (
    previous &&
    previous.blockId === m.blockId &&
    MONTH_ALONE.test(previous.text) &&
    /^\d{4}-\d{2}$/u.test(previous.value) &&
    /^\s{1,3}(?:and|or)\s{1,3}$/iu.test(body.slice(previous.end, m.start))
  )
    fix(previous);
  return true;
}

/** "between 3 and 4 October": the two days, one range ("on 3 and 4 October" is two days: day-pairs.ts). */
function twoDays(m: DateMention, body: string): void {
  if (m.endValue) return;
  const first = rangeDayBefore(body, m);
  if (!first) return;
  m.start = first.start;
  m.text = body.slice(m.start, m.end);
  m.endValue = m.value;
  m.value = first.value;
}

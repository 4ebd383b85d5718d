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
 *   - "one bitter February day four years ago": the February of that year.
 */
import { addDays, isoWeek, parseYmd, stepToWeekday, ymdString, type Ymd } from './calendar';
import type { Block, DateMention } from '../types';
import { WEEKDAY_PHRASE } from './story-points';
import { WEEKDAY_NAMES } from './vocabulary';

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
  mentions.forEach((m, i) => {
    if (m.type === 'DURATION' || m.type === 'SET') return;
    const body = text.get(m.blockId) ?? '';
    const near = (blockId: number): boolean => m.blockId - blockId <= NEAR_BLOCKS;
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

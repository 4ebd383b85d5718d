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
import { SEASON_MONTH, WEEKDAY_NAMES } from './vocabulary';
import { rangeDayBefore } from './day-pairs';
import { clauseEnd, clauseStart } from './clause';
import { clauseTense } from './news-tense-refiner';

/**
 * "that week", "that day", "that month", "earlier that week", "later that month"; "the month" alone
 * ("sales rose 3% in the month").
 */
const THAT_UNIT = /^(?:(?:(?:earlier|later)\s{1,3})?that\s{1,3}(day|week|month)|the\s{1,3}(month))$/iu;
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
/** A month alone, as chrono reads it before "of that year" ("October of", "early October of"). */
const MONTH_OF =
  /^(?:(?:early|mid|late)[\s-]{1,3})?(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s{1,3}of)?$/iu;
/** After a month: "(of) that year". */
const OF_THAT_YEAR = /^(?:\s{1,3}of)?\s{1,3}that\s{1,3}year(?![\p{L}])/iu;
/** A date that names its month ("9 April", "Dec. 30"), not a weekday that falls in one. */
const NAMES_MONTH = /(?<![\p{L}])(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\p{L}{0,6}\.?(?![\p{L}])/iu;
/** A year back told from the publication ("This time last year", "Last year", "A year ago"). */
const YEAR_BACK =
  /^(?:(?:this|the\s{1,3}same)\s{1,3}time\s{1,3}last\s{1,3}year|at\s{1,3}this\s{1,3}point\s{1,3}last\s{1,3}year|last\s{1,3}year|a\s{1,3}year\s{1,3}ago)$/iu;

/** The year of a "This time last year" opening the sentence of `mentions[i]`, else null. */
function yearBackBefore(mentions: readonly DateMention[], i: number, body: string): number | null {
  const m = mentions[i] as DateMention;
  for (let j = i - 1; j >= 0; j--) {
    const p = mentions[j] as DateMention;
    if (p.blockId !== m.blockId || SENTENCE_STOP.test(body.slice(p.end, m.start))) return null;
    // (Opening the sentence, as its frame: not "keep the figure at last year's level … in March".)
    if (YEAR_BACK.test(p.text))
      return /^\d{4}/u.test(p.value) && /(?:^|[.!?]["”’]?\s{1,3})$/u.test(body.slice(Math.max(0, p.start - 4), p.start))
        ? Number(p.value.slice(0, 4))
        : null;
  }
  return null;
}

/** "A year ago" opening a sentence. */
const A_YEAR_AGO = /^a\s{1,3}year\s{1,3}ago(?![\p{L}])/iu;
/** "In July," opening a sentence: the month the sentence is about. */
const IN_MONTH_OPENS = /(?:^|[.!?]["”’]?\s{1,3})in\s{1,3}$/iu;

/**
 * The month (`YYYY-MM`) the sentence just before `mentions[i]` opens with ("In July, an average
 * Saturday saw …"), when `mentions[i]` opens the next one; else null.
 */
function openingMonth(mentions: readonly DateMention[], i: number, body: string): string | null {
  const m = mentions[i] as DateMention;
  if (!/(?:^|[.!?]["”’]?\s{1,3})$/u.test(body.slice(Math.max(0, m.start - 4), m.start))) return null;
  for (let j = i - 1; j >= 0; j--) {
    const p = mentions[j] as DateMention;
    if (p.blockId !== m.blockId) return null;
    const stops = body.slice(p.end, m.start).match(/[.!?]["”’]?\s/gu)?.length ?? 0;
    if (stops > 1) return null;
    if (
      MONTH_ALONE.test(p.text) &&
      /^\d{4}-\d{2}$/u.test(p.value) &&
      IN_MONTH_OPENS.test(body.slice(Math.max(0, p.start - 6), p.start))
    )
      return stops === 1 ? p.value : null;
  }
  return null;
}

/** "later in the month", "early in the month". */
const IN_THE_MONTH = /^(?:early|late|later|earlier)\s{1,3}in\s{1,3}the\s{1,3}month$/iu;
/** "the following January", "the next spring", "the previous summer", "that December" (news-parsers.ts: STORY_MONTH). */
const STORY_MONTH = /^(?:the\s{1,3}(following|next|previous|preceding)|that)\s{1,3}\p{L}+$/iu;
/** Its open value: a month or a season of a year the story fixes. */
const OPEN_MONTH = /^XXXX-(\d{2}|SP|SU|FA|WI)$/u;
/** A day's number just before a month ("9 March of that year"). */
const DAY_BEFORE = /(?<![\p{N}.,:])([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s{1,3}$/u;
/** A stop between two dates of a block: they are not in one sentence. */
const SENTENCE_STOP = /[.!?]\s/u;
/** How many blocks back the date a "that week" or "the following Monday" counts from may stand. */
const NEAR_BLOCKS = 1;

/** The date the story last wrote with its year, and where. */
interface Written {
  value: string;
  blockId: number;
  end: number;
  index: number;
}

/**
 * "… landfall on Monday, Aug. 29, 2005. [next paragraph] rescued on the afternoon of Aug. 30": a
 * later day of the month of the day the story last wrote (in this block or the one before), no
 * other dated mention between, goes on in that day's year.
 */
function dayAfter(written: Written, m: DateMention, between: readonly DateMention[]): boolean {
  if (m.blockId - written.blockId > NEAR_BLOCKS || !/^\d{4}-\d{2}-\d{2}$/u.test(written.value.slice(0, 10)))
    return false;
  if (!/^\d{4}-\d{2}-\d{2}/u.test(m.value) || m.value.slice(8, 10) < written.value.slice(8, 10)) return false;
  return !between.some((d) => /^\d{4}/u.test(d.value) && d.type !== 'DURATION' && !/^(?:now|today)$/iu.test(d.text));
}

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
  let written: Written | null = null;
  // The year (and month) the story last wrote or fixed: "in 1938 … the following January".
  let story: { year: number; month: number | null; blockId: number } | null = null;
  const tell = (m: DateMention): void => {
    const [, y, mo, season] = /^(\d{4})(?:-(\d{2})|-(SP|SU|FA|WI))?/u.exec(m.value) ?? [];
    if (!y) return;
    story = {
      year: Number(y),
      month: mo ? Number(mo) : season ? (SEASON_MONTH[season] ?? null) : null,
      blockId: m.blockId,
    };
  };
  mentions.forEach((m, i) => {
    if (m.type === 'DURATION' || m.type === 'SET') return;
    const body = text.get(m.blockId) ?? '';
    const near = (blockId: number): boolean => m.blockId - blockId <= NEAR_BLOCKS;
    const told = story && near(story.blockId) ? story : null;
    if (ofThatYear(m, mentions[i - 1], body, told ? String(told.year) : null)) {
      tell(m);
      return;
    }
    if (storyMonth(m, told)) {
      tell(m);
      return;
    }
    if (told && !laterInClause(mentions, i, told.year, body) && storySeason(m, body, told)) return;
    twoDays(m, body);
    const own4 = /\d{4}/u.test(m.text);
    if (
      !own4 &&
      NAMES_MONTH.test(m.text) &&
      /^\d{4}-\d{2}/u.test(m.value) &&
      written &&
      /^\d{4}-\d{2}/u.test(written.value) &&
      written.value.slice(5, 7) === m.value.slice(5, 7) &&
      ((written.blockId === m.blockId && !SENTENCE_STOP.test(body.slice(written.end, m.start))) ||
        dayAfter(written, m, mentions.slice(written.index + 1, i)))
    ) {
      // "in early April 2003 ... on 9 April": the year of the month the sentence dated.
      m.value = `${written.value.slice(0, 4)}${m.value.slice(4)}`;
      m.certainty = 'inferred';
    }
    if (own4 && /^\d{4}/u.test(m.value)) {
      written = { value: m.value, blockId: m.blockId, end: m.end, index: i };
      tell(m);
    }
    // "finish the rest later in the month": the month the story last named (this one, else).
    if (IN_THE_MONTH.test(m.text) && month && near(month.blockId) && /^\d{4}-\d{2}$/u.test(m.value)) {
      m.value = month.value;
      m.certainty = 'inferred';
    }
    const that = THAT_UNIT.exec(m.text);
    const following = FOLLOWING_WEEKDAY.exec(m.text);
    if (that) {
      const unit = (that[1] ?? that[2] ?? '').toLowerCase();
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
    // "This time last year, the region was in its mildest January": last year's January.
    const lastYear =
      MONTH_ALONE.test(m.text) && /^\d{4}-\d{2}$/u.test(m.value) ? yearBackBefore(mentions, i, body) : null;
    if (lastYear && Number(m.value.slice(0, 4)) === lastYear + 1) {
      m.value = `${lastYear}${m.value.slice(4)}`;
      m.certainty = 'inferred';
    }
    // "In July, ridership rose … A year ago, it was 8% lower": that July a year back.
    const opening = A_YEAR_AGO.test(m.text) && /^\d{4}$/u.test(m.value) ? openingMonth(mentions, i, body) : null;
    if (opening && Number(opening.slice(0, 4)) - 1 === Number(m.value)) {
      m.value = `${m.value}${opening.slice(4)}`;
      m.certainty = 'inferred';
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
  if (dayOfThatYear(m, body, year)) return true;
  if (!MONTH_OF.test(m.text) || !/^\d{4}-\d{2}$/u.test(m.value)) return false;
  const tail = OF_THAT_YEAR.exec(body.slice(m.start + m.text.replace(/\s{1,3}of$/iu, '').length));
  if (!tail) return false;
  m.end = m.start + m.text.replace(/\s{1,3}of$/iu, '').length + tail[0].length;
  // "9 March of that year": the day chrono left before the month.
  const day = DAY_BEFORE.exec(body.slice(Math.max(0, m.start - 8), m.start));
  if (day) {
    m.start -= day[0].length;
    m.value = `${m.value}-${(day[1] ?? '').padStart(2, '0')}`;
  }
  m.text = body.slice(m.start, m.end);
  const fix = (d: DateMention): void => {
    if (year) {
      d.value = `${year}${d.value.slice(4)}`;
      d.certainty = 'inferred';
    } else unfix(d, `XXXX${d.value.slice(4)}`);
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

/**
 * "March 9 of that year", "1 November that year": the day of `year`, the year the story last
 * wrote, else a day the text does not fix. Whether `m` was one.
 */
function dayOfThatYear(m: DateMention, body: string, year: string | null): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(m.value) || /\d{4}/u.test(m.text) || !NAMES_MONTH.test(m.text)) return false;
  const tail = OF_THAT_YEAR.exec(body.slice(m.end));
  if (!tail) return false;
  m.end += tail[0].length;
  m.text = body.slice(m.start, m.end);
  if (year) {
    m.value = `${year}${m.value.slice(4)}`;
    m.certainty = 'inferred';
  } else unfix(m, `XXXX${m.value.slice(4)}`);
  return true;
}

/**
 * "the following January", "the next spring", "the previous summer", "that December": counted
 * from `told`, the year (and month) the story last wrote, else a month the text does not fix.
 * Whether `m` was one.
 */
function storyMonth(m: DateMention, told: { year: number; month: number | null } | null): boolean {
  const open = OPEN_MONTH.exec(m.value);
  const word = STORY_MONTH.exec(m.text);
  if (!open || !word) return false;
  if (!told) {
    unfix(m, m.value);
    return true;
  }
  const code = open[1] ?? '';
  const month = SEASON_MONTH[code] ?? Number(code);
  const way = (word[1] ?? '').toLowerCase();
  let year = told.year;
  if (way === 'following' || way === 'next') year = told.month !== null && month > told.month ? year : year + 1;
  else if (way === 'previous' || way === 'preceding')
    year = told.month !== null && month < told.month ? year : year - 1;
  m.value = `${year}-${code}`;
  m.certainty = 'inferred';
  return true;
}

/**
 * Whether a date before mention `i`, in its clause, lies in a year after `year` ("grew in the
 * third quarter after contracting in the spring", the quarter this year's): the story has moved
 * on from the year it last wrote, and a season named by "the" alone is not that year's.
 */
function laterInClause(mentions: readonly DateMention[], i: number, year: number, body: string): boolean {
  const m = mentions[i] as DateMention;
  const from = clauseStart(body, m.start);
  for (let j = i - 1; j >= 0; j--) {
    const other = mentions[j] as DateMention;
    if (other.blockId !== m.blockId || other.start < from) return false;
    const y = /^(\d{4})/u.exec(other.value)?.[1];
    if (other.type !== 'DURATION' && other.type !== 'SET' && y && Number(y) > year) return true;
  }
  return false;
}

/** "the spring", "the early summer": a season named by "the" alone. */
const THE_SEASON = /^the\s{1,3}(?:(?:early|late)\s{1,3})?(?:spring|summer|fall|autumn|winter)$/iu;
/** A present perfect ("has been", "have stayed"). */
const PRESENT_PERFECT = /(?<![\p{L}])(?:has|have|['’]ve)\s{1,3}(?:\p{L}+\s{1,3})?(?:been|\p{Ll}+ed)(?![\p{L}])/u;
/** "since" just before a date. */
const SINCE = /(?<![\p{L}])since\s{1,3}$/iu;

/**
 * "It closed in October 1993. \"We knew it was coming since the spring,\" he said.": a season
 * named by "the" alone, told in the past just after a month of an earlier year (in this block
 * or the one before), is the last such season begun by that month ("since the winter" the one
 * that began the December before). Whether `m` was one.
 */
function storySeason(m: DateMention, body: string, told: { year: number; month: number | null }): boolean {
  const code = /^\d{4}-(SP|SU|FA|WI)$/u.exec(m.value)?.[1];
  if (!code || !THE_SEASON.test(m.text) || told.month === null || told.year >= Number(m.value.slice(0, 4)))
    return false;
  const from = clauseStart(body, m.start);
  const clause = body.slice(from, clauseEnd(body, m.end));
  if (clauseTense(clause, m.start - from, m.end - from) >= 0) return false;
  // "has been training there since the summer": a stretch that runs until now, told from now.
  if (PRESENT_PERFECT.test(body.slice(from, m.start))) return false;
  // ("in the spring" after October is that year's spring; "since the winter" the one before.)
  const year = (SEASON_MONTH[code] ?? 0) <= told.month ? told.year : told.year - 1;
  if (!SINCE.test(body.slice(Math.max(0, m.start - 8), m.start)) && year !== told.year) return false;
  m.value = `${year}-${code}`;
  m.certainty = 'inferred';
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

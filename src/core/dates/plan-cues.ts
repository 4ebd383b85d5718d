/**
 * Dates a plan, a cancellation or a postponement points at, and a few cues that turn news's
 * default reading of a date without its year (a bare weekday is the last one, a month the
 * nearest) the other way:
 * - a weekday something was cancelled or closed "for" ("canceled classes for Monday and
 *   Tuesday", told on a Saturday) or "unlikely before" is ahead, past tense or not;
 * - a date a vote was pushed back or postponed to ("push the election back to December 15") is
 *   after the publication day, or after the date the sentence moves it from ("In June the launch
 *   was delayed to August"); the date a case was first set for and then moved ("was first set
 *   for trial in January, then pushed back") is before it;
 * - a month "followed by" another ("in May, followed by a second in October") comes before it;
 * - "the next day" after a month in its sentence ("arrested in August and released … the next
 *   day") is that month (the grain both share);
 * - "the rest of the week" told on a weekend is the coming week;
 * - a holiday's "recess" ("the July Fourth recess") is the holiday's week;
 * - a clock time written as four digits and a zone ("(1900 GMT)") is that time, not a year;
 * - "three and a half years later" (read as half a year) and a heading's "Last week before summer"
 *   (the final week, not the previous) stay highlighted but off the timeline.
 */
import { addDays, dayNumber, isoWeek, parseYmd, weekday, ymdString, type Ymd } from './calendar';
import type { Block, DateMention } from '../types';

const WEEKDAY =
  /^(?:on\s{1,3})?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s{1,3}(?:morning|afternoon|evening|night))?$/iu;
/** Before a weekday: what was cancelled or closed for it ("canceled classes for"), a few words back. */
const CANCELLED = /^(?:cancell?ed|closed|suspended|postponed|off)$/iu;
/** Before a weekday: "unlikely before", "not expected until". */
const NOT_BEFORE = /(?<!\p{L})(?:unlikely|not\s{1,3}(?:likely|expected))\s{1,3}(?:before|until)\s{1,3}$/iu;
/** Before a weekday: the next of a pair ("for Monday and "). */
const AND_NEXT = /^\s{0,3}(?:,|and|or|,\s{0,3}and)\s{1,3}$/iu;
/** Before a date without its year: what it was pushed back or postponed to ("push the vote back to"). */
const PUSH =
  /^(?:push(?:ed|ing)?|move[ds]?|moving|put(?:ting)?|postpone[ds]?|postponing|delay(?:ed|s|ing)?|defer(?:red|s|ring)?)$/iu;
const POSTPONE = /^(?:postpone[ds]?|postponing|delay(?:ed|s|ing)?|defer(?:red|s|ring)?|push(?:ed|ing)?)$/iu;
/** Before a date without its year: the date something was first set for ("was first set for trial in"). */
const FIRST = /^(?:first|originally|initially)$/iu;
const SET = /^(?:set|scheduled|planned|slated)$/iu;
/** After it: the plan was then changed (", then pushed back twice"); without it the date may still be ahead. */
const THEN_AFTER = /^\s{0,2},?\s{0,2}then\s/iu;
/** Between two months: the second comes after ("in May, followed by a second in October"). */
const FOLLOWED_BY = /^[^.;!?]{0,12}followed\s{1,3}by\s[^.;!?]{0,40}$/iu;
/** "the next day", "the following day", "the day after". */
const NEXT_DAY = /^(?:the\s{1,3}(?:next|following)\s{1,3}day|the\s{1,3}day\s{1,3}after)$/iu;
const REST_OF = /(?<!\p{L})rest\s{1,3}of\s{1,3}$/iu;
const RECESS = /^\s{1,3}recess(?!\p{L})/iu;
const ZONE_CLOCK = /^([01]\d|2[0-3])([0-5]\d)\s{0,2}(?:GMT|UTC)\)?$/u;
const AND_A_HALF = /(?<!\p{L})and\s{1,3}an?\s{1,3}$/iu;
const HALF_UNITS = /^half\s{1,3}(?:years?|months?)\s{1,3}(?:later|earlier|after|before|ago)$/iu;
const LAST_WEEK_BEFORE = /^\s{1,3}before(?!\p{L})/iu;
const isYearLess = (m: DateMention): boolean => !/\d{4}/u.test(m.text) && /^\d{4}-\d{2}(?:-\d{2})?$/u.test(m.value);
const shiftYear = (value: string, by: number): string => String(Number(value.slice(0, 4)) + by) + value.slice(4);
const dayOf = (value: string): Ymd | null => parseYmd(value.slice(0, 10));
const weeks = (day: Ymd, n: number, rest: string): string => ymdString(addDays(day, 7 * n)) + rest;

/** The last `n` words before a date (letters only, lower case). */
const lastWords = (before: string, n: number): string[] =>
  before
    .split(/\s+/u)
    .filter(Boolean)
    .slice(-n)
    .map((w) => w.toLowerCase());

/** "cancelled classes for", "called off Monday's games for": a cancellation up to four words before "for". */
function cancelledFor(before: string): boolean {
  const w = lastWords(before, 6);
  return w.at(-1) === 'for' && w.slice(0, -1).some((x) => CANCELLED.test(x));
}

/** "push the election back to", "postponed the vote until", "delayed it to". */
function pushedTo(before: string): boolean {
  const w = lastWords(before, 6);
  const last = w.at(-1);
  if (last !== 'to' && last !== 'until') return false;
  if (w.at(-2) === 'back')
    return w
      .slice(0, -2)
      .slice(-3)
      .some((x) => PUSH.test(x));
  return w
    .slice(0, -1)
    .slice(-3)
    .some((x) => POSTPONE.test(x));
}

/** "was first set for trial in", "originally scheduled for". */
function firstSet(before: string): boolean {
  const w = lastWords(before, 6);
  if (!['in', 'on', 'for'].includes(w.at(-1) ?? '')) return false;
  const i = w.findIndex((x, k) => FIRST.test(x) && SET.test(w[k + 1] ?? ''));
  return i >= 0;
}

/** Moves, in place, the dates the cues above point the other way (`today` the publication's local day). */
export function planCues(mentions: DateMention[], blocks: readonly Block[], today: Ymd): void {
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  const now = dayNumber(today);
  let previous: DateMention | null = null;
  let movedAhead: DateMention | null = null;
  const ordered = [...mentions].sort((a, b) => a.blockId - b.blockId || a.start - b.start);
  for (const m of ordered) {
    const block = text.get(m.blockId) ?? '';
    const before = block.slice(Math.max(0, m.start - 80), m.start);
    const after = block.slice(m.end, m.end + 24);
    const sameBlockPrev = previous && previous.blockId === m.blockId ? previous : null;
    const between = sameBlockPrev ? block.slice(sameBlockPrev.end, m.start) : '';
    const day = dayOf(m.value);
    if (WEEKDAY.test(m.text) && day && !m.endValue) {
      const pair = movedAhead && sameBlockPrev === movedAhead && AND_NEXT.test(between);
      if ((cancelledFor(before) || NOT_BEFORE.test(before) || pair) && dayNumber(day) < now) {
        m.value = weeks(day, Math.ceil((now - dayNumber(day)) / 7), m.value.slice(10));
        movedAhead = m;
      }
    } else if (isYearLess(m) && pushedTo(before)) {
      // Moved from a date the sentence names ("In June the launch was delayed to August"): the
      // first such day after it; else the next one ahead of the story.
      const from =
        sameBlockPrev && !/[.!?]/u.test(between) && /^\d{4}-\d{2}/u.test(sameBlockPrev.value) ? sameBlockPrev : null;
      if (from) {
        for (let k = 0; k < 2 && m.value <= from.value; k++) m.value = shiftYear(m.value, 1);
      } else {
        const first = dayOf(m.value.length === 7 ? `${m.value}-28` : m.value);
        if (first && dayNumber(first) < now) m.value = shiftYear(m.value, 1);
      }
    } else if (isYearLess(m) && firstSet(before) && THEN_AFTER.test(after)) {
      const first = dayOf(m.value.length === 7 ? `${m.value}-01` : m.value);
      if (first && dayNumber(first) > now) m.value = shiftYear(m.value, -1);
    } else if (
      isYearLess(m) &&
      /^\d{4}-\d{2}$/u.test(m.value) &&
      sameBlockPrev &&
      /^\d{4}-\d{2}$/u.test(sameBlockPrev.value) &&
      FOLLOWED_BY.test(between)
    ) {
      while (m.value <= sameBlockPrev.value) m.value = shiftYear(m.value, 1);
    } else if (
      NEXT_DAY.test(m.text) &&
      sameBlockPrev &&
      /^\d{4}-\d{2}$/u.test(sameBlockPrev.value) &&
      !/[.!?;]/u.test(between)
    ) {
      m.value = sameBlockPrev.value;
    } else if (/^the\s{1,3}week$/iu.test(m.text) && REST_OF.test(before) && [0, 6].includes(weekday(today))) {
      m.value = isoWeek(addDays(today, 7));
    } else if (/^\d{4}-\d{2}-\d{2}$/u.test(m.value) && RECESS.test(after) && /\p{Lu}/u.test(m.text)) {
      if (day) m.value = isoWeek(day);
    }
    const clock = ZONE_CLOCK.exec(m.text);
    if (clock && /^\d{4}$/u.test(m.value)) {
      m.value = `${ymdString(today)}T${clock[1]}:${clock[2]}`;
      m.type = 'TIME';
      if (m.text.endsWith(')')) {
        m.end -= 1;
        m.text = m.text.slice(0, -1);
      }
    }
    if (HALF_UNITS.test(m.text) && AND_A_HALF.test(before)) m.guess = true;
    if (/^last\s{1,3}week$/iu.test(m.text) && LAST_WEEK_BEFORE.test(after)) m.guess = true;
    previous = m;
  }
}

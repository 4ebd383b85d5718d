/**
 * The article's timeline: its dates as points or ranges in time order, each with its
 * normalised value, how certain it is, the sentence it comes from and its mention id.
 * Durations ("three years"), sets ("every week"), vague references ("now", "recently"), the
 * moment of writing ("today"), the stretch up to now ("the past month") and a model's year
 * ("the 2020 Audi e-tron") are not points in time of the story and stay out. The same
 * point or range is one entry (a value named again in the same sentence with another
 * modifier too); `featured` marks the entries the card shows before "show all". A date whose
 * value is a weak guess (`weakEvidence`: a month without its year in a sentence that writes
 * another year, ...) stays highlighted in the text but off the timeline.
 */
import { splitSentences, type SentenceSpan } from '../segment/sentences';
import type { Block, DateMention, TimelineEntry } from '../types';
import { clipAround } from '../segment/clip';
import { dayNumber } from './calendar';
import { SEASON_MONTH } from './vocabulary';
import { lastStartingBy } from '../segment/bisect';
import { isPointOfStory } from './story-points';
import { weekdayRangeEnd, writtenAsRange } from './year-less-ranges';
import { dayPairEnd } from './day-pairs';
import { mixedStretchEnd } from './stretch-ends';
import { decadesInOrder, monthAfterDay } from './range-more-ends';
import { timesYearCarriedBack } from './year-carried-times';
import { weakEvidence } from './evidence';

/** The first day a TIMEX3 value covers, as a day number; null when it names no time span. */
export function startDay(value: string): number | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(value);
  if (m) return dayNumber({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  m = /^(\d{4})-W(\d{2})/u.exec(value);
  if (m) {
    const jan4 = dayNumber({ year: Number(m[1]), month: 1, day: 4 });
    const monday = jan4 - ((jan4 + 3) % 7);
    return monday + (Number(m[2]) - 1) * 7;
  }
  m = /^(\d{4})-Q(\d)/u.exec(value);
  if (m) return dayNumber({ year: Number(m[1]), month: (Number(m[2]) - 1) * 3 + 1, day: 1 });
  m = /^(\d{4})-H(\d)/u.exec(value);
  if (m) return dayNumber({ year: Number(m[1]), month: Number(m[2]) === 1 ? 1 : 7, day: 1 });
  m = /^(\d{4})-(SP|SU|FA|WI)/u.exec(value);
  if (m) return dayNumber({ year: Number(m[1]), month: SEASON_MONTH[m[2] ?? 'SU'] ?? 6, day: 1 });
  m = /^(\d{4})-(\d{2})$/u.exec(value);
  if (m) return dayNumber({ year: Number(m[1]), month: Number(m[2]), day: 1 });
  m = /^(\d{4})$/u.exec(value);
  if (m) return dayNumber({ year: Number(m[1]), month: 1, day: 1 });
  m = /^(\d{3})X?$/u.exec(value);
  if (m) return dayNumber({ year: Number(m[1]) * 10, month: 1, day: 1 });
  m = /^(\d{2})$/u.exec(value);
  if (m) return dayNumber({ year: Number(m[1]) * 100, month: 1, day: 1 });
  // "the 6th century BC" (BC05) began in 600 BC.
  m = /^BC(\d{2})$/u.exec(value);
  if (m) return dayNumber({ year: -(Number(m[1]) + 1) * 100, month: 1, day: 1 });
  return null;
}

/** How far into a month or a year (days) its start, middle or end is put in time order. */
const INTO_PERIOD: Record<string, [number, number]> = { START: [0, 0], MID: [14, 182], END: [24, 330] };

/**
 * Where a date stands in time order: its first day, or for "the end of the month" (TIMEX3: the
 * month, `mod` END), "mid-2019" or "late August" that far into the month or the year, so "the
 * end of the month" comes after the 12th of it.
 */
function orderDay(d: DateMention): number {
  const day = startDay(d.value) as number;
  const into = d.mod ? INTO_PERIOD[d.mod] : undefined;
  if (!into || d.endValue) return day;
  return /^\d{4}-\d{2}$/u.test(d.value) ? day + into[0] : /^\d{4}$/u.test(d.value) ? day + into[1] : day;
}

/**
 * A stretch written without a year that would last more than a year ("between Tuesday and
 * Sunday" read as 22 Nov 2022 to 20 Nov 2023, "April-June" as April 2017 to June 2018): its
 * ends were put in the wrong years, so it stays off the timeline rather than show a wrong one.
 */
function yearLongWithoutYear(d: DateMention): boolean {
  if (!d.endValue || /\d{4}/u.test(d.text)) return false;
  const [from, to] = [startDay(d.value), startDay(d.endValue)];
  return from !== null && to !== null && to - from > 366;
}

/** About this many entries are shown before "show all". */
export const FEATURED_ENTRIES = 8;

/**
 * `published`: the publication's instant, when the page gives one (a date without its year put
 * far from it in another year is a guess).
 */
export function buildTimeline(
  blocks: readonly Block[],
  dates: readonly DateMention[],
  lang = 'en',
  published?: Date,
): TimelineEntry[] {
  return readTimeline(blocks, dates, lang, published).entries;
}

/**
 * The timeline, and the dates it leaves out as weak guesses (`guesses`, mention ids): they stay
 * highlighted, and the hover card says their value is a guess rather than how far they lie from
 * the publication.
 */
export function readTimeline(
  blocks: readonly Block[],
  dates: readonly DateMention[],
  lang = 'en',
  published?: Date,
): { entries: TimelineEntry[]; guesses: number[] } {
  const guesses: number[] = [];
  const byId = new Map(blocks.map((b) => [b.id, b]));
  // Each block is split once, however many dates it holds.
  const sentencesOf = new Map<number, SentenceSpan[]>();
  const entries: (TimelineEntry & { day: number })[] = [];
  // One entry per point or range: a range the article names three times is one row, with
  // the mentions after the first kept on it.
  const byValue = new Map<string, TimelineEntry>();
  const bySentence = new Map<string, TimelineEntry>();
  // A value already known to be a weak guess (plan-cues.ts: "three and a half years later") stays off.
  for (const d of dates) if (d.guess) guesses.push(d.id);
  const points = dates.filter(
    (d) =>
      !d.guess &&
      d.type !== 'DURATION' &&
      d.type !== 'SET' &&
      !d.present &&
      startDay(d.value) !== null &&
      !yearLongWithoutYear(d) &&
      isPointOfStory(d, byId.get(d.blockId)?.text ?? ''),
  );
  for (const d of joinRanges(points, byId)) {
    const day = orderDay(d);
    const block = byId.get(d.blockId);
    const key = `${d.value}/${d.endValue ?? ''}/${d.mod ?? ''}`;
    let spans = sentencesOf.get(d.blockId);
    if (!spans && block) sentencesOf.set(d.blockId, (spans = splitSentences(block.text, lang)));
    const sentence = spans ? sentenceAt(spans, d.start, d.end) : undefined;
    // "in 2019 ... late 2019" in one sentence: one point of the story.
    const sameSentence = `${d.blockId}:${sentence?.start ?? d.start}:${d.value}/${d.endValue ?? ''}`;
    const seen = byValue.get(key) ?? bySentence.get(sameSentence);
    if (seen) {
      (seen.also ??= []).push(d.id);
      continue;
    }
    const text = block && sentence ? block.text.slice(sentence.start, sentence.end) : d.text;
    // Named again where its value is well supported, it may still join that entry above.
    const at = sentence ? { start: d.start - sentence.start, end: d.end - sentence.start } : undefined;
    if (weakEvidence(d, { sentence: text, at, published, lang, start: startDay(d.value) as number })) {
      guesses.push(d.id);
      if (d.joined) guesses.push(d.joined);
      continue;
    }
    const entry: TimelineEntry & { day: number } = {
      mentionId: d.id,
      value: d.value,
      certainty: d.certainty,
      text: d.text,
      // A long sentence cut around its date, at words.
      sentence: sentence ? clipAround(text, d.start - sentence.start, d.end - sentence.start) : text,
      blockId: d.blockId,
      start: d.start,
      end: d.end,
      day,
    };
    if (d.endValue) entry.endValue = d.endValue;
    if (d.mod) entry.mod = d.mod;
    if (d.joined) entry.also = [d.joined];
    entries.push(entry);
    byValue.set(key, entry);
    bySentence.set(sameSentence, entry);
  }
  for (const e of featured(entries)) e.featured = true;
  entries.sort((a, b) => a.day - b.day || a.value.length - b.value.length || a.mentionId - b.mentionId);
  return { entries: entries.map(({ day: _day, ...e }) => e), guesses };
}

/** A date, and the range's second end when it was joined to one. */
type Joined = DateMention & { joined?: number };
/** A year, a month of a year or a day of one, written with its year. */
const WRITTEN_POINT = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u;

/** Two dates written with their year, at the same precision. */
const writtenPoints = (a: DateMention, b: DateMention): boolean =>
  WRITTEN_POINT.test(a.value) &&
  WRITTEN_POINT.test(b.value) &&
  a.value.length === b.value.length &&
  /\d{4}/u.test(a.text) &&
  /\d{4}/u.test(b.text);
/**
 * Two days or two months of one stretch whose second end alone writes the year ("from May 30 to
 * June 28, 2026", "from 30 May to 28 June 2026", "from December 20 to January 4, 2025"): the first end,
 * read in that year or the one before, comes before it.
 */
const yearOnEnd = (a: DateMention, b: DateMention): boolean =>
  WRITTEN_POINT.test(a.value) &&
  WRITTEN_POINT.test(b.value) &&
  a.value.length === b.value.length &&
  a.value.length > 4 &&
  Number(b.value.slice(0, 4)) - Number(a.value.slice(0, 4)) <= 1 &&
  !/\d{4}/u.test(a.text) &&
  /\d{4}/u.test(b.text);
/** A season of a year ("2018-FA"). */
const SEASON = /^(\d{4})-(SP|SU|FA|WI)$/u;
const SEASON_ORDER: Record<string, number> = { SP: 0, SU: 1, FA: 2, WI: 3 };
/** Two seasons, the second after the first ("from this fall through the spring of 2020"). */
const seasonsInOrder = (a: DateMention, b: DateMention): boolean => {
  const x = SEASON.exec(a.value);
  const y = SEASON.exec(b.value);
  if (!x || !y) return false;
  const at = (m: RegExpExecArray): number => Number(m[1]) * 4 + (SEASON_ORDER[m[2] ?? ''] ?? 0);
  return at(y) > at(x);
};
/** Two clock times of one day ("from 6 a.m. to 2 p.m. next Sunday"). */
const sameDayTimes = (a: DateMention, b: DateMention): boolean =>
  /^\d{4}-\d{2}-\d{2}T\d{2}/u.test(a.value) &&
  /^\d{4}-\d{2}-\d{2}T\d{2}/u.test(b.value) &&
  a.value.slice(0, 10) === b.value.slice(0, 10);

/** A month or a day of one, read without a year ("January", "early October", "December 15"). */
const MONTH_OR_DAY = /^\d{4}-\d{2}(?:-\d{2})?$/u;
/** Modifiers an end of a stretch may carry ("between April and mid-July": April to July). */
const END_MODS = new Set(['START', 'MID', 'END']);

/**
 * Two months, or two days, of a stretch the text writes without the second's year ("between
 * January and early October", "from December 15 to January 1"): the second end is the first
 * one after the first end; null when they are not of one grain or lie a year apart.
 */
function inferredEnd(a: DateMention, b: DateMention): string | null {
  if (!MONTH_OR_DAY.test(a.value) || !MONTH_OR_DAY.test(b.value) || a.value.length !== b.value.length) return null;
  if (/\d{4}/u.test(b.text) || (a.mod && !END_MODS.has(a.mod)) || (b.mod && !END_MODS.has(b.mod))) return null;
  // Two weekdays ("between Tuesday and Sunday"): within the week.
  const weekdays = weekdayRangeEnd(a, b);
  if (weekdays) return weekdays;
  let end = b.value;
  if (end <= a.value) end = String(Number(end.slice(0, 4)) + 1) + end.slice(4);
  const yearOn = String(Number(a.value.slice(0, 4)) + 1) + a.value.slice(4);
  return end > a.value && end < yearOn ? end : null;
}

/** An end of a stretch that names its year, in digits or counted ("June of last year"). */
const YEAR_NAMED = /\d{4}|\b(?:last|this|next)\s{1,3}year\b/iu;

/**
 * Two months, or two days, of a stretch whose second end alone names its year ("between March
 * and June of last year", "from January to March 2019"): the first end is of that year too, when
 * it then comes before the second; null otherwise, or when the first already is of that year.
 */
function yearCarriedBack(a: DateMention, b: DateMention): string | null {
  if (!MONTH_OR_DAY.test(a.value) || !MONTH_OR_DAY.test(b.value) || a.value.length !== b.value.length) return null;
  if (/\d{4}/u.test(a.text) || !YEAR_NAMED.test(b.text)) return null;
  if ((a.mod && !END_MODS.has(a.mod)) || (b.mod && !END_MODS.has(b.mod))) return null;
  const start = b.value.slice(0, 4) + a.value.slice(4);
  return start !== a.value && start < b.value ? start : null;
}

/**
 * Two dates the text writes as one stretch ("led the council from 2007 to 2016", "between
 * 2006 and 2007") are one range on the timeline, not two points: the first date carries the
 * range (the second's id in `also`). Both must carry their year in the text, at the same
 * precision, or be two clock times of one day ("from 6 a.m. to 2 p.m. next Sunday"), the first
 * before the second.
 */
function joinRanges(points: readonly DateMention[], byId: ReadonlyMap<number, Block>): Joined[] {
  const out: Joined[] = [];
  for (let i = 0; i < points.length; i++) {
    const a = points[i] as DateMention;
    const b = points[i + 1];
    const body = byId.get(a.blockId)?.text ?? '';
    const stretch = !!b && b.blockId === a.blockId && !a.endValue && !b.endValue && writtenAsRange(body, a, b);
    const written =
      stretch &&
      b &&
      !a.mod &&
      !b.mod &&
      (((writtenPoints(a, b) || sameDayTimes(a, b) || yearOnEnd(a, b)) && a.value < b.value) ||
        seasonsInOrder(a, b) ||
        decadesInOrder(a, b));
    const carried = stretch && b && !written ? (yearCarriedBack(a, b) ?? timesYearCarriedBack(a, b)) : null;
    if (b && carried) {
      const { mod: _mod, ...start } = a;
      out.push({
        ...start,
        value: carried,
        text: body.slice(a.start, b.end),
        end: b.end,
        endValue: b.value,
        joined: b.id,
      });
      i++;
      continue;
    }
    const endValue =
      written && b
        ? b.value
        : stretch && b
          ? (inferredEnd(a, b) ?? mixedStretchEnd(a, b) ?? monthAfterDay(a, b))
          : null;
    if (b && endValue) {
      const { mod: _mod, ...start } = a;
      out.push({ ...start, text: body.slice(a.start, b.end), end: b.end, endValue, joined: b.id });
      i++;
      continue;
    }
    // "a storm on Dec. 10 and 11": the first day's entry runs to the second.
    const pair = dayPairEnd(body, a);
    if (pair) out.push({ ...a, text: body.slice(a.start, pair.end), end: pair.end, endValue: pair.endValue });
    else out.push(a);
  }
  return out;
}

const CERTAINTY_RANK = { exact: 2, inferred: 1, approximate: 0 } as const;

/**
 * The entries the card shows first: the surest (a written date before one inferred, one
 * inferred before a vague one), then the most often named, then the earliest in the text.
 */
function featured<T extends TimelineEntry>(entries: readonly T[]): T[] {
  if (entries.length <= FEATURED_ENTRIES) return [...entries];
  const rank = (e: TimelineEntry): number => CERTAINTY_RANK[e.certainty] * 10 + Math.min(5, e.also?.length ?? 0);
  return [...entries].sort((a, b) => rank(b) - rank(a) || a.mentionId - b.mentionId).slice(0, FEATURED_ENTRIES);
}

/** The sentence that holds [start, end), by bisection (sentences are in text order). */
function sentenceAt(spans: readonly SentenceSpan[], start: number, end: number): SentenceSpan | undefined {
  const s = spans[lastStartingBy(spans, start)];
  return s && s.start <= start && end <= s.end ? s : undefined;
}

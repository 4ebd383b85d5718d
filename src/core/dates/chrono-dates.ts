/**
 * Date and time mentions, found by chrono-node and normalised TIMEX3-style against a
 * reference date (the article's publication date, else "now").
 *
 * chrono is configured the chrono way: its casual English configuration plus our parsers
 * (`news-parsers.ts`) and refiners (`refiners.ts`, `news-tense-refiner.ts`), with two kinds
 * of chrono's own refiners adapted (`chrono-refiners.ts`). Text is parsed one sentence at a
 * time so that a date never runs across a sentence boundary ("12 May 1970. 14 soldiers" is
 * not 14:00), in pieces short enough that chrono's patterns stay cheap.
 */
import { casual } from 'chrono-node/en';
import type { Chrono, ParsedComponents, ParsedResult, ParsingOption } from 'chrono-node';
import { splitSentences, type SentenceSpan } from '../segment/sentences';
import {
  addDays,
  addMonths,
  dayNumber,
  isoWeek,
  monthString,
  parseYmd,
  utcDayNumber,
  weekday,
  ymdString,
  type Ymd,
} from './calendar';
import type { Block, DateCertainty, DateMention } from '../types';
import {
  DecadeParser,
  DurationParser,
  QuarterParser,
  ReferenceParser,
  RelativeMonthParser,
  RelativeUnitParser,
  SpelledYearParser,
  SameTimeLastYearParser,
  WeekParser,
  YearParser,
} from './news-parsers';
import { HolidayYearParser } from './holiday-year-parser';
import { MonthWeekendParser } from './month-weekend-parser';
import { MonthNthDayParser } from './month-nth-day-parser';
import { WeekdayDayRangeRefiner } from './weekday-day-ranges';
import { DayClockRangeRefiner } from './day-clock-ranges';
import { MonthQuarterParser } from './month-quarter-parser';
import { QuarterCodeParser } from './quarter-code-parser';
import { SeasonParser } from './season-parser';
import { YearToParser } from './year-to';
import { FiscalNameParser, fiscalNamesOfPage } from './fiscal-names';
import { yearToQuarter } from './year-to-quarter';
import { FiscalYearParser, fiscalYearsOfPage } from './fiscal-year';
import { timexOf } from './timex-tags';
import { type HemisphereOption, southernPage } from './hemisphere';
import {
  DropNonDatesRefiner,
  DurationTypeRefiner,
  ExtendExtentRefiner,
  LongestWinsRefiner,
  WeekOfRefiner,
  PartOfDayRefiner,
  SplitWordRangeRefiner,
  TrimPrepositionRefiner,
  HoursAfterDateRefiner,
} from './refiners';
import { NewsTenseRefiner, SAID_ON } from './news-tense-refiner';
import { LaterOnDayRefiner } from './later-on-day';
import { MonthWordsRefiner } from './month-words';
import { adaptChronoRefiners } from './chrono-refiners';
import { localeParser } from './locale-chrono';
import { anchorSpans, checkAgainstReference } from './anchored';
import { storyPoints } from './story-points';
import { resolveAnaphora } from './anaphora';
import { yearOfSentence } from './sentence-year';
import { yearOfEntry } from './entry-year';
import { weeksFromWeekday } from './weeks-from';
import { endOfTheMonth } from './month-end';
import { BareNumberRefiner } from './bare-numbers';
import { monthsTogether, yearLessRanges } from './year-less-ranges';
import { anchorTimes, type LooseTime } from './locale-times';
import { placeWeekdays } from './weekday-runs';
import { upNextWeekdays } from './up-next';
import { easterDays } from './easter-days';
import { daysFromDays } from './day-from-day';
import { weekdayYear } from './weekday-year';
import { yearEarlierOfPeriod } from './year-earlier';
import { fiscalPeriods } from './fiscal-period';
import { quarterEnds, quartersOfFiscalYear } from './quarter-ends';
import { agoThisMonth } from './ago-this';
import { coordinatedDays } from './day-pairs';
import { monthsOfYear } from './months-of-year';
import { seasonsOfYears } from './season-years';
import { monthChains } from './range-more-ends';
import { storyWeekdays } from './story-weekdays';
import { periodEndClauses } from './period-end-clauses';
import { dayRuns } from './day-runs';
import { dayOfPeriod } from './day-of-period';
import { quotedTomorrow } from './quoted-tomorrow';
import { quotedTonight } from './quoted-tonight';
import { weekdaysOfAnchorWeek } from './anchor-week';
import { clockRanges } from './clock-ranges';
import { planCues } from './plan-cues';

/**
 * Longest text given to chrono at once. Several of chrono's own patterns backtrack
 * polynomially on crafted runs ("T(T(T(…", numbers and unit letters: "0M 0M 0M …"), so the
 * time of one call grows faster than its text; a sentence longer than this (real ones rarely
 * are, and no date spans one) is read in pieces cut at a clause or a space, and a piece
 * crowded with digits (where those runs live) in smaller pieces still.
 */
export const MAX_DATE_CHUNK = 600;
/** The pieces a piece crowded with digits is read in. */
const DENSE_CHUNK = 120;
/** Digits in a piece of MAX_DATE_CHUNK beyond which it is read in DENSE_CHUNK pieces. */
const DENSE_DIGITS = 24;

/**
 * A piece with more number-and-unit pairs (UNIT_RUN) than any sentence writes is a table or
 * a crafted run; chrono's "5 days 5 days … ago" patterns cost tens of microseconds a
 * character on it, so it is not read for dates.
 */
const MAX_UNIT_RUNS = 8;

/** "the end of the month", "the end of June 2019", "the end of May last year": no day named after "end of". */
const END_OF_MONTH =
  /^(?:the\s+)?(?:very\s+)?end\s+of\s+(?:the\s+)?(?:month|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\p{L}*\.?(?:\s+\d{4}|\s+(?:last|this|next)\s+year)?)$/iu;

/** "in" just before ("later in the year"; not "next year is the year of the rat", nor "in the year of the pig"). */
const IN_BEFORE = /(?<![\p{L}])in\s{1,3}$/iu;
/** "after this week" (with or without "'s" after it), its preposition and the week's word. */
const POSSESSIVE_WEEK = /^((?:after|before|until|by)\s{1,3})(this|next|last)\s{1,3}week$/iu;
/** "in the year", "in the month", "in the week" (chrono reads them as one unit from now). */
const IN_THE_UNIT = /^(?:in\s{1,3})?the\s{1,3}(year|month|week)$/iu;
/** A clock time with "last night" ("22:00 last night"). */
const LAST_NIGHT = /^\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?\s)?(?:\p{L}+\s)?last\snight$/iu;

/** "the first half of 2024", "the second half of the year". */
const HALF_OF = /^(?:the\s+)?(first|second)\s+half\s+of\s/iu;

/** "midnight" with a day: which end of the day is meant is not sure. */
const MIDNIGHT = /(?<![\p{L}])midnight(?![\p{L}])/iu;
/**
 * "midnight" told with its day ("until midnight on July 28", "at midnight Thursday", "midnight
 * tonight"): the end of that day, `…T24:00`, as the guidelines settle (a deadline or a ceasefire at
 * midnight on a date), not "midnight" alone.
 */
const MIDNIGHT_WITH_DAY = /^midnight\s{1,3}(?:on\s{1,3})?\p{L}|\p{L}\s{1,3}midnight$/iu;
/** "after" or "from" just before: the start of the day after, not the day's end. */
const AFTER_BEFORE = /(?<![\p{L}])(?:after|from|since)\s{1,3}$/iu;
/**
 * "I rang her an hour ago", "minutes ago": hours counted back from when it was said, which the
 * publication time does not give; the day.
 */
const HOURS_AGO = /(?<![\p{L}])(?:hours?|minutes?|mins?)\s{1,3}ago$/iu;
/**
 * "midday Tuesday", "Tuesday midday": a vague part of a weekday, the day (as "dawn Monday"; "at
 * midday on Tuesday" keeps its clock).
 */
const MIDDAY_OF_DAY = /^midday\s{1,3}\p{L}+day$|^\p{L}+day\s{1,3}midday$/iu;

export interface DateReference {
  /** The instant relative expressions are resolved against. */
  instant: Date;
  /** The article's UTC offset in minutes, when known (from its publication time). */
  timezoneOffset?: number;
}

let configured: Chrono | undefined;

/** chrono with Lede's news parsers and refiners (built once). */
export function parser(): Chrono {
  if (!configured) {
    configured = casual.clone();
    // chrono's overlap removal gives way to ours, and its filters of unlikely results (which
    // drop bare numbers, the years our year parser vouches for) judge only chrono's results.
    configured.refiners = adaptChronoRefiners(configured.refiners);
    // Ours first: on a tie between overlapping results, chrono keeps the earlier parser's.
    configured.parsers.unshift(
      new FiscalYearParser(),
      new FiscalNameParser(),
      new YearParser(),
      new QuarterParser(),
      new MonthQuarterParser(),
      new QuarterCodeParser(),
      new WeekParser(),
      new SeasonParser(),
      new DecadeParser(),
      new ReferenceParser(),
      new RelativeUnitParser(),
      new RelativeMonthParser(),
      new YearToParser(),
      new DurationParser(),
      new SpelledYearParser(),
      new HolidayYearParser(),
      new MonthWeekendParser(),
      new MonthNthDayParser(),
      new SameTimeLastYearParser(),
    );
    configured.refiners.push(
      new DayClockRangeRefiner(),
      new TrimPrepositionRefiner(),
      new BareNumberRefiner(),
      new DropNonDatesRefiner(),
      new MonthWordsRefiner(),
      new DurationTypeRefiner(),
      new SplitWordRangeRefiner(),
      new HoursAfterDateRefiner(),
      new ExtendExtentRefiner(),
      new NewsTenseRefiner(),
      new WeekdayDayRangeRefiner(),
      new PartOfDayRefiner(),
      new LongestWinsRefiner(),
      new WeekOfRefiner(),
      new LaterOnDayRefiner(),
    );
  }
  return configured;
}

/** A stretch as pieces of at most `max` characters, cut after ", " or "; " or a space. */
function cut(text: string, span: SentenceSpan, max: number): SentenceSpan[] {
  if (span.end - span.start <= max) return [span];
  const out: SentenceSpan[] = [];
  let start = span.start;
  while (span.end - start > max) {
    const half = start + max / 2;
    const window = text.slice(half, start + max);
    const clause = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '));
    const space = window.lastIndexOf(' ');
    const end = clause >= 0 ? half + clause + 2 : space >= 0 ? half + space + 1 : start + max;
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: span.end });
  return out;
}

function digitsIn(text: string, { start, end }: SentenceSpan): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** A number and a time unit ("5 days", "five days", "0M"): what chrono's relative patterns repeat. */
const UNIT_RUN =
  /(?<![\p{L}\p{N}])(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple)\s?(?:s|m|h|d|w|y|mo|yr|hr|mins?|secs?|hours?|days?|weeks?|months?|years?|quarters?|minutes?|seconds?)(?![\p{L}])/giu;

/**
 * "a.m." or "p.m." whose stop also ends the sentence: before a word that opens one (a
 * preposition, an article, a pronoun or a conjunction with a capital), not a weekday, a month
 * or a zone that goes on with the time ("4 p.m. Saturday", "9 a.m. ET"). The sentence splitter
 * keeps them together (the stop is the abbreviation's); the dates read them apart, so "leaves
 * at 4 p.m. On Saturday, volunteers …" is no time on Saturday.
 */
const CLOCK_STOP =
  /(?<![\p{L}])[ap]\.m\.(?=\s{1,3}(?:On|In|At|By|For|From|After|Before|During|Since|The|A|An|He|She|It|I|We|They|You|His|Her|Its|Our|Their|This|That|These|Those|There|But|And|Then|When|While|As|If)(?![\p{L}\p{N}]))/gu;

/** A sentence cut after each clock mark that also ends a sentence. */
function atClockStops(text: string, sentence: SentenceSpan): SentenceSpan[] {
  const body = text.slice(sentence.start, sentence.end);
  // Most sentences have no clock mark: a cheap test first.
  if (!body.includes('.m.')) return [sentence];
  const out: SentenceSpan[] = [];
  let start = sentence.start;
  CLOCK_STOP.lastIndex = 0;
  for (let m = CLOCK_STOP.exec(body); m; m = CLOCK_STOP.exec(body)) {
    const end = sentence.start + m.index + m[0].length;
    out.push({ start, end });
    start = end + 1;
  }
  out.push({ start, end: sentence.end });
  return out;
}

/** The pieces of a sentence chrono reads, each short enough that its patterns stay cheap. */
function chunks(text: string, sentence: SentenceSpan): SentenceSpan[] {
  return atClockStops(text, sentence)
    .flatMap((piece) => cut(text, piece, MAX_DATE_CHUNK))
    .flatMap((piece) => (digitsIn(text, piece) > DENSE_DIGITS ? cut(text, piece, DENSE_CHUNK) : [piece]))
    .filter((piece) => (text.slice(piece.start, piece.end).match(UNIT_RUN)?.length ?? 0) <= MAX_UNIT_RUNS);
}

/**
 * A piece of text with every run of white space squeezed to one space (chrono's patterns
 * backtrack on runs of tabs and spaces between their parts), and where each of its
 * characters was in the original.
 */
function squeezed(text: string): { text: string; at: (i: number) => number } {
  if (!/\s\s/u.test(text)) return { text, at: (i) => i };
  const at: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (/\s/u.test(c) && i > 0 && /\s/u.test(text[i - 1] as string)) continue;
    out += /\s/u.test(c) ? ' ' : c;
    at.push(i);
  }
  at.push(text.length);
  return { text: out, at: (i) => at[i] ?? text.length };
}

/** "the morning of", "the afternoon of" before a date chrono reads as the part of the day alone. */
const PART_OF_DAY_OF = /^(?:the\s{1,3})?(morning|afternoon|evening|night)\s{1,3}of\s{1,3}(?=[\p{Lu}\p{N}])/u;
/** "(of) that year" after a day: anaphora.ts gives it the year the story last wrote. */
const OF_THAT_YEAR_AFTER = /^(?:\s{1,3}of)?\s{1,3}that\s{1,3}year(?![\p{L}])/iu;
/** The part of the day a date keeps: the morning and the night of a date are the day, as a weekday's. */
const PART_CODE: Record<string, string> = { afternoon: 'AF', evening: 'EV' };

/**
 * The dates of the blocks, in the article's language `lang` (a primary subtag): English with
 * Lede's news parsers, other languages with chrono's locale parsers (locale-chrono.ts); none
 * in a language Lede reads no dates in.
 */
export function recogniseDates(blocks: readonly Block[], reference: DateReference, lang = 'en'): DateMention[] {
  const chrono = lang === 'en' || lang === 'und' ? parser() : localeParser(lang);
  if (!chrono) return [];
  const ref = { instant: reference.instant, timezone: reference.timezoneOffset ?? 0 };
  const out: DateMention[] = [];
  // Clock times read without a day, in languages other than English ("um 9 Uhr"): placed below.
  const loose: LooseTime[] = [];
  // The weekday written with a day of a month without its year ("Sunday, March 10"): weekday-year.ts.
  const weekdays = new Map<DateMention, number>();
  const english = lang === 'en' || lang === 'und';
  // (A southern page's seasons: hemisphere.ts; the season parser reads the flag from the option.)
  const option: ParsingOption & HemisphereOption = {
    forwardDate: false,
    southern: english && southernPage(blocks, reference.timezoneOffset),
  };
  const local = new Date(reference.instant.getTime() + (reference.timezoneOffset ?? 0) * 60_000);
  const referenceYmd: Ymd = { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
  for (const block of blocks) {
    for (const sentence of splitSentences(block.text, lang).flatMap((s) => chunks(block.text, s))) {
      const { text, at } = squeezed(block.text.slice(sentence.start, sentence.end));
      let results: ParsedResult[];
      try {
        results = chrono.parse(text, ref, option);
      } catch {
        // chrono throws on a few pathological inputs (e.g. years far out of range); a
        // sentence it cannot read simply has no dates.
        continue;
      }
      // "on the morning of April 9, 2003": chrono reads the part of the day and loses the date; the
      // sentence read again without the part of the day finds the date (the day, as a weekday's
      // morning); "the afternoon of Jan. 3" and "the evening of" keep their part (`…TAF`, `…TEV`).
      const partOf = english ? results.find((r) => PART_OF_DAY_OF.test(r.text)) : undefined;
      let part: { from: number; at: number; code: string | undefined } | null = null;
      // Where a result stands in the sentence (past the part of the day, once it is cut out).
      let indexOf = (r: ParsedResult): number => r.index;
      if (partOf) {
        const words = PART_OF_DAY_OF.exec(partOf.text);
        const cut = words?.[0].length ?? 0;
        const from = partOf.index;
        part = { from, at: from + cut, code: PART_CODE[(words?.[1] ?? '').toLowerCase()] };
        try {
          results = chrono.parse(text.slice(0, from) + text.slice(part.at), ref, { forwardDate: false });
        } catch {
          continue;
        }
        indexOf = (r) => (r.index >= from ? r.index + cut : r.index);
        results = results.filter((r) => r.index >= from || r.index + r.text.length <= from);
      }
      for (const r of results) {
        const index = indexOf(r);
        const timex = timexOf(r);
        // A refiner that widens a result may restate its value ("this year's third quarter").
        // "midnight Thursday" is the end of Thursday to some and its start to others: the day.
        const midnight =
          !timex.value && (MIDNIGHT.test(r.text) || MIDDAY_OF_DAY.test(r.text) || HOURS_AGO.test(r.text));
        let value = midnight ? (normalise(r.start)?.slice(0, 10) ?? null) : (timex.value ?? normalise(r.start));
        const dayEnd =
          midnight &&
          !!value &&
          MIDNIGHT_WITH_DAY.test(r.text) &&
          !HOURS_AGO.test(r.text) &&
          !AFTER_BEFORE.test(text.slice(Math.max(0, index - 8), index));
        if (dayEnd) value = `${value}T24:00`;
        // "later in the year", "52 days left in the year": chrono reads "in the year" as a year from
        // now; it is the story's own year (month, week).
        const inThe = IN_THE_UNIT.exec(r.text)?.[1]?.toLowerCase();
        if (
          inThe &&
          !timex.value &&
          [...r.tags()].includes('result/relativeDate') &&
          (/^in\s/iu.test(r.text) || IN_BEFORE.test(text.slice(Math.max(0, index - 4), index))) &&
          !/^\s{1,3}of(?![\p{L}])/u.test(text.slice(index + r.text.length))
        )
          value =
            inThe === 'year'
              ? String(referenceYmd.year)
              : inThe === 'month'
                ? monthString(referenceYmd.year, referenceYmd.month)
                : isoWeek(referenceYmd);
        // "the end of the month", "since the end of July": the month, late in it (chrono puts
        // it on the month's last day, which the text does not name).
        const monthEnd = !!value && END_OF_MONTH.test(r.text) && /^\d{4}-\d{2}-\d{2}$/u.test(value);
        if (monthEnd && value) value = value.slice(0, 7);
        // "the second half of this year": the half (TIMEX3 `2025-H2`).
        const half = value && /^\d{4}$/u.test(value) ? HALF_OF.exec(r.text) : null;
        if (half && value) value = `${value}-H${/^first$/iu.test(half[1] ?? '') ? 1 : 2}`;
        // "shortly after 22:00 last night", in a morning story: the clock time of the day before.
        // (chrono counts "last night" from the UTC day: at 7 a.m. in Perth, it put the clock time
        // two days back; the night before the story's own day is meant.)
        const lastNight = ymdString(addDays(referenceYmd, -1));
        if (
          value &&
          LAST_NIGHT.test(r.text) &&
          /^\d{4}-\d{2}-\d{2}T/u.test(value) &&
          (value.startsWith(`${ymdString(referenceYmd)}T`) || value.slice(0, 10) < lastNight)
        )
          value = lastNight + value.slice(10);
        // "After this week's New Year's Day games", "After this week, the House is out": chrono reads
        // "after this week" as the day after it; the point is the week itself, "after" a word that
        // relates another event to it (TIMEX3's signal; the preposition is left out of the span).
        const weekOf = POSSESSIVE_WEEK.exec(r.text);
        let lead = 0;
        if (weekOf && !timex.value) {
          const shift = /^next$/iu.test(weekOf[2] ?? '') ? 7 : /^last$/iu.test(weekOf[2] ?? '') ? -7 : 0;
          value = isoWeek(addDays(referenceYmd, shift));
          lead = (weekOf[1] ?? '').length;
        }
        const ofPart = part?.at === index && value !== null && /^\d{4}-\d{2}-\d{2}$/u.test(value);
        // (Only a date that writes its year, or "that year" after it: a bare "the night of 1 April"
        // in a story of another year is left to the year words around it, which read it no better.)
        if (ofPart && !r.start.isCertain('year') && !OF_THAT_YEAR_AFTER.test(text.slice(index + r.text.length)))
          continue;
        if (ofPart && part?.code) value = `${value}T${part.code}`;
        const start = sentence.start + at(ofPart && part ? part.from : index + lead);
        const end = sentence.start + at(index + r.text.length - 1) + 1;
        if (!value) {
          // (locale-refiners.ts keeps only those written as clock times.)
          if (!english && !r.end && r.start.isCertain('hour'))
            loose.push({
              blockId: block.id,
              start,
              end,
              text: block.text.slice(start, end),
              hour: r.start.get('hour') ?? 0,
              minute: r.start.isCertain('minute') ? (r.start.get('minute') ?? 0) : null,
            });
          continue;
        }
        const mod = timex.mod ?? (monthEnd ? 'END' : undefined);
        const mention: DateMention = {
          id: 0,
          blockId: block.id,
          start,
          end,
          text: block.text.slice(start, end),
          type: timex.type ?? (dayEnd || (r.start.isCertain('hour') && !midnight) ? 'TIME' : 'DATE'),
          value,
          certainty: mod || /REF$|^\d{2,3}$|-(?:SP|SU|FA|WI)$/u.test(value) ? 'approximate' : certainty(r),
        };
        if (mod) mention.mod = mod;
        if (
          english &&
          r.start.isCertain('weekday') &&
          r.start.isCertain('day') &&
          r.start.isCertain('month') &&
          !r.start.isCertain('year')
        )
          weekdays.set(mention, r.start.get('weekday') ?? 0);
        const endValue = r.end ? normalise(r.end) : null;
        if (endValue) mention.endValue = endValue;
        out.push(mention);
      }
    }
  }
  const all = english ? out : anchorTimes(out, loose);
  anchorToNarrative(all);
  if (english) resolveAnaphora(all, blocks);
  if (english) yearOfSentence(all, blocks, local);
  if (english) yearOfEntry(all, blocks);
  if (english) endOfTheMonth(all, blocks, local);
  if (english) yearLessRanges(all, blocks, local);
  if (english) monthsTogether(all, blocks, local);
  if (english) monthChains(all, blocks);
  if (english) monthsOfYear(all);
  if (english) seasonsOfYears(all, blocks);
  if (english) quarterEnds(all, blocks, referenceYmd);
  if (english) fiscalPeriods(all);
  if (english) fiscalYearsOfPage(all);
  if (english) fiscalNamesOfPage(all, blocks, referenceYmd);
  if (english) yearToQuarter(all, blocks);
  if (english) quartersOfFiscalYear(all, blocks, referenceYmd);
  if (english) dayOfPeriod(all, blocks);
  if (english) agoThisMonth(all, referenceYmd);
  if (english) yearEarlierOfPeriod(all, blocks);
  sameWeekdayAhead(all, blocks, local);
  if (english) placeWeekdays(all, blocks, local);
  if (english) upNextWeekdays(all, blocks, referenceYmd);
  if (english) storyWeekdays(all, blocks, local);
  if (english) quotedTonight(all, blocks, local);
  if (english) quotedTomorrow(all, blocks, local);
  if (english) weekdaysOfAnchorWeek(all, blocks, local);
  if (english) easterDays(all, blocks, referenceYmd);
  if (english) daysFromDays(all, blocks);
  if (english) weekdayYear(all, weekdays, local);
  if (english) weeksFromWeekday(all, blocks, referenceYmd);
  if (english) planCues(all, blocks, referenceYmd);
  if (english) periodEndClauses(all, blocks);
  if (english) dayRuns(all, blocks);
  const points = storyPoints(
    checkAgainstReference(anchorSpans(all, blocks), blocks, local, lang === 'und' ? 'en' : lang),
    blocks,
    english ? local : null,
  );
  // "a storm on Dec. 10 and 11": the second day a point of its own.
  const kept = english ? clockRanges(coordinatedDays(points, blocks), blocks) : points;
  kept.forEach((m, i) => (m.id = i + 1));
  return kept;
}

/**
 * "The following year", "the previous month", "the previous week", "the previous Friday" count from the date the
 * story last named ("On May 22, 1995, ... and the following year" is 1996), not from the
 * publication date.
 */
function anchorToNarrative(mentions: DateMention[]): void {
  let anchor: DateMention | null = null;
  let dayAnchor: Ymd | null = null;
  let dayAnchorBlock = -Infinity;
  for (const m of mentions) {
    // "was contained the next day", "by the next day": the day after the day the story last
    // named (in this block or the one before), else a day the text does not fix.
    const nextDay = /^the\s+(following|next|previous|preceding)\s+day$/iu.exec(m.text);
    if (nextDay) {
      const near = dayAnchor && m.blockId - dayAnchorBlock <= NEXT_DAY_BLOCKS ? dayAnchor : null;
      m.value = near
        ? ymdString(addDays(near, /^(?:following|next)$/iu.test(nextDay[1] ?? '') ? 1 : -1))
        : 'XXXX-XX-XX';
      m.certainty = near ? 'inferred' : 'approximate';
      continue;
    }
    const rel = /^the\s+(following|next|previous|preceding)\s+(year|month|week|weekend)$/iu.exec(m.text);
    if (rel && anchor) {
      const shift = /^(?:following|next)$/iu.test(rel[1] ?? '') ? 1 : -1;
      const [y, mo] = anchor.value.split('-').map(Number) as [number, number | undefined];
      const anchorDay = parseYmd(anchor.value);
      if ((rel[2] ?? '').toLowerCase() === 'weekend') {
        // "The union struck on Feb. 13 after talks broke down the previous weekend": the weekend
        // before (after) the day the story speaks of, not the publication's.
        if (anchorDay) {
          let day = addDays(anchorDay, shift < 0 && weekday(anchorDay) === 0 ? -2 : shift);
          while (weekday(day) !== 6) day = addDays(day, shift);
          m.value = `${isoWeek(day)}-WE`;
          m.certainty = 'inferred';
        }
      } else if ((rel[2] ?? '').toLowerCase() === 'week') {
        // "shelved its offering on September 30 ... had resigned the previous week": the week
        // before the day the story speaks of (left as it was when that day is not given).
        if (anchorDay) {
          m.value = isoWeek(addDays(anchorDay, 7 * shift));
          m.certainty = 'inferred';
        } else if (/^\d{4}$/u.test(anchor.value) && /\d{4}/u.test(anchor.text)) {
          // "I served from 1997 to 2007. … We passed it the following week": the week after a
          // day of a year the text writes but does not give the day of, not the week after the
          // publication's (a year counted from the publication, "the year before that", leaves it).
          m.value = 'XXXX-WXX';
          m.certainty = 'approximate';
        }
      } else if ((rel[2] ?? '').toLowerCase() === 'year') {
        m.value = String(y + shift);
        m.certainty = 'inferred';
      } else if (mo) {
        const next = addMonths(y, mo, shift);
        m.value = monthString(next.year, next.month);
        m.certainty = 'inferred';
      }
    }
    const previousDay = /^the\s+(?:previous|preceding)\s+\p{L}+day$/iu.test(m.text);
    // (A clock time is on its day: "arrested at about 6am on December 3, released the next day".)
    const own = parseYmd(m.value.replace(/^(\d{4}-\d{2}-\d{2})T.*$/u, '$1'));
    if (previousDay && own && dayAnchor && dayNumber(own) >= dayNumber(dayAnchor)) {
      // "down 4.5% from the previous Friday": the one before the day the story speaks of.
      let day = addDays(dayAnchor, -1);
      while (weekday(day) !== weekday(own)) day = addDays(day, -1);
      m.value = ymdString(day);
    }
    if (own && !previousDay) {
      dayAnchor = own;
      dayAnchorBlock = m.blockId;
    }
    if (m.type !== 'DURATION' && m.type !== 'SET' && /^\d{4}(?:-\d{2})?/u.test(m.value) && !rel)
      // ("today" and "now" tell of the publication, not of the story's past: "The fourth
      // closed the following year" after "in 2013 … still open today" is 2014.)
      if (
        // ("In late September 2016, … the following month": a month with its year written.)
        (m.certainty === 'exact' ||
          /^\p{L}+\.?\s*\d{0,2}$/u.test(m.text) ||
          /^(?:early|mid|late)[\s-]\p{L}+\s\d{4}$/iu.test(m.text)) &&
        !/^(?:today|tonight|now|yesterday|tomorrow)$/iu.test(m.text)
      )
        anchor = m;
  }
}

/**
 * "…left parliament on Saturday" (read as tomorrow: a story of Seoul stamped late on Friday in
 * UTC), then "that bill was voted down on Saturday" (told in the past, so read a week back):
 * the story's Saturday, already named, is the same day; a reporter would have written "last
 * Saturday" for the one before. A weekday just after a word of reporting ("said on Saturday") keeps
 * the day it was read as.
 */
function sameWeekdayAhead(mentions: DateMention[], blocks: readonly Block[], reference: Date): void {
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  const tomorrow = utcDayNumber(reference) + 1;
  const ahead = new Map<string, Ymd>();
  for (const m of mentions) {
    const name = /^(?:(?:early|late|earlier|later)\s+)?(\p{L}+day)$/iu.exec(m.text)?.[1]?.toLowerCase();
    const own = name ? parseYmd(m.value) : null;
    if (!name || !own || m.value.length !== 10) continue;
    const story = ahead.get(name);
    // "A top epidemiologist said on Saturday": the day it was said, the one just past.
    const said = SAID_ON.test((text.get(m.blockId) ?? '').slice(Math.max(0, m.start - 40), m.start));
    if (story && dayNumber(story) - dayNumber(own) === 7 && !said) m.value = ymdString(story);
    else if (dayNumber(own) === tomorrow) ahead.set(name, own);
  }
}

/** How many blocks back the day "the next day" counts from may stand. */
const NEXT_DAY_BLOCKS = 1;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** TIMEX3-style value at the precision the text gives: "2024", "2024-06", "2024-06-04", "2024-06-04T15:00". */
export function normalise(c: ParsedComponents): string | null {
  // A time of day alone ("in the morning") names no date.
  if (!(['year', 'month', 'day', 'weekday'] as const).some((k) => c.isCertain(k))) return null;
  const year = c.get('year');
  if (year === null || year < 0 || year > 9999) return null;
  const hasDay = c.isCertain('day') || c.isCertain('weekday');
  const hasMonth = c.isCertain('month') || hasDay;
  let value = pad(year, 4);
  if (!hasMonth) return value;
  value += `-${pad(c.get('month') ?? 1)}`;
  if (!hasDay) return value;
  value += `-${pad(c.get('day') ?? 1)}`;
  if (!c.isCertain('hour')) return value;
  // "5 p.m." is T17 (TIMEX3 writes minutes only when the text gives them).
  if (!c.isCertain('minute')) return `${value}T${pad(c.get('hour') ?? 0)}`;
  return `${value}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
}

/** Exact when the text itself names the year; otherwise resolved against the reference date. */
function certainty(r: ParsedResult): DateCertainty {
  return r.start.isCertain('year') ? 'exact' : 'inferred';
}

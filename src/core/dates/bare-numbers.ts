/**
 * Bare numbers chrono reads as a clock time beside a weekday, that are no time of day:
 *
 *   - a score or a vote ("voted 77-19 on Tuesday night", "won 3-1 on Saturday"): the number
 *     after the dash is the other side's, the date is the weekday alone;
 *   - a weekday and the day of the month ("until 26 August (not Tuesday 21)"): that day, the
 *     21st nearest the publication date that falls on a Tuesday;
 *   - a name's number before "today" or "on" a date ("is launching the Orbit 14 today", "ends
 *     support for Windows 10 on October 14th, 2025"): the date alone.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addMonths, dayNumber, referenceDay, weekday as weekdayOf } from './calendar';
import { WEEKDAY_NAMES } from './vocabulary';

/** A number, "on" and a weekday: "19 on Tuesday". */
const NUMBER_ON = /^(\d{1,2})\s{1,3}on\s{1,3}/u;
/** A score or a vote just before: "77-19", "3–1". */
const SCORE_BEFORE = /\d\s?[-–]\s?$/u;
/** A weekday and a number alone: "Tuesday 21". */
const WEEKDAY_NUMBER = /^((?:mon|tues|wednes|thurs|fri|satur|sun)day)\s{1,3}(\d{1,2})$/iu;
/** A number that opens the reading, then "on" or "today" ("14 today", "10 on October 14th"). */
const NUMBER_OPENS =
  /^\d{1,2}\s{1,3}(?:on\s{1,3})?(?=(?:today|tonight|tomorrow|yesterday)(?![\p{L}])|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{0,6}\.?\s)/iu;
/** A name's capitalised word just before ("Orbit ", "Windows "), not a preposition ("At 10 on Monday"). */
const NAME_WORD_BEFORE =
  /(?<![\p{L}\p{N}])(?!(?:At|By|From|Until|Till|To|Before|After|Around|About|Since|On|Between|And|Or|Then|Noon|Midnight)\s)\p{Lu}\p{L}{1,20}\s$/u;
/** How many months either side of the publication the day of "Tuesday 21" is looked for. */
const MONTHS_AROUND = 6;

const dropTime = (r: ParsingResult): void => {
  for (const k of ['hour', 'minute', 'second', 'meridiem'] as const) r.start.delete?.(k);
};

/** The result without its first `length` characters (a number that was not a clock time) and their time. */
const dropLeadingNumber = (r: ParsingResult, length: number): void => {
  r.index += length;
  r.text = r.text.slice(length);
  dropTime(r);
};

export class BareNumberRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      // (The patterns below hold the number alone: no colon, no "a.m.", no "o'clock".)
      if (!r.start.isCertain('hour') || r.end) continue;
      const score = NUMBER_ON.exec(r.text);
      if (score && SCORE_BEFORE.test(context.text.slice(Math.max(0, r.index - 3), r.index))) {
        dropLeadingNumber(r, score[0].length);
        continue;
      }
      const named = NUMBER_OPENS.exec(r.text);
      if (named && NAME_WORD_BEFORE.test(context.text.slice(Math.max(0, r.index - 24), r.index))) {
        dropLeadingNumber(r, named[0].length);
        continue;
      }
      const dayOf = WEEKDAY_NUMBER.exec(r.text);
      if (!dayOf) continue;
      const wanted = (WEEKDAY_NAMES.indexOf((dayOf[1] ?? '').toLowerCase()) + 1) % 7;
      const day = Number(dayOf[2]);
      const ref = referenceDay(context);
      const today = dayNumber(ref);
      let best: { year: number; month: number; distance: number } | null = null;
      for (let delta = -MONTHS_AROUND; delta <= MONTHS_AROUND; delta++) {
        const { year, month } = addMonths(ref.year, ref.month, delta);
        const d = { year, month, day };
        // (No 31 June: the day must exist in the month.)
        if (new Date(Date.UTC(year, month - 1, day)).getUTCMonth() !== month - 1 || weekdayOf(d) !== wanted) continue;
        const distance = Math.abs(dayNumber(d) - today);
        if (!best || distance < best.distance) best = { year, month, distance };
      }
      dropTime(r);
      if (best) {
        r.start.assign('day', day);
        r.start.assign('month', best.month);
        // (Inferred, not written: the year stays implied.)
        r.start.imply('year', best.year);
      } else r.text = dayOf[1] ?? r.text;
    }
    return results;
  }
}

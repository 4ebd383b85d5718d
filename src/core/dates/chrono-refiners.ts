/**
 * chrono's own refiners that Lede changes: its overlap removal, replaced by one that measures
 * a result without its leading preposition and prefers ours on a tie; its filters of
 * unlikely results, which judge only chrono's results (ours are vouched for by the parser
 * that gave them); and its joining of a date with a time of day after it, which leaves out
 * those of ours that carry no clock time and stand apart from the date ("Saturday, November
 * 25, the weekend the lights go on" is a day and a weekend, not one day; "August 2018, three
 * months before the vote" a month and a count; "in the fourth quarter on Sunday" a game's quarter
 * and a day: chrono takes a result without a certain day for a time).
 *
 * They are found by what they do, on a few results made up for the purpose: not by their
 * place in chrono's list, which an upgrade may change, nor by class name, which the shipped
 * (minified) build changes. If chrono no longer has a refiner of either kind, configuring
 * the parser throws "chrono's refiner list changed: …" rather than quietly dating otherwise.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { Chrono } from 'chrono-node/en';
import { LEADING, TRAILING } from './refiners';
import { isOurs, ownValue } from './timex-tags';

/**
 * chrono's overlap removal, measuring each result without a leading preposition and
 * preferring ours on a tie: chrono's "in the quarter" (a span it cannot date) must not push
 * out our "the quarter" (2025-Q2).
 */
export class CoreOverlapRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const core = (r: ParsingResult): number => r.text.replace(LEADING, '').replace(TRAILING, '').length;
    const kept: ParsingResult[] = [];
    let prev = results[0];
    for (const r of results.slice(1)) {
      if (!prev || r.index >= prev.index + prev.text.length) {
        if (prev) kept.push(prev);
        prev = r;
        continue;
      }
      if (core(r) > core(prev) || (core(r) === core(prev) && isOurs(r) && !isOurs(prev))) prev = r;
    }
    if (prev) kept.push(prev);
    return kept;
  }
}

/** Runs a chrono refiner on the results that are not ours (those with a TIMEX3 value tag). */
export class SparingOurs implements Refiner {
  constructor(private readonly inner: Refiner) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return [
      ...results.filter(isOurs),
      ...this.inner.refine(
        context,
        results.filter((r) => !isOurs(r)),
      ),
    ].sort((a, b) => a.index - b.index);
  }
}

/**
 * Runs a chrono refiner without those of our results that carry no clock time (a weekend, a
 * quarter, a span) and stand apart from the date beside them: chrono's joining of a date and a
 * time takes any result without a certain day for a time of day.
 */
export class SparingUntimed implements Refiner {
  constructor(private readonly inner: Refiner) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const gap = (a: ParsingResult, b: ParsingResult): string => context.text.slice(a.index + a.text.length, b.index);
    // One of ours without a clock time after a date's comma ("November 25, the weekend"), or
    // before "on" and a date ("the fourth quarter on Sunday"): no time of that date.
    const apart = results.filter(
      (r, i) =>
        isOurs(r) &&
        !r.start.isCertain('hour') &&
        !r.start.isCertain('day') &&
        !/^\d{4}-\d{2}-\d{2}/u.test(ownValue(r) ?? '') &&
        ((i > 0 &&
          (WEEKEND.test(r.text) || COUNT_FROM.test(r.text)) &&
          COMMA_GAP.test(gap(results[i - 1] as ParsingResult, r))) ||
          (i + 1 < results.length &&
            GAME_PART.test(r.text) &&
            ON_GAP.test(gap(r, results[i + 1] as ParsingResult) + (results[i + 1] as ParsingResult).text.slice(0, 3)))),
    );
    if (!apart.length) return this.inner.refine(context, results);
    return [
      ...apart,
      ...this.inner.refine(
        context,
        results.filter((r) => !apart.includes(r)),
      ),
    ].sort((a, b) => a.index - b.index);
  }
}

/** A weekend, the one thing of ours told in apposition after a date's comma here. */
const WEEKEND = /^(?:the\s{1,3})?weekend$/iu;
/**
 * A count told from another point ("three months before", "a year later"), the other thing of
 * ours told in apposition after a date's comma: "August 2018, three months before the vote" is
 * a month and a count from an event, not the month at a time of day.
 */
const COUNT_FROM =
  /^(?:\S{1,12}\s{1,3}){1,3}(?:days?|weeks?|months?|years?|decades?)\s{1,3}(?:before|after|earlier|later|on)$/iu;
/** A part of a game ("the fourth quarter", "the second half"), the thing of ours before "on" and a date here. */
const GAME_PART = /(?:quarter|half|period)$/iu;
/** A comma between a date and what stands after it. */
const COMMA_GAP = /^,\s{1,3}$/u;
/** "on" between a time and the date after it (chrono's result may begin with it: "on Sunday"). */
const ON_GAP = /^\s{1,3}on\s/iu;

/** The text the probes' results are made up in, and its reference date. */
const PROBE_TEXT = 'The 1998 figure may rise, they said on June 2, 2024 and on June 3, 2024.';
const PROBE_REFERENCE = new Date(Date.UTC(2024, 5, 10));
const JUNE_2 = PROBE_TEXT.indexOf('June 2');
const JUNE_3 = PROBE_TEXT.indexOf('June 3');

/** The text the probe of a date-and-time joining makes its results up in. */
const PROBE_CLOCK_TEXT = 'They met on June 2, 2024, 4 pm.';

/** A parsing context for `text`, as chrono makes one (chrono/en does not export the class). */
function probeContext(text = PROBE_TEXT): ParsingContext {
  let context: ParsingContext | undefined;
  const capture: Refiner = {
    refine: (c, results) => {
      context = c;
      return results;
    },
  };
  new Chrono({ parsers: [], refiners: [capture] }).parse(text, PROBE_REFERENCE);
  if (!context) throw new Error("chrono's refiner list changed: chrono ran no refiner on a text");
  return context;
}

/** Made-up results in PROBE_TEXT: "June 2, 2024", its tail "2, 2024" and head "June 2", "June 3, 2024". */
function dates(context: ParsingContext): Record<'full' | 'tail' | 'head' | 'next', ParsingResult> {
  const june = (day: number): { year: number; month: number; day: number } => ({ year: 2024, month: 6, day });
  return {
    full: context.createParsingResult(JUNE_2, 'June 2, 2024', june(2)),
    tail: context.createParsingResult(JUNE_2 + 'June '.length, '2, 2024', june(2)),
    head: context.createParsingResult(JUNE_2, 'June 2', { month: 6, day: 2 }),
    next: context.createParsingResult(JUNE_3, 'June 3, 2024', june(3)),
  };
}

/** Whether `refiner`, given `input`, returns exactly `expected` (the same objects, in order). */
function gives(refiner: Refiner, context: ParsingContext, input: ParsingResult[], expected: ParsingResult[]): boolean {
  const out = refiner.refine(context, [...input]);
  return out.length === expected.length && expected.every((r, i) => out[i] === r);
}

/**
 * An overlap removal: of two results one overlapping the other it keeps the longer, whether
 * it comes first or second; of two results apart it keeps both.
 */
function removesOverlaps(refiner: Refiner, context: ParsingContext): boolean {
  const d = dates(context);
  return (
    gives(refiner, context, [d.full, d.tail], [d.full]) &&
    gives(refiner, context, [d.head, d.tail], [d.tail]) &&
    gives(refiner, context, [d.full, d.next], [d.full, d.next])
  );
}

/**
 * A filter of unlikely results: of a bare year, "may" the verb and a full date, it drops one
 * or both of the first two and keeps the rest as they were. chrono 2.10 has two: one drops
 * bare numbers (the years our parser vouches for), the other "may" not after "in".
 */
function filtersUnlikely(refiner: Refiner, context: ParsingContext): boolean {
  const year = context.createParsingResult(PROBE_TEXT.indexOf('1998'), '1998', { year: 1998 });
  const may = context.createParsingResult(PROBE_TEXT.indexOf('may'), 'may', { month: 5 });
  const { full } = dates(context);
  const out = refiner.refine(context, [year, may, full]);
  return out.length < 3 && out.at(-1) === full && out.every((r) => r === year || r === may || r === full);
}

/** A joining of a date and a time of day: "June 2, 2024" and "4 pm" after its comma become one result. */
function joinsDateAndTime(refiner: Refiner, context: ParsingContext): boolean {
  const date = context.createParsingResult(PROBE_CLOCK_TEXT.indexOf('June'), 'June 2, 2024', {
    year: 2024,
    month: 6,
    day: 2,
  });
  const time = context.createParsingResult(PROBE_CLOCK_TEXT.indexOf('4 pm'), '4 pm', { hour: 16 });
  const out = refiner.refine(context, [date, time]);
  return out.length === 1 && out[0]?.text === 'June 2, 2024, 4 pm';
}

/**
 * chrono's overlap removals, unlikely-result filters and joinings of a date and a time among
 * `refiners`, found by what they do.
 */
export function findChronoRefiners(refiners: readonly Refiner[]): {
  overlap: Refiner[];
  unlikely: Refiner[];
  dateTime: Refiner[];
} {
  const context = probeContext();
  const clock = probeContext(PROBE_CLOCK_TEXT);
  return {
    overlap: refiners.filter((r) => removesOverlaps(r, context)),
    unlikely: refiners.filter((r) => filtersUnlikely(r, context)),
    dateTime: refiners.filter((r) => joinsDateAndTime(r, clock)),
  };
}

/**
 * chrono's refiners with its overlap removal replaced, its unlikely-result filters sparing
 * ours and its joinings of a date and a time sparing our results without a clock time. Throws
 * when chrono no longer has an overlap removal or an unlikely-result filter (without a joining
 * there is nothing to spare).
 */
export function adaptChronoRefiners(refiners: readonly Refiner[]): Refiner[] {
  const { overlap, unlikely, dateTime } = findChronoRefiners(refiners);
  const missing = [
    ...(overlap.length ? [] : ['none removes overlapping results (Lede replaces that with CoreOverlapRefiner)']),
    ...(unlikely.length ? [] : ['none filters unlikely results (Lede makes those spare its own)']),
  ];
  if (missing.length)
    throw new Error(
      `chrono's refiner list changed: of its ${refiners.length} refiners, ${missing.join(' and ')}; ` +
        'see src/core/dates/chrono-refiners.ts',
    );
  return refiners.map((r) =>
    unlikely.includes(r)
      ? new SparingOurs(r)
      : overlap.includes(r)
        ? new CoreOverlapRefiner()
        : dateTime.includes(r)
          ? new SparingUntimed(r)
          : r,
  );
}

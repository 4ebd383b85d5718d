/**
 * chrono's own refiners that Lede changes: its overlap removal, replaced by one that measures
 * a result without its leading preposition and prefers ours on a tie, and its filters of
 * unlikely results, which judge only chrono's results (ours are vouched for by the parser
 * that gave them).
 *
 * They are found by what they do, on a few results made up for the purpose: not by their
 * place in chrono's list, which an upgrade may change, nor by class name, which the shipped
 * (minified) build changes. If chrono no longer has a refiner of either kind, configuring
 * the parser throws "chrono's refiner list changed: …" rather than quietly dating otherwise.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { Chrono } from 'chrono-node/en';
import { LEADING, TRAILING } from './refiners';
import { isOurs } from './timex-tags';

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

/** The text the probes' results are made up in, and its reference date. */
const PROBE_TEXT = 'The 1998 figure may rise, they said on June 2, 2024 and on June 3, 2024.';
const PROBE_REFERENCE = new Date(Date.UTC(2024, 5, 10));
const JUNE_2 = PROBE_TEXT.indexOf('June 2');
const JUNE_3 = PROBE_TEXT.indexOf('June 3');

/** A parsing context for PROBE_TEXT, as chrono makes one (chrono/en does not export the class). */
function probeContext(): ParsingContext {
  let context: ParsingContext | undefined;
  const capture: Refiner = {
    refine: (c, results) => {
      context = c;
      return results;
    },
  };
  new Chrono({ parsers: [], refiners: [capture] }).parse(PROBE_TEXT, PROBE_REFERENCE);
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

/** chrono's overlap removals and unlikely-result filters among `refiners`, found by what they do. */
export function findChronoRefiners(refiners: readonly Refiner[]): { overlap: Refiner[]; unlikely: Refiner[] } {
  const context = probeContext();
  return {
    overlap: refiners.filter((r) => removesOverlaps(r, context)),
    unlikely: refiners.filter((r) => filtersUnlikely(r, context)),
  };
}

/**
 * chrono's refiners with its overlap removal replaced and its unlikely-result filters sparing
 * ours. Throws when chrono no longer has a refiner of either kind.
 */
export function adaptChronoRefiners(refiners: readonly Refiner[]): Refiner[] {
  const { overlap, unlikely } = findChronoRefiners(refiners);
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
    unlikely.includes(r) ? new SparingOurs(r) : overlap.includes(r) ? new CoreOverlapRefiner() : r,
  );
}

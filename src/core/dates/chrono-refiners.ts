/**
 * chrono's own refiners that Lede changes: its overlap removal, replaced by one that measures
 * a result without its leading preposition and prefers ours on a tie, and its filters of
 * unlikely results, which judge only chrono's results (ours are vouched for by the parser
 * that gave them).
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { casual } from 'chrono-node/en';
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
class SparingOurs implements Refiner {
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
 * The classes of chrono's overlap removal and its two unlikely-format filters, found by
 * where chrono 2.10's English configuration puts them, not by name: a minified build renames
 * classes. A unit test checks the names in an unminified build.
 */
export function chronoRefinerClasses(): { overlap: unknown; unlikely: unknown[] } {
  const refiners = casual.refiners;
  return {
    overlap: refiners[1]?.constructor,
    unlikely: [refiners[11]?.constructor, refiners[15]?.constructor],
  };
}

/** chrono's refiners with its overlap removal replaced and its unlikely-format filters sparing ours. */
export function adaptChronoRefiners(refiners: readonly Refiner[]): Refiner[] {
  const { overlap, unlikely } = chronoRefinerClasses();
  return refiners.map((r) =>
    unlikely.includes(r.constructor) ? new SparingOurs(r) : r.constructor === overlap ? new CoreOverlapRefiner() : r,
  );
}

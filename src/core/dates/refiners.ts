/**
 * chrono refiners for how news writes dates. Each takes chrono's results for one sentence
 * and returns them cleaned: extents without a leading preposition or trailing punctuation
 * (TIMEX3 keeps "on" outside: on <TIMEX3>Tuesday</TIMEX3>), and no results that are not
 * dates at all.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

const LEADING = /^(?:on|in|at|by|from|since|until|till|during|of|for)\s+/iu;
const TRAILING = /[\s,.;:]+$/u;

export class TrimPrepositionRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const lead = LEADING.exec(r.text);
      if (lead) {
        r.index += lead[0].length;
        r.text = r.text.slice(lead[0].length);
      }
      r.text = r.text.replace(TRAILING, '');
    }
    return results.filter((r) => r.text.length > 0);
  }
}

/** Words chrono reads as dates that, alone, almost never are in news prose. */
const NOT_DATES = new Set(['now', 'sat', 'sun', 'mar', 'may', 'march', 'second', 'a second']);

export class DropNonDatesRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => !NOT_DATES.has(r.text.toLowerCase()));
  }
}

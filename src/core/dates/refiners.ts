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

/**
 * Words chrono reads as dates that, alone, are usually something else: "May" the name or
 * the verb, "march" the verb, "Sun" the newspaper. Kept when a preposition or modifier
 * before them makes them a date ("in May", "since March", "early May").
 */
const AMBIGUOUS = new Set(['may', 'march', 'mar', 'sat', 'sun', 'now', 'second', 'a second']);
const DATE_CONTEXT =
  /\b(?:in|on|of|since|until|till|by|from|to|through|during|early|late|mid|last|next|this|before|after)[\s-]+$/iu;

export class DropNonDatesRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      if (!AMBIGUOUS.has(r.text.toLowerCase())) return true;
      return DATE_CONTEXT.test(context.text.slice(Math.max(0, r.index - 12), r.index));
    });
  }
}

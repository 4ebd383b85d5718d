/**
 * A month's name read further than the text dates it:
 *   - written in capitals inside a sentence of small letters ("a protein called APRIL", "the MAY
 *     trial"), it is a name (an acronym), not the month;
 *   - followed by a comma and an ordinal word ("postponed in January and again in May, first
 *     because …, then because …"), the ordinal opens the next words: the date is the month, not
 *     its first day.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/** A month's whole name in capitals, alone. */
const CAPITAL_MONTH = /^(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)$/u;
/** A word of small letters just before or just after: the sentence is not written in capitals. */
const SMALL_WORD_BEFORE = /\p{Ll}{2}[^\p{L}]{1,3}$/u;
const SMALL_WORD_AFTER = /^[^\p{L}]{1,3}\p{Ll}{2}/u;
/** A month, its comma and an ordinal word ("May, first"). */
const MONTH_COMMA_ORDINAL =
  /^((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{0,6}),\s{1,3}(?:first|second|third)$/iu;

export class MonthWordsRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      if (CAPITAL_MONTH.test(r.text)) {
        const before = context.text.slice(Math.max(0, r.index - 12), r.index);
        const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 12);
        return !(SMALL_WORD_BEFORE.test(before) && SMALL_WORD_AFTER.test(after));
      }
      const ordinal = r.text.includes(',') ? MONTH_COMMA_ORDINAL.exec(r.text) : null;
      if (ordinal && !r.start.isCertain('year')) {
        r.text = ordinal[1] ?? r.text;
        r.start.delete('day');
        r.start.imply('day', 1);
      }
      return true;
    });
  }
}

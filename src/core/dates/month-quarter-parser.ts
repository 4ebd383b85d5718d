/**
 * A quarter named by the month it ends in ("the December quarter", "the June quarter", "the
 * September 2019 quarter"), as Australian, Indian and other outlets write results: that
 * quarter (TIMEX3 `2023-Q4`), the latest one begun by the publication date when no year is
 * written ("the December quarter" in January is last year's; "the September quarter" in
 * September the one running); "the March quarter of 2023" that year's. A half named so ("the
 * June half") is the latest one ended by the publication date.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { referenceDay } from './calendar';
import { tagged } from './timex-tags';
import { WordBoundaryParser, type BoundedMatch } from './word-boundary-parser';

/** The end of a run of months just before ("July-", "April to "). */
const RANGE_BEFORE = /(?:[-–/]|\s(?:to|through|and)\s)$/iu;

const QUARTER_OF_MONTH: Record<string, number> = { march: 1, june: 2, september: 3, december: 4 };

export class MonthQuarterParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return /(?:the\s{1,3})?(march|june|september|december)(?:\s{1,3}((?:19|20)\d{2}))?\s{1,3}(quarter|half)(?:\s{1,3}of\s{1,3}((?:19|20)\d{2}))?(?![\p{L}\p{N}])/iu;
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const [text, month = '', before, unit = '', after] = match;
    const digits = before ?? after;
    const n = QUARTER_OF_MONTH[month.toLowerCase()];
    // "the July-September quarter", "the April to June quarter": a quarter named by its months
    // (year-less-ranges.ts reads it).
    if (!n) return null;
    if (!/^the\s/iu.test(text) && RANGE_BEFORE.test(context.text.slice(Math.max(0, match.index - 12), match.index)))
      return null;
    const ref = referenceDay(context);
    if (unit.toLowerCase() === 'half') {
      // "the June half", "The December half": a half named by its last month, in results told
      // after it: the latest one ended by the publication date.
      if (n !== 2 && n !== 4) return null;
      const h = n / 2;
      const year = digits ? Number(digits) : h * 6 >= ref.month ? ref.year - 1 : ref.year;
      return tagged(context, match.index, text, `${year}-H${h}`);
    }
    // The quarter's first month in the publication's year; not yet begun, last year's.
    const year = digits ? Number(digits) : (n - 1) * 3 + 1 > ref.month ? ref.year - 1 : ref.year;
    return tagged(context, match.index, text, `${year}-Q${n}`);
  }
}

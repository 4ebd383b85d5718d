/**
 * A day counted in a month ("the last Friday in June", "the first Tuesday of November 2024",
 * "the final day of July"): that day, TIMEX3 `2025-06-27`, not the month (and not a weekday
 * read near the publication with the month beside it). Without a year, the month is the nearest
 * one the tense of the clause allows, as for "the first weekend in December".
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { addDays, dayNumber, daysInMonth, referenceDay, stepToWeekday, ymdString, type Ymd } from './calendar';
import { clauseTense } from './news-tense-refiner';
import { tagged } from './timex-tags';
import { MONTH_NAMES, WEEKDAY_NAMES } from './vocabulary';
import { WordBoundaryParser, type BoundedMatch } from './word-boundary-parser';

const NTH: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: 0, final: 0 };
/** A year just before, with a comma: the day stands in apposition to a date ("June 26, 2026, the last Friday in June"). */
const APPOSED_YEAR = /(?<![\p{N}])((?:19|20)\d{2}),\s{1,3}$/u;
/** How far before the day (characters) the date it stands in apposition to is looked for. */
const APPOSED_REACH = 8;

/** The last day of a month. */
const lastDay = (year: number, month: number): Ymd => ({ year, month, day: daysInMonth(year, month) });

/**
 * The nth (0: last) `weekday` of a month (1 Monday … 7 Sunday, as `stepToWeekday` counts), or
 * with no weekday its first or last day; null past the month's end ("the fifth Monday").
 */
function nthDay(year: number, month: number, n: number, weekday: number | null): Ymd | null {
  if (weekday === null) return n === 0 ? lastDay(year, month) : n === 1 ? { year, month, day: 1 } : null;
  if (n === 0) return stepToWeekday(lastDay(year, month), weekday, -1);
  const day = addDays(stepToWeekday({ year, month, day: 1 }, weekday, 1), 7 * (n - 1));
  return day.month === month ? day : null;
}

export class MonthNthDayParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return new RegExp(
      `the\\s+(first|second|third|fourth|last|final)\\s+(${WEEKDAY_NAMES.join('|')}|day)\\s+(?:in|of)\\s+(${MONTH_NAMES.join('|')})(?:,?\\s+((?:19|20)\\d{2}))?(?![\\p{L}\\p{N}])`,
      'iu',
    );
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const [text, nth = '', dayWord = '', name = '', written] = match;
    const month = MONTH_NAMES.indexOf(name.toLowerCase()) + 1;
    const n = NTH[nth.toLowerCase()] ?? 1;
    const weekdayIndex = WEEKDAY_NAMES.indexOf(dayWord.toLowerCase());
    const weekday = weekdayIndex < 0 ? null : weekdayIndex + 1;
    const ref = referenceDay(context);
    const apposed = APPOSED_YEAR.exec(context.text.slice(Math.max(0, match.index - APPOSED_REACH), match.index));
    let year = written ? Number(written) : apposed ? Number(apposed[1]) : ref.year;
    if (!written && !apposed) {
      const today = dayNumber(ref);
      const tense = clauseTense(context.text, match.index, match.index + text.length);
      const away = (y: number): number => {
        const d = nthDay(y, month, n, weekday);
        return d ? dayNumber(d) - today : Number.POSITIVE_INFINITY;
      };
      const allowed = [ref.year - 1, ref.year, ref.year + 1].filter((y) =>
        tense > 0 ? away(y) >= -1 : tense < 0 ? away(y) <= 1 : true,
      );
      year = allowed.reduce((a, b) => (Math.abs(away(b)) < Math.abs(away(a)) ? b : a), allowed[0] ?? ref.year);
    }
    const day = nthDay(year, month, n, weekday);
    return day ? tagged(context, match.index, text, ymdString(day)) : null;
  }
}

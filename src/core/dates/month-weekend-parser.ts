/**
 * A weekend counted in a month ("the first weekend in December", "the last weekend of June
 * 2024", "the last weekend of March this year"): the month, as "the first week of June" is (the
 * lang-news guidelines' rulings of the thirty-sixth and thirty-seventh sessions), TIMEX3 `2025-12`.
 * Without a year, the month is the one whose nth (or last) Saturday is the nearest that the tense
 * of the clause allows ("title games on the first weekend in December", in a November story, is
 * this December); "this/last/next year" after it names the year.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { addDays, dayNumber, monthString, referenceDay, stepToWeekday, type Ymd } from './calendar';
import { clauseTense } from './news-tense-refiner';
import { tagged } from './timex-tags';
import { MONTH_NAMES } from './vocabulary';
import { WordBoundaryParser, type BoundedMatch } from './word-boundary-parser';

const NTH: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: 0, final: 0 };
/**
 * A participle before "by" ("followed by title games on the first weekend in December") is no
 * verb in the past: it is read as spaces (of its length) for the clause's tense.
 */
const PARTICIPLE_BY = /(?<![\p{L}])\p{Ll}{2,}ed\sby(?![\p{L}])/gu;
/** "this year", "last year", "next year" just after the month. */
const COUNTED_YEAR = /^\s{1,3}(this|last|next)\s{1,3}year(?![\p{L}\p{N}])/iu;
/** Saturday, as `stepToWeekday` counts (1 Monday … 7 Sunday). */
const SATURDAY = 6;

/** The nth Saturday of a month, or its last when n is 0. */
function saturday(year: number, month: number, n: number): Ymd {
  if (n === 0) {
    const last = addDays({ year: month === 12 ? year + 1 : year, month: month === 12 ? 1 : month + 1, day: 1 }, -1);
    return stepToWeekday(last, SATURDAY, -1);
  }
  return addDays(stepToWeekday({ year, month, day: 1 }, SATURDAY, 1), 7 * (n - 1));
}

export class MonthWeekendParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return new RegExp(
      `(?:the\\s+)?(first|second|third|fourth|last|final)\\s+weekend\\s+(?:in|of)\\s+(${MONTH_NAMES.join('|')})(?:,?\\s+((?:19|20)\\d{2}))?(?![\\p{L}\\p{N}])`,
      'iu',
    );
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const [matched, nth = '', name = '', written] = match;
    // "the last weekend of March this year": the year counted from the publication's.
    const after = written ? null : COUNTED_YEAR.exec(context.text.slice(match.index + matched.length));
    const counted = after?.[1];
    const text = matched + (after?.[0] ?? '');
    const month = MONTH_NAMES.indexOf(name.toLowerCase()) + 1;
    const n = NTH[nth.toLowerCase()] ?? 1;
    const ref = referenceDay(context);
    const shift = counted ? { this: 0, last: -1, next: 1 }[counted.toLowerCase() as 'this' | 'last' | 'next'] : 0;
    let year = written ? Number(written) : ref.year + shift;
    if (!written && !counted) {
      const today = dayNumber(ref);
      const plain = context.text.replace(PARTICIPLE_BY, (w) => ' '.repeat(w.length));
      const tense = clauseTense(plain, match.index, match.index + text.length);
      const away = (y: number): number => dayNumber(saturday(y, month, n)) - today;
      const allowed = [ref.year - 1, ref.year, ref.year + 1].filter((y) =>
        tense > 0 ? away(y) >= -1 : tense < 0 ? away(y) <= 1 : true,
      );
      year = allowed.reduce((a, b) => (Math.abs(away(b)) < Math.abs(away(a)) ? b : a), allowed[0] ?? ref.year);
    }
    return tagged(context, match.index, text, monthString(year, month));
  }
}

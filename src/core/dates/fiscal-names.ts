/**
 * A fiscal or financial year named without a clause that gives its months ("the 2024-25 financial
 * year", "the fiscal year 2024-25", "FY25", "FY2024-25", "the current financial year", "this fiscal
 * year", "the next financial year"): its twelve months where the page tells which months its years
 * run over, else the calendar year it ends in, which story-points.ts keeps off the timeline.
 *
 * The page tells the months (the lang-news guidelines' ruling of the thirty-first session):
 * - by a year whose end or start a clause gives ("the 2025/26 financial year, which ends on June 30",
 *   fiscal-year.ts), or a stated year-end ("whose financial year ends in March", "the year ending
 *   March 2025", "the full year ended 31 March 2025");
 * - else by the country whose money it counts in, for a government's year: pounds (the UK, April to
 *   March), rupees written "₹" (India, April to March), Kenyan shillings ("Sh4.2 billion", July to
 *   June), Australian and New Zealand dollars written "A$", "NZ$" (July to June). A page that counts in
 *   two of these tells no country.
 * A number names the year by its end ("2024-25" and "FY25" end in 2025).
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import type { Block, DateMention } from '../types';
import { addMonths, monthString, referenceDay, type Ymd } from './calendar';
import { YEAR_END_VERB_AFTER } from './fiscal-year';
import { tagged } from './timex-tags';
import { MONTH_WORD, monthNumber } from './vocabulary';
import { WordBoundaryParser, type BoundedMatch } from './word-boundary-parser';

const YEAR = '(?:19|20)\\d{2}';
/** "2024-25", "2024/25", "2024-2025": a year named by its two calendar years. */
const SPLIT_YEAR = `(${YEAR})[-/–]((?:19|20)?\\d{2})`;
const WORD = '(?:fiscal|financial)\\s{1,3}year';
/**
 * The names: "(the) 2024-25 financial year", "(the) 2026 fiscal year", "(the) fiscal year 2024-25", "FY25", "FY2025",
 * "FY2024-25", "the current (next, new, last, previous, coming) financial year", "this fiscal year".
 */
const NAME =
  `(?:the\\s{1,3})?(${YEAR})(?:[-/–]((?:19|20)?\\d{2}))?\\s{1,3}${WORD}` +
  `|(?:the\\s{1,3})?${WORD}\\s{1,3}${SPLIT_YEAR}(?![\\p{N}])` +
  `|FY\\s?((?:19|20)?\\d{2})(?:[-/]((?:19|20)?\\d{2}))?(?![\\p{L}\\p{N}])` +
  `|(?:the\\s{1,3}(current|next|new|last|previous|coming)|(this))\\s{1,3}${WORD}`;

/** Where a named year's end falls from its named number: "2024-25" ends in 2025. */
function endYear(first: string | undefined, second: string | undefined): number | null {
  if (second) {
    const end = second.length === 2 ? Number(first!.slice(0, 2) + second) : Number(second);
    return first && end === Number(first) + 1 ? end : null;
  }
  if (!first) return null;
  return first.length === 2 ? 2000 + Number(first) : Number(first);
}

/** A day or a start of the year just before its name ("the first day of", "the start of"). */
const DAY_OF = /(?<![\p{L}])(?:day|start|beginning)\s{1,3}of\s{1,3}(?:the\s{1,3})?$/iu;

/** A mention of ours: the words the page pass reads again (its value is the calendar year for now). */
export const OURS = new RegExp(`^(?:${NAME})$`, 'iu');

export class FiscalNameParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return new RegExp(NAME, 'iu');
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const text = match[0];
    // "FY" only as written so (not "fy" in a word); its number's first part stands alone.
    if (/^fy/iu.test(text) && !text.startsWith('FY')) return null;
    // "the current fiscal year, which ends on March 31": fiscal-year.ts reads the clause.
    if (YEAR_END_VERB_AFTER.test(context.text.slice(match.index + text.length, match.index + text.length + 40)))
      return null;
    // "July 1, the first day of the 2025/26 financial year": a day of the year, not the year.
    if (DAY_OF.test(context.text.slice(Math.max(0, match.index - 24), match.index))) return null;
    const year = yearOf(match, referenceDay(context));
    if (year === null) return null;
    return tagged(context, match.index, text, String(year), {});
  }
}

/** The calendar year a name's fiscal year ends in (the reference's for "the current ..."), or null. */
function yearOf(m: RegExpExecArray | RegExpMatchArray, ref: Ymd): number | null {
  const [, a1, a2, b1, b2, c1, c2] = m;
  if (a1) return endYear(a1, a2);
  if (b1) return endYear(b1, b2);
  if (c1) return c2 ? endYear(c1.length === 2 ? `20${c1}` : c1, c2) : endYear(c1, undefined);
  return ref.year;
}

/**
 * A stated year-end: "whose financial year ends in March", "by the end of the fiscal year on March 31",
 * "the year ending March 2025", "the full year ended 31 March 2025".
 */
export const STATED_END = new RegExp(
  `(?<![\\p{L}])(?:(?:fiscal|financial)\\s{1,3}year\\s{1,3}(?:ends|ended|closes|runs\\s{1,3}to)|end\\s{1,3}of\\s{1,3}(?:the|its)\\s{1,3}(?:fiscal|financial)\\s{1,3}year\\s{1,3}on|(?:full\\s{1,3})?year\\s{1,3}(?:ending|ended))\\s{1,3}(?:(?:on|in)\\s{1,3})?(?:\\d{1,2}(?:st|th)?\\s{1,3})?(${MONTH_WORD})(?![\\p{L}])`,
  'iu',
);
/**
 * A stated first day: "Oct. 1, the first day of the new fiscal year", "the July 1 start of the fiscal
 * year", "on July 1, at the start of the city's 2024 fiscal year". The year ends the month before.
 */
export const STATED_START = new RegExp(
  `(?<![\\p{L}])(${MONTH_WORD})\\.?\\s{1,3}\\d{1,2}(?:st|th)?,?\\s{1,3}(?:at\\s{1,3})?(?:the\\s{1,3})?(?:start|beginning|first\\s{1,3}day)\\s{1,3}of\\s{1,3}(?:(?:the|its)\\s{1,3})?(?:\\p{L}+['’]s\\s{1,3})?(?:new\\s{1,3})?(?:${YEAR}\\s{1,3})?(?:fiscal|financial)\\s{1,3}year`,
  'iu',
);
/** "the biennium that begins July 1", "(its budget covers) the year that began Oct. 1". */
export const YEAR_BEGINS = new RegExp(
  `(?<![\\p{L}])(?:(?:fiscal|financial|budget)\\s{1,3})?(?:year|biennium)\\s{1,3}(?:that|which)\\s{1,3}(?:begins|began|starts|started)\\s{1,3}(?:on\\s{1,3})?(${MONTH_WORD})(?![\\p{L}])`,
  'iu',
);
/** A retailer's year of weeks: "the 52 weeks to June 29", "the 53 weeks ended 2 February". */
export const YEAR_OF_WEEKS = new RegExp(
  `(?<![\\p{L}\\p{N}])5[23]\\s{1,3}weeks\\s{1,3}(?:to|ended|ending)\\s{1,3}(?:\\d{1,2}(?:st|th)?\\s{1,3})?(${MONTH_WORD})(?![\\p{L}])`,
  'iu',
);
/** The month before a first month (December before January). */
const monthBefore = (month: number): number => (month === 1 ? 12 : month - 1);

/** Money that tells a country's financial year: [pattern, month its year ends in]. */
const MONEY: [RegExp, number][] = [
  [/£\s?\d/u, 3],
  [/₹\s?\d/u, 3],
  [/(?<![\p{L}])K?Sh\s?\d/u, 6],
  [/(?<![\p{L}])(?:A|AU|NZ)\$\s?\d/u, 6],
];
/** A fiscal year with its months (fiscal-year.ts, year-to.ts). */
const MONTHS = /^(\d{4})-(\d{2})$/u;
const HAS_FISCAL = /(?:fiscal|financial)/iu;
/** A fiscal year's number just before, and the comma of an apposition ("fiscal 2025, "). */
const APPOSITION = /(?<![\p{L}])fiscal\s{1,3}(?:year\s{1,3})?\d{4},\s{1,3}$/iu;

/**
 * The month the page's fiscal years end in, told by a fiscal year of the page with its months, by a
 * fiscal year's first day ("Oct. 1, the first day of the new fiscal year", "the biennium that begins
 * July 1") or by a year of weeks ("the 52 weeks to June 29"); 0 when none tells.
 */
function yearEndByItsYears(mentions: readonly DateMention[], blocks: readonly Block[]): number {
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  for (const m of mentions) {
    if (OURS.test(m.text.replace(/\s+/gu, ' '))) continue;
    // "fiscal 2025, the year to February 2025": the year's months in apposition.
    const before = (text.get(m.blockId) ?? '').slice(Math.max(0, m.start - 30), m.start);
    if (!HAS_FISCAL.test(m.text) && !APPOSITION.test(before)) continue;
    const end = MONTHS.exec(m.endValue ?? '');
    const start = MONTHS.exec(m.value);
    if (!end || !start) continue;
    // Twelve months: a year.
    if ((Number(end[1]) - Number(start[1])) * 12 + Number(end[2]) - Number(start[2]) === 11) return Number(end[2]);
  }
  for (const b of blocks) {
    const w = YEAR_OF_WEEKS.exec(b.text);
    if (w) return monthNumber(w[1] ?? '');
    const s = STATED_START.exec(b.text) ?? YEAR_BEGINS.exec(b.text);
    if (s) return monthBefore(monthNumber(s[1] ?? ''));
  }
  return 0;
}

/** The month the page's fiscal years end in, or 0 when the page does not tell. */
export function pageYearEnd(mentions: readonly DateMention[], blocks: readonly Block[]): number {
  return yearEndByItsYears(mentions, blocks) || yearEndStatedOrByMoney(blocks);
}

/** The month a clause states the page's fiscal years end in, else the one its currency tells; 0 when neither. */
function yearEndStatedOrByMoney(blocks: readonly Block[]): number {
  for (const b of blocks) {
    const s = STATED_END.exec(b.text);
    if (s) return monthNumber(s[1] ?? '');
  }
  const body = blocks.map((b) => b.text).join('\n');
  const money = MONEY.filter(([re]) => re.test(body)).map(([, month]) => month);
  return money.length && money.every((m) => m === money[0]) ? (money[0] ?? 0) : 0;
}

/**
 * A year named by one calendar year ("fiscal 2026", "fiscal year 2026", "the end of fiscal 2027",
 * "the 2026 fiscal year"): companies and governments whose years end in the first months name them
 * by either end (Japan's "fiscal 2025" begins in April 2025, India's "FY25" ends in March 2025), so
 * such a name takes the page's year-end only when the year ends in June or later, in the calendar
 * year it names.
 */
export const BY_ONE_YEAR = new RegExp(
  `^(?:(?:the\\s{1,3})?end\\s{1,3}of\\s{1,3})?fiscal\\s{1,3}(?:year\\s{1,3})?${YEAR}$|^(?:the\\s{1,3})?${YEAR}\\s{1,3}${WORD}$`,
  'iu',
);
/** The first month of a year named by one calendar year that the page's year-end may set. */
const FIRST_NAMED_BY_END = 6;

/** Sets, in place, the page's fiscal years named without their months to them, when the page tells which. */
export function fiscalNamesOfPage(mentions: readonly DateMention[], blocks: readonly Block[], reference: Ymd): void {
  const ours = mentions.filter((m) => {
    if (m.endValue || !/^\d{4}$/u.test(m.value)) return false;
    const words = m.text.replace(/\s+/gu, ' ');
    return OURS.test(words) || BY_ONE_YEAR.test(words);
  });
  if (!ours.length) return;
  // A year named by one calendar year takes only the months a fiscal year of the page or its first
  // day gives: a "year ending June 30" alone may be any year of accounts (TimeBank's "fiscal 1989"
  // beside "the year ending June 30, 1990" is the calendar year).
  const byItsYears = yearEndByItsYears(mentions, blocks);
  const endMonth = byItsYears || yearEndStatedOrByMoney(blocks);
  if (!endMonth || endMonth === 12) return;
  // The year running at the publication ends in this calendar year or the next.
  const current = reference.month > endMonth ? reference.year + 1 : reference.year;
  for (const m of ours) {
    const text = m.text.replace(/\s+/gu, ' ');
    if (BY_ONE_YEAR.test(text) && (byItsYears !== endMonth || endMonth < FIRST_NAMED_BY_END)) continue;
    const words = OURS.exec(text);
    const which = (words?.[7] ?? words?.[8] ?? '').toLowerCase();
    let year = Number(m.value);
    if (which === 'this' || which === 'current') year = current;
    else if (which === 'next' || which === 'coming') year = current + 1;
    else if (which === 'last' || which === 'previous') year = current - 1;
    else if (which === 'new') {
      // The year that starts nearest the publication: just begun, or about to.
      const startedMonthsAgo = (reference.month - endMonth - 1 + 12) % 12;
      year = startedMonthsAgo <= 5 ? current : current + 1;
    }
    const first = addMonths(year, endMonth, -11);
    m.value = monthString(first.year, first.month);
    m.endValue = monthString(year, endMonth);
    m.certainty = 'inferred';
  }
}

/**
 * A fiscal or financial year whose end or start the same clause gives ("fiscal 2019, which ends in
 * February", "the fiscal year that ended in June", "the current fiscal year, which ends on March 31",
 * "the fiscal year that began Oct. 1", "the new financial year, which starts on Monday, April 1"): its
 * twelve months ("2018-03" to "2019-02"), or the year when they are a calendar year ("fiscal year
 * 2017, which runs through Dec. 31"). The mention is the year's name alone; the month after it keeps
 * its own value. Without a year, "ended" and "began" look back from the publication day, "ends",
 * "ending", "begins", "starts" ahead (a year still running). The lang-news guidelines' ruling of the
 * thirty-first session (fiscal periods with their stated year-end are their months).
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import type { DateMention } from '../types';
import { addMonths, monthString, referenceDay } from './calendar';
import { PERIOD_ENDED_TAG } from './period-ended';
import { tagged } from './timex-tags';
import { MONTH_WORD, monthNumber } from './vocabulary';
import { WordBoundaryParser, type BoundedMatch } from './word-boundary-parser';

/**
 * The year's name: "fiscal 2019", "fiscal year 2017", "the (current) fiscal year", "the 2015/16 fiscal
 * year", "its 2022 fiscal year", "(its) fiscal year"; "its" is read but left out of the mention (a mention does not
 * begin with it).
 */
const NAME =
  `(?:(its)\\s)?(fiscal\\s(?:year\\s)?((?:19|20)\\d{2})` +
  `|(?:(?:the|this)\\s(?:(?:current|new|next|last|previous)\\s)?)?(?:((?:19|20)\\d{2})(?:[-/]((?:19|20)?\\d{2}))?\\s)?(?:fiscal|financial)\\syear)`;
/** Its verb: "(, which) ends", "that began", "ending". The mention ends before it. */
const VERB = `,?\\s(?:(?:which|that)\\s)?(ends|ended|ending|runs\\sthrough|began|begins|beginning|starts|started|starting)\\s`;
/** The verb of a year's end or start just after a fiscal year's name (its clause says which months). */
export const YEAR_END_VERB_AFTER = new RegExp(`^${VERB}`, 'iu');
/**
 * The day after the verb: "(on) (Monday,) March 31(, 2021)", "in April", "31st March 2027". (Read
 * apart from the parser's pattern: chrono reads on from the mention's end, so the month keeps its own.)
 */
export const WHEN = new RegExp(
  `^(?:(?:in|on)\\s)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s)?` +
    `(?:(${MONTH_WORD})\\.?(?:\\s\\d{1,2})?|\\d{1,2}(?:st|nd|rd|th)?\\s(${MONTH_WORD}))` +
    `(?:,?\\s((?:19|20)\\d{2}))?(?![\\p{L}\\p{N}])`,
  'iu',
);

/** The year a "2015/16" fiscal year ends in, from its second part ("16" or "2016"). */
const endYearOf = (second: string): string => (second.length === 2 ? `20${second}` : second);

/** A verb of the year's start (else of its end). */
const STARTS = /^(?:began|begins|beginning|starts|started|starting)$/iu;
/** A verb of the past ("ended", "began"): the month on or before the publication month. */
const PAST = /^(?:ended|began|started)$/iu;

export class FiscalYearParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return new RegExp(`${NAME}${VERB}`, 'iu');
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const [whole, its, text = '', fiscalYear, firstYear, slashYear, verbText] = match;
    // "fiscal 2019", "its 2022 fiscal year": the year it ends in; "the 2015/16 fiscal year" by its second part.
    const namedYear = fiscalYear ?? (slashYear ? undefined : firstYear);
    const index = match.index + (its ? whole.indexOf(text, its.length) : 0);
    // "whose financial year ends in March", "clubs' financial year ends on 30 June": a property, not a year.
    if (!its && /^(?:fiscal|financial)\s/iu.test(text) && !namedYear) return null;
    const when = WHEN.exec(context.text.slice(match.index + whole.length, match.index + whole.length + 40));
    if (!when) return null;
    const [, monthFirst, monthAfter, clauseYear] = when;
    const verb = (verbText ?? '').split(/\s/u)[0] ?? '';
    const month = monthNumber(monthFirst ?? monthAfter ?? '');
    if (month < 1) return null;
    const starts = STARTS.test(verb);
    const ref = referenceDay(context);
    // The year the named month falls in.
    let year: number;
    if (clauseYear) year = Number(clauseYear);
    else if (namedYear || slashYear) {
      // A fiscal year is named by the year it ends in ("fiscal 2019" ends in February 2019).
      const named = Number(namedYear ?? endYearOf(slashYear!));
      year = starts && month > 1 ? named - 1 : named;
    } else if (PAST.test(verb)) year = month > ref.month ? ref.year - 1 : ref.year;
    else year = month < ref.month ? ref.year + 1 : ref.year;
    const first = starts ? { year, month } : addMonths(year, month, -11);
    const last = addMonths(first.year, first.month, 11);
    if (first.month === 1) return tagged(context, index, text, String(first.year), { year: first.year });
    // A year the text writes is known; one read from the publication day only implied.
    const written = Boolean(clauseYear || namedYear || slashYear);
    const r = tagged(
      context,
      index,
      text,
      monthString(first.year, first.month),
      written ? { year: first.year, month: first.month } : {},
    );
    r.start.imply('year', first.year);
    r.start.imply('month', first.month);
    r.end = context.createParsingComponents({ year: last.year, month: last.month });
    // One period, not two dates joined by "to" (refiners.ts).
    r.addTag(PERIOD_ENDED_TAG);
    return r;
  }
}

/** A fiscal year read from its clause ("the fiscal year that ended in June"), with its number if named. */
const ANCHOR =
  /^(?:(?:the|this)\s)?(?:(?:current|new|next|last|previous)\s)?(?:fiscal\s(?:year\s)?(\d{4})|(?:\d{4}[-/](\d{2,4})\s)?(?:fiscal|financial)\syear)$/iu;
/** Another fiscal year of the page named by its number alone ("fiscal 2017", "the end of fiscal 2022"). */
const NUMBERED = /^(?:the\send\sof\s)?fiscal\s(?:year\s)?(\d{4})$/iu;
const RANGE_MONTH = /^(\d{4})-(\d{2})$/u;

/**
 * The page's other fiscal years named by number take the year-end its clause gave one of them
 * ("fiscal 2019, which ends in February … fiscal 2017": March 2016 to February 2017). The number
 * names the year the fiscal year ends in, unless the clause's year said otherwise ("fiscal 2020,
 * which ends Jan. 30, 2021": the next year's January); a year-end in the first months with no
 * number to tell is left (companies name such years by either end).
 */
export function fiscalYearsOfPage(mentions: readonly DateMention[]): void {
  let endMonth = 0;
  let shift: number | null = null;
  for (const m of mentions) {
    const a = ANCHOR.exec(m.text.replace(/\s+/gu, ' '));
    if (!a) continue;
    const end = RANGE_MONTH.exec(m.endValue ?? '') ?? (/^\d{4}$/u.test(m.value) ? [m.value, m.value, '12'] : null);
    if (!end) continue;
    endMonth = Number(end[2]);
    const named = a[1] ?? (a[2] ? endYearOf(a[2]) : undefined);
    if (named) shift = Number(end[1]) - Number(named);
    break;
  }
  if (!endMonth || (shift === null && endMonth < 6)) return;
  for (const m of mentions) {
    const n = NUMBERED.exec(m.text.replace(/\s+/gu, ' '));
    if (!n || m.endValue || m.value !== n[1]) continue;
    const year = Number(n[1]) + (shift ?? 0);
    const first = addMonths(year, endMonth, -11);
    if (first.month === 1) {
      m.value = String(first.year);
      continue;
    }
    m.value = monthString(first.year, first.month);
    m.endValue = monthString(year, endMonth);
    m.certainty = 'inferred';
  }
}

/**
 * A company's quarter whose end its own clause gives ("the fiscal first quarter, which ended Dec. 26",
 * "the third quarter, which ended July 31", "its fourth quarter, which ends Jan. 28"): the quarter's
 * months (`2015-10` to `2015-12`), not the calendar quarter the ordinal alone would name; a quarter
 * that is the calendar one of its ordinal ("the first quarter, which ended April 1", a few days
 * after March) keeps its code. The page's other quarters of that company then follow its grid ("the
 * end of the third quarter", "the fourth quarter of fiscal 2023", "the current quarter"). The
 * lang-news guidelines' ruling of the thirty-first session (a fiscal quarter of a year whose end the
 * page gives has its months; a calendar-year company's quarter keeps its code).
 */
import type { Block, DateMention } from '../types';
import { addMonths, monthString, type Ymd } from './calendar';
import { pageYearEnd } from './fiscal-names';
import { ORDINAL } from './vocabulary';

/** An ordinal quarter of a company: "the fourth quarter", "the fiscal first quarter", "its fiscal first quarter". */
const ORDINAL_QUARTER =
  /^(?:the\s{1,3}(?:end\s{1,3}of\s{1,3}(?:the\s{1,3})?)?)?(?:fiscal\s{1,3})?(first|second|third|fourth)(?:\s{1,3}fiscal)?\s{1,3}quarter(?:\s{1,3}of\s{1,3}fiscal\s{1,3}((?:19|20)\d{2}))?$/iu;
/** "the current quarter": the one under way. */
const CURRENT_QUARTER = /^the\s{1,3}current\s{1,3}quarter$/iu;
/** Between the quarter and its end's date: ", which ended (on)", ", which ends in". */
const ENDS_CLAUSE =
  /^,\s{1,3}(?:which|that)\s{1,3}(?:ended|ends|closed|closes|will\s{1,3}end)\s{1,3}(?:(?:on|in)\s{1,3})?$/iu;
/** How many blocks from the stated quarter another ordinal quarter may stand and still be the company's. */
const NEAR_BLOCKS = 3;
/** A paragraph that opens with a quotation mark: a speaker's words. */
const QUOTE_OPENS = /^\s{0,3}["“‘']/u;
/** A day's or a month's value. */
const DAY_OR_MONTH = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/u;
const CALENDAR_QUARTER = /^(\d{4})-Q([1-4])$/u;

/** Months counted from year 0, for comparing. */
const index = (year: number, month: number): number => year * 12 + month - 1;

function setMonths(m: DateMention, last: { year: number; month: number }, length = 3): void {
  const first = addMonths(last.year, last.month, 1 - length);
  m.value = monthString(first.year, first.month);
  m.endValue = monthString(last.year, last.month);
  m.type = 'DATE';
  m.certainty = 'inferred';
}

/** Sets, in place, a company's quarters whose end the page gives to their months. */
export function quarterEnds(mentions: readonly DateMention[], blocks: readonly Block[], reference: Ymd): void {
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  // The month the company's fourth quarter (and year) ends in, from the first clause that tells it.
  let yearEnd = 0;
  let statedBlock = 0;
  const stated = new Set<DateMention>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i] as DateMention;
    const next = mentions[i + 1] as DateMention;
    const q = ORDINAL_QUARTER.exec(m.text.replace(/\s+/gu, ' '));
    if (!q || q[2] || !CALENDAR_QUARTER.test(m.value) || m.endValue || next.blockId !== m.blockId) continue;
    if (!ENDS_CLAUSE.test((text.get(m.blockId) ?? '').slice(m.end, next.start))) continue;
    const end = DAY_OR_MONTH.exec(next.value);
    if (!end || next.endValue) continue;
    const n = ORDINAL[(q[1] ?? '').toLowerCase()] ?? 0;
    const year = Number(end[1]);
    const month = Number(end[2]);
    const day = end[3] ? Number(end[3]) : 31;
    // A quarter closing a few days into a month ("ended April 1") is the month before's, by its weeks.
    const closes = day <= 7 ? addMonths(year, month, -1) : { year, month };
    yearEnd = ((closes.month - 1 + 3 * (4 - n)) % 12) + 1;
    stated.add(m);
    statedBlock = m.blockId;
    if (closes.month % 3 === 0 && closes.month / 3 === n) {
      m.value = `${closes.year}-Q${n}`;
      continue;
    }
    // Closing a few days into a month, the months its weeks touch ("the three months ended Feb. 1").
    setMonths(m, { year, month }, day <= 7 ? 4 : 3);
  }
  // A calendar-year company's quarters are the calendar's: nothing to follow.
  if (!yearEnd || yearEnd === 12) return;
  const ref = index(reference.year, reference.month);
  for (const m of mentions) {
    if (stated.has(m) || m.endValue) continue;
    const flat = m.text.replace(/\s+/gu, ' ');
    const calendar = CALENDAR_QUARTER.exec(m.value);
    if (!calendar) continue;
    const q = ORDINAL_QUARTER.exec(flat);
    if (q) {
      const n = ORDINAL[(q[1] ?? '').toLowerCase()] ?? 0;
      const back = 3 * (4 - n);
      // Another ordinal quarter is the company's near its stated one, outside a quoted speaker's words
      // ("the first cut may not come until the fourth quarter," an analyst said of the central bank).
      const near = Math.abs(m.blockId - statedBlock) <= NEAR_BLOCKS && !QUOTE_OPENS.test(text.get(m.blockId) ?? '');
      if (!q[2] && !/fiscal/iu.test(flat) && !near) continue;
      if (q[2]) {
        // "the fourth quarter of fiscal 2023": the year named by the year it ends in.
        setMonths(m, addMonths(Number(q[2]), yearEnd, -back));
        continue;
      }
      // The company's quarter of that ordinal nearest the calendar one the reading gave.
      const target = index(Number(calendar[1]), Number(calendar[2]) * 3);
      let best = addMonths(Number(calendar[1]) - 1, yearEnd, -back);
      for (let k = 0; k < 3; k++) {
        const c = addMonths(Number(calendar[1]) - 1 + k, yearEnd, -back);
        if (Math.abs(index(c.year, c.month) - target) < Math.abs(index(best.year, best.month) - target)) best = c;
      }
      setMonths(m, best);
    } else if (CURRENT_QUARTER.test(flat)) {
      // The company's quarter under way at the publication.
      let last = addMonths(reference.year, yearEnd, 0);
      while (index(last.year, last.month) - 3 >= ref) last = addMonths(last.year, last.month, -3);
      while (index(last.year, last.month) < ref) last = addMonths(last.year, last.month, 3);
      setMonths(m, last);
    }
  }
}

/** "of the fiscal year" after a quarter ("the third quarter of the fiscal year", "of the province's financial year"). */
const OF_THE_FISCAL_YEAR =
  /^\s{1,3}of\s{1,3}(?:the\s{1,3}|its\s{1,3})?(?:[\p{L}.]{1,30}['’]s?\s{1,3})?(?:current\s{1,3}|new\s{1,3})?(?:fiscal|financial)\s{1,3}year(?![\p{L}])/iu;

/**
 * A quarter of the fiscal year ("the third quarter of the financial year"): the quarter of the page's
 * fiscal years (fiscal-names.ts tells their end), the one nearest the publication; where the page does
 * not tell, no calendar quarter (a guess, off the timeline). The ruling of the thirty-first session.
 */
export function quartersOfFiscalYear(mentions: readonly DateMention[], blocks: readonly Block[], reference: Ymd): void {
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  let yearEnd: number | null = null;
  const ref = index(reference.year, reference.month);
  for (const m of mentions) {
    if (m.endValue || !CALENDAR_QUARTER.test(m.value)) continue;
    const q = ORDINAL_QUARTER.exec(m.text.replace(/\s+/gu, ' '));
    if (!q || q[2] || !OF_THE_FISCAL_YEAR.test((text.get(m.blockId) ?? '').slice(m.end, m.end + 60))) continue;
    yearEnd ??= pageYearEnd(mentions, blocks);
    if (!yearEnd || yearEnd === 12) {
      m.guess = true;
      continue;
    }
    const n = ORDINAL[(q[1] ?? '').toLowerCase()] ?? 0;
    // The quarter's last month in the years around the publication; the one nearest it.
    let best: { year: number; month: number } | null = null;
    let far = Infinity;
    for (let k = -1; k <= 1; k++) {
      const last = addMonths(reference.year + k, yearEnd, -3 * (4 - n));
      const end = index(last.year, last.month);
      const distance = ref > end ? ref - end : ref < end - 2 ? end - 2 - ref : 0;
      if (distance < far) [best, far] = [last, distance];
    }
    if (best) setMonths(m, best);
  }
}

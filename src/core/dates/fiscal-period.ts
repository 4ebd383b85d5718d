/**
 * "The quarter" or "the half" after a company has named its reporting period by its months ("Net
 * income for the three months ended Oct. 31 rose … It set aside $412 million in the quarter"):
 * that period, not the calendar quarter the results rule (news-parsers.ts) would give it; "a year
 * ago" after it then follows it a year back (year-earlier.ts). The eighth English set's ruling.
 */
import type { DateMention } from '../types';
import { addMonths } from './calendar';

/** A period of months ("2025-08" to "2025-10"). */
const MONTH = /^(\d{4})-(\d{2})$/u;
/** "the quarter", "the latest quarter": the period the results are of, with its length in months. */
const THE_PERIOD = /^the\s{1,3}(?:(?:latest|same)\s{1,3})?(quarter|half|half-year)$/iu;
const MONTHS_OF: Record<string, number> = { quarter: 3, half: 6, 'half-year': 6 };
/** How many blocks after the named period "the quarter" may stand and still be it. */
const NEAR_BLOCKS = 3;

/** The length in months of a period of whole months, or 0. */
function lengthInMonths(m: DateMention): number {
  const start = MONTH.exec(m.value);
  const end = MONTH.exec(m.endValue ?? '');
  if (!start || !end) return 0;
  for (let n = 1; n <= 12; n++) {
    const last = addMonths(Number(start[1]), Number(start[2]), n - 1);
    if (last.year === Number(end[1]) && last.month === Number(end[2])) return n;
  }
  return 0;
}

/** Sets, in place, "the quarter" after a period named by its months to that period. */
export function fiscalPeriods(mentions: readonly DateMention[]): void {
  let named: DateMention | null = null;
  for (const m of mentions) {
    const length = lengthInMonths(m);
    if (length === 3 || length === 6) {
      named = m;
      continue;
    }
    const word = THE_PERIOD.exec(m.text)?.[1]?.toLowerCase();
    if (!word || !named || m.blockId - named.blockId > NEAR_BLOCKS) continue;
    if (MONTHS_OF[word] !== lengthInMonths(named)) continue;
    m.value = named.value;
    if (named.endValue) m.endValue = named.endValue;
    m.certainty = 'inferred';
  }
}

/**
 * A stretch of months written with its year only at its end ("October-December 2022", "June–August
 * 2019"): both ends are of that year, the start of the year before when it comes later in month
 * order ("November-February 2021" starts in November 2020), never after its own end; the three
 * months of a calendar quarter are that quarter (`2022-Q4`, as "the July-September quarter" is:
 * the ruling on a quarter named by its months).
 */
import type { DateMention } from '../types';

/** "October-December 2022", "Oct.–Dec. 2022": two month words, a hyphen or dash, a year. */
const SPAN_WITH_END_YEAR = /^\p{L}{3,9}\.?\s?[-–]\s?\p{L}{3,9}\.?\s{1,3}\d{4}$/u;
const MONTH_VALUE = /^(\d{4})-(\d{2})$/u;

const pad = (n: number): string => String(n).padStart(2, '0');

/** Sets, in place, the start (or the quarter) of each stretch of months whose year ends it. */
export function monthSpanYear(mentions: readonly DateMention[]): void {
  for (const m of mentions) {
    if (!m.endValue || !SPAN_WITH_END_YEAR.test(m.text)) continue;
    const s = MONTH_VALUE.exec(m.value);
    const e = MONTH_VALUE.exec(m.endValue);
    if (!s || !e || m.text.slice(-4) !== e[1]) continue;
    const [sm, ey, em] = [Number(s[2]), Number(e[1]), Number(e[2])];
    if (sm % 3 === 1 && em === sm + 2) {
      m.value = `${ey}-Q${(sm + 2) / 3}`;
      delete m.endValue;
    } else m.value = `${sm <= em ? ey : ey - 1}-${pad(sm)}`;
    m.certainty = 'exact';
  }
}

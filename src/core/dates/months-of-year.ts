/**
 * "The first three months of 2024" is the first quarter (`2024-Q1`), "the first six months of
 * 2024" the first half, "the last three months of 2023" the fourth quarter, "the first nine
 * months of 2019" January to September: a stretch of a year's months named by its count, which
 * chrono reads as a duration (P3M), is that part of the year (the ruling on the fourth English
 * set: "the first three months of 2024" beside "Q1" is the quarter).
 */
import type { DateMention } from '../types';
import { startDay } from './timeline';

/** "the first three months of 2024", "the final six months of 2023". */
const MONTHS_OF_YEAR =
  /^the\s{1,3}(first|last|final)\s{1,3}(three|six|nine|3|6|9)\s{1,3}months\s{1,3}of\s{1,3}(\d{4})$/iu;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** The two-digit month a week of a month names ("… of January": "01"). */
const monthOfWeekText = (text: string): string | null => {
  const k = MONTHS.indexOf(text.slice(text.lastIndexOf(' ') + 1, text.lastIndexOf(' ') + 4).toLowerCase());
  return k < 0 ? null : String(k + 1).padStart(2, '0');
};
/** The year and month (1-12) the Monday of an ISO week ("2024-W03") falls in. */
const weekStart = (value: string): { year: number; month: number } => {
  const day = new Date((startDay(value) ?? 0) * 86_400_000);
  return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1 };
};
const COUNT: Record<string, number> = { three: 3, six: 6, nine: 9, '3': 3, '6': 6, '9': 9 };

/** "the last week of January", "the first week of June": a week of a month named by its place. */
const WEEK_OF_MONTH =
  /^the\s{1,3}(?:first|second|third|fourth|last|final)\s{1,3}week\s{1,3}of\s{1,3}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{0,6}$/iu;

/**
 * Sets, in place, each stretch of a year's months named by its count to that part of the year,
 * and a week of a month named by its place to the month ("the last week of January" is `2024-01`,
 * as the third English set rules "the first week of February": the ISO week would straddle two
 * months), when the month's own mention gave it its year.
 */
export function monthsOfYear(mentions: readonly DateMention[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as DateMention;
    if (/^\d{4}-W\d{2}$/u.test(m.value) && WEEK_OF_MONTH.test(m.text)) {
      const month = monthOfWeekText(m.text);
      // A month near the week read shares its year. A month far from it ("the last week of
      // March" read as the past week, told in July) is that month nearest the week: the week's
      // year, or the one before or after when the month is over six months away ("the last
      // week of December" told in January is the December before).
      if (month === null) continue;
      const start = weekStart(m.value);
      const shift = Number(month) - start.month;
      const year = start.year + (shift > 6 ? -1 : shift < -6 ? 1 : 0);
      m.value = `${String(year).padStart(4, '0')}-${month}`;
      m.certainty = 'inferred';
      continue;
    }
    // Most mentions are no duration: a cheap test first.
    if (m.type !== 'DURATION' || !m.text.endsWith('months of', m.text.length - 5)) continue;
    const got = MONTHS_OF_YEAR.exec(m.text);
    if (!got) continue;
    const year = got[3] ?? '';
    const first = (got[1] ?? '').toLowerCase() === 'first';
    const n = COUNT[(got[2] ?? '').toLowerCase()] ?? 3;
    m.type = 'DATE';
    m.certainty = 'exact';
    delete m.endValue;
    if (n === 3) m.value = `${year}-Q${first ? 1 : 4}`;
    else if (n === 6) m.value = `${year}-H${first ? 1 : 2}`;
    else {
      m.value = `${year}-${first ? '01' : '04'}`;
      m.endValue = `${year}-${first ? '09' : '12'}`;
    }
  }
}

/**
 * "The first three months of 2024" is the first quarter (`2024-Q1`), "the first six months of
 * 2024" the first half, "the last three months of 2023" the fourth quarter, "the first nine
 * months of 2019" January to September: a stretch of a year's months named by its count, which
 * chrono reads as a duration (P3M), is that part of the year (the ruling on the fourth English
 * set: "the first three months of 2024" beside "Q1" is the quarter).
 */
import type { DateMention } from '../types';

/** "the first three months of 2024", "the final six months of 2023". */
const MONTHS_OF_YEAR =
  /^the\s{1,3}(first|last|final)\s{1,3}(three|six|nine|3|6|9)\s{1,3}months\s{1,3}of\s{1,3}(\d{4})$/iu;
const COUNT: Record<string, number> = { three: 3, six: 6, nine: 9, '3': 3, '6': 6, '9': 9 };

/** Sets, in place, each stretch of a year's months named by its count to that part of the year. */
export function monthsOfYear(mentions: readonly DateMention[]): void {
  for (const m of mentions) {
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

/**
 * A year named by its last quarter ("over the year to the June quarter", "in the 12 months to the
 * March quarter"): its four quarters as one span (`2018-Q3` to `2019-Q2`), the quarter its words name
 * being the last; the span takes in "the year to", and a reading of "the year" alone inside it goes.
 * The lang-news guidelines' ruling of the thirty-first session (a year named by its last quarter).
 */
import type { Block, DateMention } from '../types';

/** "the year to ", "the 12 months through " just before the quarter. */
const YEAR_TO_BEFORE = /(?<![\p{L}])(?:the\s{1,3})?(?:year|(?:12|twelve)\s{1,3}months)\s{1,3}(?:to|through)\s{1,3}$/iu;
/** A quarter named by its last month ("the June quarter"), as month-quarter-parser.ts reads it. */
const MONTH_QUARTER = /^the\s{1,3}(?:march|june|september|december)\s{1,3}quarter$/iu;
const QUARTER = /^(\d{4})-Q([1-4])$/u;

/** Widens, in place, a quarter named after "the year to" into its year of four quarters. */
export function yearToQuarter(mentions: DateMention[], blocks: readonly Block[]): void {
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  for (const m of [...mentions]) {
    const q = QUARTER.exec(m.value);
    if (!q || m.endValue || !MONTH_QUARTER.test(m.text)) continue;
    const body = text.get(m.blockId) ?? '';
    const before = YEAR_TO_BEFORE.exec(body.slice(Math.max(0, m.start - 24), m.start));
    if (!before) continue;
    const start = m.start - before[0].length;
    // "the year" read alone inside the span is the span's.
    for (let i = mentions.length - 1; i >= 0; i--) {
      const o = mentions[i] as DateMention;
      if (o !== m && o.blockId === m.blockId && o.start >= start && o.end <= m.start) mentions.splice(i, 1);
    }
    const year = Number(q[1]);
    const n = Number(q[2]);
    m.endValue = m.value;
    m.value = n === 4 ? `${year}-Q1` : `${year - 1}-Q${n + 1}`;
    m.start = start;
    m.text = body.slice(start, m.end);
    m.certainty = 'inferred';
  }
}

/**
 * A chronology's entry: a paragraph that opens on a date with its year and a colon ("2020: The
 * season is cancelled. In December, the league announces…", "Summer 2022: A hosepipe ban… It is
 * lifted in December.", "Sept. 10, 2019: …"). A month or a season named later in the entry
 * without a year is of the entry's year, or of the next when it comes before the entry's month
 * in the calendar ("Nov. 2019: … in February").
 */
import type { Block, DateMention } from '../types';
import { MONTH_NAMED } from './sentence-year';

/** A colon or a dash after the entry's date. */
const ENTRY_HEAD_AFTER = /^\s{0,2}[:–—]\s/u;
/** A year written out. */
const YEAR_IN = /\d{4}/u;

/** Gives the months and seasons of each chronology entry the entry's year, in place. */
export function yearOfEntry(mentions: DateMention[], blocks: readonly Block[]): void {
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  for (let i = 0; i < mentions.length; i++) {
    const head = mentions[i] as DateMention;
    const body = text.get(head.blockId);
    if (body === undefined || body.slice(0, head.start).trim() !== '') continue;
    if (!YEAR_IN.test(head.text) || !/^\d{4}/u.test(head.value) || head.type === 'DURATION') continue;
    if (!ENTRY_HEAD_AFTER.test(body.slice(head.end, head.end + 4))) continue;
    const year = Number(head.value.slice(0, 4));
    const headMonth = /^\d{4}-\d{2}/u.test(head.value) ? Number(head.value.slice(5, 7)) : 1;
    for (let j = i + 1; j < mentions.length; j++) {
      const m = mentions[j] as DateMention;
      if (m.blockId !== head.blockId || YEAR_IN.test(m.text)) break;
      if (m.endValue || m.certainty === 'exact' || !MONTH_NAMED.test(m.text) || !/^\d{4}-/u.test(m.value)) continue;
      const month = /^\d{4}-\d{2}/u.test(m.value) ? Number(m.value.slice(5, 7)) : headMonth;
      m.value = String(month < headMonth ? year + 1 : year) + m.value.slice(4);
    }
  }
}

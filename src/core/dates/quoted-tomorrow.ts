/**
 * "Tomorrow" quoted with the day it was said (English): the day after that day, not after the
 * publication.
 *
 * A story published in the morning quotes what was said the evening before, and its attribution
 * names that day ("'If they ease tomorrow, they give up a cushion,' she said on Thursday night",
 * in a Friday story; "…looks like tonight," he wrote shortly after 11 p.m. "Tomorrow we will
 * see …"): the quote's "tomorrow" is the day after the one the attribution names. The
 * attribution is a day the words around the quotation name, outside any quotation, just before
 * it opens or just after it closes, and it must be the day before the publication (a day
 * further back is left alone: the story may quote an older remark for what it says of now).
 */
import type { Block, DateMention } from '../types';
import { addDays, dayNumber, parseYmd, utcDayNumber, ymdString } from './calendar';
import { quoteOpenAt } from './quoted-tonight';

/** How far (characters) before a quotation opens, or after it closes, its attribution is looked for. */
const ATTRIBUTION_REACH = 80;
/** A day's value, with or without a part of the day or a clock ("2026-04-12", "2026-04-12T17:30"). */
const DAY_VALUE = /^(\d{4}-\d{2}-\d{2})(?:T|$)/u;
/** The moment of writing ("this morning", "today", "now"): no day of an attribution. */
const NOW_WORDS = /(?<![\p{L}])(?:this|today|tonight|now|tomorrow)(?![\p{L}])/iu;

/** The end of a sentence between the attribution's day and its quotation. */
const STOP = /[.!?]\s/u;

/** Where the quotation open at `open` in `text` closes (its closing mark), or the text's end. */
function quoteCloseAt(text: string, open: number): number {
  const mark = text[open] === '“' ? '”' : '"';
  const close = text.indexOf(mark, open + 1);
  return close < 0 ? text.length : close;
}

export function quotedTomorrow(mentions: readonly DateMention[], blocks: readonly Block[], reference: Date): void {
  const today = utcDayNumber(reference);
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  for (const m of mentions) {
    if (!/^tomorrow$/iu.test(m.text)) continue;
    const block = text.get(m.blockId) ?? '';
    const open = quoteOpenAt(block, m.start);
    if (open < 0) continue;
    const close = quoteCloseAt(block, open);
    // The attribution's day: a day named outside any quotation, just before or after this one.
    const said = mentions.find((d) => {
      if (d.blockId !== m.blockId || d === m || NOW_WORDS.test(d.text)) return false;
      const before = d.end <= open && d.end >= open - ATTRIBUTION_REACH && !STOP.test(block.slice(d.end, open));
      const after =
        d.start > close && d.start <= close + ATTRIBUTION_REACH && !STOP.test(block.slice(close + 1, d.start));
      if (!(before || after) || quoteOpenAt(block, d.start) >= 0) return false;
      const day = DAY_VALUE.exec(d.value)?.[1];
      const ymd = day ? parseYmd(day) : null;
      return !!ymd && dayNumber(ymd) === today - 1;
    });
    const day = said ? parseYmd(said.value.slice(0, 10)) : null;
    if (!day) continue;
    const next = ymdString(addDays(day, 1));
    if (m.value === next) continue;
    m.value = next;
    m.certainty = 'inferred';
  }
}

/**
 * "closes on Easter Monday", "trades as normal on Easter Sunday", "shut on Good Friday": a
 * weekday that a word before it makes a day of Easter is that day (Easter Sunday counted from),
 * in the year whose Easter lies nearest the publication, or the year written after it ("Easter
 * Sunday 2021"); never the weekday nearest the publication.
 */
import { addDays, dayNumber, type Ymd, ymdString } from './calendar';
import { easter } from './holidays';
import type { Block, DateMention } from '../types';

/** The word before the weekday, the weekday, and its day counted from Easter Sunday. */
const EASTER_DAYS: Record<string, Record<string, number>> = {
  easter: { saturday: -1, sunday: 0, monday: 1 },
  good: { friday: -2 },
  holy: { saturday: -1 },
  maundy: { thursday: -3 },
  palm: { sunday: -7 },
};
/** The capitalised word just before the weekday. */
const WORD_BEFORE = /(?<![\p{L}])(Easter|Good|Holy|Maundy|Palm)\s$/u;
/** A year written just after the weekday. */
const YEAR_AFTER = /^\s{1,3}((?:19|20)\d{2})(?![\p{L}\p{N}])/u;
/** How far the publication may be from Easter (days) for that year's Easter to be meant. */
const HALF_YEAR = 183;

export function easterDays(mentions: DateMention[], blocks: readonly Block[], reference: Ymd): void {
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  for (const m of mentions) {
    const c = m.text.charCodeAt(0);
    if (c < 65 || c > 90) continue; // a capital: "Monday", "Sunday 2021"
    const day = /^(\p{L}+day)(?:,?\s{1,3}((?:19|20)\d{2}))?$/u.exec(m.text);
    if (!day) continue;
    const body = text.get(m.blockId) ?? '';
    const word = WORD_BEFORE.exec(body.slice(Math.max(0, m.start - 8), m.start));
    const offset = word ? EASTER_DAYS[(word[1] ?? '').toLowerCase()]?.[(day[1] ?? '').toLowerCase()] : undefined;
    if (!word || offset === undefined) continue;
    // "Easter Sunday 2021", the year left out of the weekday's reading.
    const after = day[2] ? null : YEAR_AFTER.exec(body.slice(m.end, m.end + 6));
    const written = day[2] ?? after?.[1];
    let year = written ? Number(written) : reference.year;
    if (!written) {
      const gap = dayNumber(reference) - dayNumber(easter(year));
      if (gap > HALF_YEAR) year += 1;
      else if (gap < -HALF_YEAR) year -= 1;
    }
    const lead = (word[1] ?? '').length + 1;
    m.start -= lead;
    if (after) m.end += after[0].length;
    m.text = body.slice(m.start, m.end);
    m.value = ymdString(addDays(easter(year), offset));
    m.type = 'DATE';
    m.certainty = written ? 'exact' : 'inferred';
    delete m.endValue;
    delete m.mod;
    // The year read apart ("2021" of "Easter Sunday 2021") is part of this day now.
    if (after)
      for (let i = mentions.length - 1; i >= 0; i--) {
        const o = mentions[i] as DateMention;
        if (o !== m && o.blockId === m.blockId && o.start >= m.start && o.end <= m.end) mentions.splice(i, 1);
      }
  }
}

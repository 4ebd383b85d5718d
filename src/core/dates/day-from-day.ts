/**
 * "the day after Easter Monday", "the day before Tuesday's vote": a day counted by one from a day
 * the text dates is one span and one point, the day it reaches (`2025-04-22` for "the day after
 * Easter Monday" in 2025), not the named day beside a "the day after" that the timeline cannot
 * place (the English sets write it so: en-train21).
 */
import { addDays, parseYmd, ymdString } from './calendar';
import type { Block, DateMention } from '../types';

/** "the day after ", "the day before " just before a day. */
const DAY_FROM = /(?<![\p{L}])the\s{1,3}day\s{1,3}(after|before)\s{1,3}$/iu;
/** How far before a day (characters) "the day after" is looked for. */
const REACH = 20;
const DAY = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * Widens, in place, each day named with a capital after "the day after" or "the day before" to
 * take those words and the day it reaches, and drops the mentions read inside them.
 */
export function daysFromDays(mentions: DateMention[], blocks: readonly Block[]): void {
  let text: Map<number, string> | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k] as DateMention;
    // A day named with a capital ("Easter Monday", "Tuesday", "March 3"): a cheap test first.
    const c = m.text.charCodeAt(0);
    if (c < 65 || c > 90 || m.endValue || !DAY.test(m.value)) continue;
    text ??= new Map(blocks.map((b) => [b.id, b.text]));
    const body = text.get(m.blockId) ?? '';
    const from = DAY_FROM.exec(body.slice(Math.max(0, m.start - REACH), m.start));
    const day = parseYmd(m.value);
    if (!from || !day) continue;
    m.start -= from[0].length;
    m.text = body.slice(m.start, m.end);
    m.value = ymdString(addDays(day, /^after$/iu.test(from[1] ?? '') ? 1 : -1));
    delete m.mod;
    // "the day after" read apart is part of this day now.
    for (let i = mentions.length - 1; i >= 0; i--) {
      const o = mentions[i] as DateMention;
      if (o === m || o.blockId !== m.blockId || o.start < m.start || o.end > m.end) continue;
      mentions.splice(i, 1);
      if (i < k) k--;
    }
  }
}

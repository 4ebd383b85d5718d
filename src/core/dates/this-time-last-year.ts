/**
 * "94% full, compared with 91% this time last year", "at this point last year, banks expected
 * …": not the whole of last year but the days around the same date then, the ISO week 52 weeks
 * before the publication's (the same weekday a year back: `2020-W53` in a story of Thursday 30
 * December 2021, `2015-W01` on 31 December 2015, whose week 53 the year before lacks).
 */
import { addDays, isoWeek, type Ymd } from './calendar';
import type { Block, DateMention } from '../types';

/** The words just before "last year" that make it the same time then. */
const THIS_TIME_BEFORE = /(?<![\p{L}])(?:this|that)\s{1,3}(?:time|point)\s{1,3}$/iu;
/** How far before "last year" those words are looked for (characters). */
const REACH = 16;

export function thisTimeLastYear(mentions: DateMention[], blocks: readonly Block[], reference: Ymd): void {
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  for (const m of mentions) {
    if (!/^last\s{1,3}year$/iu.test(m.text)) continue;
    const body = text.get(m.blockId) ?? '';
    if (!THIS_TIME_BEFORE.test(body.slice(Math.max(0, m.start - REACH), m.start))) continue;
    m.value = isoWeek(addDays(reference, -364));
    m.certainty = 'inferred';
  }
}

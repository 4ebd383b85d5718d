/**
 * A weekday set beside a date as its apposition ("an open day on Dec 12, a Friday, from 11am",
 * "the vote, on Nov. 4, a Tuesday"): the weekday is that date, not a day of the publication's
 * week, when the date falls on it.
 */
import type { Block, DateMention } from '../types';
import { parseYmd, weekday } from './calendar';
import { WEEKDAY_FIRST, WEEKDAY_NAMES } from './vocabulary';

/** What stands between a date and its weekday in apposition: ", a ", ", an ". */
const APPOSITION = /^,\s{1,3}an?\s{1,3}$/u;
const DAY = /^\d{4}-\d{2}-\d{2}/u;
/** Between a clock time and the end of its stretch ("from 11am to 5pm"). */
const CLOCK_JOIN = /^\s{1,3}(?:to|until|till|-|–)\s{1,3}$/u;

/** Sets, in place, each weekday in apposition to a date on that date (its clock time kept). */
export function weekdaysInApposition(mentions: readonly DateMention[], blocks: readonly Block[]): void {
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i] as DateMention;
    const p = mentions[i - 1] as DateMention;
    const name = WEEKDAY_FIRST.exec(m.text)?.[0]?.toLowerCase();
    if (!name || p.blockId !== m.blockId || p.endValue || !DAY.test(p.value) || !DAY.test(m.value)) continue;
    if (!APPOSITION.test((text.get(m.blockId) ?? '').slice(p.end, m.start))) continue;
    const day = parseYmd(p.value.slice(0, 10));
    // WEEKDAY_NAMES runs Monday (index 0) to Sunday; weekday() is 0 on Sunday.
    if (!day || (weekday(day) || 7) !== WEEKDAY_NAMES.indexOf(name) + 1) continue;
    const [ymd, was] = [p.value.slice(0, 10), m.value.slice(0, 10)];
    m.value = `${ymd}${m.value.slice(10)}`;
    if (m.endValue && DAY.test(m.endValue)) m.endValue = `${ymd}${m.endValue.slice(10)}`;
    m.certainty = p.certainty;
    // ("a Friday, from 11am to 5pm": the stretch's end is on that day too.)
    const n = mentions[i + 1];
    const body = text.get(m.blockId) ?? '';
    if (n && n.blockId === m.blockId && n.value.startsWith(`${was}T`) && CLOCK_JOIN.test(body.slice(m.end, n.start)))
      n.value = `${ymd}${n.value.slice(10)}`;
  }
}

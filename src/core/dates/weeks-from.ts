/**
 * "a week from Monday", "two weeks from Friday": a count of weeks from a weekday is that many
 * weeks after the weekday's next coming (the publication day itself when it is that weekday),
 * not the weekday (the fourth English set: "Oct. 5, a week from Monday", on Monday 28 September,
 * is 5 October).
 */
import { addDays, parseYmd, weekday, ymdString, type Ymd } from './calendar';
import type { Block, DateMention } from '../types';

/** The count of weeks just before a weekday ("a week from ", "two weeks from "). */
const WEEKS_FROM = /(?<![\p{L}])(a|one|two|three)\s{1,3}weeks?\s{1,3}from\s{1,3}$/iu;
/** A weekday alone. */
const WEEKDAY = /^(mon|tues|wednes|thurs|fri|satur|sun)day$/iu;
const DAYS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
const COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3 };

/** Sets, in place, a weekday counted from ("a week from Monday") to the day the count reaches. */
export function weeksFromWeekday(mentions: readonly DateMention[], blocks: readonly Block[], today: Ymd): void {
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  for (const m of mentions) {
    const day = WEEKDAY.exec(m.text);
    if (!day || !parseYmd(m.value.slice(0, 10))) continue;
    const count = WEEKS_FROM.exec((text.get(m.blockId) ?? '').slice(Math.max(0, m.start - 20), m.start));
    if (!count) continue;
    const want = DAYS.indexOf((day[1] ?? '').toLowerCase());
    const next = addDays(today, (want - weekday(today) + 7) % 7);
    m.value = ymdString(addDays(next, 7 * (COUNT[(count[1] ?? '').toLowerCase()] ?? 1)));
    m.certainty = 'inferred';
  }
}

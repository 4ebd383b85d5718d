/**
 * A date written with its weekday and without its year ("Sunday, March 10", "on Tuesday, Jan.
 * 23"): the year is one in which that day is that weekday. When the tense or another year of the
 * sentence placed it in a year where the weekday does not fall on it ("starts an hour earlier
 * than the 2023 ceremony did, at 7 p.m. on Sunday, March 10" in a December 2023 story), the
 * nearest year to the publication where it does is the one meant (2024).
 */
import { dayNumber, parseYmd, utcDayNumber, weekday, type Ymd } from './calendar';
import type { DateMention } from '../types';

/** How many years either side of the publication a weekday's year is looked for. */
const YEARS_AROUND = 1;

/** Moves, in place, each mention in `weekdays` (its weekday, 0 Sunday) to a year where its day has that weekday. */
export function weekdayYear(
  mentions: readonly DateMention[],
  weekdays: ReadonlyMap<DateMention, number>,
  reference: Date,
): void {
  const today = utcDayNumber(reference);
  for (const m of mentions) {
    const wanted = weekdays.get(m);
    const own = parseYmd(m.value.slice(0, 10));
    if (wanted === undefined || !own || /\d{4}/u.test(m.text) || weekday(own) === wanted) continue;
    // A year the story's past gave it ("Friday, Jan. 27" of a 1967 storm) is not moved to the present.
    if (Math.abs(own.year - reference.getUTCFullYear()) > YEARS_AROUND) continue;
    let best: Ymd | null = null;
    for (
      let year = reference.getUTCFullYear() - YEARS_AROUND;
      year <= reference.getUTCFullYear() + YEARS_AROUND;
      year++
    ) {
      const day = { ...own, year };
      if (day.month === 2 && day.day === 29 && year % 4 !== 0) continue;
      if (weekday(day) !== wanted) continue;
      if (!best || Math.abs(dayNumber(day) - today) < Math.abs(dayNumber(best) - today)) best = day;
    }
    if (!best) continue;
    const year = String(best.year).padStart(4, '0');
    if (m.endValue?.startsWith(m.value.slice(0, 4))) m.endValue = year + m.endValue.slice(4);
    m.value = year + m.value.slice(4);
  }
}

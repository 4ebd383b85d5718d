/**
 * "Two years ago this month", "a decade ago this week": the publication's month (or week) that
 * many years back, not the whole year (the seventh English set: "Two years ago this month" in
 * August 2024 is 2022-08).
 */
import type { DateMention } from '../types';
import { daysInMonth, isoWeek, monthString, type Ymd } from './calendar';

/** A count of years ago, then "this month" or "this week". */
const AGO_THIS = /\sago\s{1,3}this\s{1,3}(month|week)$/iu;

/** Sets, in place, "N years ago this month/week" to that month or week of the year it names. */
export function agoThisMonth(mentions: readonly DateMention[], today: Ymd): void {
  for (const m of mentions) {
    const unit = AGO_THIS.exec(m.text)?.[1]?.toLowerCase();
    if (!unit || !/^\d{4}$/u.test(m.value) || m.endValue) continue;
    const year = Number(m.value);
    if (unit === 'month') m.value = monthString(year, today.month);
    else {
      // (29 February in a year without one: the 28th.)
      m.value = isoWeek({ year, month: today.month, day: Math.min(today.day, daysInMonth(year, today.month)) });
    }
    m.certainty = 'inferred';
  }
}

/**
 * Days of a month told in a story's past after a day with its year ("On the morning of Nov. 8,
 * 2023, customers began pulling funds … the firm halted them on Nov. 10. It filed for bankruptcy on
 * Nov. 13"): a month's day without a year, later in that year than the dated day and told with a
 * verb in the past in its clause ("halted", "filed"; not "must pass … before June 30", "have
 * scheduled it for October 4"), is of that year, not of the year nearest the publication day. The run goes on
 * through the days it gives that year (story-points.ts keeps the anchor while its mentions stay in
 * the anchor's year and move forward). Months alone keep story-points.ts's own rule.
 */
import type { DateMention } from '../types';
import { PAST_IRREGULAR, PAST_WORD } from './news-tense-refiner';

/** A dated day of the story: its year, month and day (0 for a month alone). */
export interface DayAnchor {
  year: number;
  month: number;
  day: number;
}

/** A month's day without a year, as written ("Nov. 10", "November 13th", "on Nov. 10"). */
const MONTH_DAY =
  /^(?:on\s{1,3})?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{0,6}\.?\s{1,3}\d{1,2}(?:st|nd|rd|th)?$/iu;
/** A day's value ("2024-11-10"), with its clock time if any. */
const DAY_VALUE = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:]{2,5})?$/u;
/** Plain words of the future: a day in their clause is not the past the dated day tells. */
const FUTURE =
  /(?<![\p{L}])(?:will|won['’]t|shall|going to|would|plans? to|expects? to)(?![\p{L}])|['’]ll(?![\p{L}])/iu;

/** The dated day's year for a month's day told after it in the same year, or null. */
export function narrativeDayValue(m: DateMention, anchor: DayAnchor, clause: string): string | null {
  const day = DAY_VALUE.exec(m.value);
  if (!day || !MONTH_DAY.test(m.text) || FUTURE.test(clause)) return null;
  PAST_WORD.lastIndex = 0;
  PAST_IRREGULAR.lastIndex = 0;
  if (!PAST_WORD.test(clause) && !PAST_IRREGULAR.test(clause)) return null;
  const [, year = '', month = '', date = ''] = day;
  if (Number(year) <= anchor.year) return null;
  const later = Number(month) > anchor.month || (Number(month) === anchor.month && Number(date) > anchor.day);
  return later ? `${anchor.year}${m.value.slice(4)}` : null;
}

/** Whether a mention goes on with the run of the anchor's year: a day of that year, not before the anchor. */
export function keepsDayAnchor(m: DateMention, anchor: DayAnchor): DayAnchor | null {
  const day = DAY_VALUE.exec(m.value);
  if (!day || Number(day[1]) !== anchor.year) return null;
  const month = Number(day[2]);
  const date = Number(day[3]);
  if (month < anchor.month || (month === anchor.month && date < anchor.day)) return null;
  return { year: anchor.year, month, day: date };
}

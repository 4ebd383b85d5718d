/**
 * Calendar arithmetic on plain year/month/day numbers (no time zones, no Date parsing),
 * for normalising dates against an article's publication date, and that date as chrono
 * hands it to a parser or refiner.
 */
import type { ParsingContext } from 'chrono-node';

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** Milliseconds in a day, for arithmetic on `Date.UTC` times. */
export const MS_PER_DAY = 86_400_000;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The publication date (reference) as calendar numbers in the article's time zone. */
export function referenceDay(context: ParsingContext): Ymd {
  const c = context.createParsingComponents();
  return { year: c.get('year') ?? 1970, month: c.get('month') ?? 1, day: c.get('day') ?? 1 };
}

export function ymdString(d: Ymd): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** A "2024-06-04" value as numbers; null for any other form ("2024-06", "2024-W23"). */
export function parseYmd(value: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/** Days since 1970-01-01 (proleptic Gregorian). */
export function dayNumber({ year, month, day }: Ymd): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The day number of an instant's UTC calendar day (the publication's "today" as the timeline counts it). */
export function utcDayNumber(instant: Date): number {
  return dayNumber({ year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate() });
}

export function fromDayNumber(n: number): Ymd {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(d: Ymd, days: number): Ymd {
  return fromDayNumber(dayNumber(d) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: Ymd): number {
  return (dayNumber(d) + 4) % 7;
}

/** 1 = Monday … 7 = Sunday (ISO 8601). */
export const isoWeekday = (d: Ymd): number => weekday(d) || 7;

/** The first day from `from` (itself included), going `step` days at a time, on ISO weekday `wanted`. */
export function stepToWeekday(from: Ymd, wanted: number, step: 1 | -1): Ymd {
  let day = from;
  for (let i = 0; i < 7 && isoWeekday(day) !== wanted; i++) day = addDays(day, step);
  return day;
}

/** ISO 8601 week value, e.g. "1998-W08". */
export function isoWeek(d: Ymd): string {
  const n = dayNumber(d);
  const wd = (weekday(d) + 6) % 7; // Monday = 0
  const thursday = fromDayNumber(n - wd + 3);
  const jan1 = dayNumber({ year: thursday.year, month: 1, day: 1 });
  const week = Math.floor((dayNumber(thursday) - jan1) / 7) + 1;
  return `${pad(thursday.year, 4)}-W${pad(week)}`;
}

export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const m = year * 12 + (month - 1) + delta;
  return { year: Math.floor(m / 12), month: (m % 12) + 1 };
}

/** The number of days of a month (28 to 31). */
export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

export const monthString = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`;

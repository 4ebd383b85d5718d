/**
 * A normalised date as a reader says it: "12 Mar 2024", "March 2024", "the early 1990s",
 * "night of 19 Nov 2019", "week of 6 Nov 2017", "Q1 2024", "Autumn 2025", "the 20th
 * century", a range "a – b". Every TIMEX3 value Lede produces has a wording here, so no raw
 * code ("2019-11-19TNI", "199", "2017-W45") reaches the card, the hover card or an export.
 * Locale-aware through Intl; one home for the popup, the hover card and the command line.
 */
import { dayNumber } from './calendar';

const SEASONS: Record<string, string> = { SP: 'Spring', SU: 'Summer', FA: 'Autumn', WI: 'Winter' };
const PARTS_OF_DAY: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night' };
/** The units of a span (a DURATION, "P18Y" is "18 years"). */
const DATE_UNITS: Record<string, string> = { DE: 'decade', CE: 'century', Y: 'year', M: 'month', W: 'week', D: 'day' };
const TIME_UNITS: Record<string, string> = { H: 'hour', M: 'minute', S: 'second' };
const MODIFIERS: Record<string, string> = { START: 'early', MID: 'mid', END: 'late' };

/** Intl with a locale the caller gives, falling back to the reader's own when it is refused. */
function format(locale: string | undefined, options: Intl.DateTimeFormatOptions, date: Date): string {
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    return new Intl.DateTimeFormat(undefined, options).format(date);
  }
}

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d, 12));
const dayOf = (y: number, m: number, d: number, locale?: string): string =>
  format(locale, { dateStyle: 'medium', timeZone: 'UTC' }, utc(y, m, d));

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${n % 10 > 3 ? 'th' : s}`;
}

/** The Monday of ISO week `w` of `year`, as [year, month, day]. */
function mondayOf(year: number, week: number): [number, number, number] {
  const jan4 = dayNumber({ year, month: 1, day: 4 });
  const monday = jan4 - ((jan4 + 3) % 7) + (week - 1) * 7;
  const d = new Date(Date.UTC(1970, 0, 1) + monday * 86_400_000);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** One value, with its modifier ("early", "mid", "late") where the value has one. */
function one(value: string, mod: string | undefined, locale?: string): string {
  const early = mod ? MODIFIERS[mod] : undefined;
  let m = /^(\d{4})-(\d{2})-(\d{2})T(MO|AF|EV|NI)$/u.exec(value);
  if (m) return `${PARTS_OF_DAY[m[4] ?? ''] ?? ''} of ${dayOf(Number(m[1]), Number(m[2]), Number(m[3]), locale)}`;
  m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/u.exec(value);
  if (m) {
    const d = new Date(`${value.slice(0, 16)}:00Z`);
    if (!Number.isNaN(d.getTime()))
      return format(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }, d);
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (m) return dayOf(Number(m[1]), Number(m[2]), Number(m[3]), locale);
  m = /^(\d{4})-(\d{2})$/u.exec(value);
  if (m) {
    const month = format(
      locale,
      { month: 'long', year: 'numeric', timeZone: 'UTC' },
      utc(Number(m[1]), Number(m[2]), 15),
    );
    return early ? `${early} ${month}` : month;
  }
  m = /^(\d{4})-W(\d{1,2})$/u.exec(value);
  if (m) {
    const [y, mo, d] = mondayOf(Number(m[1]), Number(m[2]));
    return `week of ${dayOf(y, mo, d, locale)}`;
  }
  m = /^(\d{4})-Q([1-4])$/u.exec(value);
  if (m) return `${early ? `${early} ` : ''}Q${m[2]} ${m[1]}`;
  m = /^(\d{4})-H([12])$/u.exec(value);
  if (m) return `${m[2] === '1' ? 'first' : 'second'} half of ${m[1]}`;
  m = /^(\d{4})-(SP|SU|FA|WI)$/u.exec(value);
  if (m) return `${early ? `${early} ` : ''}${SEASONS[m[2] ?? ''] ?? ''} ${m[1]}`;
  m = /^(\d{4})$/u.exec(value);
  if (m) return early ? `${early} ${m[1]}` : (m[1] ?? value);
  m = /^(\d{3})X?$/u.exec(value);
  if (m) return `the ${early ? `${early} ` : ''}${m[1]}0s`;
  m = /^(\d{2})X{0,2}$/u.exec(value);
  if (m) return `the ${early ? `${early} ` : ''}${ordinal(Number(m[1]) + 1)} century`;
  m = /^P(T?)(\d+|X)(DE|CE|Y|M|W|D|H|S)$/u.exec(value);
  if (m) {
    const unit = (m[1] ? TIME_UNITS : DATE_UNITS)[m[3] ?? ''] ?? 'unit';
    if (m[2] === 'X') return `some ${unit === 'century' ? 'centuries' : `${unit}s`}`;
    const n = Number(m[2]);
    return `${n} ${n === 1 ? unit : unit === 'century' ? 'centuries' : `${unit}s`}`;
  }
  if (value === 'PRESENT_REF') return 'now';
  if (value === 'PAST_REF') return 'the past';
  if (value === 'FUTURE_REF') return 'the future';
  // Anything else (a code Lede does not write today) reads as a date that is not known.
  return 'an unspecified date';
}

/** The reader's wording of a date or a range (end value) with its modifier. */
export function describeDate(value: string, endValue?: string, mod?: string, locale?: string): string {
  return endValue ? `${one(value, mod, locale)} – ${one(endValue, undefined, locale)}` : one(value, mod, locale);
}

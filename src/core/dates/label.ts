/**
 * A normalised date as a reader says it: "12 Mar 2024", "March 2024", "the early 1990s",
 * "night of 19 Nov 2019", "week of 6 Nov 2017", "Q1 2024", "Autumn 2025", "the 20th
 * century", a range "a – b". Every TIMEX3 value Lede produces has a wording here, so no raw
 * code ("2019-11-19TNI", "199", "2017-W45") reaches the card, the hover card or an export.
 * Days and months come from Intl in the given locale; the words around them ("early", "week
 * of", seasons, decades) from a `DateWords`: English here (the command line, the exports),
 * the reader's language in the extension (shared/date-words.ts, from `_locales`).
 */
import { dayNumber } from './calendar';

/** A TIMEX3 modifier Lede writes: the start, middle or end of a period. */
export type DateModifier = 'START' | 'MID' | 'END';
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/** The words around a date's numbers, in one language. */
export interface DateWords {
  /** "early March 2024", "late 2029". */
  modified(mod: DateModifier, when: string): string;
  /** "night of 19 Nov 2019". */
  partOfDay(part: PartOfDay, day: string): string;
  weekOf(day: string): string;
  weekendOf(day: string): string;
  /** "Q1 2024". */
  quarter(q: number, year: string): string;
  half(h: 1 | 2, year: string): string;
  season(s: Season, year: string): string;
  /** "the 1990s", "the early 1990s" (`decade` is "1990"). */
  decade(decade: string, mod?: DateModifier): string;
  /** "the 20th century", "the late 20th century". */
  century(n: number, mod?: DateModifier): string;
  /** A value whose wording is not known. */
  unknown: string;
}

const SEASONS: Record<Season, string> = { SP: 'Spring', SU: 'Summer', FA: 'Autumn', WI: 'Winter' };
const PARTS_OF_DAY: Record<PartOfDay, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night' };
const MODIFIERS: Record<DateModifier, string> = { START: 'early', MID: 'mid', END: 'late' };
/** The units of a span (a DURATION, "P18Y" is "18 years"): the command line's, in English. */
const DATE_UNITS: Record<string, string> = { DE: 'decade', CE: 'century', Y: 'year', M: 'month', W: 'week', D: 'day' };
const TIME_UNITS: Record<string, string> = { H: 'hour', M: 'minute', S: 'second' };

/** "20th", "21st", "22nd", "13th". */
export function englishOrdinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${n % 10 > 3 ? 'th' : s}`;
}

export const ENGLISH_DATE_WORDS: DateWords = {
  modified: (mod, when) => `${MODIFIERS[mod]} ${when}`,
  partOfDay: (part, day) => `${PARTS_OF_DAY[part]} of ${day}`,
  weekOf: (day) => `week of ${day}`,
  weekendOf: (day) => `weekend of ${day}`,
  quarter: (q, year) => `Q${q} ${year}`,
  half: (h, year) => `${h === 1 ? 'first' : 'second'} half of ${year}`,
  season: (season, year) => `${SEASONS[season]} ${year}`,
  decade: (decade, mod) => `the ${mod ? `${MODIFIERS[mod]} ` : ''}${decade}s`,
  century: (n, mod) => `the ${mod ? `${MODIFIERS[mod]} ` : ''}${englishOrdinal(n)} century`,
  unknown: 'an unspecified date',
};

const isModifier = (mod: string | undefined): mod is DateModifier => mod === 'START' || mod === 'MID' || mod === 'END';

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

/** The Monday of ISO week `w` of `year`, as [year, month, day]. */
function mondayOf(year: number, week: number): [number, number, number] {
  const jan4 = dayNumber({ year, month: 1, day: 4 });
  const monday = jan4 - ((jan4 + 3) % 7) + (week - 1) * 7;
  const d = new Date(Date.UTC(1970, 0, 1) + monday * 86_400_000);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** One value, with its modifier ("early", "mid", "late") where the value has one. */
function one(value: string, modifier: string | undefined, locale: string | undefined, words: DateWords): string {
  const mod = isModifier(modifier) ? modifier : undefined;
  const modified = (when: string): string => (mod ? words.modified(mod, when) : when);
  let m = /^(\d{4})-(\d{2})-(\d{2})T(MO|AF|EV|NI)$/u.exec(value);
  if (m) return words.partOfDay(m[4] as PartOfDay, dayOf(Number(m[1]), Number(m[2]), Number(m[3]), locale));
  // Midnight at a day's end ("until midnight on July 28"): that day, at 24:00, not the next day's 0:00.
  m = /^(\d{4})-(\d{2})-(\d{2})T24:00$/u.exec(value);
  if (m) {
    const end = format(
      locale,
      { hour: 'numeric', minute: '2-digit', hourCycle: 'h24', timeZone: 'UTC' },
      new Date(Date.UTC(2000, 0, 2, 0, 0)),
    );
    return `${dayOf(Number(m[1]), Number(m[2]), Number(m[3]), locale)}, ${end}`;
  }
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
    return modified(month);
  }
  m = /^(\d{4})-W(\d{1,2})-WE$/u.exec(value);
  if (m) {
    const [y, mo, d] = mondayOf(Number(m[1]), Number(m[2]));
    const saturday = new Date(Date.UTC(y, mo - 1, d + 5, 12));
    return words.weekendOf(dayOf(saturday.getUTCFullYear(), saturday.getUTCMonth() + 1, saturday.getUTCDate(), locale));
  }
  m = /^(\d{4})-W(\d{1,2})$/u.exec(value);
  if (m) {
    const [y, mo, d] = mondayOf(Number(m[1]), Number(m[2]));
    return words.weekOf(dayOf(y, mo, d, locale));
  }
  m = /^(\d{4})-Q([1-4])$/u.exec(value);
  if (m) return modified(words.quarter(Number(m[2]), m[1] ?? ''));
  m = /^(\d{4})-H([12])$/u.exec(value);
  if (m) return words.half(m[2] === '1' ? 1 : 2, m[1] ?? '');
  m = /^(\d{4})-(SP|SU|FA|WI)$/u.exec(value);
  if (m) return modified(words.season(m[2] as Season, m[1] ?? ''));
  m = /^(\d{4})$/u.exec(value);
  if (m) return modified(m[1] ?? value);
  m = /^(\d{3})X?$/u.exec(value);
  if (m) return words.decade(`${m[1]}0`, mod);
  m = /^(\d{2})X{0,2}$/u.exec(value);
  if (m) return words.century(Number(m[1]) + 1, mod);
  m = /^BC(\d{2})$/u.exec(value);
  if (m) return `${words.century(Number(m[1]) + 1, mod)} BC`;
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
  return words.unknown;
}

/** The reader's wording of a date or a range (end value) with its modifier, in `words`' language. */
export function describeDate(
  value: string,
  endValue?: string,
  mod?: string,
  locale?: string,
  words: DateWords = ENGLISH_DATE_WORDS,
): string {
  const first = one(value, mod, locale, words);
  return endValue ? `${first} – ${one(endValue, undefined, locale, words)}` : first;
}

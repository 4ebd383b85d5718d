/**
 * The days of the holidays a weekday is told from ("the Sunday after Thanksgiving", "the Friday
 * before Christmas", "the Monday after Easter"), in a given year.
 */
import { addDays, stepToWeekday, type Ymd } from './calendar';

/** The nth (1-based) `weekday` (0 Sunday … 6 Saturday) of a month, or its last when n is 0. */
function nthWeekday(year: number, month: number, wanted: number, n: number): Ymd {
  if (n === 0) {
    const last = addDays({ year: month === 12 ? year + 1 : year, month: month === 12 ? 1 : month + 1, day: 1 }, -1);
    return stepToWeekday(last, wanted || 7, -1);
  }
  const first = stepToWeekday({ year, month, day: 1 }, wanted || 7, 1);
  return addDays(first, 7 * (n - 1));
}

/** Western Easter Sunday (the anonymous Gregorian computus). */
export function easter(year: number): Ymd {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/**
 * Yom Kippur (10 Tishrei) by year, from the Hebrew calendar's tables; a year outside them has no
 * day here (a weekday told from it is then left to the words around it).
 */
const YOM_KIPPUR: Record<number, [number, number]> = {
  2010: [9, 18],
  2011: [10, 8],
  2012: [9, 26],
  2013: [9, 14],
  2014: [10, 4],
  2015: [9, 23],
  2016: [10, 12],
  2017: [9, 30],
  2018: [9, 19],
  2019: [10, 9],
  2020: [9, 28],
  2021: [9, 16],
  2022: [10, 5],
  2023: [9, 25],
  2024: [10, 12],
  2025: [10, 2],
  2026: [9, 21],
  2027: [10, 11],
  2028: [9, 30],
  2029: [9, 19],
  2030: [10, 7],
};
const yomKippur = (year: number): Ymd | null => {
  const day = YOM_KIPPUR[year];
  return day ? { year, month: day[0], day: day[1] } : null;
};

/** A holiday's name as written (lower case, "Day" and "Eve" included), to its day in a year. */
const HOLIDAYS: Record<string, (year: number) => Ymd | null> = {
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4),
  christmas: (y) => ({ year: y, month: 12, day: 25 }),
  'christmas day': (y) => ({ year: y, month: 12, day: 25 }),
  'christmas eve': (y) => ({ year: y, month: 12, day: 24 }),
  "new year's day": (y) => ({ year: y, month: 1, day: 1 }),
  "new year's eve": (y) => ({ year: y, month: 12, day: 31 }),
  easter: easter,
  'easter sunday': easter,
  'memorial day': (y) => nthWeekday(y, 5, 1, 0),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  'independence day': (y) => ({ year: y, month: 7, day: 4 }),
  'yom kippur': yomKippur,
  // Rosh Hashanah, nine days before Yom Kippur.
  'rosh hashanah': (y) => {
    const day = yomKippur(y);
    return day ? addDays(day, -9) : null;
  },
};

/**
 * "after Thanksgiving", "before Christmas Eve in 2019", "before Easter last year" just after a
 * weekday: the direction, the holiday's name (one HOLIDAYS knows), and the year written after it
 * or the year counted from the publication's ("last", "this", "next").
 */
export const FROM_HOLIDAY =
  /^\s{1,3}(after|before)\s{1,3}(Thanksgiving(?: Day)?|Christmas(?: Day| Eve)?|New Year['’]s (?:Day|Eve)|Easter(?: Sunday)?|Memorial Day|Labor Day|Independence Day|Yom Kippur|Rosh Hashanah)(?![\p{L}])(?:\s{1,3}(?:in|of)\s{1,3}((?:19|20)\d{2})|\s{1,3}(last|this|next)\s{1,3}year(?![\p{L}]))?/u;

/** The year a holiday told "last year", "this year" or "next year" falls in, from the publication's. */
export const countedYear = (word: string, year: number): number =>
  /^last$/iu.test(word) ? year - 1 : /^next$/iu.test(word) ? year + 1 : year;

/** The day of the holiday named `name` in `year`, or null for a name HOLIDAYS does not know. */
export function holidayDay(name: string, year: number): Ymd | null {
  const day = HOLIDAYS[name.toLowerCase().replace('’', "'")];
  return day ? day(year) : null;
}

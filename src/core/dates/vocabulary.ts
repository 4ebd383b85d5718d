/**
 * The English words Lede's date parsers and refiners read, as tables: month and season
 * names, number words and ordinals, time units with their TIMEX3 codes, parts of the day,
 * the modifiers "early", "mid" and "late", and the words that make a number a count or a
 * month name something else. Data only (and one lookup): the patterns that use these
 * words are in the parsers and refiners.
 */

/** Weekdays, Monday first (ISO numbering: Monday is 1). */
export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** A weekday's name at a mention's start ("Friday", "Friday, from 11am"), not glued to a letter. */
export const WEEKDAY_FIRST = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day(?![\p{L}])/iu;

export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Short month names as news writes them ("Sept."), each the start of its full name. */
const SHORT_MONTHS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec'];
/** A month's name, full or short, as a pattern's source (no flags; case left to the pattern). */
export const MONTH_WORD = `(?:${MONTH_NAMES.join('|')}|${SHORT_MONTHS.join('|')})`;

/** The number (1-12) of a month named in full or short ("Sept" is 9), 0 for none. */
export const monthNumber = (name: string): number => {
  const start = name.toLowerCase().slice(0, 3);
  return MONTH_NAMES.findIndex((full) => full.startsWith(start)) + 1;
};

/** Seasons and their TIMEX3 codes ("last fall" is 1997-FA). */
export const SEASON_CODE: Record<string, string> = {
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
  winter: 'WI',
};

/** The month a TIMEX3 season starts in, for placing it on a timeline. */
export const SEASON_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Decades in words, from the twenties ("the nineties" is the 1990s). */
export const DECADE_WORDS = [
  'twenties',
  'thirties',
  'forties',
  'fifties',
  'sixties',
  'seventies',
  'eighties',
  'nineties',
];

/** Ordinal words and numbers of quarters and halves. */
export const ORDINAL: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};

/** Number words before a time unit ("three years"); 0 for an amount with no number ("several"). */
export const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  several: 0,
  few: 0,
  'a few': 0,
  many: 0,
  some: 0,
};

/** Time units and their TIMEX3 duration codes (P3Y, PT2H). */
export const UNIT_CODE: Record<string, string> = {
  day: 'D',
  week: 'W',
  month: 'M',
  year: 'Y',
  decade: 'DE',
  century: 'CE',
  hour: 'H',
  minute: 'M',
};

/** Number words of years spelled out ("nineteen ninety-six"): ones, teens and tens. */
export const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
export const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
export const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Parts of the day and their TIMEX3 codes (1998-02-12TEV). */
export const PART_OF_DAY: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  tonight: 'NI',
  overnight: 'NI',
};

/** Words before a date and the TIMEX3 modifier they give: "early" START, "mid" MID, "late" END. */
const MODIFIER = new Map([
  ['early', 'START'],
  ['earlier', 'START'],
  ['mid', 'MID'],
  ['late', 'END'],
  ['later', 'END'],
]);

/** The TIMEX3 modifier a word before a date gives ("mid-" as "mid"), if any. */
export function modifierOf(word: string | undefined): string | undefined {
  const w = word?.toLowerCase().replace(/-$/u, '');
  return w ? MODIFIER.get(w) : undefined;
}

/** Nouns that, after a number, make it a count rather than a year ("2024 people"), as an alternation. */
export const COUNT_NOUNS =
  'people|persons|soldiers|troops|workers|employees|students|children|residents|voters|votes|fans|members|' +
  'shares|cars|vehicles|homes|houses|units|jobs|times|points|miles|kilometres|kilometers|km|tons|tonnes|' +
  'dollars|euros|pounds|yen|barrels|acres|feet|metres|meters|pages|words|cases|deaths|patients|copies|' +
  'rooms|beds|flights|passengers|ships|planes|stores|seats|items|bottles|cattle|sheep|head|feet|hours|minutes';

/**
 * Words chrono reads as dates that, alone, are usually something else: "May" the name or
 * the verb, "march" the verb, "Sun" the newspaper, "SEC" the regulator.
 */
export const AMBIGUOUS = new Set(['may', 'march', 'mar', 'sat', 'sun', 'second', 'a second', 'sec', 'secs']);

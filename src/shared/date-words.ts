/**
 * The words around a date's numbers ("early …", "week of …", seasons, decades, centuries)
 * in the reader's language, from `_locales` (see shared/i18n.ts): what the card and the hover
 * card pass to core's `describeDate`, whose own words are English (the command line's).
 */
import { englishOrdinal, type DateModifier, type DateWords } from '../core/dates/label';
import { t, uiLanguage, type MessageKey } from './i18n';

const MODIFIER_KEYS: Record<DateModifier, MessageKey> = {
  START: 'dateModStart',
  MID: 'dateModMid',
  END: 'dateModEnd',
};

const PART_KEYS: Record<string, MessageKey> = {
  MO: 'dateMorning',
  AF: 'dateAfternoon',
  EV: 'dateEvening',
  NI: 'dateNight',
};

const SEASON_KEYS: Record<string, MessageKey> = {
  SP: 'dateSpring',
  SU: 'dateSummer',
  FA: 'dateAutumn',
  WI: 'dateWinter',
};

/** Languages that write a century in Roman numerals ("el siglo XX", "le XXe siècle"). */
const ROMAN_CENTURIES = new Set(['es', 'fr', 'it', 'pt', 'ca', 'ro']);

const ROMAN: [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 to 39 in Roman numerals (centuries Lede writes are 1 to 30). */
function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** A century's number as the reader's language writes it in "the … century". */
function centuryNumber(n: number, lang: string): string {
  if (lang === 'en') return englishOrdinal(n);
  return ROMAN_CENTURIES.has(lang) && n > 0 && n < 40 ? roman(n) : String(n);
}

/** Date words in the reader's language (read when called: the catalogue may change). */
export function dateWords(): DateWords {
  const lang = uiLanguage().split('-')[0] ?? 'en';
  const mod = (m: DateModifier): string => t(MODIFIER_KEYS[m]);
  // Years are not numbers to group ("2,024"): they go in as text.
  return {
    modified: (m, when) => t('dateModified', mod(m), when),
    partOfDay: (part, day) => t(PART_KEYS[part] ?? 'dateMorning', day),
    weekOf: (day) => t('dateWeekOf', day),
    weekendOf: (day) => t('dateWeekendOf', day),
    quarter: (q, year) => t('dateQuarter', String(q), year),
    half: (h, year) => t(h === 1 ? 'dateFirstHalf' : 'dateSecondHalf', year),
    season: (season, year) => t(SEASON_KEYS[season] ?? 'dateSpring', year),
    decade: (decade, m) => (m ? t('dateDecadeModified', mod(m), decade) : t('dateDecade', decade)),
    century: (n, m) =>
      m ? t('dateCenturyModified', mod(m), centuryNumber(n, lang)) : t('dateCentury', centuryNumber(n, lang)),
    unknown: t('dateUnknown'),
  };
}

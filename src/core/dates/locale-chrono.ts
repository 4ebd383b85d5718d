/**
 * The date parser of a language other than English: chrono's casual configuration for the
 * language where chrono has one (de, fr, es, nl, pt, it, ja, zh, ru, uk, sv), with the year
 * parser of locale-parsers.ts; for Polish, Lede's own few parsers; for other languages, the
 * year parser alone (a year reads the same in every language written in Latin digits).
 * English has its own, richer configuration (`parser()` in chrono-dates.ts).
 */
import { Chrono, type Parser } from 'chrono-node';
import * as de from 'chrono-node/de';
import * as es from 'chrono-node/es';
import * as fr from 'chrono-node/fr';
import * as it from 'chrono-node/it';
import * as ja from 'chrono-node/ja';
import * as nl from 'chrono-node/nl';
import * as pt from 'chrono-node/pt';
import * as ru from 'chrono-node/ru';
import * as sv from 'chrono-node/sv';
import * as uk from 'chrono-node/uk';
import * as zh from 'chrono-node/zh';
import { LocaleYearParser, PolishDateParser, PolishWeekdayParser } from './locale-parsers';
import {
  CENTURY_LANGUAGES,
  DECADE_LANGUAGES,
  LocaleCenturyParser,
  LocaleDecadeParser,
  LocaleMonthParser,
  MONTH_LANGUAGES,
} from './locale-months';
import {
  LocaleQuarterParser,
  LocaleSeasonParser,
  QUARTER_LANGUAGES,
  SEASON_LANGUAGES,
  WEEKDAY_PART_LANGUAGES,
  WeekdayPartParser,
} from './locale-seasons';
import {
  AgoParser,
  NumericDateParser,
  PartOfThisYearParser,
  PolishDayParser,
  RELATIVE_LANGUAGES,
  RelativePeriodParser,
  RelativeWeekdayParser,
  THIS_YEAR_LANGUAGES,
} from './locale-relative';
import { LocaleRefiner } from './locale-refiners';
import { DAY_PART_LANGUAGES, DayPartRefiner, PartOfDayParser, PolishTimeParser } from './locale-times';
import { LocaleTenseRefiner } from './locale-tense';
import { SparingOurs } from './chrono-refiners';

const CHRONO_LOCALES: Record<string, { casual: Chrono }> = { de, es, fr, it, ja, nl, pt, ru, sv, uk, zh };

/** Languages whose dates chrono reads (English included). */
export const CHRONO_LANGUAGES: ReadonlySet<string> = new Set(['en', ...Object.keys(CHRONO_LOCALES)]);

/** The languages chrono has parsers for, besides English. */
export const CHRONO_LOCALE_LANGUAGES = Object.keys(CHRONO_LOCALES);

/** Languages whose dates Lede reads fully (more than years): chrono's, and Polish. */
export const DATE_LANGUAGES: ReadonlySet<string> = new Set([...CHRONO_LANGUAGES, 'pl']);

/** Scripts whose years are written in Latin digits: the year parser serves their languages. */
const NO_LATIN_YEARS = new Set(['ar', 'fa', 'ur', 'ps', 'ckb', 'my', 'bn', 'hi', 'mr', 'ne', 'th', 'km', 'lo']);

const configured = new Map<string, Chrono | null>();

/** Lede's parsers for `lang` beside chrono's: months, decades, centuries and relative dates chrono misses. */
function ownParsers(lang: string): Parser[] {
  const parsers: Parser[] = [];
  if (MONTH_LANGUAGES.includes(lang)) parsers.push(new LocaleMonthParser(lang));
  if (DECADE_LANGUAGES.includes(lang)) parsers.push(new LocaleDecadeParser(lang));
  if (CENTURY_LANGUAGES.includes(lang)) parsers.push(new LocaleCenturyParser(lang));
  if (RELATIVE_LANGUAGES.includes(lang)) parsers.push(new RelativeWeekdayParser(lang), new RelativePeriodParser(lang));
  if (THIS_YEAR_LANGUAGES.includes(lang)) parsers.push(new PartOfThisYearParser(lang));
  if (QUARTER_LANGUAGES.includes(lang)) parsers.push(new LocaleQuarterParser(lang));
  if (SEASON_LANGUAGES.includes(lang)) parsers.push(new LocaleSeasonParser(lang));
  if (WEEKDAY_PART_LANGUAGES.includes(lang)) parsers.push(new WeekdayPartParser(lang));
  if (lang === 'es' || lang === 'pl') parsers.push(new AgoParser(lang));
  if (lang === 'pl') parsers.push(new PolishDayParser(), new NumericDateParser(), new PolishTimeParser());
  if (DAY_PART_LANGUAGES.includes(lang)) parsers.push(new PartOfDayParser(lang));
  return parsers;
}

/** The parser for `lang` (a primary subtag other than "en"), or null when no date is read in it. */
export function localeParser(lang: string): Chrono | null {
  if (configured.has(lang)) return configured.get(lang) ?? null;
  let chrono: Chrono | null;
  const locale = CHRONO_LOCALES[lang];
  const year = new LocaleYearParser(lang);
  if (locale) {
    chrono = locale.casual.clone();
    // chrono's refiners judge only chrono's results (its filters drop a bare year, which the
    // year parser vouches for); LocaleRefiner settles overlaps between the two.
    chrono.refiners = chrono.refiners.map((r) => new SparingOurs(r));
    // Chinese and Japanese years carry their own word (年): chrono reads them.
    if (lang !== 'zh' && lang !== 'ja') chrono.parsers.push(year);
    chrono.parsers.push(...ownParsers(lang));
  } else if (lang === 'pl') {
    chrono = new Chrono({
      parsers: [new PolishDateParser(), new PolishWeekdayParser(), year, ...ownParsers(lang)] as Parser[],
      refiners: [],
    });
  } else if (!NO_LATIN_YEARS.has(lang) && lang !== 'und') {
    chrono = new Chrono({ parsers: [year], refiners: [] });
  } else {
    chrono = null;
  }
  chrono?.refiners.push(new LocaleRefiner(lang), new LocaleTenseRefiner(lang), new DayPartRefiner(lang));
  configured.set(lang, chrono);
  return chrono;
}

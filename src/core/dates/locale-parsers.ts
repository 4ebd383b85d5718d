/**
 * Date parsers for languages other than English, beside chrono's locale parsers: a year on
 * its own or with a part of the year ("Ende 2029", "a finales de 2029", "eind 2029", "fin
 * 2029", "pod koniec 2029"), and for Polish, which chrono does not read, day-month dates
 * ("1 października 2014") and weekdays ("we wtorek"). Each result carries its TIMEX3 value
 * (timex-tags.ts), as the English news parsers' do.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { referenceDay, stepToWeekday, ymdString } from './calendar';
import { tagged } from './timex-tags';
import { WordBoundaryParser, type BoundedMatch } from './word-boundary-parser';
import { COUNT_LOOKBACK, isCount } from './counts';

/** Years further ahead of the reference date than this are no dates (a count, an amount). */
const FAR_FUTURE_YEARS = 60;

/** Words for the start, middle and end of a year, per language, and the words that link them to it. */
export const PART_OF_YEAR: Record<string, { start: string; mid: string; end: string; link: string }> = {
  de: { start: 'anfang', mid: 'mitte', end: 'ende', link: '' },
  es: { start: 'principios|comienzos|inicios', mid: 'mediados', end: 'finales|fines', link: 'de(?:l)?' },
  fr: { start: 'début', mid: 'mi|milieu', end: 'fin', link: '' },
  nl: { start: 'begin', mid: 'midden|medio|half|halverwege', end: 'eind|einde|eindje', link: '' },
  it: { start: 'inizio', mid: 'metà', end: 'fine', link: "del|dell'" },
  pt: { start: 'início|inicio|começo', mid: 'meados', end: 'fim|final|finais', link: 'de' },
  pl: { start: 'początku|początek', mid: 'połowie|połowa|połowy', end: 'koniec|końcu|końca', link: '' },
  sv: { start: 'början|i början av', mid: 'mitten av', end: 'slutet av', link: '' },
};

/** The TIMEX3 modifier of a part word of `lang` ("Anfang" START, "mediados" MID, "fin" END). */
export function partModifier(lang: string, word: string | undefined): string | undefined {
  const part = PART_OF_YEAR[lang];
  const w = (word ?? '').toLowerCase();
  if (!part || !w) return undefined;
  const is = (alternatives: string): boolean => alternatives.split('|').includes(w);
  return is(part.start) ? 'START' : is(part.mid) ? 'MID' : is(part.end) ? 'END' : undefined;
}

/** The 1-based place of `word` among `forms` (each "a|b", any case), or 0: a month's, a weekday's, a season's. */
export const formIndex = (forms: readonly string[], word: string): number =>
  forms.findIndex((f) => f.split('|').includes(word.toLowerCase())) + 1;

/** A year, alone or after a part of the year: "2029", "Ende 2029", "a mediados de 2029". */
export class LocaleYearParser extends WordBoundaryParser {
  constructor(private readonly lang: string) {
    super();
  }

  override patternLeftBoundary(): string {
    // Not inside a number, a price, a date or a time, nor a hashtag.
    return '(?<![\\p{L}\\p{N}$€£.,/:#-])';
  }

  innerPattern(): RegExp {
    const part = PART_OF_YEAR[this.lang];
    const words = part ? `${part.start}|${part.mid}|${part.end}` : '';
    const link = part?.link ? `(?:(?:${part.link})\\s)?` : '';
    const before = words ? `(?:(${words})[\\s-]${link})?` : '()';
    return new RegExp(`${before}((?:1[6-9]|20)\\d{2})(?![\\p{L}\\p{N}%/€$]|[.,]\\d|-\\d|\\s?[%€$])`, 'iu');
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const year = Number(match[2]);
    if (year > referenceDay(context).year + FAR_FUTURE_YEARS) return null;
    // "más de 2000 desde la reanudación", "rund 1500 Menschen": counts (a part word makes it a year).
    const end = match.index + match[0].length;
    const before = context.text.slice(Math.max(0, match.index - COUNT_LOOKBACK), match.index);
    if (!match[1] && isCount(this.lang, before, context.text.slice(end, end + 24))) return null;
    return tagged(context, match.index, match[0], String(year), { year }, 'DATE', partModifier(this.lang, match[1]));
  }
}

/** Polish month names in the genitive ("1 października"), as dates write them. */
const POLISH_MONTHS = [
  'stycznia',
  'lutego',
  'marca',
  'kwietnia',
  'maja',
  'czerwca',
  'lipca',
  'sierpnia',
  'września',
  'października',
  'listopada',
  'grudnia',
];

/** Polish weekdays after "w"/"we" (accusative): Monday first. */
const POLISH_WEEKDAYS = ['poniedziałek', 'wtorek', 'środę', 'czwartek', 'piątek', 'sobotę', 'niedzielę'];

/**
 * "1 października 2014", "1. października", "15 maja", "w sobotę 22 lutego": a day of a month
 * (of the reference year), with the weekday before it when it is written.
 */
export class PolishDateParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return new RegExp(
      `(?:(?:(?:we?|na)\\s)?(?:${POLISH_WEEKDAYS.join('|')}),?\\s)?([0-3]?\\d)\\.?\\s(${POLISH_MONTHS.join('|')})(?:\\s((?:1[6-9]|20)\\d{2})(?:\\sr\\.|\\sroku)?)?(?![\\p{L}])`,
      'iu',
    );
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const day = Number(match[1]);
    const month = POLISH_MONTHS.indexOf((match[2] ?? '').toLowerCase()) + 1;
    if (day < 1 || day > 31 || month < 1) return null;
    const year = match[3] ? Number(match[3]) : referenceDay(context).year;
    const value = ymdString({ year, month, day });
    return tagged(context, match.index, match[0], value, { year, month, day });
  }
}

/**
 * "we wtorek", "w piątek": the nearest such day before or on the reference date (news reports
 * the past; locale-tense.ts looks ahead where the verb does); "na sobotę" ("for Saturday")
 * the next one on or after it.
 */
export class PolishWeekdayParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return new RegExp(`(?:(we?|na)\\s)(${POLISH_WEEKDAYS.join('|')})(?![\\p{L}])`, 'iu');
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const wanted = POLISH_WEEKDAYS.indexOf((match[2] ?? '').toLowerCase()) + 1;
    if (wanted < 1) return null;
    const day = stepToWeekday(referenceDay(context), wanted, match[1]?.toLowerCase() === 'na' ? 1 : -1);
    const text = match[0];
    const offset = text.length - (match[2] ?? '').length;
    return tagged(context, match.index + offset, text.slice(offset), ymdString(day), { ...day });
  }
}

/**
 * Months, decades and centuries in languages other than English, where chrono's locale
 * parsers read none or read them wrong: a month alone or with its year ("im Oktober", "en
 * octobre", "w październiku 2023 roku"), a part of a month ("Anfang März", "a mediados de
 * mayo", "fin mars", "pod koniec marca"), a decade ("los años 90", "in den 1990er Jahren",
 * "les années 1990", "de jaren negentig", "w latach 90.") and a century ("el siglo XX", "le
 * XXe siècle", "das 20. Jahrhundert"). A month without a year is the one of the reference
 * year unless that lies more than two months ahead, then the year before (news reports what
 * happened). Each result carries its TIMEX3 value (timex-tags.ts).
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { dayNumber, referenceDay } from './calendar';
import { tagged } from './timex-tags';
import { WordBoundaryParser, type BoundedMatch } from './word-boundary-parser';
import { PART_OF_YEAR, formIndex, partModifier } from './locale-parsers';

/** Each month's forms (lower-case), January first. */
const MONTHS: Record<string, string[]> = {
  de: [
    'januar|jänner',
    'februar',
    'märz',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'dezember',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre|setiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  it: [
    'gennaio',
    'febbraio',
    'marzo',
    'aprile',
    'maggio',
    'giugno',
    'luglio',
    'agosto',
    'settembre',
    'ottobre',
    'novembre',
    'dicembre',
  ],
  pt: [
    'janeiro',
    'fevereiro',
    'março',
    'abril',
    'maio',
    'junho',
    'julho',
    'agosto',
    'setembro',
    'outubro',
    'novembro',
    'dezembro',
  ],
  pl: [
    'styczeń|stycznia|styczniu',
    'luty|lutego|lutym',
    'marzec|marca|marcu',
    'kwiecień|kwietnia|kwietniu',
    'maj|maja|maju',
    'czerwiec|czerwca|czerwcu',
    'lipiec|lipca|lipcu',
    'sierpień|sierpnia|sierpniu',
    'wrzesień|września|wrześniu',
    'październik|października|październiku',
    'listopad|listopada|listopadzie',
    'grudzień|grudnia|grudniu',
  ],
};

/** Words between a month and its year ("marzo de 2024"), per language. */
const YEAR_LINK: Record<string, string> = { es: 'de(?:l)?', pt: 'de' };

/** Words a Polish month stands after when it is a date ("w marcu", "od stycznia"). */
const POLISH_BEFORE_MONTH = /(?:^|[^\p{L}])(?:w|we|od|do|z|przed|po|na)\s$/iu;

/** Days ahead of the reference date beyond which a month without a year is read a year earlier. */
export const AHEAD_DAYS = 62;

/** The reference year for a month (or a period beginning in it), or the year before when that would begin more than AHEAD_DAYS ahead. */
export function leaningYear(context: ParsingContext, month: number): number {
  const ref = referenceDay(context);
  const ahead = dayNumber({ year: ref.year, month, day: 1 }) - dayNumber(ref);
  return ahead > AHEAD_DAYS ? ref.year - 1 : ref.year;
}

/** Languages with month names here (for the regular-expression audit). */
export const MONTH_LANGUAGES = Object.keys(MONTHS);

/** A month with or without its year, after a part of a month or not. */
export class LocaleMonthParser extends WordBoundaryParser {
  private readonly months: string[];

  constructor(private readonly lang: string) {
    super();
    this.months = MONTHS[lang] ?? [];
  }

  innerPattern(): RegExp {
    const part = PART_OF_YEAR[this.lang];
    const words = part ? `${part.start}|${part.mid}|${part.end}` : '';
    const partLink = part?.link ? `(?:(?:${part.link})\\s)?` : '';
    const before = words ? `(?:(${words})[\\s-]${partLink})?` : '()';
    const yearLink = YEAR_LINK[this.lang] ? `(?:${YEAR_LINK[this.lang]})\\s` : '';
    return new RegExp(
      `${before}(${this.months.join('|')})(?:\\s${yearLink}((?:1[6-9]|20)\\d{2})(?:\\sr\\.|\\sroku)?)?(?![\\p{L}\\p{N}])`,
      'iu',
    );
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const [text, partWord, name = '', yearText] = match as unknown as [string, string?, string?, string?];
    const lower = name.toLowerCase();
    const month = formIndex(this.months, lower);
    if (month < 1) return null;
    const mod = partModifier(this.lang, partWord);
    if (!mod && !yearText) {
      const before = context.text.slice(Math.max(0, match.index - 12), match.index);
      // Months are lower-case words outside German: "Mars" in a sentence is the planet, "Mayo" a clinic.
      if (this.lang !== 'de' && name !== lower && !/(?:^|[.!?:]\s{0,3})$/u.test(before)) return null;
      if (this.lang === 'pl' && !POLISH_BEFORE_MONTH.test(before)) return null;
    }
    const year = yearText ? Number(yearText) : leaningYear(context, month);
    const value = `${year}-${String(month).padStart(2, '0')}`;
    const known: Record<string, number> = { month };
    if (yearText) known['year'] = year;
    return tagged(context, match.index, text, value, known, 'DATE', mod);
  }
}

/** Number words of decades (the tens digit), across the languages below. */
const DECADE_WORDS: Record<string, number> = {
  veinte: 2,
  treinta: 3,
  cuarenta: 4,
  cincuenta: 5,
  sesenta: 6,
  setenta: 7,
  ochenta: 8,
  noventa: 9,
  vingt: 2,
  trente: 3,
  quarante: 4,
  cinquante: 5,
  soixante: 6,
  'soixante-dix': 7,
  'quatre-vingt': 8,
  'quatre-vingts': 8,
  'quatre-vingt-dix': 9,
  twintig: 2,
  dertig: 3,
  veertig: 4,
  vijftig: 5,
  zestig: 6,
  zeventig: 7,
  tachtig: 8,
  negentig: 9,
  venti: 2,
  trenta: 3,
  quaranta: 4,
  cinquanta: 5,
  sessanta: 6,
  settanta: 7,
  ottanta: 8,
  novanta: 9,
  vinte: 2,
  trinta: 3,
  quarenta: 4,
  sessenta: 6,
  oitenta: 8,
  dwudziestych: 2,
  trzydziestych: 3,
  czterdziestych: 4,
  pięćdziesiątych: 5,
  sześćdziesiątych: 6,
  siedemdziesiątych: 7,
  osiemdziesiątych: 8,
  dziewięćdziesiątych: 9,
};

/** The words of a decade per language: before the number, after it. */
const DECADE: Record<string, { before: string; after: string }> = {
  es: { before: 'años|década\\sde(?:\\slos)?', after: '' },
  fr: { before: 'années', after: '' },
  nl: { before: 'jaren', after: '' },
  it: { before: 'anni', after: '' },
  pt: { before: 'anos|década\\sde', after: '' },
  pl: { before: 'lat(?:ach|a)?', after: '' },
  de: { before: '', after: 'er(?:[\\s-]jahre[n]?)' },
};

const DECADE_NUMBER = `(?:['’]?((?:19|20)?\\d0)|(${Object.keys(DECADE_WORDS).join('|')}))`;

/** How far ahead (years) a decade written in full may begin ("die 2030er-Jahre" in 2024). */
const NEAR_DECADES_YEARS = 30;

/** Languages with decades here (for the regular-expression audit). */
export const DECADE_LANGUAGES = Object.keys(DECADE);

/** "los años 90", "les années 1990", "de jaren negentig", "in den 1990er Jahren": a decade (TIMEX3 "199"). */
export class LocaleDecadeParser extends WordBoundaryParser {
  constructor(private readonly lang: string) {
    super();
  }

  innerPattern(): RegExp {
    const d = DECADE[this.lang] ?? { before: 'x^', after: '' };
    if (d.after) return new RegExp(`(?:den\\s)?((?:19|20)?\\d0)()${d.after}(?![\\p{L}])`, 'iu');
    return new RegExp(`(?:${d.before})\\s${DECADE_NUMBER}\\.?(?![\\p{L}\\p{N}])`, 'iu');
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const [text, digits, word] = match as unknown as [string, string?, string?];
    const ref = referenceDay(context).year;
    let decade: number;
    if (digits && digits.length === 4) decade = Math.floor(Number(digits) / 10);
    else if (digits) {
      // "los años 20" are the 1920s, "los años 10" (once the 2010s are past) the 2010s.
      const tens = Number(digits) / 10;
      decade = tens * 10 <= (ref % 100) - 10 ? 200 + tens : 190 + tens;
    } else {
      const tens = DECADE_WORDS[(word ?? '').toLowerCase()];
      if (!tens) return null;
      decade = 190 + tens;
    }
    // A decade ahead is one only when written in full and near ("in den 2030er-Jahren").
    if (decade * 10 > ref && (digits?.length !== 4 || decade * 10 > ref + NEAR_DECADES_YEARS)) return null;
    return tagged(context, match.index, text.replace(/\.$/u, ''), String(decade), {}, 'DATE');
  }
}

/** The words of a century per language: the pattern, with the number as a roman or an ordinal. */
const CENTURY: Record<string, string> = {
  es: '[sS]iglo\\s([XVI]{1,5})()',
  pt: '[sS]éculo\\s([XVI]{1,5})()',
  it: '[sS]ecolo\\s([XVI]{1,5})()',
  fr: '([XVI]{1,5})(?:e|ème|è)\\s[sS]iècle()',
  pl: '([XVI]{1,5})\\s(?:wieku|wiek|wieki)()',
  de: '()(\\d{1,2})\\.\\sjahrhundert(?:s)?',
  nl: '()(\\d{1,2})(?:e|ste|de)\\seeuw',
};

/** Languages with centuries here (for the regular-expression audit). */
export const CENTURY_LANGUAGES = Object.keys(CENTURY);

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

/** The value of a roman numeral of I, V and X ("XXI" 21), or null when malformed. */
function roman(text: string): number | null {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN[text[i] as string] ?? 0;
    const next = ROMAN[text[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total < 30 ? total : null;
}

/** "el siglo XX", "le XXIe siècle", "das 20. Jahrhundert": a century (TIMEX3 "19"). */
export class LocaleCenturyParser extends WordBoundaryParser {
  constructor(private readonly lang: string) {
    super();
  }

  innerPattern(): RegExp {
    // Roman numerals are capitals: case matters for them, not for the words (flag-less "i" would read "xx").
    return new RegExp(
      `${CENTURY[this.lang] ?? 'x^()()'}(?![\\p{L}\\p{N}])`,
      this.lang === 'de' || this.lang === 'nl' ? 'iu' : 'u',
    );
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const [text, romanText, ordinal] = match as unknown as [string, string?, string?];
    const n = romanText ? roman(romanText) : Number(ordinal);
    if (!n || n > Math.floor(referenceDay(context).year / 100) + 1) return null;
    return tagged(context, match.index, text, String(n - 1).padStart(2, '0'), {}, 'DATE');
  }
}

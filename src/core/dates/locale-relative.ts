/**
 * Dates relative to the reference in languages other than English, where chrono's locale
 * parsers read none or read them wrong: a weekday said to be past or coming ("el domingo
 * pasado", "am kommenden Montag", "afgelopen zondag", "w ubiegłą niedzielę"), the last or
 * next year, month or week ("el año pasado", "la semana pasada", "w zeszłym tygodniu"), a
 * count of units ago ("hace dos semanas", "dwa tygodnie temu"), and Polish days ("wczoraj",
 * "jutro") and numeric dates ("12.10.2023"), which chrono does not read at all. Each result
 * carries its TIMEX3 value (timex-tags.ts).
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import {
  addDays,
  addMonths,
  isoWeek,
  isoWeekday,
  monthString,
  referenceDay,
  stepToWeekday,
  ymdString,
} from './calendar';
import { formIndex, partModifier } from './locale-parsers';
import { tagged } from './timex-tags';
import { WordBoundaryParser, type BoundedMatch } from './word-boundary-parser';

interface Relative {
  /** Each weekday's forms, Monday first. */
  weekdays: string[];
  /** Words before or after a weekday or a unit that put it in the past, and in the future. */
  pastBefore: string;
  pastAfter: string;
  nextBefore: string;
  nextAfter: string;
  /** Words before a weekday or a unit that put it in the reference's own week, month or year. */
  thisBefore: string;
  /** The forms of year, month and week that those words go with (and of a quarter, a weekend). */
  units: { year: string; month: string; week: string; quarter?: string; weekend?: string };
}

const RELATIVE: Record<string, Relative> = {
  es: {
    weekdays: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    pastBefore: 'pasado|pasada',
    pastAfter: 'pasado|pasada',
    nextBefore: 'próximo|próxima',
    nextAfter: 'próximo|próxima|que viene',
    thisBefore: 'este|esta',
    units: { year: 'año', month: 'mes', week: 'semana', quarter: 'trimestre', weekend: 'fin de semana' },
  },
  pt: {
    weekdays: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
    pastBefore: 'último|última',
    pastAfter: 'passado|passada',
    nextBefore: 'próximo|próxima',
    nextAfter: 'que vem',
    thisBefore: 'este|esta',
    units: { year: 'ano', month: 'mês', week: 'semana' },
  },
  it: {
    weekdays: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
    pastBefore: 'scorso|scorsa',
    pastAfter: 'scorso|scorsa',
    nextBefore: 'prossimo|prossima',
    nextAfter: 'prossimo|prossima',
    thisBefore: 'questo|questa',
    units: { year: 'anno', month: 'mese', week: 'settimana' },
  },
  de: {
    weekdays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag|sonnabend', 'sonntag'],
    pastBefore: 'vergangenen|vergangener|letzten|letzter|vorigen|voriger',
    pastAfter: 'x^',
    nextBefore: 'kommenden|kommender|kommendes|nächsten|nächster|nächstes',
    nextAfter: 'x^',
    thisBefore: 'diese|dieses|diesen|dieser',
    units: {
      year: 'jahr|jahres',
      month: 'monat|monats',
      week: 'woche',
      quarter: 'quartal|quartals',
      weekend: 'wochenende|wochenendes',
    },
  },
  fr: {
    weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    pastBefore: 'x^',
    pastAfter: 'dernier|dernière',
    nextBefore: 'x^',
    nextAfter: 'prochain|prochaine',
    thisBefore: 'cette|cet|ce',
    // "l'an dernier", "l'an prochain" as well as "l'année dernière".
    units: { year: 'année|an', month: 'mois', week: 'semaine', quarter: 'trimestre', weekend: 'week-end|weekend' },
  },
  nl: {
    weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
    // "vorig kwartaal", "volgend jaar": the forms before a neuter noun.
    pastBefore: 'afgelopen|vorige|vorig',
    pastAfter: 'x^',
    nextBefore: 'komende|volgende|volgend|aanstaande',
    nextAfter: 'x^',
    thisBefore: 'deze|dit',
    units: { year: 'jaar', month: 'maand', week: 'week', quarter: 'kwartaal', weekend: 'weekend' },
  },
  pl: {
    weekdays: ['poniedziałek', 'wtorek', 'środę|środa', 'czwartek', 'piątek', 'sobotę|sobota', 'niedzielę|niedziela'],
    pastBefore:
      'ubiegły|ubiegłą|zeszły|zeszłą|ostatni|ostatnią|miniony|minioną|ubiegłym|zeszłym|minionym|poprzednim|ubiegłego|zeszłego|minionego|poprzedniego',
    pastAfter: 'x^',
    nextBefore: 'przyszły|przyszłą|najbliższy|najbliższą|następny|następną|przyszłym|następnym|przyszłego|następnego',
    nextAfter: 'x^',
    thisBefore: 'tym|tego|ten',
    units: {
      year: 'roku|rok',
      month: 'miesiącu|miesiąca|miesiąc',
      week: 'tygodniu|tygodnia|tydzień',
      quarter: 'kwartale|kwartału|kwartał',
      weekend: 'weekend|weekendzie',
    },
  },
};

/** Each weekday's forms in `lang`, Monday first (empty where none are listed). */
export const weekdayForms = (lang: string): readonly string[] => RELATIVE[lang]?.weekdays ?? [];

/** Languages with relative words here (for the regular-expression audit). */
export const RELATIVE_LANGUAGES = Object.keys(RELATIVE);

/** Which way a word points: -1 past, 1 coming, 0 this one, null neither. */
function direction(word: string | undefined, r: Relative, before: boolean): number | null {
  const w = (word ?? '').toLowerCase();
  if (!w) return null;
  const past = (before ? r.pastBefore : r.pastAfter).split('|');
  const next = (before ? r.nextBefore : r.nextAfter).split('|');
  if (before && r.thisBefore.split('|').includes(w)) return 0;
  return past.includes(w) ? -1 : next.includes(w) ? 1 : null;
}

/** The words before a weekday or a unit, as one alternation. */
const beforeWords = (r: Relative): string => `${r.pastBefore}|${r.nextBefore}|${r.thisBefore}`;

/** Whether `unit` is one of `forms` ("jahr|jahres"). */
const isForm = (forms: string, unit: string): boolean => forms.split('|').includes(unit.toLowerCase());

/** A weekday or a unit of time with a word before or after it that places it (the base of the two below). */
abstract class RelativeParser extends WordBoundaryParser {
  protected readonly r: Relative;

  constructor(lang: string) {
    super();
    this.r = RELATIVE[lang] as Relative;
  }

  /** The alternation of the words placed (weekdays, units). */
  protected abstract placed(): string;

  innerPattern(): RegExp {
    const { pastAfter, nextAfter } = this.r;
    return new RegExp(
      `(?:(${beforeWords(this.r)})\\s)?(${this.placed()})(?:\\s(${pastAfter}|${nextAfter}))?(?![\\p{L}])`,
      'iu',
    );
  }

  /** Which way the words before or after point (-1, 0, 1), or null when none does. */
  protected way(before: string | undefined, after: string | undefined): number | null {
    return direction(before, this.r, true) ?? direction(after, this.r, false);
  }
}

/** "el domingo pasado", "am kommenden Montag", "lundi dernier": the weekday before or after the reference. */
export class RelativeWeekdayParser extends RelativeParser {
  protected placed(): string {
    return this.r.weekdays.join('|');
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const [text, before, name = '', after] = match as unknown as [string, string?, string?, string?];
    const way = this.way(before, after);
    if (way === null) return null;
    const wanted = formIndex(this.r.weekdays, name);
    const ref = referenceDay(context);
    // "este lunes": the Monday of the reference's own week; otherwise the next one before or after.
    const day =
      way === 0 ? addDays(ref, wanted - isoWeekday(ref)) : stepToWeekday(addDays(ref, way), wanted, way < 0 ? -1 : 1);
    return tagged(context, match.index, text, ymdString(day), { ...day });
  }
}

/** "el año pasado", "la semana pasada", "w przyszłym miesiącu": the year, month or week before or after. */
export class RelativePeriodParser extends RelativeParser {
  protected placed(): string {
    const { units } = this.r;
    const more = [units.quarter, units.weekend].filter(Boolean).map((u) => `|${(u as string).replace(/ /gu, '\\s')}`);
    return `${units.year}|${units.month}|${units.week}${more.join('')}`;
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const [text, before, unit = '', after] = match as unknown as [string, string?, string?, string?];
    const way = this.way(before, after);
    if (way === null) return null;
    // "el pasado mes de marzo" is March.
    if (isForm(this.r.units.month, unit) && /^\s(?:de|del)\s/iu.test(context.text.slice(match.index + text.length)))
      return null;
    const ref = referenceDay(context);
    const { units } = this.r;
    const word = unit.toLowerCase().replace(/\s+/gu, ' ');
    let value: string;
    if (isForm(units.year, word)) value = String(ref.year + way);
    else if (isForm(units.month, word)) {
      const m = addMonths(ref.year, ref.month, way);
      value = monthString(m.year, m.month);
    } else if (units.quarter && isForm(units.quarter, word)) {
      // "vorig kwartaal", "le trimestre prochain": the quarter before or after the reference's.
      const q = ref.year * 4 + Math.floor((ref.month - 1) / 3) + way;
      value = `${Math.floor(q / 4)}-Q${(q % 4) + 1}`;
    } else if (units.weekend && isForm(units.weekend, word)) {
      // "ce week-end", "afgelopen weekend": the weekend of the reference's week, or of the one before or after.
      value = `${isoWeek(addDays(ref, 7 * way))}-WE`;
    } else value = isoWeek(addDays(ref, 7 * way));
    return tagged(context, match.index, text, value, {});
  }
}

/** Number words up to twelve, Spanish and Polish. */
const COUNTS: Record<string, number> = {
  un: 1,
  una: 1,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  jeden: 1,
  jedna: 1,
  dwa: 2,
  dwie: 2,
  trzy: 3,
  cztery: 4,
  pięć: 5,
  sześć: 6,
  siedem: 7,
  osiem: 8,
  dziewięć: 9,
  dziesięć: 10,
};

/** Unit forms, Spanish and Polish: d(ay), w(eek), m(onth), y(ear). */
const UNITS: Record<string, 'd' | 'w' | 'm' | 'y'> = {
  día: 'd',
  días: 'd',
  semana: 'w',
  semanas: 'w',
  mes: 'm',
  meses: 'm',
  año: 'y',
  años: 'y',
  dzień: 'd',
  dni: 'd',
  tydzień: 'w',
  tygodnie: 'w',
  tygodni: 'w',
  miesiąc: 'm',
  miesiące: 'm',
  miesięcy: 'm',
  rok: 'y',
  lata: 'y',
  lat: 'y',
};

const COUNT = `(\\d{1,3}|${Object.keys(COUNTS).join('|')})`;
const UNIT = `(${Object.keys(UNITS).join('|')})`;

/** "hace dos semanas", "dwa tygodnie temu", "rok temu": a count of units before the reference. */
export class AgoParser extends WordBoundaryParser {
  constructor(private readonly lang: string) {
    super();
  }

  innerPattern(): RegExp {
    return this.lang === 'pl'
      ? new RegExp(`(?:${COUNT}\\s)?${UNIT}\\stemu(?![\\p{L}])`, 'iu')
      : new RegExp(`hace\\s${COUNT}\\s${UNIT}(?![\\p{L}])`, 'iu');
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const [text, count, unitWord = ''] = match as unknown as [string, string?, string?];
    const c = (count ?? '').toLowerCase();
    const n = !c ? 1 : /^\d+$/u.test(c) ? Number(c) : (COUNTS[c] ?? 0);
    const unit = UNITS[unitWord.toLowerCase()];
    if (!n || !unit) return null;
    const ref = referenceDay(context);
    let value: string;
    if (unit === 'y') value = String(ref.year - n);
    else if (unit === 'm') {
      const m = addMonths(ref.year, ref.month, -n);
      value = monthString(m.year, m.month);
    } else value = ymdString(addDays(ref, unit === 'w' ? -7 * n : -n));
    return tagged(context, match.index, text, value, {});
  }
}

/** Polish days named from today. */
const POLISH_DAYS: Record<string, number> = {
  przedwczoraj: -2,
  wczoraj: -1,
  dziś: 0,
  dzisiaj: 0,
  jutro: 1,
  pojutrze: 2,
};

/** "wczoraj", "jutro", "dziś": a day counted from the reference (Polish; chrono reads no Polish). */
export class PolishDayParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return new RegExp(`(${Object.keys(POLISH_DAYS).join('|')})(?![\\p{L}])`, 'iu');
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult {
    const day = addDays(referenceDay(context), POLISH_DAYS[(match[1] ?? '').toLowerCase()] ?? 0);
    return tagged(context, match.index, match[0], ymdString(day), { year: day.year, month: day.month, day: day.day });
  }
}

/** "12.10.2023", "3.04.2024 r.": a day-first numeric date (Polish; chrono reads no Polish). */
export class NumericDateParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return /([0-3]?\d)\.([01]?\d)\.((?:1[6-9]|20)\d{2})(?:\sr\.)?(?![\p{N}])/u;
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (day < 1 || day > 31 || month < 1 || month > 12) return null;
    return tagged(context, match.index, match[0], ymdString({ year, month, day }), { year, month, day });
  }
}

/**
 * A part of the year the story is in, without the year's number: "d'ici à la fin de l'année",
 * "a mediados de año", "Ende des Jahres", "eind van het jaar", "do końca roku" (the part words
 * are locale-parsers.ts's); a year named after it ("la fin de l'année 2019", "fin de l'année
 * dernière") is the other parsers'.
 */
const THIS_YEAR: Record<string, string> = {
  fr: "(début|mi|milieu|fin)(?:\\s|-)(?:de\\s)?l['’]année(?!\\s(?:dernière|prochaine|précédente|suivante|passée|\\d))",
  es: '(principios|comienzos|inicios|mediados|finales|fines)\\sde\\s(?:este\\s)?año(?!\\s(?:pasado|próximo|que\\sviene|anterior|siguiente|\\d))',
  de: '(anfang|mitte|ende)\\s(?:des|dieses)\\sjahres',
  nl: '(begin|midden|eind|einde)\\s(?:van\\s)?(?:dit|het)\\sjaar',
  pl: '(początku|połowie|końca|końcu|koniec|początek)\\s(?:tego\\s)?roku(?!\\s?\\d)',
};

/** Languages with parts of this year here (for the regular-expression audit). */
export const THIS_YEAR_LANGUAGES = Object.keys(THIS_YEAR);

export class PartOfThisYearParser extends WordBoundaryParser {
  constructor(private readonly lang: string) {
    super();
  }

  innerPattern(): RegExp {
    return new RegExp(`${THIS_YEAR[this.lang] ?? '(x^)'}(?![\\p{L}])`, 'iu');
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const mod = partModifier(this.lang, match[1]);
    if (!mod) return null;
    const year = referenceDay(context).year;
    return tagged(context, match.index, match[0], String(year), {}, 'DATE', mod);
  }
}

/**
 * Quarters, seasons and parts of a weekday in languages other than English, which chrono's
 * locale parsers do not read: "en el primer trimestre", "im ersten Quartal 2024", "au
 * premier trimestre", "het eerste kwartaal", "w pierwszym kwartale"; "el verano pasado",
 * "cet été", "deze zomer", "im Sommer 2024"; "Dienstagabend", "dinsdagavond". Each result
 * carries its TIMEX3 value (timex-tags.ts): "2026-Q1", "2026-SU", "2026-11-24".
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { referenceDay, stepToWeekday, ymdString } from './calendar';
import { tagged } from './timex-tags';
import { WordBoundaryParser, type BoundedMatch } from './word-boundary-parser';
import { leaningYear } from './locale-months';
import { formIndex } from './locale-parsers';
import { weekdayForms } from './locale-relative';

/** Ordinals of the four quarters and the quarter's word, per language. */
const QUARTERS: Record<string, { ordinals: string[]; word: string; yearLink: string }> = {
  es: { ordinals: ['primer', 'segundo', 'tercer', 'cuarto'], word: 'trimestre', yearLink: 'del|de' },
  pt: { ordinals: ['primeiro', 'segundo', 'terceiro', 'quarto'], word: 'trimestre', yearLink: 'de' },
  it: { ordinals: ['primo', 'secondo', 'terzo', 'quarto'], word: 'trimestre', yearLink: 'del' },
  fr: { ordinals: ['premier', 'deuxième|second', 'troisième', 'quatrième'], word: 'trimestre', yearLink: 'de' },
  de: {
    ordinals: ['ersten|erste|erstes', 'zweiten|zweite', 'dritten|dritte', 'vierten|vierte'],
    word: 'quartals?',
    yearLink: '',
  },
  nl: { ordinals: ['eerste', 'tweede', 'derde', 'vierde'], word: 'kwartaal', yearLink: 'van' },
  pl: {
    ordinals: [
      'pierwszym|pierwszy|pierwszego',
      'drugim|drugi|drugiego',
      'trzecim|trzeci|trzeciego',
      'czwartym|czwarty|czwartego',
    ],
    word: 'kwartale|kwartał|kwartału',
    yearLink: '',
  },
};

/** Languages with quarters here (for the regular-expression audit). */
export const QUARTER_LANGUAGES = Object.keys(QUARTERS);

/** "el primer trimestre (de 2024)": a quarter, of the year given or the reference's (leaning to the past). */
export class LocaleQuarterParser extends WordBoundaryParser {
  constructor(private readonly lang: string) {
    super();
  }

  innerPattern(): RegExp {
    const q = QUARTERS[this.lang] ?? { ordinals: ['x^'], word: 'x^', yearLink: '' };
    const link = q.yearLink ? `(?:(?:${q.yearLink})\\s)?` : '';
    return new RegExp(
      `(${q.ordinals.join('|')})\\s(?:${q.word})(?:\\s${link}((?:19|20)\\d{2}))?(?![\\p{L}\\p{N}])`,
      'iu',
    );
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const q = QUARTERS[this.lang];
    const n = formIndex(q?.ordinals ?? [], match[1] ?? '');
    if (n < 1) return null;
    const year = match[2] ? Number(match[2]) : leaningYear(context, 3 * n - 2);
    return tagged(context, match.index, match[0], `${year}-Q${n}`, match[2] ? { year } : {});
  }
}

/** Seasons (spring, summer, autumn, winter) and the words that place them, per language. */
const SEASONS: Record<string, { names: string[]; past: string; next: string; self: string }> = {
  es: {
    names: ['primavera', 'verano', 'otoño', 'invierno'],
    past: 'pasado|pasada',
    next: 'próximo|próxima|que viene',
    self: 'este|esta',
  },
  pt: {
    names: ['primavera', 'verão', 'outono', 'inverno'],
    past: 'passado|passada',
    next: 'que vem',
    self: 'este|esta|neste|nesta',
  },
  it: {
    names: ['primavera', 'estate', 'autunno', 'inverno'],
    past: 'scorso|scorsa',
    next: 'prossimo|prossima',
    self: 'questo|questa',
  },
  fr: { names: ['printemps', 'été', 'automne', 'hiver'], past: 'dernier', next: 'prochain', self: 'ce|cet' },
  de: {
    names: ['frühling|frühjahr', 'sommer', 'herbst', 'winter'],
    past: 'vergangenen|letzten',
    next: 'kommenden|nächsten',
    self: 'diesen|dieses|diesem',
  },
  nl: {
    names: ['lente|voorjaar', 'zomer', 'herfst|najaar', 'winter'],
    past: 'afgelopen|vorige',
    next: 'komende|volgende',
    self: 'deze|dit',
  },
  pl: {
    names: ['wiosny|wiosną|wiosnę', 'lata|latem', 'jesieni|jesienią', 'zimy|zimą'],
    past: 'ubiegłego|zeszłego|ubiegłym|zeszłym',
    next: 'przyszłego|przyszłym',
    self: 'tego|tej|tym',
  },
};

/** TIMEX3 codes of the seasons and the month each begins in. */
const SEASON_CODES = ['SP', 'SU', 'FA', 'WI'] as const;
const SEASON_START = [3, 6, 9, 12];

/** Languages with seasons here (for the regular-expression audit). */
export const SEASON_LANGUAGES = Object.keys(SEASONS);

/**
 * "el verano pasado", "cet été", "im Sommer 2024": a season placed by a word or a year (a
 * season alone, "im Sommer", is any summer: no date). "This" season is the reference
 * year's; a past one is the last that began before the reference, a coming one the next.
 */
export class LocaleSeasonParser extends WordBoundaryParser {
  constructor(private readonly lang: string) {
    super();
  }

  innerPattern(): RegExp {
    const s = SEASONS[this.lang] ?? { names: ['x^'], past: 'x^', next: 'x^', self: 'x^' };
    const names = s.names.join('|');
    return new RegExp(
      `(?:(${s.past}|${s.next}|${s.self})\\s)?(${names})(?:\\s(${s.past}|${s.next}|(?:19|20)\\d{2}))?(?![\\p{L}\\p{N}])`,
      'iu',
    );
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const s = SEASONS[this.lang];
    if (!s) return null;
    const [text, before = '', name = '', after = ''] = match as unknown as [string, string?, string?, string?];
    const index = formIndex(s.names, name) - 1;
    const is = (words: string, w: string): boolean => !!w && words.split('|').includes(w.toLowerCase());
    const ref = referenceDay(context);
    const startMonth = SEASON_START[index] ?? 3;
    // Months counted from year 0: a season of year Y runs from Y*12+start to Y*12+start+2.
    const now = ref.year * 12 + ref.month;
    let year: number;
    if (/^\d{4}$/u.test(after)) year = Number(after);
    // The last one over before the reference, the first one to begin after it.
    else if (is(s.past, before) || is(s.past, after)) year = Math.ceil((now - startMonth - 2) / 12) - 1;
    else if (is(s.next, before) || is(s.next, after)) year = Math.floor((now - startMonth) / 12) + 1;
    else if (is(s.self, before)) year = ref.year;
    else return null;
    return tagged(context, match.index, text, `${year}-${SEASON_CODES[index] ?? 'SP'}`, {});
  }
}

/** Parts of the day a weekday takes as a suffix (the weekdays are locale-relative.ts's). */
const WEEKDAY_PARTS: Record<string, string> = {
  de: 'abend|morgen|vormittag|mittag|nachmittag|nacht',
  nl: 'avond|ochtend|morgen|middag|nacht',
};

/** Languages with weekday compounds here (for the regular-expression audit). */
export const WEEKDAY_PART_LANGUAGES = Object.keys(WEEKDAY_PARTS);

/** "Dienstagabend", "dinsdagavond": the last such weekday on or before the reference (news reports the past). */
export class WeekdayPartParser extends WordBoundaryParser {
  constructor(private readonly lang: string) {
    super();
  }

  innerPattern(): RegExp {
    return new RegExp(
      `(${weekdayForms(this.lang).join('|') || 'x^'})(?:${WEEKDAY_PARTS[this.lang] ?? 'x^'})(?![\\p{L}])`,
      'iu',
    );
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const wanted = formIndex(weekdayForms(this.lang), match[1] ?? '');
    if (wanted < 1) return null;
    const day = stepToWeekday(referenceDay(context), wanted, -1);
    return tagged(context, match.index, match[0], ymdString(day), { ...day });
  }
}

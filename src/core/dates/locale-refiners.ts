/**
 * Refiners for the dates of languages other than English: a leading preposition or article
 * is outside the extent ("am Dienstag" is "Dienstag", as TIMEX3 and the English dates have
 * it); spans ("pendant trois mois"), habits ("jeden Dienstag"), fractions ("1/3") and matches
 * inside a word ("май" in "майонеза") are no dates; a result inside a longer one gives way to
 * it; and a day and month without a year that
 * would fall more than two months after the reference date is read in the year before (news
 * reports what happened: "el 3 de marzo" in a November article is the March gone by).
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { MS_PER_DAY } from './calendar';
import { addModifier, isOurs } from './timex-tags';
import { AHEAD_DAYS, MONTH_LANGUAGES } from './locale-months';
import { PART_OF_YEAR, partModifier } from './locale-parsers';
import { isClockTime } from './locale-times';

/** Words before a date that are not part of it, per language (lower-case). */
const LEADING_WORDS: Record<string, string> = {
  de: 'am|im|an|vom|von|bis|seit|ab|zum|zur|um|für|nach|dem|den|der',
  es: 'el|la|los|las|en|desde|hasta|para|a|al|del|de',
  fr: "le|la|les|en|depuis|dès|jusqu’au|jusqu'au|au|du|de|à",
  nl: 'op|in|van|tot|sinds|vanaf|de|het|per',
  it: 'il|lo|la|in|dal|dallo|al|fino|a|da|nel|del',
  pt: 'o|a|em|no|na|desde|até|de|do|da|ao',
  sv: 'i|på|den|från|till|sedan',
  pl: 'w|we|od|do|z|na',
  ru: 'в|во|с|со|до|на|к|ко|по|от|около',
  uk: 'в|у|з|із|до|на|від|по',
};

/** Words for "now" (lower-case): the moment of reading, not a date of the story. */
const NOW_WORDS = new Set([
  'jetzt',
  'nun',
  'ahora',
  'ahora mismo',
  'maintenant',
  'nu',
  'agora',
  'ora',
  'adesso',
  'teraz',
  'just nu',
  'сейчас',
  'зараз',
  '现在',
  '現在',
  '今',
]);

/**
 * A weekday written as two or three letters alone (a dot allowed): "So", "Do.", "zo"; or as
 * four Latin letters, an abbreviation that is also a word ("vrij", free, is not Friday).
 */
function isBareWeekday(r: ParsingResult): boolean {
  const text = r.text.trim().replace(/\.$/u, '');
  const short = text.length <= 3 ? /^\p{L}+$/u.test(text) : text.length === 4 && /^\p{Script=Latin}+$/u.test(text);
  return short && r.start.isCertain('weekday') && !r.start.isCertain('day') && !r.end;
}

/**
 * A count of units after these words is a span, not a point in time ("pendant trois mois",
 * "für drei Monate", "durante tres meses"; chrono reads them as "in three months"), per
 * language: the words, and the language's units.
 */
const SPAN_WORDS: Record<string, [string, string]> = {
  de: [
    'für|während|über',
    'sekunden?|minuten?|stunden?|tagen?|tage|wochen?|monaten?|monate|jahren?|jahre|jahrzehnten?|jahrzehnte',
  ],
  es: ['durante|por|de|en', 'segundos?|minutos?|horas?|d[ií]as?|semanas?|mes|meses|años?|décadas?'],
  fr: ['pendant|durant|pour|de|en|sur', 'secondes?|minutes?|heures?|jours?|semaines?|mois|ans?|années?|décennies?'],
  nl: [
    'voor|gedurende|na',
    'seconden?|minuten?|uur|uren|dagen?|weken|week|maanden?|maand|jaar|jaren|decennia|decennium',
  ],
  it: [
    'per|durante|da|di|in',
    'secondi|secondo|minuti|minuto|ore|ora|giorni|giorno|settimane|settimana|mesi|mese|anni|anno',
  ],
  pt: ['por|durante|de|em', 'segundos?|minutos?|horas?|dias?|semanas?|mês|meses|anos?|décadas?'],
  ru: [
    'в течение|на|за',
    'секунд\\p{L}{0,2}|минут\\p{L}{0,2}|час\\p{L}{0,3}|дн\\p{L}{0,3}|день|недел\\p{L}{0,2}|месяц\\p{L}{0,3}|год\\p{L}{0,2}|лет',
  ],
  sv: ['i|under|på', 'sekunder|sekund|minuter|minut|timmar|timme|dagar|dag|veckor|vecka|månader|månad|år'],
};

/** The span pattern of `lang` ("pendant trois mois"), or null. */
export function spanPattern(lang: string): RegExp | null {
  const words = SPAN_WORDS[lang];
  if (!words) return null;
  const lead = words[0].replace(/ /gu, '\\s{1,3}');
  return new RegExp(`^(?:${lead})\\s{1,3}\\S{1,20}\\s{1,3}(?:${words[1]})$`, 'iu');
}

/** Languages with span words (for the regular-expression audit). */
export const SPAN_LANGUAGES = Object.keys(SPAN_WORDS);

/** Words before a date that make it a habit, not a date ("jeden Dienstag", "cada lunes", "каждую пятницу"). */
const EVERY =
  /(?:^|[^\p{L}])(?:jede[nrs]?|alle|chaque|tous les|toutes les|cada|todos los|todas las|elke|iedere?|ogni|tutti i|tutte le|todos os|todas as|varje|alla|кажды[йе]|каждую|каждое|каждой|кожен|кожну|кожного|każdy|każdą|każdego|co)\s{1,3}$/iu;

/** Words a language's chrono reads as dates that are none ("последней странице": "the last page"). */
const NOT_DATES: Record<string, RegExp> = { ru: /^последн\p{L}{0,4}$/iu };

/** Words that a language's chrono reads as a day but that are a time of day after an article ("de la mañana"). */
const TIME_OF_DAY_AFTER: Record<string, [RegExp, RegExp]> = {
  es: [/^mañana$/iu, /(?:^|[^\p{L}])(?:la|esta|cada|una)\s$/iu],
};

/** Letters of scripts written with spaces between words (a date does not start or end inside a word). */
const SPACED_LETTER = /[\p{L}\p{N}](?<![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/u;

/** Whether `r` starts and ends on a word's edge ("май" in "майонеза" and "5 года" in "1,5 года" do not). */
function onWordEdges(text: string, r: ParsingResult): boolean {
  const before = text.slice(Math.max(0, r.index - 2), r.index);
  const after = text.charAt(r.index + r.text.length);
  if (SPACED_LETTER.test(before.slice(-1)) || (after && SPACED_LETTER.test(after))) return false;
  return !/^\d[.,]$/u.test(before) || !/^\d/u.test(r.text);
}

/** Words between a part of a period and a relative period ("finales del año pasado", "Ende des Jahres"). */
const PART_LINKS: Record<string, string> = {
  de: 'des|der',
  es: 'del|de|de la|de los',
  fr: 'de|du|des',
  nl: 'van|van het|van de|de',
  it: 'del|della|dello',
  pt: 'do|da|de',
  pl: '',
  sv: '',
};

/** The start, middle or end word of `lang` right before a date ("Ende", "a finales del"), or null. */
export function partBefore(lang: string): RegExp | null {
  const part = PART_OF_YEAR[lang];
  if (!part) return null;
  const links = PART_LINKS[lang] ? `(?:(?:${(PART_LINKS[lang] ?? '').replace(/ /gu, '\\s')})\\s)?` : '';
  return new RegExp(`(?<![\\p{L}])(${part.start}|${part.mid}|${part.end})[\\s-]${links}$`, 'iu');
}

/** Languages with parts of periods (for the regular-expression audit). */
export const PART_LANGUAGES = Object.keys(PART_OF_YEAR);

/** A result of chrono's that names a month without its day or year ("Mayo", "en marzo"). */
const isMonthAlone = (r: ParsingResult): boolean =>
  r.start.isCertain('month') && !r.start.isCertain('day') && !r.start.isCertain('year') && !r.end;

/** The leading words of a date in `lang` that are outside its extent (null: none listed). */
export function leadingWords(lang: string): RegExp | null {
  const words = LEADING_WORDS[lang];
  return words ? new RegExp(`^(?:(?:${words})\\s){1,2}`, 'iu') : null;
}

/** Languages with leading words (for the regular-expression audit). */
export const LEADING_LANGUAGES = Object.keys(LEADING_WORDS);

export class LocaleRefiner implements Refiner {
  private readonly leading: RegExp | null;
  private readonly span: RegExp | null;
  private readonly notDate: RegExp | undefined;

  private readonly ownMonths: boolean;
  private readonly part: RegExp | null;
  private readonly lang: string;
  private readonly timeOfDay: [RegExp, RegExp] | undefined;

  constructor(lang: string) {
    this.leading = leadingWords(lang);
    this.span = spanPattern(lang);
    this.notDate = NOT_DATES[lang];
    this.ownMonths = MONTH_LANGUAGES.includes(lang);
    this.part = partBefore(lang);
    this.lang = lang;
    this.timeOfDay = TIME_OF_DAY_AFTER[lang];
  }

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    results = results.filter((r) => {
      r.text = r.text.trimEnd();
      if (!onWordEdges(context.text, r)) return false;
      if (isOurs(r)) return true;
      const text = r.text.trim();
      return !(
        NOW_WORDS.has(text.toLowerCase()) ||
        isBareWeekday(r) ||
        // "sok 1/3 лайма": a fraction, not the first of March.
        /^\d{1,2}\/\d{1,2}$/u.test(text) ||
        this.span?.test(text) ||
        this.notDate?.test(text) ||
        (this.timeOfDay?.[0].test(text) &&
          this.timeOfDay[1].test(context.text.slice(Math.max(0, r.index - 8), r.index))) ||
        // A month alone is locale-months.ts's to read ("Mayo" in "Clínica Mayo" is none).
        (this.ownMonths && isMonthAlone(r)) ||
        EVERY.test(context.text.slice(Math.max(0, r.index - 16), r.index))
      );
    });
    for (const r of results) {
      const lead = this.leading?.exec(r.text)?.[0];
      if (lead && lead.length < r.text.length) {
        r.index += lead.length;
        r.text = r.text.slice(lead.length);
      }
      this.leanToPast(context, r);
      this.widenToPart(context, r);
    }
    return withoutInner(results.filter((r) => this.isDateOrClock(context, r)));
  }

  /**
   * A time without a day is kept only when written as a clock time ("um 9 Uhr", not the score
   * "5:0" nor "2000 et"), and a count of hours or minutes is no time from now ("2 h 38 de jeu").
   */
  private isDateOrClock(context: ParsingContext, r: ParsingResult): boolean {
    if (isOurs(r)) return true;
    const c = r.start;
    const text = r.text.trim();
    if (r.tags().has('result/relativeDateAndTime') && /^\d+\s?(?:h|min|Std\.?)$/iu.test(text)) return false;
    if (r.end || !c.isCertain('hour') || c.isCertain('day') || c.isCertain('weekday')) return true;
    return isClockTime(this.lang, context.text.slice(Math.max(0, r.index - 12), r.index), text);
  }

  /** "Ende vergangenen Jahres", "a finales del año pasado": the part joins the date as its modifier. */
  private widenToPart(context: ParsingContext, r: ParsingResult): void {
    if (!this.part || r.start.isCertain('day') || r.start.isCertain('hour')) return;
    const before = context.text.slice(Math.max(0, r.index - 24), r.index);
    const m = this.part.exec(before);
    const mod = m ? partModifier(this.lang, m[1]) : undefined;
    if (!m || !mod) return;
    r.index -= m[0].length;
    r.text = m[0] + r.text;
    addModifier(r, mod);
  }

  private leanToPast(context: ParsingContext, r: ParsingResult): void {
    const c = r.start;
    if (isOurs(r) || c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) return;
    // "du 24 mai au 7 juin 2026": the start is in the year its end names (or the one before).
    if (r.end?.isCertain('year')) {
      const endYear = r.end.get('year') ?? 0;
      const later =
        (c.get('month') ?? 1) * 32 + (c.get('day') ?? 1) > (r.end.get('month') ?? 1) * 32 + (r.end.get('day') ?? 1);
      c.imply('year', later ? endYear - 1 : endYear);
      return;
    }
    const year = c.get('year');
    const ref = context.reference.instant;
    if (year === null) return;
    const date = Date.UTC(year, (c.get('month') ?? 1) - 1, c.get('day') ?? 1);
    if (date - ref.getTime() > AHEAD_DAYS * MS_PER_DAY) {
      c.imply('year', year - 1);
      // A range's end goes back with its start ("du 16 au 22 juin").
      if (r.end && !r.end.isCertain('year')) r.end.imply('year', (r.end.get('year') ?? year) - 1);
    }
  }
}

/** The results, without any that lies inside a longer one (of two the same, Lede's parser's). */
function withoutInner(results: ParsingResult[]): ParsingResult[] {
  const sorted = [...results].sort(
    (a, b) => a.index - b.index || b.text.length - a.text.length || Number(isOurs(b)) - Number(isOurs(a)),
  );
  const kept: ParsingResult[] = [];
  for (const r of sorted) {
    const last = kept[kept.length - 1];
    if (last && r.index < last.index + last.text.length) {
      if (r.index + r.text.length > last.index + last.text.length && r.text.length > last.text.length)
        kept[kept.length - 1] = r;
      continue;
    }
    kept.push(r);
  }
  return kept;
}

/**
 * A weekday, a month, a quarter or a day of a month named without a year, in languages other
 * than English, placed by the tense of the verb nearest to it in its clause (as
 * news-tense-refiner.ts does for English): in the past, a weekday is the last one on or before
 * the publication day ("el miércoles había quedado eliminado" is the Wednesday gone by, not
 * the nearest); in the future ("Abgerechnet wird im Mai", "sera inaugurée au deuxième
 * trimestre", "PSV speelt woensdag … en moet", "w czwartek zagra", "se reunirá el lunes") it is
 * the next one on or after it. Where no verb tells, the parsers' reading stands (chrono's
 * nearest weekday, the months leaning to the past).
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { dayNumber, referenceDay, stepToWeekday, ymdString, type Ymd } from './calendar';
import { clauseEnd, clauseStart, nearestCue } from './clause';
import { formIndex } from './locale-parsers';
import { weekdayForms } from './locale-relative';
import { isOurs, restate, timexOf } from './timex-tags';

/** Words of the future (a verb in the future, a plan, a schedule) and of the past, per language. */
const TENSE_WORDS: Record<string, { future: RegExp; past: RegExp }> = {
  es: {
    future:
      /(?<![\p{L}])(?:\p{Ll}{2,}(?:rá|rán|ré|remos)|va a|van a|prevé|previsto|prevista|podría|podrían|deberá|deberán)(?![\p{L}])/gu,
    past: /(?<![\p{L}])(?:había|habían|hubo|fue|fueron|dijo|dijeron|hizo|hicieron|tuvo|tuvieron|estuvo|puso|vino|dio|\p{L}{3,}(?:ó|aron|ieron))(?![\p{L}])/giu,
  },
  fr: {
    future:
      /(?<![\p{L}])(?:\p{Ll}{2,}r(?:a|ont|ait|aient)|doit|doivent|prévu|prévue|prévus|prévues|va|vont)(?![\p{L}])/gu,
    past: /(?<![\p{L}])(?:(?:a|ont|avait|avaient)\s\p{Ll}{2,}(?:é|ée|és|ées|i|is|u|us|it|ert)|fut|furent)(?![\p{L}])/gu,
  },
  de: {
    future:
      /(?<![\p{L}])(?:wird|werden|soll|sollen|will|wollen|plant|planen|geplant|angesetzt|vorgesehen)(?![\p{L}])/giu,
    past: /(?<![\p{L}])(?:war|waren|hatte|hatten|wurde|wurden|gewann|verlor|sagte|erklärte|kam|ging|gab)(?![\p{L}])/giu,
  },
  nl: {
    future: /(?<![\p{L}])(?:zal|zullen|gaat|gaan|moet|moeten|wil|willen|gepland)(?![\p{L}])/giu,
    past: /(?<![\p{L}])(?:was|waren|werd|werden|had|hadden|heeft|hebben|zei|won|verloor|speelde|kwam|ging|gaf)(?![\p{L}])/giu,
  },
  pl: {
    future:
      /(?<![\p{L}])(?:będzie|będą|zostanie|zostaną|odbędzie|odbędą|zagra|zagrają|rozegra|rozegrają|zajmie|zajmą|potrwa|potrwają|zobaczymy|ruszy|ruszą|trafi|trafią|podejmie|podejmą|zaplanowano|zaplanowany|zaplanowana|zaplanowane)(?![\p{L}])/giu,
    past: /(?<![\p{L}])\p{Ll}{2,}(?:ł|ła|ło|ły|łem|łam)(?![\p{L}])/gu,
  },
};

/** Languages with tense words here (for the regular-expression audit). */
export const TENSE_LANGUAGES = Object.keys(TENSE_WORDS);

/** The tense of the verb nearest to [start, end) in its clause: 1 future, -1 past, 0 none found. */
function tenseOf(lang: string, text: string, start: number, end: number): number {
  const words = TENSE_WORDS[lang];
  if (!words) return 0;
  return nearestCue(text, clauseStart(text, start), clauseEnd(text, end), start, end, [
    [words.future, 1],
    [words.past, -1],
  ]);
}

/** The weekday (1-7) a result's text names alone ("miércoles", "sobotę", "zaterdagavond"), or 0. */
function weekdayAlone(lang: string, text: string): number {
  const word = /^(\p{L}+?)(?:abend|morgen|vormittag|mittag|nachmittag|nacht|avond|ochtend|middag)?[,.]?$/iu.exec(
    text.trim(),
  )?.[1];
  return word ? formIndex(weekdayForms(lang), word) : 0;
}

export class LocaleTenseRefiner implements Refiner {
  constructor(private readonly lang: string) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const tense = tenseOf(this.lang, context.text, r.index, r.index + r.text.length);
      if (!tense) continue;
      if (isOurs(r)) this.ours(context, r, tense > 0);
      else this.chronos(context, r, tense > 0);
    }
    return results;
  }

  /** Lede's own weekdays, months, quarters and days of months without a year. */
  private ours(context: ParsingContext, r: ParsingResult, ahead: boolean): void {
    const value = timexOf(r).value ?? '';
    const ref = referenceDay(context);
    if (/\d{4}/u.test(r.text)) return;
    const wanted = weekdayAlone(this.lang, r.text);
    // "na sobotę" ("for Saturday") looks ahead whatever the verb (locale-parsers.ts read it so).
    const forDay = this.lang === 'pl' && /(?:^|\s)na\s$/iu.test(context.text.slice(Math.max(0, r.index - 4), r.index));
    if (wanted && /^\d{4}-\d{2}-\d{2}$/u.test(value) && !forDay) {
      const day = stepToWeekday(ref, wanted, ahead ? 1 : -1);
      if (ymdString(day) !== value) restate(r, ymdString(day));
      return;
    }
    if (!ahead) return;
    const month = /^(\d{4})-(\d{2})$/u.exec(value);
    const quarter = /^(\d{4})-Q([1-4])$/u.exec(value);
    const dayOfMonth = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
    if (month) {
      const m = Number(month[2]);
      restateYear(r, value, m >= ref.month ? ref.year : ref.year + 1);
    } else if (quarter) {
      const q = Number(quarter[2]);
      restateYear(r, value, q >= Math.ceil(ref.month / 3) ? ref.year : ref.year + 1);
    } else if (dayOfMonth && /\d/u.test(r.text)) {
      const [m, d] = [Number(dayOfMonth[2]), Number(dayOfMonth[3])];
      restateYear(r, value, onOrAfter(ref, m, d));
    }
  }

  /** chrono's weekdays and days of months without a year. */
  private chronos(context: ParsingContext, r: ParsingResult, ahead: boolean): void {
    const c = r.start;
    const ref = referenceDay(context);
    if (c.isCertain('year') || r.end?.isCertain('year')) return;
    // A weekday alone ("woensdag", "Dimanche,"), not one placed by a word ("volgende week zondag").
    if (c.isCertain('weekday') && !c.isCertain('day') && !c.isCertain('month')) {
      if (!weekdayAlone(this.lang, r.text)) return;
      const day = stepToWeekday(ref, (c.get('weekday') ?? 0) || 7, ahead ? 1 : -1);
      c.imply('year', day.year);
      c.imply('month', day.month);
      c.imply('day', day.day);
      return;
    }
    if (!ahead || !c.isCertain('day') || !c.isCertain('month')) return;
    const year = onOrAfter(ref, c.get('month') ?? 1, c.get('day') ?? 1);
    c.imply('year', year);
    // A range ("du 16 au 22 juin") keeps its end after its start.
    if (r.end && !r.end.isCertain('year')) {
      const endYear = onOrAfter(
        { year, month: c.get('month') ?? 1, day: c.get('day') ?? 1 },
        r.end.get('month') ?? 1,
        r.end.get('day') ?? 1,
      );
      r.end.imply('year', endYear);
    }
  }
}

/** The year in which month `m`, day `d` falls on or after `from`. */
function onOrAfter(from: Ymd, m: number, d: number): number {
  return dayNumber({ year: from.year, month: m, day: d }) >= dayNumber(from) ? from.year : from.year + 1;
}

/** A value with its year replaced ("2024-06" → "2025-06"). */
function restateYear(r: ParsingResult, value: string, year: number): void {
  const next = `${year}${value.slice(4)}`;
  if (next !== value) restate(r, next);
}

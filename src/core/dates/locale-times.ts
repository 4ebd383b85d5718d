/**
 * Parts of the day and clock times in languages other than English. A part of the day alone
 * is the reference day's ("vanochtend", "ce matin", "esta mañana", "am Nachmittag", "po
 * południu": `…TMO`, `…TAF`, `…TEV`), or the day before's ("anoche", "gisteravond", "hier
 * soir"). After a day it joins that day (`DayPartRefiner`): "hier soir", "wczoraj wieczorem"
 * are the evening of yesterday, and a weekday takes its evening ("jeudi soir", "we wtorek
 * wieczorem": `…TEV`) but not its morning or night, as Lede's English dates have it ("Thursday
 * evening", "Thursday morning" is the day, as TimeBank does). A clock time alone ("um 9 Uhr",
 * "a las 17", "à 15 heures", "o godz. 14") is on the day the story last named
 * (`anchorTimes`): in its own block, else in the block before; where none is named it is
 * left out, as it was.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays, referenceDay, ymdString } from './calendar';
import { tagged, timexOf } from './timex-tags';
import { WordBoundaryParser, type BoundedMatch } from './word-boundary-parser';
import type { DateMention } from '../types';

type Part = 'MO' | 'AF' | 'EV' | 'NI';

/** Phrases of a part of the day, per language: the phrase (lower-case), its part and its day (0 today, -1 yesterday). */
const PARTS: Record<string, Record<string, [Part, number]>> = {
  de: {
    'heute morgen': ['MO', 0],
    'heute früh': ['MO', 0],
    'heute vormittag': ['MO', 0],
    'heute nachmittag': ['AF', 0],
    'heute abend': ['EV', 0],
    'gestern morgen': ['MO', -1],
    'gestern früh': ['MO', -1],
    'gestern nachmittag': ['AF', -1],
    'gestern abend': ['EV', -1],
    'am vormittag': ['MO', 0],
    'am nachmittag': ['AF', 0],
    'am abend': ['EV', 0],
  },
  nl: {
    vanochtend: ['MO', 0],
    vanmorgen: ['MO', 0],
    vanmiddag: ['AF', 0],
    vanavond: ['EV', 0],
    gisterochtend: ['MO', -1],
    gistermorgen: ['MO', -1],
    gistermiddag: ['AF', -1],
    gisteravond: ['EV', -1],
  },
  fr: {
    'ce matin': ['MO', 0],
    'cet après-midi': ['AF', 0],
    'ce soir': ['EV', 0],
    'dans la matinée': ['MO', 0],
    "dans l'après-midi": ['AF', 0],
    'dans l’après-midi': ['AF', 0],
    'dans la soirée': ['EV', 0],
    "le début de l'après-midi": ['AF', 0],
    'le début de l’après-midi': ['AF', 0],
    'la fin de la matinée': ['MO', 0],
    "la fin de l'après-midi": ['AF', 0],
    'la fin de l’après-midi': ['AF', 0],
  },
  es: {
    'esta mañana': ['MO', 0],
    'esta tarde': ['AF', 0],
    'esta noche': ['NI', 0],
    anoche: ['NI', -1],
  },
  pl: {
    'dziś rano': ['MO', 0],
    'dzisiaj rano': ['MO', 0],
    'po południu': ['AF', 0],
    'dziś wieczorem': ['EV', 0],
  },
};

/** Words for an evening after a day ("hier soir", "wczoraj wieczorem"), and for its morning, afternoon, night. */
const AFTER_DAY: Record<string, Record<string, Part>> = {
  de: { abend: 'EV', morgen: 'MO', früh: 'MO', vormittag: 'MO', nachmittag: 'AF' },
  fr: { soir: 'EV', matin: 'MO', 'après-midi': 'AF' },
  es: { 'por la tarde': 'AF', 'por la mañana': 'MO', 'por la noche': 'NI' },
  nl: { avond: 'EV', ochtend: 'MO', middag: 'AF' },
  pl: { wieczorem: 'EV', rano: 'MO', 'po południu': 'AF', 'w nocy': 'NI' },
};

/** chrono's tags for the parts of the day it reads itself ("jeudi soir", "hier matin"). */
const CHRONO_PARTS: Record<string, Part> = {
  'casualReference/morning': 'MO',
  'casualReference/afternoon': 'AF',
  'casualReference/evening': 'EV',
  'casualReference/night': 'NI',
};

/** Words for yesterday, today and tomorrow: a part after them is always the point ("hier soir"). */
const NEAR_DAYS =
  /^(?:hier|aujourd['’]hui|demain|gestern|heute|ayer|hoy|gisteren|vandaag|morgen|wczoraj|dziś|dzisiaj|jutro)$/iu;

/** Languages with parts of the day here. */
export const DAY_PART_LANGUAGES = Object.keys(PARTS);

/** Languages with part words after a day (for the regular-expression audit). */
export const AFTER_DAY_LANGUAGES = Object.keys(AFTER_DAY);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s');

/** "vanochtend", "ce matin", "am Nachmittag": the part of the reference day (or the day before). */
export class PartOfDayParser extends WordBoundaryParser {
  constructor(private readonly lang: string) {
    super();
  }

  innerPattern(): RegExp {
    const phrases = Object.keys(PARTS[this.lang] ?? {}).sort((a, b) => b.length - a.length);
    return new RegExp(`(${phrases.map(escape).join('|') || 'x^'})(?![\\p{L}])`, 'iu');
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const [part, shift] = PARTS[this.lang]?.[(match[1] ?? '').toLowerCase().replace(/\s+/gu, ' ')] ?? [];
    if (!part) return null;
    // "am Abend des 3. Juni", "am Nachmittag vor der Wahl": the part of another day.
    if (/^\s(?:des|der|vor|nach)(?![\p{L}])/iu.test(context.text.slice(match.index + match[0].length))) return null;
    const day = addDays(referenceDay(context), shift ?? 0);
    return tagged(context, match.index, match[0], `${ymdString(day)}T${part}`, { ...day }, 'TIME');
  }
}

/** The part word right after a day, per language, as one pattern ("^\s(soir|matin)"). */
export function afterDayPattern(lang: string): RegExp | null {
  const words = Object.keys(AFTER_DAY[lang] ?? {}).sort((a, b) => b.length - a.length);
  return words.length ? new RegExp(`^[\\s,]{0,2}(${words.map(escape).join('|')})(?![\\p{L}])`, 'iu') : null;
}

/** The day of a result that names one ("2026-03-05", or a chrono weekday's), else null. */
function dayOf(r: ParsingResult): string | null {
  const own = timexOf(r).value;
  if (own) return /^\d{4}-\d{2}-\d{2}$/u.test(own) ? own : null;
  const c = r.start;
  if (!(c.isCertain('day') || c.isCertain('weekday')) || c.isCertain('hour')) return null;
  const [y, m, d] = [c.get('year'), c.get('month'), c.get('day')];
  return y && m && d ? ymdString({ year: y, month: m, day: d }) : null;
}

/**
 * A day and the part of it after it: "jeudi soir" (`…TEV`), "hier matin" (`…TMO`), "we wtorek
 * wieczorem"; a weekday keeps only its evening ("Sonntag früh" is the Sunday), and the
 * compounds "Mittwochabend", "zaterdagavond" are read here too (their day by
 * locale-seasons.ts, the evening by their ending).
 */
export class DayPartRefiner implements Refiner {
  private readonly after: RegExp | null;
  private readonly parts: Record<string, Part>;

  constructor(private readonly lang: string) {
    this.after = afterDayPattern(lang);
    this.parts = AFTER_DAY[lang] ?? {};
  }

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (const r of results) {
      const day = dayOf(r);
      if (!day) {
        out.push(r);
        continue;
      }
      const near = NEAR_DAYS.test(r.text.trim().split(/\s/u)[0] ?? '');
      // A compound: "Mittwochabend", "zaterdagavond" (its evening).
      const compound = /(?:abend|avond)$/iu.test(r.text) && !near;
      // chrono's own "jeudi soir", "hier matin" (its tags say which part).
      const chronoPart = [...r.tags()].map((t) => CHRONO_PARTS[t]).find(Boolean);
      const m = chronoPart ? null : this.after?.exec(context.text.slice(r.index + r.text.length));
      const part =
        compound || chronoPart === 'EV'
          ? 'EV'
          : (chronoPart ?? (m ? this.parts[(m[1] ?? '').toLowerCase().replace(/\s+/gu, ' ')] : undefined));
      if (m && part) r.text = context.text.slice(r.index, r.index + r.text.length + m[0].length);
      const [year, month, date] = day.split('-').map(Number) as [number, number, number];
      if (part && (near || part === 'EV'))
        out.push(tagged(context, r.index, r.text, `${day}T${part}`, { year, month, day: date }, 'TIME'));
      else out.push(r);
    }
    // A standalone part inside a day it now belongs to ("wieczorem" of "we wtorek wieczorem") leaves.
    return out.filter(
      (r) => !out.some((o) => o !== r && o.index <= r.index && r.index + r.text.length <= o.index + o.text.length),
    );
  }
}

/** "o godz. 14", "godz. 11.00", "na godz. 18", "o godzinie 14:30": a clock time (Polish; chrono reads no Polish). */
export class PolishTimeParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return /(?:(?:o|na|od|do)\s)?godz(?:\.|iny|inie|ina)\s?([01]?\d|2[0-3])(?:[.:]([0-5]\d))?(?![\p{N}])/iu;
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult {
    const known: Record<string, number> = { hour: Number(match[1]), minute: Number(match[2] ?? 0) };
    return context.createParsingResult(match.index, match[0], known);
  }
}

/**
 * How a clock time is written, per language: the words just before it, or its own ending
 * ("um 9 Uhr", "a las 17", "à 15 heures", "om 14.30 uur", "o godz. 14"). A number that chrono
 * takes for a time without them is a score ("2 a 1", "5:0"), an amount or a year ("2000 et").
 */
const CLOCK: Record<string, { before: RegExp; text: RegExp }> = {
  de: { before: /(?:^|\s)(?:um|gegen|ab|bis)\s$/iu, text: /^\d{1,2}(?:[.:]\d{2})?\s?Uhr$/iu },
  es: { before: /(?:^|\s)(?:a|de|desde|hasta|sobre)\slas?\s$/iu, text: /^\d{1,2}(?::\d{2}|\.\d{2}|\s?h)$/iu },
  fr: { before: /(?:^|\s)(?:à|vers|dès|jusqu['’]à)\s$/iu, text: /^\d{1,2}\s?(?:h(?:\s?\d{2})?|heures?)$/iu },
  nl: { before: /(?:^|\s)(?:om|rond|tot|vanaf)\s$/iu, text: /^\d{1,2}(?:[.:]\d{2})?\s?uur$/iu },
  pl: { before: /x^/u, text: /godz/iu },
};

/** Whether a time chrono read alone is written as a clock time in `lang` (the text before it, its text). */
export function isClockTime(lang: string, before: string, text: string): boolean {
  const clock = CLOCK[lang];
  if (!clock || /^\d{1,2}:\d$/u.test(text)) return false;
  return clock.text.test(text) || (clock.before.test(before) && /^\d{1,2}(?:[.:h]\d{2})?$/u.test(text));
}

/** A clock time read without its day: where it is, and the time. */
export interface LooseTime {
  blockId: number;
  start: number;
  end: number;
  text: string;
  hour: number;
  minute: number | null;
}

/**
 * The clock times on the day the story last named before them (in their block, else the
 * block before), as TIME mentions; a time with no such day is left out.
 */
export function anchorTimes(mentions: DateMention[], times: readonly LooseTime[]): DateMention[] {
  if (!times.length) return mentions;
  const out = [...mentions];
  for (const t of times) {
    const days = mentions.filter(
      (m) =>
        /^\d{4}-\d{2}-\d{2}(?:T|$)/u.test(m.value) &&
        (m.blockId === t.blockId ? m.end <= t.start : m.blockId === t.blockId - 1),
    );
    const day = days.filter((m) => m.blockId === t.blockId).pop() ?? days.pop();
    if (!day) continue;
    if (out.some((m) => m.blockId === t.blockId && m.start < t.end && t.start < m.end)) continue;
    const hh = String(t.hour).padStart(2, '0');
    const value = `${day.value.slice(0, 10)}T${hh}${t.minute === null ? '' : `:${String(t.minute).padStart(2, '0')}`}`;
    const { blockId, start, end, text } = t;
    out.push({ id: 0, blockId, start, end, text, type: 'TIME', value, certainty: 'inferred' });
  }
  return out.sort((a, b) => a.blockId - b.blockId || a.start - b.start);
}

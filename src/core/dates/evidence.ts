/**
 * How well the text supports a date's value, for the timeline's gate (issue 16): the timeline
 * shows a date only when its value is well supported, and leaves the others highlighted in the
 * text but off the timeline, rather than show a guessed one.
 *
 * Measured on the English train pages (lang-news en-train to en-train6): a date written with
 * its year ("12 March 2024", "2019", "the spring of 2017") and one counted from the publication
 * ("last week", "next year") are right nearly always; a month, a day or a season written without
 * its year is right less often where its year is a guess against other evidence. Those guesses
 * stay off the timeline:
 * - `year-elsewhere`: the sentence writes a year other than the one the date was given ("stores
 *   to close in August 2018, three months before the Nov. 29 vote", Nov. 29 read in the
 *   publication's 2020): its year could be that one or one counted from it;
 * - `far-earlier-year`: put in a year before the publication's and more than four months before
 *   it ("July" read as last July in a June story; "the fourth quarter" of last year in an April
 *   story is near enough). Dates put in a later year stay: schedules and announcements ("the
 *   tour opens on June 9" in November) are right nearly always;
 * - `anchored`: "the month" of a figure, counted from a period the sentence may not name;
 * - `range-end`: one end of a stretch the text writes "between X and Y" shown alone as a point
 *   ("between 6pm and 9pm tonight" as 9pm, "between Christmas Eve and Wednesday" as Wednesday),
 *   when the two ends were not joined into one range: a point is not the stretch;
 * - `part-of-name`: a day or a month that opens the name of a longer stretch ("the Fourth of July
 *   weekend", "the June bank holiday weekend"): the date is the weekend, not the day or the month.
 * A date counted from another point of the text ("a year earlier", "the following March",
 * "the next day") or from the publication ("last July", "this spring") is not a guess of its
 * year. A weekday alone is the nearest one and stays.
 * And in every language, `year-contradicted`: a date whose words write a year its value does not
 * hold ("August 2018, three months before" read as August 2019) is not shown: a value the text
 * contradicts is an invented one. The other rules read English words; other languages keep the
 * rest.
 */
import type { DateMention } from '../types';
import { dayNumber } from './calendar';

export type WeakEvidence =
  'year-contradicted' | 'year-elsewhere' | 'far-earlier-year' | 'anchored' | 'range-end' | 'part-of-name';

/** A year written in a sentence: 1800-2099 as a word of four digits ("in 2019", "1991-2020"). */
const YEAR_IN_TEXT = /(?<![\p{N}.,$£€])(?:1[89]|20)\d{2}(?![\p{N}%]|[.,]\p{N})/gu;
/** A date counted from the moment of writing ("last week", "this March", "two years ago"). */
const DEICTIC = /(?<!\p{L})(?:this|last|next|yesterday|today|tomorrow|tonight|ago|from now|coming|past)(?!\p{L})/iu;
/** How far (days) before the publication a date without its year, put in an earlier year, may lie. */
const FAR_DAYS = 120;
/** "The month" of a figure, counted from a period the sentence may not name ("added 30,000 jobs in the month"). */
const ANCHORED = /^the\smonth$/iu;
/** A date counted from another point of the text ("a year earlier", "the following March"): not a guess of its year. */
const COUNTED = /(?<!\p{L})(?:earlier|later|before|after|following|previous|next|same|that|ago)(?!\p{L})/iu;

/** "between …, and" before a stretch's second end (at most 60 characters between, no stop). */
const SECOND_END = /(?<!\p{L})between\s[^.;!?]{1,60}\sand\s$/iu;
/** "between" before a stretch's first end, and "and" after it. */
const FIRST_END = /(?<!\p{L})between\s$/iu;
const THEN_AND = /^\s(?:and|to)\s/iu;
/** A weekend or a holiday named after the date before it ("the Fourth of July weekend"). */
const NAMES_A_STRETCH = /^['’]?s?\s(?:(?:long|holiday|bank\sholiday)\s)?(?:weekend|bank\sholiday)(?!\p{L})/iu;

/** A value finer than a year (a month, a day, a week, a season or a quarter of a year). */
const FINER_THAN_YEAR = /^\d{4}-/u;

/** The years a sentence writes. */
export function yearsIn(sentence: string): string[] {
  return sentence.match(YEAR_IN_TEXT) ?? [];
}

/**
 * A date written without its year and not counted from the moment of writing ("July", "Nov.
 * 29", "the fall", "Tuesday 11 April"), not a weekday alone: its year was guessed.
 */
function yearGuessed(d: DateMention): boolean {
  if (/\d{4}/u.test(d.text) || !FINER_THAN_YEAR.test(d.value) || DEICTIC.test(d.text) || COUNTED.test(d.text))
    return false;
  // A weekday ("Friday", "Monday night") is the nearest one: no year to guess.
  const day = /^\d{4}-\d{2}-\d{2}/u.test(d.value);
  return !day || /\d/u.test(d.text);
}

/** About how many days a value's period lasts after its first day. */
function lengthOf(value: string): number {
  if (/^\d{4}-\d{2}$/u.test(value)) return 30;
  if (/^\d{4}-W/u.test(value)) return 6;
  if (/^\d{4}-(?:Q\d|SP|SU|FA|WI)/u.test(value)) return 91;
  if (/^\d{4}-H\d/u.test(value)) return 181;
  return 0;
}

/** A decade or a century ("199" for the 1990s, "20"): its text writes a year its value shortens. */
const DECADE_OR_CENTURY = /^(?:BC)?\d{2,3}X?$/u;

/** The date's words write a year, and neither its value nor its range's end holds it. */
function contradicted(d: DateMention): boolean {
  if (DECADE_OR_CENTURY.test(d.value)) return false;
  const written = d.text.match(YEAR_IN_TEXT);
  if (!written) return false;
  const value = `${d.value}/${d.endValue ?? ''}`;
  return !written.some((y) => value.includes(y));
}

/** Days between the publication and the nearest day of the date's period (its first day: `start`). */
function daysFrom(d: DateMention, start: number, published: Date): number {
  const pub = dayNumber({
    year: published.getUTCFullYear(),
    month: published.getUTCMonth() + 1,
    day: published.getUTCDate(),
  });
  const end = start + lengthOf(d.value);
  return pub < start ? start - pub : pub > end ? pub - end : 0;
}

/** Where a date stands: its sentence, the publication's instant (when the page gives one), its first day. */
export interface DateSetting {
  sentence: string;
  /** Where the date stands in `sentence` (offsets of its start and end), when known. */
  at?: { start: number; end: number };
  published?: Date | undefined;
  lang: string;
  /** The first day the value covers, as a day number (`startDay`). */
  start: number;
}

/** Why a date's value is too weakly supported for the timeline, or null when it is well supported. */
export function weakEvidence(
  d: DateMention,
  { sentence, at, published, lang, start }: DateSetting,
): WeakEvidence | null {
  if (contradicted(d)) return 'year-contradicted';
  if (lang !== 'en') return null;
  if (ANCHORED.test(d.text.trim())) return 'anchored';
  if (at && !d.endValue) {
    const before = sentence.slice(Math.max(0, at.start - 80), at.start);
    const after = sentence.slice(at.end, at.end + 30);
    if (SECOND_END.test(before) || (FIRST_END.test(before) && THEN_AND.test(after))) return 'range-end';
    if (NAMES_A_STRETCH.test(after)) return 'part-of-name';
  }
  if (!yearGuessed(d)) return null;
  const years = yearsIn(sentence);
  if (years.length && !years.includes(d.value.slice(0, 4))) return 'year-elsewhere';
  if (published && Number(d.value.slice(0, 4)) < published.getUTCFullYear()) {
    if (daysFrom(d, start, published) > FAR_DAYS) return 'far-earlier-year';
  }
  return null;
}

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
 *   weekend", "the June bank holiday weekend"): the date is the weekend, not the day or the month;
 * - `told-past-put-ahead`: a month or a day without its year put after the publication where a verb
 *   in the simple past lasts up to it ("I thought about it until March" in October): what the
 *   past tells is over, so the date is not ahead, and its year is a guess (issue 16, timeline21);
 * - `restated`: a count from the moment of writing that restates, after a comma, a date the sentence
 *   has just written ("on 24 September, three months from now"): coarser than the date it repeats,
 *   which the timeline already shows;
 * - `the-weekday`: a weekday after "the" ("from 5am on the Saturday"): one the text knows (a
 *   weekend's, a holiday's), not the nearest one; "the Sunday after Thanksgiving" is named and stays.
 * - `a-weekday`: a weekday after "a" or "an" ("On the second morning, a Tuesday, I found", "on a cold
 *   Tuesday night."): some Tuesday the text tells of, not the nearest one; "faces a Friday deadline"
 *   (the weekday qualifies a noun) stays;
 * - `the-nth-weekday`: a weekday, or a night, the text counts within a stretch or from a day it told
 *   ("the final Sunday of the regular season", "the last night before it closed", "the following
 *   Monday"): read as the nearest one or the one before the publication, its value is a guess;
 * - `weekend-named-from`: "the weekend" named from a day the words after it give ("the weekend of
 *   the 18th", "the weekend before Halloween last year"), read as the nearest weekend;
 * - `weekday-compound`: one weekday of two joined by a hyphen ("its Friday-to-Sunday debut", "a
 *   Monday-Friday timetable"): a stretch or a schedule, not the day alone.
 * - `merged`: two dates read as one ("1 p.m. EST - Sunday, Jan. 9" across two entries of a list,
 *   "fiscal 2027 next week"): the value holds one of them, or a mix of both.
 * The second end of a "between X and Y" stretch may follow a clock ("between 6pm on July 4 and 2am
 * the next day").
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
  | 'year-contradicted'
  | 'year-elsewhere'
  | 'far-earlier-year'
  | 'told-past-put-ahead'
  | 'anchored'
  | 'range-end'
  | 'part-of-name'
  | 'restated'
  | 'the-weekday'
  | 'a-weekday'
  | 'the-nth-weekday'
  | 'weekend-named-from'
  | 'weekday-compound'
  | 'merged';

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

/**
 * "between …, and" before a stretch's second end (at most 60 characters between, none that ends a
 * clause; a full stop inside one sentence is an abbreviation's: "Dec. 31"), a clock may stand between.
 */
const SECOND_END = /(?<!\p{L})between\s[^;!?]{1,60}\sand\s$/iu;
/** A clock just before a stretch's second end ("and 2am the next day"): read past it. */
const CLOCK_AT_END = /\s\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)\s$/iu;
/** "between" before a stretch's first end, and "and" after it. */
const FIRST_END = /(?<!\p{L})between\s$/iu;
const THEN_AND = /^\s(?:and|to)\s/iu;
/** A weekend or a holiday named after the date before it ("the Fourth of July weekend"). */
const NAMES_A_STRETCH = /^['’]?s?\s(?:(?:long|holiday|bank\sholiday)\s)?(?:weekend|bank\sholiday)(?!\p{L})/iu;

/** A count from the moment of writing ("three months from now", "a year ago"). */
const COUNT_FROM_NOW = /(?<!\p{L})(?:ago|from\snow)$/iu;
/** A date the sentence writes just before, and the comma of an apposition ("on 24 September, "). */
const WRITTEN_DATE_THEN_COMMA =
  /(?<![\p{L}\p{N}])(?:\d{1,2}(?:st|nd|rd|th)?\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{0,6}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{0,6}\.?\s\d{1,2}(?:st|nd|rd|th)?|(?:1[89]|20)\d{2}),\s$/iu;
/** "the" just before a weekday ("on the Saturday"): one the text knows, not the nearest. */
const THE_BEFORE = /(?<!\p{L})the\s$/iu;
/** What follows a weekday that names it from another day ("the Sunday after Thanksgiving"). */
const NAMED_FROM = /^\s(?:after|before|of|following|preceding|prior)(?!\p{L})/iu;
const WEEKDAY_ONLY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/iu;
/** A weekday alone or with a part of its day ("Tuesday night"). */
const WEEKDAY_PART =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s(?:morning|afternoon|evening|night))?$/iu;
/**
 * "a" or "an" just before, or with a word that tells what kind of day it was ("a Tuesday", "on a
 * cold Tuesday"); not a noun ("said in a statement Wednesday": the weekday is the nearest one).
 */
const A_BEFORE =
  /(?<!\p{L})an?\s(?:(?:recent|cold|chilly|freezing|hot|warm|humid|wet|rainy|snowy|sunny|grey|gray|quiet|busy|normal|typical|average|ordinary|usual|regular|certain|particular|single|fateful|memorable)\s)?$/iu;
/**
 * What follows an indefinite weekday that ends its phrase: a stop, or a word that cannot be the noun
 * it qualifies ("a Sunday, in a rowhouse", "like a Tuesday in a storm"); "a Friday deadline" goes on.
 */
const PHRASE_ENDS = /^(?:[,.;:!?)"”’—–]|\s(?:in|of|when|that|at|with|as|during|before|after|and|to|on)(?!\p{L})|$)/iu;
/** "the following", "the previous" just before a weekday ("the following Monday"): counted from a day the text told. */
const THE_FOLLOWING_BEFORE = /(?<!\p{L})the\s(?:following|next|previous|preceding)\s$/iu;
/**
 * An ordinal or "final" after "the" just before a weekday, and "of" or "in" after it ("the final
 * Sunday of the regular season", "the second Sunday in March"): one of a stretch the text names.
 */
const THE_NTH_BEFORE = /(?<!\p{L})the\s(?:first|second|third|fourth|fifth|last|final)\s$/iu;
const OF_A_STRETCH = /^\s(?:of|in)\s/iu;
/** A hyphen to another weekday after this one ("Friday-to-Sunday", "Monday-Friday"), or from one before it. */
const HYPHEN_TO_WEEKDAY = /^[-–](?:to[-–])?(?:mon|tues|wednes|thurs|fri|satur|sun)day/iu;
const HYPHEN_FROM_WEEKDAY = /(?:mon|tues|wednes|thurs|fri|satur|sun)day[-–](?:to[-–])?$/iu;
/** "the weekend" alone, as its words ("the weekend" of "the weekend of the 18th"). */
const WEEKEND_ONLY = /^(?:the\s)?weekend$/iu;
/** What names a weekend from another day ("of the 18th", "before Easter"); not "after", often a clause's ("closed through the weekend after crews found"). */
const WEEKEND_NAMED_FROM = /^\s(?:of|before|preceding|following|prior\sto)\s/iu;
/** The same, written inside the date's own words ("the last night", "the following Monday"). */
const THE_NTH_WEEKDAY =
  /^the\s(?:last|final|following|next|previous|preceding)\s(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s(?:morning|afternoon|evening|night))?|night)$/iu;

/**
 * A verb in the simple past that lasted up to the date ("waited until March", "thought about it
 * until March", "the strike lasted until October"): what it tells is over, so its date is not ahead.
 */
const UNTIL_AT_END = /(?<!\p{L})(?:until|till|through)\s(?:(?:the\s)?(?:end|start|beginning|middle)\sof\s)?$/iu;
const PAST_LASTING = /^(?:waited|lasted|stayed|remained|thought|continued|lived|worked|served|slept|hid)$/iu;
/** Words before a verb that make it no simple past ("will have waited", "has lived", "to have served"). */
const NOT_SIMPLE_PAST = /^(?:will|would|to|be|been|is|are|was|were|has|have|had)$/iu;

/** A verb in the simple past, at most four words before "until" that ends `before`. */
function pastLastsUntil(before: string): boolean {
  const until = UNTIL_AT_END.exec(before);
  if (!until) return false;
  const words = before.slice(0, until.index).split(/\s+/u).filter(Boolean).slice(-5);
  return words.some(
    (w, i) => i >= words.length - 4 && PAST_LASTING.test(w) && !NOT_SIMPLE_PAST.test(words[i - 1] ?? ''),
  );
}

/** A dash with spaces that parts a list's entries ("1 p.m. EST - Sunday, Jan. 9"). */
const LIST_DASH = /\s[-–—]\s/u;
/** A period counted from the moment of writing ("next week", "last month"). */
const DEICTIC_PERIOD = /(?<!\p{L})(?:next|last|this|coming|past)\s(?:week|weekend|month|year)(?!\p{L})/iu;

/**
 * Two dates read as one ("1 p.m. EST - Sunday, Jan. 9" across two entries of a list, "fiscal 2027
 * next week"): the value holds one of them, or a mix of both. A range ("1985 until last year") is
 * one date.
 */
function merged(d: DateMention): boolean {
  if (d.endValue) return false;
  return LIST_DASH.test(d.text) || (yearsIn(d.text).length > 0 && DEICTIC_PERIOD.test(d.text));
}

/**
 * A fiscal or financial year's name ("the fiscal year", "financial year", "the fiscal year 2024-25",
 * "FY25", "FY2024-25"), with the clause that gives its end ("the fiscal year ending June 30",
 * period-end-clauses.ts): with its months, they were read from the page (fiscal-year.ts, fiscal-names.ts).
 */
const ACCOUNTS_YEAR =
  /(?:fiscal|financial)\s{1,3}year(?:\s{1,3}\d{4}[-/–]\d{2,4})?(?:,?\s{1,3}(?:(?:which|that)\s{1,3})?(?:ends|ended|ending|closes|closed|closing|runs|ran|running)\s[^,;]{1,40})?$|^FY\s?\d{2,4}(?:[-/]\d{2,4})?$/iu;

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
  const pub = publishedDay(published);
  const end = start + lengthOf(d.value);
  return pub < start ? start - pub : pub > end ? pub - end : 0;
}

/** The publication's day, as a day number. */
function publishedDay(published: Date): number {
  return dayNumber({
    year: published.getUTCFullYear(),
    month: published.getUTCMonth() + 1,
    day: published.getUTCDate(),
  });
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
  if (merged(d)) return 'merged';
  if (at && !d.endValue) {
    const before = sentence.slice(Math.max(0, at.start - 80), at.start);
    const after = sentence.slice(at.end, at.end + 30);
    if (SECOND_END.test(before.replace(CLOCK_AT_END, ' ')) || (FIRST_END.test(before) && THEN_AND.test(after)))
      return 'range-end';
    if (NAMES_A_STRETCH.test(after)) return 'part-of-name';
    if (COUNT_FROM_NOW.test(d.text.trim()) && WRITTEN_DATE_THEN_COMMA.test(before)) return 'restated';
    if (WEEKDAY_ONLY.test(d.text.trim()) && THE_BEFORE.test(before) && !NAMED_FROM.test(after)) return 'the-weekday';
    // Read as a day (the nearest one); "a chilly Tuesday in December 1999" read as that month stays.
    const weekday = WEEKDAY_PART.test(d.text.trim()) && /^\d{4}-\d{2}-\d{2}/u.test(d.value);
    if (WEEKDAY_ONLY.test(d.text.trim()) && (HYPHEN_TO_WEEKDAY.test(after) || HYPHEN_FROM_WEEKDAY.test(before)))
      return 'weekday-compound';
    if (weekday && A_BEFORE.test(before) && PHRASE_ENDS.test(after)) return 'a-weekday';
    if (WEEKEND_ONLY.test(d.text.trim()) && WEEKEND_NAMED_FROM.test(after)) return 'weekend-named-from';
    if (weekday && (THE_FOLLOWING_BEFORE.test(before) || (THE_NTH_BEFORE.test(before) && OF_A_STRETCH.test(after))))
      return 'the-nth-weekday';
  }
  if (THE_NTH_WEEKDAY.test(d.text.trim())) return 'the-nth-weekday';
  // "the fiscal year that ended in June": its months were read from the clause (fiscal-year.ts).
  if (d.endValue && ACCOUNTS_YEAR.test(d.text)) return null;
  if (!yearGuessed(d)) return null;
  const years = yearsIn(sentence);
  if (years.length && !years.includes(d.value.slice(0, 4))) return 'year-elsewhere';
  if (published && Number(d.value.slice(0, 4)) < published.getUTCFullYear()) {
    if (daysFrom(d, start, published) > FAR_DAYS) return 'far-earlier-year';
  }
  // "thought about it until March" in October: the month was put ahead, where the past says it is over.
  if (published && at && start > publishedDay(published)) {
    if (pastLastsUntil(sentence.slice(Math.max(0, at.start - 60), at.start))) return 'told-past-put-ahead';
  }
  return null;
}

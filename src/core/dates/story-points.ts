/**
 * Dates that are not points of the story, and months the story's own years place (English).
 * A timeline row must be a moment the article tells of; these readings keep off it:
 *
 *   - a span: "the next couple of years" (a DURATION), "the past month" (off the timeline);
 *   - a vague past the text does not date: "many years ago", "decades ago" (PAST_REF);
 *   - a habit or a rule: "typically sown mid-November", "prohibited sowing before May 10",
 *     "a late October harvest", "end Saturday publication" (a SET);
 *   - a name with a year: "the 2020 Audi e-tron" (a date, off the timeline: isPointOfStory);
 *   - a period of a game: "left the court in the second quarter" (dropped);
 *
 * and a month without a year told in the past just after a date with its year ("visited his
 * doctor in November 2016 ... But by December, they worsened") is that year's, not the one
 * nearest the publication date.
 */
import type { Block, DateMention } from '../types';
import { MONTH_NAMES, NUMBERS, UNIT_CODE, WEEKDAY_NAMES } from './vocabulary';
import { CLAUSE_REACH, clauseAround } from './clause';
import { dayNumber } from './calendar';
import { YEAR_END_VERB_AFTER } from './fiscal-year';
import { DATA_LABEL, PAST_IRREGULAR, PAST_WORD } from './news-tense-refiner';

/** "the past month", "the last two years", "the next couple of years", "the coming weeks". */
const SPAN =
  /^(?:over\s{1,3}|in\s{1,3}|during\s{1,3}|for\s{1,3})?the\s{1,3}(?:(past|last)\s{1,3}(?:(few|several|couple of|\d{1,3}|\p{L}{3,9})\s{1,3})?(day|week|month|year|decade)s?|(next|coming)\s{1,3}(?:(few|several|couple of|\d{1,3}|\p{L}{3,9})\s{1,3})?(day|week|month|year|decade)s)$/iu;
/** "many years ago", "decades ago": a past the text does not date. */
const VAGUE_AGO = /^(?:so\s{1,3})?(?:(?:many|several|some)\s{1,3})?(?:years|decades|centuries)\s{1,3}ago$/iu;
/** "(just) a few years ago": dated roughly (TimeBank's 199X), but no point of the story. */
const FEW_AGO = /^(?:just\s{1,3})?a\s{1,3}few\s{1,3}(?:years|decades)\s{1,3}ago$/iu;
/** Words of a habit in the clause of a date ("typically sown mid-November"). */
const HABIT =
  /(?<![\p{L}])(?:typically|usually|normally|generally|traditionally|annually|each year|every year)(?![\p{L}])/iu;
/** Words of a habit of the present ("usually begins"; not "traditionally", said of this year's season too). */
const HABIT_NOW = /(?<![\p{L}])(?:typically|usually|normally|generally)(?![\p{L}])/iu;
/** A rule's deadline: "prohibited sowing before May 10". */
const RULE = /(?<![\p{L}])(?:prohibit\p{L}{0,4}|bann?(?:ed|s)?|forb\p{L}{2,6})(?![\p{L}])/iu;
/** "a late October harvest": a month as a kind of thing, not a moment. */
const MONTH_AS_KIND =
  /^(?:early|mid|late)[\s-]{1,3}(?:january|february|march|april|may|june|july|august|september|october|november|december)$/iu;
/** A weekday alone or with a part of the day ("Sunday afternoon"). */
export const WEEKDAY_PHRASE =
  /^(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s{1,3}(?:morning|afternoon|evening|night))?$/iu;
/** Nouns a weekday qualifies as a habit ("Saturday publication", "Sunday editions"). */
const WEEKDAY_HABIT =
  /^\s(?:jobs?|publication|publications|edition|editions|delivery|deliveries|print|papers?|service|services|schedule|hours|shifts?|school|classes)(?![\p{L}])/iu;
/** Capitalised words after a year that make the year part of an event's name, not a model's. */
export const EVENT_WORDS =
  /^(?:Democratic|Republican|Labour|Conservative|Presidential|General|Federal|Midterm|Census)$/u;
/** Words of a game: a quarter in their clause is a period of play. */
const GAME =
  /(?<![\p{L}])(?:court|foul|free throws?|points?|rebounds?|assists?|touchdowns?|yards?|goals?|dunks?|layups?|halftime|buzzer|quarterback|scored|trailed|game|games|injur\p{L}{0,5}|abrasion)(?![\p{L}])/iu;
/** Words of a business's results: a quarter in their clause is a quarter of the year. */
const RESULTS =
  /(?<![\p{L}])(?:earnings|revenues?|sales|profits?|loss|results|fiscal|gdp|growth|economy|shares|stock|percent|billion|million|forecasts?|guidance|deliveries|shipments|output|quarterly)(?![\p{L}])|[$%€£]/iu;
/** Plain words of the future: a month in their clause is not the past the previous date tells. */
const FUTURE = /(?<![\p{L}])(?:will|won['’]t|shall|going to)(?![\p{L}])|['’]ll(?![\p{L}])/iu;
/** How far after a dated month (characters, across at most one block break) a month takes its year. */
const NARRATIVE_REACH = 300;
/** Verbs of the present that tell a state or a change that recurs ("gets cool", "turns cold"). */
const PRESENT_HABIT = /(?<![\p{L}])(?:is|are|gets|get|turns|turn|becomes|become|tends?)(?![\p{L}])/iu;
/** Words that tell a moment instead: a verb in the past, a word of the future. */
const PAST_OR_FUTURE =
  /(?<![\p{L}])(?:was|were|had|did|will|won['’]t|shall|would|going to|last|next|this year|\p{Ll}{3,}ed)(?![\p{L}])/iu;
/** A month named in full. */
const NAMED_MONTH =
  /(?<![\p{L}])(?:january|february|march|april|may|june|july|august|september|october|november|december)(?![\p{L}])/iu;
/** A season of the year's work or life ("the flu season", "peak pothole-repair season"). */
const SEASON = /(?<![\p{L}])season(?![\p{L}])/iu;
/** Words of the general present: what can, may or should happen, what is recommended. */
const GENERAL = /(?<![\p{L}])(?:can|may|might|should|must|recommends?|advises?)(?![\p{L}])/iu;
/** The end of the sentence from `at` (a full stop, at most CLAUSE_REACH on). */
function sentenceEnd(body: string, at: number): number {
  const stop = body.slice(at, at + CLAUSE_REACH).search(/[.!?]/u);
  return stop < 0 ? Math.min(body.length, at + CLAUSE_REACH) : at + stop;
}
/** How far before a date (characters) a word of habit is looked for. */
const HABIT_REACH = 30;

const countOf = (word: string | undefined): string => {
  if (!word) return 'X';
  if (/^\d+$/u.test(word)) return word;
  if (/^couple/iu.test(word)) return '2';
  const n = NUMBERS[word.toLowerCase()];
  return n ? String(n) : 'X';
};

/** A span written as "the past month": the DURATION it is, or null. */
function spanValue(text: string): string | null {
  const m = SPAN.exec(text);
  // "the past year" alone is the year up to now (TimeBank dates it: 1997 in a 1998 story);
  // it stays a date, though not a point of the timeline (isPointOfStory).
  if (!m || !/s$/iu.test(text)) return null;
  const unit = (m[3] ?? m[6] ?? '').toLowerCase();
  return `P${countOf(m[2] ?? m[5])}${UNIT_CODE[unit] ?? 'D'}`;
}

/**
 * Whether a date the text names is a point of the story's timeline: not "the past month" (the
 * stretch up to now), nor "a few years ago", nor the year of a model's name ("the 2020 Audi e-tron").
 */
export function isPointOfStory(m: DateMention, body: string): boolean {
  return (
    !SPAN.test(m.text) &&
    !FEW_AGO.test(m.text) &&
    !isModelYear(m, body) &&
    !isFiscalYearAsCalendar(m, body) &&
    !isDecadeAsKind(m, body) &&
    !isQuotedQuestion(m, body) &&
    !isSameTimeLastYear(m, body) &&
    !isYearEndBreak(m, body)
  );
}

/** A holiday or a break after "year-end", a word of one between ("school", "winter"). */
const BREAK_AFTER = /^\s{1,3}(?:\p{L}{3,12}\s{1,3})?(?:holidays?|break|vacation|recess)(?![\p{L}])/iu;

/**
 * "the year-end school holidays", "the year-end break": the holidays that span the turn of the
 * year (dates of their own, often into the next year), not the year; no point of the timeline.
 */
function isYearEndBreak(m: DateMention, body: string): boolean {
  return /^year-end$/iu.test(m.text) && BREAK_AFTER.test(body.slice(m.end, m.end + 30));
}

/**
 * "down from 53.9% in the same period last year", "as of the same time last year": the
 * stretch of last year that matches one the sentence speaks of (a week, a quarter), which the
 * year alone would misdate; no point of the timeline.
 */
function isSameTimeLastYear(m: DateMention, body: string): boolean {
  return (
    /^last\s{1,3}year$/iu.test(m.text) &&
    /(?<![\p{L}])same\s{1,3}(?:time|period|week|month|quarter|day|date|point|stage)\s{1,3}$/iu.test(
      body.slice(Math.max(0, m.start - 24), m.start),
    )
  );
}

/** A date counted from the moment of speaking ("tomorrow", "this week"). */
const DEICTIC = /^(?:tomorrow|yesterday|tonight|(?:this|next|last)\s{1,3}(?:week|weekend|month|year))$/iu;

/**
 * "so can you give me until tomorrow?", "what has the lab been up to this week?": a day
 * counted from the moment of speaking, in a question someone is quoted asking, is a manner
 * of speaking, not a time of the story.
 */
function isQuotedQuestion(m: DateMention, body: string): boolean {
  if (!DEICTIC.test(m.text)) return false;
  const stop = /[.!?]/u.exec(body.slice(m.end, m.end + CLAUSE_REACH));
  if (stop?.[0] !== '?') return false;
  const head = body.slice(Math.max(0, m.start - CLAUSE_REACH), m.start);
  const open = Math.max(head.lastIndexOf('“'), head.lastIndexOf('‘'));
  const straight = head.split('"').length % 2 === 0;
  return straight || open > head.lastIndexOf('”');
}

/** "a 1990s grunge band", "an '80s horror movie": a decade between "a" and a noun is a kind of thing, not a time of the story. */
function isDecadeAsKind(m: DateMention, body: string): boolean {
  return (
    /^(?:\d{3}0|['’]\d0)['’]?s$/u.test(m.text) &&
    /(?<![\p{L}])an?\s$/iu.test(body.slice(Math.max(0, m.start - 3), m.start)) &&
    /^[\s-]\p{Ll}/u.test(body.slice(m.end, m.end + 2))
  );
}

/** Whether a date is a habit or a rule rather than a moment ("typically sown mid-November"). */
function isHabit(m: DateMention, body: string): boolean {
  if (/\d{4}/u.test(m.text) || m.certainty === 'exact') return false;
  if (/quarter/iu.test(m.text)) return false;
  const near = body.slice(Math.max(0, m.start - HABIT_REACH), m.start);
  const before = near.slice(Math.max(near.lastIndexOf('. '), near.lastIndexOf('; ')) + 1);
  const after = body.slice(m.end, m.end + 20);
  if (HABIT.test(before) || /(?<![\p{L}])(?:every|each)\s{1,3}$/iu.test(before)) return true;
  if (/(?:before|after)\s$/iu.test(before) && RULE.test(clauseAround(body, m.start, m.end))) return true;
  // "In November, the air over Delhi gets cool and still": a month opening a sentence told in
  // the present of what happens every year (no verb of the past, no word of the future).
  if (BARE_MONTH.test(m.text) && /(?:^|[.!?]\s{1,3})in\s$/iu.test(body.slice(Math.max(0, m.start - 6), m.start))) {
    const sentence = body.slice(m.end, sentenceEnd(body, m.end));
    if (PRESENT_HABIT.test(sentence) && !PAST_OR_FUTURE.test(sentence)) return true;
  }
  // "The rainy season usually begins in late June and lasts until September": a month later in
  // a sentence told as a habit, with no verb of the past or word of the future between them.
  if (BARE_MONTH.test(m.text)) {
    const opening = body.slice(Math.max(0, m.start - CLAUSE_REACH), m.start);
    const sentence = opening.slice(Math.max(opening.lastIndexOf('. '), opening.lastIndexOf('; ')) + 1);
    const habit = HABIT_NOW.exec(sentence);
    const rest = body.slice(m.end, sentenceEnd(body, m.end));
    if (habit && !PAST_OR_FUTURE.test(sentence.slice(habit.index) + ' ' + rest)) {
      if (!/(?<![\p{L}])(?:but|yet|however|although|though)(?![\p{L}])/iu.test(sentence.slice(habit.index)))
        return true;
    }
  }
  // "a flu vaccine by the end of October for the current flu season", "during peak season in
  // early March, that number can expand": a month of a season that comes every year, told in
  // the general present.
  if (NAMED_MONTH.test(m.text)) {
    const clause = clauseAround(body, m.start, m.end);
    if (SEASON.test(clause) && GENERAL.test(clause) && !PAST_OR_FUTURE.test(clause)) return true;
  }
  // "a late October rice harvest": a part of a month between "a" and a noun.
  if (MONTH_AS_KIND.test(m.text) && /(?<![\p{L}])an?\s$/iu.test(before) && /^\s\p{Ll}/u.test(after)) return true;
  // "try it on a Sunday afternoon": any such day, not one of the story ("in a Tuesday research
  // report" is the story's).
  if (WEEKDAY_PHRASE.test(m.text) && /(?<![\p{L}])on\s{1,3}an?\s$/iu.test(before)) return true;
  return /^\p{L}+day$/iu.test(m.text) && WEEKDAY_HABIT.test(after);
}

/** Words that make a year a fiscal one. */
const FISCAL_WORD = /(?<![\p{L}])(?:fiscal|financial|FY)/iu;
/** The clause of a fiscal year's end or start inside a mention ("fiscal year 2019, which runs through Dec. 31"). */
const END_CLAUSE_WITHIN =
  /(?<![\p{L}])year(?:\s{1,3}\d{4})?,?\s{1,3}(?:(?:which|that)\s{1,3})?(?:ends|ended|ending|runs\s{1,3}through|began|begins|beginning|starts|started|starting)\s/iu;
/** "2026 fiscal year", "2024-25 financial year" after the year's own digits. */
const FISCAL_YEAR_AFTER = /^(?:[-/–]\d{2,4})?\s{1,3}(?:fiscal|financial)\s{1,3}year(?![\p{L}])/iu;

/**
 * "fiscal 2026", "FY2025", "the 2026 fiscal year" read as the calendar year: a fiscal year runs
 * over the months its company or government sets (fiscal-year.ts gives them when the page says
 * which), and the calendar year is right only when that year is the calendar's. Left as a year,
 * it is no point of the timeline rather than a wrong one.
 */
function isFiscalYearAsCalendar(m: DateMention, body: string): boolean {
  if (m.endValue || !/^\d{4}$/u.test(m.value)) return false;
  // Its clause gives its end or start ("fiscal year 2019, which runs through Dec. 31"): fiscal-year.ts
  // read it, and a plain year is a calendar one.
  // (Or within it, once joined with its clause: period-end-clauses.ts.)
  if (YEAR_END_VERB_AFTER.test(body.slice(m.end, m.end + 40)) || END_CLAUSE_WITHIN.test(m.text)) return false;
  return FISCAL_WORD.test(m.text) || FISCAL_YEAR_AFTER.test(body.slice(m.end, m.end + 30));
}

/** Securities named by the year they fall due. */
const SECURITY_AFTER = /^\s(?:bonds?|notes|debentures|maturities|convertibles)(?![\p{L}])/iu;

/** "the 2020 Audi e-tron": a year between an article and a capitalised name. */
function isModelYear(m: DateMention, body: string): boolean {
  if (!/^\d{4}$/u.test(m.text)) return false;
  // "the company's 2025 bond", "its 2027 notes": a security named by the year it falls due.
  if (SECURITY_AFTER.test(body.slice(m.end, m.end + 14))) return true;
  if (!/(?<![\p{L}])(?:the|a|an|its|his|her|their|new)\s$/iu.test(body.slice(Math.max(0, m.start - 6), m.start)))
    return false;
  const word = /^\s(\p{Lu}[\p{L}-]*)/u.exec(body.slice(m.end, m.end + 30))?.[1];
  if (!word || EVENT_WORDS.test(word)) return false;
  return (
    !MONTH_NAMES.includes(word.toLowerCase()) && !/^(?:Q[1-4]|H[12]|Spring|Summer|Autumn|Fall|Winter)$/u.test(word)
  );
}

/** "in the second quarter" of a game, not of a year. */
function isGamePeriod(m: DateMention, body: string): boolean {
  if (!/^(?:the\s{1,3})?(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter$/iu.test(m.text)) return false;
  const clause = clauseAround(body, m.start, m.end);
  return GAME.test(clause) && !RESULTS.test(clause);
}

interface Anchor {
  year: number;
  month: number;
  blockId: number;
  end: number;
}
/** A month, or a month and its day, without a year ("June 9", "Sept. 12", "Oct."). */
const MONTH_DAY =
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{0,6}\.?(?:\s{1,3}\d{1,2}(?:st|nd|rd|th)?)?$/iu;
/** A year written just before a date in its sentence, as a list's heading ("Tour 2020 dates: June 9"). */
const HEADING_YEAR = /(?<![\p{N}.,$])((?:19|20)\d{2})(?![\p{N}])[^.!?\d]{0,20}:\s{0,3}$/u;

/**
 * The year a month without one takes from the story's run of dates ahead of publication
 * ("will kick off the tour June 9, 2020 ... a hometown show on Sept. 12", "Tour 2020 dates:
 * June 9 ... Oct. 10"): the year of a list's heading, or of the date of a later year just
 * before (NARRATIVE_REACH) when the month does not come before that date's and its clause
 * is not told in the past; null when the month keeps the year it was given.
 */
function aheadYear(
  m: DateMention,
  body: string,
  ahead: Anchor | null,
  gap: number,
  seen: ReadonlyMap<string, number>,
  today: number,
): number | null {
  const bare = MONTH_DAY.exec(m.text.trim());
  if (!bare || m.certainty === 'exact' || !/^\d{4}-\d{2}(?:-\d{2})?$/u.test(m.value)) return null;
  const own = Number(m.value.slice(0, 4));
  const month = Number(m.value.slice(5, 7));
  const heading = HEADING_YEAR.exec(body.slice(Math.max(0, m.start - 40), m.start))?.[1];
  if (heading) return Number(heading);
  // "It has been ready since October": a stretch that runs until now began before it.
  if (/(?<![\p{L}])since\s{1,3}$/iu.test(body.slice(Math.max(0, m.start - 8), m.start))) return null;
  // "kicks off June 9th ... Tour Dates: June 9 -- ...": the same day, written again, is the same date.
  const again = m.value.length === 10 ? seen.get(m.value.slice(5)) : undefined;
  if (again !== undefined && again > own) return again;
  // A date already ahead of publication keeps its year ("payable Jan. 2 to holders of record
  // Dec. 15", in a November story).
  const day = m.value.length === 10 ? Number(m.value.slice(8, 10)) : 15;
  if (dayNumber({ year: own, month, day }) >= today) return null;
  // "minutes on Jan. 4, and the December jobs report": a month's figures keep the month just gone.
  if (m.value.length === 7 && DATA_LABEL.test(body.slice(m.end, m.end + 60))) return null;
  if (!ahead || gap > NARRATIVE_REACH || ahead.year <= own || month < ahead.month) return null;
  // A verb in the past (PAST_WORD, PAST_IRREGULAR, global: read from their start) keeps the year it
  // was given ("first spoke about it at a conference on Aug 17").
  const clause = clauseAround(body, m.start, m.end);
  PAST_WORD.lastIndex = 0;
  PAST_IRREGULAR.lastIndex = 0;
  return PAST_WORD.test(clause) || PAST_IRREGULAR.test(clause) ? null : ahead.year;
}

const BARE_MONTH =
  /^(?:(?:early|mid|late)[\s-]{1,3})?(january|february|march|april|may|june|july|august|september|october|november|december)$/iu;

/**
 * Keeps the points of the story: spans become durations, habits sets; names with a year and
 * periods of a game are dropped; a month told in the past right after a dated month of an
 * earlier year (in the same or the previous block) takes that year.
 */
export function storyPoints(
  mentions: readonly DateMention[],
  blocks: readonly Block[],
  reference: Date | null = null,
): DateMention[] {
  const referenceYear = reference ? reference.getUTCFullYear() : null;
  const today = reference
    ? dayNumber({ year: reference.getUTCFullYear(), month: reference.getUTCMonth() + 1, day: reference.getUTCDate() })
    : -Infinity;
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  const out: DateMention[] = [];
  let anchor: Anchor | null = null;
  // The last date of a year the story looks ahead to ("will kick off June 9, 2020", "kicks off
  // April 2nd" in a November story), or a month of a run of dates that took that year.
  let ahead_: Anchor | null = null;
  // The year each month and day ("06-09") was first given.
  const seenDays = new Map<string, number>();
  for (const m of mentions) {
    const body = text.get(m.blockId) ?? '';
    if (m.type === 'DURATION' || m.type === 'SET' || m.present) {
      out.push(m);
      continue;
    }
    if (isGamePeriod(m, body)) continue;
    const span = spanValue(m.text);
    if (span) {
      const lead = /^(?:over|in|during|for)\s+/iu.exec(m.text)?.[0].length ?? 0;
      m.start += lead;
      m.text = m.text.slice(lead);
      m.type = 'DURATION';
      m.value = span;
      m.certainty = 'approximate';
      delete m.endValue;
      delete m.mod;
    } else if (VAGUE_AGO.test(m.text)) {
      // TimeBank's value for a past the text does not date.
      m.value = 'PAST_REF';
      m.certainty = 'approximate';
      delete m.endValue;
      delete m.mod;
    } else if (isHabit(m, body)) {
      // TIMEX3 writes a set without its year: XXXX-11, XXXX-05-10, XXXX-WXX-6 for Saturdays.
      const day = WEEKDAY_NAMES.indexOf(m.text.toLowerCase().split(/\s/u)[0] ?? '') + 1;
      m.type = 'SET';
      m.value = day > 0 ? `XXXX-WXX-${day}` : `XXXX${m.value.slice(4)}`;
      m.certainty = 'approximate';
      delete m.endValue;
    } else {
      // "visited his doctor in November 2016. ... But by December, they worsened": the month
      // right after a dated month, later in that year, in the same or the next block.
      const bare = BARE_MONTH.exec(m.text);
      const own = /^(\d{4})-(\d{2})$/u.exec(m.value);
      const gapAfter = (a: Anchor | null): number =>
        !a
          ? Infinity
          : a.blockId === m.blockId
            ? m.start - a.end
            : a.blockId === m.blockId - 1
              ? (text.get(a.blockId)?.length ?? 0) - a.end + m.start
              : Infinity;
      const gap = gapAfter(anchor);
      if (bare && own && anchor && gap <= NARRATIVE_REACH && m.certainty !== 'exact') {
        const month = MONTH_NAMES.indexOf((bare[1] ?? '').toLowerCase()) + 1;
        if (month > anchor.month && anchor.year < Number(own[1]) && !FUTURE.test(clauseAround(body, m.start, m.end)))
          m.value = `${anchor.year}-${String(month).padStart(2, '0')}`;
      }
      // English runs of dates only (MONTH_DAY): other languages pass no reference year.
      const ahead: number | null =
        referenceYear === null ? null : aheadYear(m, body, ahead_, gapAfter(ahead_), seenDays, today);
      if (ahead) m.value = `${ahead}${m.value.slice(4)}`;
      if (/^\d{4}-\d{2}-\d{2}$/u.test(m.value) && !seenDays.has(m.value.slice(5)))
        seenDays.set(m.value.slice(5), Number(m.value.slice(0, 4)));
      const dated = /^(\d{4})-(\d{2})(?:$|-)/u.exec(m.value);
      // "since July 2013" opens a stretch that lasts until now: not the time the story tells.
      const since = /(?<![\p{L}])since\s$/iu.test(body.slice(Math.max(0, m.start - 6), m.start));
      anchor =
        m.certainty === 'exact' && dated && /\d{4}/u.test(m.text) && !since
          ? { year: Number(dated[1]), month: Number(dated[2]), blockId: m.blockId, end: m.end }
          : null;
      ahead_ =
        dated &&
        (ahead || Number(dated[1]) > (referenceYear ?? Infinity) || (m.certainty === 'exact' && /\d{4}/u.test(m.text)))
          ? { year: Number(dated[1]), month: Number(dated[2]), blockId: m.blockId, end: m.end }
          : ahead_ && gapAfter(ahead_) <= NARRATIVE_REACH
            ? ahead_
            : null;
    }
    out.push(m);
  }
  return out;
}

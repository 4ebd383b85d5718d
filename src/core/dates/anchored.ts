/**
 * English dates counted from an event, and dates the text does not put in the future.
 *
 *   - "18 years after Washington invaded", "seven years after seeking refuge", "three days
 *     later", "the year after the treaty": counted from an event, not from the publication
 *     date. Such a span gets a value only when its anchor is a date the sentence names right
 *     after it ("ten years after the war ended in 1945" is 1955, "a week before 12 May" is
 *     the week of 5 May, an ISO week: a count in weeks gives a week); otherwise it is the span alone (a DURATION, "18 years", as TimeBank
 *     marks it) and "the year after" alone is no date at all.
 *   - A date the text resolves more than a year after publication without writing its year
 *     and without a word of the future in its clause is not kept: a reader who finds 2037 in a
 *     2019 story stops trusting the rest.
 *   - "today", "now", "currently" (and "heute", "hoy", "aujourd'hui"...): the moment of
 *     writing, marked `present` (not on the timeline, not highlighted by default).
 */
import { addDays, addMonths, isoWeek, monthString, parseYmd, utcDayNumber, weekday, ymdString } from './calendar';
import { startDay } from './timeline';
import type { Block, DateMention } from '../types';
import { NUMBERS, UNIT_CODE } from './vocabulary';
import { clauseAround } from './clause';
import { EVENT_WORDS } from './story-points';

/** A span counted from an event: "(nearly) 18 years after", "the year after", "three days later". */
const ANCHORED =
  /(?<![\p{L}\p{N}])((?:(?:nearly|almost|about|some|more than|less than|barely|just|only)\s{1,3})?(?:(\d{1,4}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|few|a few|many|a couple(?: of)?)|the)\s{1,3}(second|minute|hour|day|week|month|year|decade)s?)\s{1,3}(after|before|later|earlier)$/iu;
/** TIMEX3 values of a date the text does not fix, by the unit it is counted in. */
const UNFIXED: Record<string, string> = {
  day: 'XXXX-XX-XX',
  week: 'XXXX-WXX',
  month: 'XXXX-XX',
  year: 'XXXX',
  decade: 'XXX',
};
/** Between a span and its anchor date: the event's words, within one clause. */
const MAX_ANCHOR_GAP = 60;
const CLAUSE_BREAK = /[.;:!?,()]/u;
/** The moment of writing. */
const PRESENT =
  /^(?:today|now|right now|currently|at present|presently|nowadays|these days|at the moment|heute|hoy|aujourd['’]hui|vandaag|oggi|hoje|idag|dziś|dzisiaj|сегодня|сьогодні|今日|今天)$/iu;
/** Page furniture before a year. */
const FURNITURE_BEFORE = /(?:©|\(c\)|copyright)\s{0,3}$/iu;
/** A credit line's opening ("Photos by", "Images courtesy of"; not "Image:", which opens a caption). */
const CREDIT_OPENING =
  /^\s*(?:photos?|images?|pictures?|illustrations?|photographs?)\s{1,3}(?:by|courtesy|credits?)(?![\p{L}])/iu;
/** How far back (characters) the opening of a credit line is looked for. */
const CREDIT_REACH = 300;

/** Whether `at` stands in a credit line: the sentence holding it opens "Photos by …". */
function inCredits(body: string, at: number): boolean {
  let from = at;
  while (from > 0 && at - from < CREDIT_REACH && !/[.!?\n]/u.test(body[from - 1] as string)) from--;
  return CREDIT_OPENING.test(body.slice(from, at));
}

/** A capitalised word that makes a weekday part of a day's name ("Black Friday", "Cyber Monday", "Good Friday"). */
const NAMED_DAY_BEFORE = /(?<![\p{L}])(?:Black|Cyber|Good|Super|Holy|Maundy|Ash|Giving|Bloody|Business)\s$/u;
/**
 * Idioms that read as dates ("at the last minute"; "the shop's last day of trading", "Last day to
 * file bills": a final day, which news never writes for yesterday).
 */
const IDIOM = /^(?:the\s+)?(?:(?:last|eleventh|11th)\s+(?:minute|hour)|last\s+day)$/iu;
/**
 * A span written alone or "within" a span: no point in time ("after a few weeks of missed
 * calls", "after about two months", "half an hour").
 */
const SPAN_ONLY =
  /^(?:(?:within|after|about|around|roughly|nearly|almost|just|under|over|less than|more than|for|only)\s{1,3}){0,2}(\d{1,3}(?:\.\d{1,3})?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|several|a couple of|couple of|half an?)\s{1,3}(second|minute|hour|day|week|month|year)s?$/iu;
/** "the next month or two": a span ahead, not next month. */
const SPAN_OR_TWO =
  /^(?:the\s{1,3})?(?:next|coming|past|last)\s{1,3}(day|week|month|year)\s{1,3}or\s{1,3}(?:two|three|so)$/iu;
/** Capitalised words that stand before a year as dates do ("June 2019", "Summer 2020", "Fiscal 2019"). */
const DATE_WORD =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|fall|winter|christmas|easter|fiscal|fy|q[1-4]|h[12]|early|late|mid|in|by|since|until|from|before|after|during|of|to|through|circa|ca)\.?$/iu;

/**
 * A year or a century inside a name or a title. In English a capitalised word before a year
 * makes a name ("Euro 2020") unless it is a date's word ("June 2019", "In 2019"); in other
 * languages only a capitalised word inside a sentence does ("el Mundial 2022", not "En 2023"),
 * and never in German, which capitalises every noun ("im Jahr 2023").
 */
function isName(m: DateMention, body: string, lang: string): boolean {
  const before = body.slice(Math.max(0, m.start - 30), m.start);
  const after = body.slice(m.end, m.end + 3);
  if (/^\d{4}$/u.test(m.text)) {
    if (/^:\s\p{Lu}/u.test(after)) return true;
    // "‘2018 Welcome Daehak-ro Festival’": a year opening a title in quotes.
    if (/[‘“"']$/u.test(before) && /^\s\p{Lu}/u.test(after)) return true;
    if (lang === 'de') return false;
    if (lang !== 'en') return /[^.!?:;\s]\s\p{Lu}[\p{L}.-]+\s$/u.test(before);
    // "New Price Drop: 2019 Apple AirPods 2", a line "2021 Planning underway": a year opening a
    // line, a sentence or what follows a colon, before a capitalised word, heads a name.
    if (/(?:^|[\n.!?:]\s{0,3})$/u.test(before) && /^\s\p{Lu}/u.test(after)) {
      const next = /^\s(\p{Lu}[\p{L}-]*)/u.exec(body.slice(m.end, m.end + 30))?.[1] ?? '';
      if (!DATE_WORD.test(next) && !EVENT_WORDS.test(next)) return true;
    }
    const word = /(?:^|[^.!?:;]\s)(\p{Lu}[\p{L}.-]*)\s$/u.exec(before)?.[1];
    return word !== undefined && !DATE_WORD.test(word);
  }
  return /\d(?:st|nd|rd|th)\s+Century$/u.test(m.text) && /^\s\p{Lu}/u.test(after);
}

/** "the next month or two" as SPAN_ONLY's groups (a count the text does not give, and the unit). */
function orTwo(text: string): [string, string, string] | null {
  const unit = SPAN_OR_TWO.exec(text)?.[1];
  return unit ? [text, 'X', unit] : null;
}

/** Capitalised words after "the Sunday" that are dates' words, not a name's ("the Sunday November 17 vote"). */
const DATE_AFTER_WEEKDAY = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\p{Lu}\p{Ll}{0,3}\.|A\.?M|P\.?M)/iu;

/** "the Sunday Business section", "The Sunday Times": "the", a weekday and a capitalised word. */
function isWeekdayInName(body: string, start: number, end: number): boolean {
  if (!/(?<![\p{L}])the\s$/iu.test(body.slice(Math.max(0, start - 4), start))) return false;
  const word = /^\s(\p{Lu}\p{L}*\.?)/u.exec(body.slice(end, end + 20))?.[1];
  return word !== undefined && !DATE_AFTER_WEEKDAY.test(word);
}

/** "the day(s)", "the weeks", "those years": a stretch the text does not fix (no count, no date). */
const STRETCH = /^(?:the\s{1,3}(day)s?|(?:the|those)\s{1,3}(week|month|year)s)$/iu;
/** "past years", "(those) last months": a past the text does not date (TimeBank's PAST_REF). */
const PAST_STRETCH = /^(?:last|past)\s{1,3}(?:week|month|year)s$/iu;

/** Years this far after publication are numbers unless the words before make them years. */
const FAR_YEARS = 30;
const YEAR_CONTEXT = /(?:in|by|until|till|before|after|through|from|to|since|year|of the)\s{1,3}$/iu;
/** How far past the publication date a date may lie without the text saying so. */
const MAX_UNSAID_FUTURE_DAYS = 366;
/** Words of a clause that speak of the future. */
const FUTURE =
  /(?<![\p{L}])(?:will|won['’]t|['’]ll|shall|would|going to|plans?|planned|scheduled|expects?|expected|due|intends?|aims?|next|coming|upcoming|from now|in (?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred) (?:years?|decades?|months?))(?![\p{L}])/iu;

const countOf = (word: string | undefined): number | null => {
  if (!word) return null;
  if (/^\d+$/u.test(word)) return Number(word);
  const w = word.toLowerCase();
  if (w.startsWith('half')) return 0.5;
  if (w === 'a' || w === 'an') return 1;
  if (w.startsWith('a couple')) return 2;
  const n = NUMBERS[w];
  return n ? n : null;
};

/** `value` moved by `n` units, at the precision both allow; null when the anchor is too coarse. */
function shifted(value: string, unit: string, n: number): string | null {
  const ymd = parseYmd(value);
  const year = /^(\d{4})/u.exec(value)?.[1];
  const month = /^(\d{4})-(\d{2})(?:$|-)/u.exec(value);
  if (!year) return null;
  switch (unit) {
    case 'decade':
    case 'year':
      return String(Number(year) + n * (unit === 'decade' ? 10 : 1));
    case 'month':
      if (!month) return null;
      return ((m) => monthString(m.year, m.month))(addMonths(Number(month[1]), Number(month[2]), n));
    case 'week':
      // Counted from a day, the week the count reaches: the count's unit gives the grain ("two
      // weeks after the land was sold on October 9, 2014" is the week of 23 October, 2014-W43).
      return ymd ? isoWeek(addDays(ymd, 7 * n)) : null;
    case 'day':
      return ymd ? ymdString(addDays(ymd, n)) : null;
    default:
      return null;
  }
}

/** A date and the comma that sets a count after it apart ("the spring of 1969, "). */
const LEAD_DATE = /^(\S(?:.*\S)?)\s{0,2},\s{1,3}$/su;
/** A season with its year, or a year alone ("the spring of 1969", "1922"): the year. */
const SEASON_OR_YEAR =
  /^(?:(?:the\s{1,3})?(?:spring|summer|fall|autumn|winter)(?:\s{1,3}of)?\s{1,3})?(1[5-9]\d\d|20\d\d)$/iu;
/**
 * Resolves or demotes the spans counted from an event, in place; returns the mentions kept.
 * A date left unfixed has a value starting with X (`isUnfixed`).
 */
export function anchorSpans(mentions: readonly DateMention[], blocks: readonly Block[]): DateMention[] {
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  const out: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as DateMention;
    // "a year earlier" in a company's results is the same quarter a year ago (RelativeMonthParser).
    const skip = m.type === 'DURATION' || m.type === 'SET' || /^(?:a|an|one)\s+year\s+earlier$/iu.test(m.text);
    const match = skip ? null : ANCHORED.exec(m.text);
    if (!match) {
      out.push(m);
      continue;
    }
    const body = text.get(m.blockId) ?? '';
    // "the spring of 1969, six months after her marriage": a date the parser joined to the count
    // that restates it. A season with its year or a year alone keeps the joined value (the
    // date's own) and is a mention of its own, the count read after it; other dates stay joined
    // (their joined value was counted from the publication, not theirs).
    let leadMention: DateMention | null = null;
    const lead = match.index > 0 ? LEAD_DATE.exec(m.text.slice(0, match.index)) : null;
    const leadText = lead?.[1] ?? '';
    const leadYear = SEASON_OR_YEAR.exec(leadText)?.[1];
    if (
      lead &&
      leadYear &&
      (m.value === leadYear || (m.value.startsWith(`${leadYear}-`) && /^\d{4}-(?:SP|SU|FA|WI)$/u.test(m.value)))
    ) {
      leadMention = { ...m, text: leadText, end: m.start + leadText.length };
      out.push(leadMention);
      m.start += match.index;
      m.text = m.text.slice(match.index);
    }
    const [, span = '', count, unitWord = '', direction = ''] = match;
    const unit = unitWord.toLowerCase();
    const n = countOf(count) ?? (count ? null : 1);
    const sign = /^(?:after|later)$/iu.test(direction) ? 1 : -1;
    // The anchor: a date named right after "after" / "before", in the same clause.
    const next = mentions[i + 1];
    const gap = next && next.blockId === m.blockId ? body.slice(m.end, next.start) : '';
    const anchored =
      next &&
      next.blockId === m.blockId &&
      /^(?:after|before)$/iu.test(direction) &&
      gap.length <= MAX_ANCHOR_GAP &&
      !CLAUSE_BREAK.test(gap) &&
      next.type !== 'DURATION' &&
      next.type !== 'SET' &&
      !next.endValue &&
      // A date the sentence names ("12 May", "1945", "Tuesday"), not "the day after" another event.
      /[\p{N}\p{Lu}]/u.test(next.text)
        ? next
        : null;
    // "August 2018, three months before the Nov. 29 vote": a count set off by a comma after a date
    // that writes its year, from a date that does not, restates the date before it (the anchor's
    // year is a guess from the publication's).
    const prev = out[out.length - 1];
    const before =
      anchored &&
      prev &&
      prev.blockId === m.blockId &&
      !prev.endValue &&
      /\d{4}/u.test(prev.text) &&
      !/\d{4}/u.test(anchored.text) &&
      /^\s{0,2},\s{1,3}$/u.test(body.slice(prev.end, m.start))
        ? prev
        : null;
    const value = before ? before.value : anchored && n ? shifted(anchored.value, unit, sign * n) : null;
    if (value) {
      m.value = value;
      m.certainty = 'inferred';
      delete m.mod;
      out.push(m);
      continue;
    }
    // "in the spring of 1974, two years after he came home": a count set off by a comma after the
    // season or year it was joined to, from an event the text does not date, restates that date.
    // (chrono-refiners.ts now keeps such a count apart from the date before it: that date is the
    // mention just before, after its comma.)
    const last = out[out.length - 1];
    const apartLead =
      !leadMention &&
      last &&
      last.blockId === m.blockId &&
      SEASON_OR_YEAR.test(last.text) &&
      /^\s{0,2},\s{1,3}$/u.test(body.slice(last.end, m.start))
        ? last
        : null;
    const restated = count && /^(?:after|before)$/iu.test(direction) ? (leadMention ?? apartLead) : null;
    if (restated) {
      m.value = restated.value;
      m.certainty = 'inferred';
      delete m.endValue;
      delete m.mod;
      out.push(m);
      continue;
    }
    // Not dated: "the year after the treaty" is a date the text does not fix (no value a
    // reader sees, no place on the timeline); "18 years after" is the span alone.
    if (!count) {
      m.value = UNFIXED[unit] ?? 'XXXX';
      m.certainty = 'approximate';
      delete m.endValue;
      delete m.mod;
      out.push(m);
      continue;
    }
    const at = m.text.lastIndexOf(span);
    m.start += at;
    m.end = m.start + span.length;
    m.text = span;
    m.type = 'DURATION';
    const time = unit === 'second' || unit === 'minute' || unit === 'hour';
    m.value = `P${time ? 'T' : ''}${n ?? 'X'}${unit === 'second' ? 'S' : (UNIT_CODE[unit] ?? 'D')}`;
    m.certainty = 'approximate';
    delete m.endValue;
    delete m.mod;
    out.push(m);
  }
  partsOfEvents(out, text);
  return out;
}

/** "of the festival", "of the trial": an event after "the last weekend", not a time ("of the month"). */
const OF_EVENT =
  /^\s{1,3}of\s{1,3}(?:the|this|that|its|his|her|their)\s{1,3}(?!(?:year|month|week|decade|century|season|summer|winter|spring|fall|autumn)(?![\p{L}]))\p{L}/iu;
/** Words before the date an event ends on ("can be enjoyed until 20 January 2019"). */
const END_BEFORE =
  /(?:until|till|through|thru|to|ends?|ending|ended|closes?|closing|runs? through)(?:\s{1,3}on)?\s{1,3}$/iu;
/** How far after "the last weekend of the festival" (characters) the festival's end is looked for. */
const EVENT_END_REACH = 300;

/**
 * "the last weekend of the festival", "the final day of the trial": counted from the event,
 * dated only by the end the block gives it ("… can be enjoyed until 20 January 2019": the
 * weekend of 19-20 January), else a date the text does not fix; never the last weekend
 * before publication.
 */
function partsOfEvents(mentions: readonly DateMention[], text: ReadonlyMap<number, string>): void {
  mentions.forEach((m, i) => {
    const part = /^the\s{1,3}(?:last|final)\s{1,3}(day|week|weekend)$/iu.exec(m.text);
    const body = text.get(m.blockId) ?? '';
    if (!part || !OF_EVENT.test(body.slice(m.end, m.end + 40))) return;
    const end = mentions
      .slice(i + 1)
      .find(
        (n) =>
          n.blockId === m.blockId &&
          n.start - m.end <= EVENT_END_REACH &&
          /^\d{4}-\d{2}-\d{2}$/u.test(n.value) &&
          END_BEFORE.test(body.slice(Math.max(0, n.start - 24), n.start)),
      );
    const day = end ? parseYmd(end.value) : null;
    const unit = (part[1] ?? '').toLowerCase();
    delete m.mod;
    delete m.endValue;
    if (!day) {
      m.value = unit === 'day' ? 'XXXX-XX-XX' : 'XXXX-WXX';
      m.certainty = 'approximate';
      return;
    }
    m.certainty = 'inferred';
    // The weekend an end day closes: its own when it is a Saturday or a Sunday, else the one before.
    const wd = weekday(day);
    if (unit === 'weekend') m.value = `${isoWeek(wd === 0 || wd === 6 ? day : addDays(day, -wd))}-WE`;
    else m.value = unit === 'week' ? isoWeek(day) : ymdString(day);
  });
}

/** A date the text names but does not fix ("the year after the treaty"): not shown as a date. */
export const isUnfixed = (value: string): boolean => value.startsWith('X');

/**
 * Drops dates resolved more than a year after the reference that the text does not put
 * there (no written year, no word of the future in their clause); marks the present.
 */
export function checkAgainstReference(
  mentions: readonly DateMention[],
  blocks: readonly Block[],
  reference: Date,
  lang = 'en',
): DateMention[] {
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  const today = utcDayNumber(reference);
  return mentions.filter((m) => {
    if (PRESENT.test(m.text.trim())) m.present = true;
    const body = text.get(m.blockId) ?? '';
    // "Copyright © 2019", "to the last minute", "Photos by …, 401(K) 2012": no date of the story.
    if (FURNITURE_BEFORE.test(body.slice(Math.max(0, m.start - 12), m.start)) || IDIOM.test(m.text)) return false;
    if (inCredits(body, m.start)) return false;
    // "Black Friday is approaching", "the Black Friday season": the name of a day, not last Friday;
    // "the Sunday Business section", "The Sunday Times": a weekday in a name.
    if (/^\p{L}+day$/u.test(m.text) && NAMED_DAY_BEFORE.test(body.slice(Math.max(0, m.start - 10), m.start)))
      return false;
    if (/^\p{L}+day$/u.test(m.text) && isWeekdayInName(body, m.start, m.end)) return false;
    // "in 6.6 seconds", "within 12 months", "in about 3.5 seconds": a span, not a point in
    // time; so is "after 12 years (of waiting)", counted from an event the text does not date.
    const span = m.type === 'DURATION' || m.type === 'SET' ? null : (SPAN_ONLY.exec(m.text) ?? orTwo(m.text));
    if (span) {
      const unit = (span[2] ?? '').toLowerCase();
      const time = unit === 'second' || unit === 'minute' || unit === 'hour';
      const lead = /^(?:(?:within|after|for)\s+)+/iu.exec(m.text)?.[0].length ?? 0;
      m.start += lead;
      m.text = m.text.slice(lead);
      m.type = 'DURATION';
      m.value = `P${time ? 'T' : ''}${countOf(span[1]) ?? (/^[\d.]+$/u.test(span[1] ?? '') ? span[1] : 'X')}${unit === 'second' ? 'S' : (UNIT_CODE[unit] ?? 'D')}`;
      m.certainty = 'approximate';
      delete m.endValue;
      delete m.mod;
      return true;
    }
    // "in the days following the fight", "earlier in the day", "in the years leading up to the
    // sale", "in those last months": the text does not fix which.
    if (PAST_STRETCH.test(m.text)) {
      m.value = 'PAST_REF';
      m.certainty = 'approximate';
      delete m.endValue;
      delete m.mod;
      return true;
    }
    const stretch = STRETCH.exec(m.text);
    if (stretch) {
      m.value = UNFIXED[(stretch[1] ?? stretch[2] ?? 'day').toLowerCase()] ?? 'XXXX-XX-XX';
      delete m.endValue;
      delete m.mod;
      m.certainty = 'approximate';
      return true;
    }
    // "Euro 2020", "2001: A Space Odyssey", "20th Century Fox": a name, not a date.
    if (isName(m, body, lang)) return false;
    // "a total score of 2072": a number, unless the text reads it as a year ("until 2047").
    const year = /^\d{4}$/u.exec(m.text) ? Number(m.text) : null;
    if (
      year &&
      year > reference.getUTCFullYear() + FAR_YEARS &&
      !YEAR_CONTEXT.test(body.slice(Math.max(0, m.start - 12), m.start))
    )
      return false;
    if (m.type === 'DURATION' || m.type === 'SET' || /\d{4}/u.test(m.text)) return true;
    const day = startDay(m.value);
    if (day === null || day - today <= MAX_UNSAID_FUTURE_DAYS) return true;
    return FUTURE.test(clauseAround(body, m.start, m.end));
  });
}

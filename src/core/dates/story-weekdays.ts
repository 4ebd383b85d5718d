/**
 * Weekdays a story has already placed ahead of its publication (English):
 *
 *   - the same weekday named again, read a week before that day, is that day when its clause
 *     tells nothing in the past ("Friday: the museums reopen … ¶ Subways run a weekday schedule
 *     on Friday, the MTA says", in a Wednesday guide): a reporter would have written "last
 *     Friday" for the one before;
 *   - "the weekend" in a guide's item opened by a Saturday or a Sunday ahead ("Sunday: Close out
 *     the weekend at the garden") is that day's weekend, not the one just gone;
 *   - "the Saturday", "the Friday night", "the Sunday evening": a weekday told with "the" is one
 *     of a stretch of days the story has named ("will return from Friday, August 12 to Sunday,
 *     August 14 … a ceilidh on the Saturday"), the day of the nearest such stretch before it
 *     that holds that weekday, not the weekday nearest the publication;
 *   - a weekday alone of an event dated weeks ahead ("will run May 22-24 … headlines Friday", in a
 *     January story) is the day of that stretch that has its name.
 */
import type { Block, DateMention } from '../types';
import { addDays, dayNumber, isoWeek, parseYmd, utcDayNumber, weekday, ymdString, type Ymd } from './calendar';
import { clauseAround } from './clause';
import { PAST_WORD, SAID_ON } from './news-tense-refiner';
import { WEEKDAY_NAMES } from './vocabulary';

/** A weekday alone, or with its date ("Saturday 8 April", "Friday, Nov. 24"): the weekday's name. */
const WEEKDAY_FIRST = /^(?:the\s{1,3})?((?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![\p{L}])/iu;
/** A weekday alone, or with a part of the day ("Friday", "Friday morning"). */
const WEEKDAY_ALONE =
  /^(?:the\s{1,3})?((?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:['’]s)?(?:\s{1,3}(?:morning|afternoon|evening|night))?$/iu;
/**
 * Verbs in the past that do not end in "-ed" (news-tense-refiner.ts reads them the same way), and a
 * result told after "who" or "which" ("Adelaide, who beat Brisbane 4-1 on Friday night").
 */
const PAST_IRREGULAR =
  /(?<![\p{L}])(?:laid|led|built|found|saw|ran|stood|felt|fought|caught|taught|spoke|broke|drove|flew|threw|knew|sold|said|told|(?:who|which)\sbeat)(?![\p{L}])/u;
/** "last Friday", "earlier on Friday", "Friday's … ago": words that put a weekday behind. */
const BEHIND = /(?<![\p{L}])(?:last|past|earlier|previous|preceding|ago)\s{1,3}(?:on\s{1,3})?$/iu;
/** A participle after an article or a preposition ("with extended hours", "an unranked team"). */
const PARTICIPLE_AS_ADJECTIVE =
  /(?<![\p{L}])(?:an?|the|its|their|his|her|with|between|of|for|and)\s\p{Ll}{2,}ed(?![\p{L}])/gu;
/** "the weekend" alone. */
const THE_WEEKEND = /^the\s{1,3}weekend$/iu;
/** A guide's item opened by a weekday and a colon ("Sunday: "). */
const ITEM = /^((?:satur|sun)day)\s{0,2}:/iu;
/** How many days ahead of publication a weekday the story placed may lie. */
const WEEK_AHEAD = 6;
/** A weekday, with a part of the day, after "the" ("the Saturday", "the Friday night"): its name. */
const THE_WEEKDAY =
  /^(?:the\s{1,3})?((?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s{1,3}(?:morning|afternoon|evening|night))?$/iu;
/** "the" just before a mention. */
const THE_BEFORE = /(?<![\p{L}])the\s{1,3}$/iu;
/** Between two days that make one stretch ("from Friday, August 12 to Sunday, August 14"). */
const STRETCH_JOIN = /^,?\s{1,3}(?:to|until|through|-|–)\s{1,3}$/iu;
/** A day's value and what follows it ("2022-08-12", "2022-08-14TEV"). */
const DAY_VALUE = /^(\d{4}-\d{2}-\d{2})(T[A-Z0-9:]+)?$/u;
/** How many days a stretch of days may run for its weekdays to be told with "the". */
const STRETCH_DAYS = 7;

/** A stretch of days mention `j` opens: its own range, or a day joined to the next mention's ("from X to Y"). */
function stretchAt(mentions: readonly DateMention[], j: number, text: ReadonlyMap<number, string>): [Ymd, Ymd] | null {
  const p = mentions[j] as DateMention;
  if (p.endValue) {
    const from = p.value.length === 10 ? parseYmd(p.value) : null;
    const to = p.endValue.length === 10 ? parseYmd(p.endValue) : null;
    return from && to ? [from, to] : null;
  }
  const q = mentions[j + 1];
  if (!q || q.blockId !== p.blockId || q.endValue || p.value.length !== 10 || q.value.length !== 10) return null;
  if (!STRETCH_JOIN.test((text.get(p.blockId) ?? '').slice(p.end, q.start))) return null;
  const from = parseYmd(p.value);
  const to = parseYmd(q.value);
  return from && to ? [from, to] : null;
}

/** The day of `name` in the nearest stretch of days (of at most a week) before mention `i`, else null. */
function dayOfStretch(
  mentions: readonly DateMention[],
  i: number,
  name: string,
  text: ReadonlyMap<number, string>,
): Ymd | null {
  const want = (WEEKDAY_NAMES.indexOf(name) + 1) % 7;
  for (let j = i - 1; j >= 0; j--) {
    const stretch = stretchAt(mentions, j, text);
    if (!stretch) continue;
    const [from, to] = stretch;
    const first = dayNumber(from);
    const last = dayNumber(to);
    if (last <= first || last - first >= STRETCH_DAYS) continue;
    for (let n = 0; n <= last - first; n++) {
      const day = addDays(from, n);
      if (weekday(day) === want) return day;
    }
    return null;
  }
  return null;
}

/** A weekday alone or at a clock time ("Friday", "Sunday night", "10 p.m. on Sunday"): its name. */
const WEEKDAY_AT =
  /^(?:(?:\d{1,2}(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|am|pm)|noon|midnight)\s{1,3}on\s{1,3})?((?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s{1,3}(?:morning|afternoon|evening|night))?$/iu;

/** A photograph's caption, told of the moment the photograph was taken. */
const CAPTION = /(?<![\p{L}])(?:Photograph|Photo|Picture)\s{0,2}:|Getty\s{1,3}Images|\bAP\s{1,3}Photo/u;
/** What happens before an event, on a day of its own: a sale, a forecast, a deadline. */
const OTHER_EVENT = /(?<![\p{L}])(?:sale|tickets?|presale|pre-sale|forecasts?|registration|deadline)(?![\p{L}])/iu;
/** "after the band released its album": a count's anchor in the past, up to the next comma. */
const COUNTED_FROM_PAST = /(?<![\p{L}])(?:after|since|before)\s[^,;]{1,60}/giu;

/**
 * A weekday of an event the story has dated weeks ahead ("The festival will run May 22-24 …
 * Kid Solace tops the bill on Saturday", in a January story): the day of the nearest stretch of
 * days before it that holds that weekday, when the stretch begins more than a week after the
 * publication (the weekday's own reading cannot reach it) and the weekday's clause tells
 * nothing in the past. Its value with its clock time or part of the day, else null.
 */
function laterStretchDay(
  mentions: readonly DateMention[],
  i: number,
  m: DateMention,
  body: string,
  text: ReadonlyMap<number, string>,
  today: number,
): string | null {
  const name = WEEKDAY_AT.exec(m.text)?.[1]?.toLowerCase();
  const parts = DAY_VALUE.exec(m.value);
  if (!name || !parts || m.endValue || CAPTION.test(body)) return null;
  const day = dayOfStretch(mentions, i, name, text);
  if (!day || dayNumber(day) <= today + WEEK_AHEAD + 1) return null;
  const before = body.slice(Math.max(0, m.start - 40), m.start);
  if (SAID_ON.test(before) || BEHIND.test(before)) return null;
  // ("two months after the band released its album": the past of a count from another event.)
  const clause = clauseAround(body, m.start, m.end).replace(PARTICIPLE_AS_ADJECTIVE, '').replace(COUNTED_FROM_PAST, '');
  PAST_WORD.lastIndex = 0;
  if (PAST_WORD.test(clause) || PAST_IRREGULAR.test(clause) || OTHER_EVENT.test(clause)) return null;
  return ymdString(day) + (parts[2] ?? '');
}

export function storyWeekdays(mentions: readonly DateMention[], blocks: readonly Block[], reference: Date): void {
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  const today = utcDayNumber(reference);
  // Each weekday the story placed in the days to come, by its name.
  const ahead = new Map<string, Ymd>();
  for (const m of mentions) {
    const name = WEEKDAY_FIRST.exec(m.text)?.[1]?.toLowerCase();
    const own = parseYmd(m.value.slice(0, 10));
    if (!name || !own || !/^\d{4}-\d{2}-\d{2}/u.test(m.value)) continue;
    const n = dayNumber(own);
    if (n > today && n <= today + WEEK_AHEAD && weekday(own) === (WEEKDAY_NAMES.indexOf(name) + 1) % 7)
      ahead.set(name, own);
  }
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as DateMention;
    const body = text.get(m.blockId) ?? '';
    const the = THE_WEEKDAY.exec(m.text)?.[1]?.toLowerCase();
    const parts = DAY_VALUE.exec(m.value);
    const withThe = /^the\s/iu.test(m.text) || THE_BEFORE.test(body.slice(Math.max(0, m.start - 5), m.start));
    if (the && parts && !m.endValue && withThe) {
      const day = dayOfStretch(mentions, i, the, text);
      if (day) {
        m.value = ymdString(day) + (parts[2] ?? '');
        m.certainty = 'inferred';
      }
      continue;
    }
    if (THE_WEEKEND.test(m.text) && /^\d{4}-W\d{2}-WE$/u.test(m.value)) {
      const item = ITEM.exec(body);
      const day = item ? ahead.get((item[1] ?? '').toLowerCase()) : undefined;
      if (day && isoWeek(day) !== m.value.slice(0, 8)) {
        m.value = `${isoWeek(day)}-WE`;
        m.certainty = 'inferred';
      }
      continue;
    }
    const later = laterStretchDay(mentions, i, m, body, text, today);
    if (later) {
      m.value = later;
      m.certainty = 'inferred';
      continue;
    }
    const name = WEEKDAY_ALONE.exec(m.text)?.[1]?.toLowerCase();
    const own = parseYmd(m.value);
    const story = name ? ahead.get(name) : undefined;
    if (!story || !own || m.value.length !== 10 || dayNumber(story) - dayNumber(own) !== 7) continue;
    const before = body.slice(Math.max(0, m.start - 40), m.start);
    if (SAID_ON.test(before) || BEHIND.test(before)) continue;
    // ("with extended hours", "between ranked teams": a participle after an article or a
    // preposition is no verb.)
    const clause = clauseAround(body, m.start, m.end).replace(PARTICIPLE_AS_ADJECTIVE, '');
    PAST_WORD.lastIndex = 0;
    if (PAST_WORD.test(clause) || PAST_IRREGULAR.test(clause)) continue;
    m.value = ymdString(story);
  }
}

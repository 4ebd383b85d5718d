/**
 * A weekday named alone right after a day the story has placed ahead of its publication is a day
 * of that day's week, not the one just gone (English): "Workers' Day follows on Thursday, 1 May.
 * Many people are expected to take Tuesday, Wednesday and Friday as leave" (the eighth English
 * set: 29 and 30 April and 2 May); "tickets go on sale Thursday, with the general on-sale Friday"
 * (the Friday after). The weekday must land ahead of the publication too, and a clause told in
 * the past ("since Monday's note", "told partners on Monday") keeps the one just gone.
 */
import type { Block, DateMention } from '../types';
import { addDays, dayNumber, isoWeekday, parseYmd, stepToWeekday, utcDayNumber, ymdString, type Ymd } from './calendar';
import { clauseStart } from './clause';
import { PAST_WORD, SAID_ON } from './news-tense-refiner';
import { WEEKDAY_FIRST, WEEKDAY_NAMES } from './vocabulary';
import { weekdaysInApposition } from './weekday-apposition';

/** A weekday alone, or with a part of the day ("Friday", "Friday evening"): the weekday's name. */
const WEEKDAY_ALONE = /^((?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s{1,3}(?:morning|afternoon|evening|night))?$/iu;
/** A weekday named alone, without a date ("Thursday", "Thursday at 10 a.m."): an anchor only in its sentence. */
/** "last Friday", "earlier on Friday", "since Monday": words that put a weekday behind. */
const BEHIND = /(?<![\p{L}])(?:last|past|earlier|previous|preceding|ago|since)\s{1,3}(?:on\s{1,3})?$/iu;
/**
 * A weekday opening a stretch, told of an event or counted from one ("Tuesday through Thursday of
 * Cup week", "the Sunday after Easter": holidays.ts and weekday-runs.ts place those).
 */
const STRETCH_AFTER = /^(?:['’]s)?\s{0,3}(?:through|thru|to|until|till|of|after|before|[-–])(?![\p{L}])/iu;
/** "the" just before a weekday ("the Sunday after Easter", "the Saturday"). */
const THE_BEFORE = /(?<![\p{L}])the\s{1,3}$/iu;
/** Verbs in the past that do not end in "-ed". */
const PAST_IRREGULAR =
  /(?<![\p{L}])(?:was|were|had|laid|led|built|found|saw|ran|stood|felt|fought|caught|taught|spoke|broke|drove|flew|threw|knew|sold|said|told)(?![\p{L}])/iu;
/** A participle after an article or a preposition ("with extended hours"): no verb. */
const PARTICIPLE_AS_ADJECTIVE =
  /(?<![\p{L}])(?:an?|the|its|their|his|her|with|between|of|for|and)\s\p{Ll}{2,}ed(?![\p{L}])/gu;
/** A sentence's end (global: counted with `match`). */
const STOP = /[.!?]["”’]?\s/gu;
/** A sentence's end, tested once. */
const SENTENCE_END = /[.!?]["”’]?\s/u;
/** "ahead of" before a weekday in its phrase ("ahead of Wednesday's", "ahead of the vote on"). */
const AHEAD_OF = /(?<![\p{L}])ahead\s{1,3}of\s[^,.;:!?]{0,40}$/iu;
/** How far after a weekday (characters) its clause is read for a verb in the past. */
const TAIL_REACH = 60;
/** Where the phrase of a weekday ends. */
const PHRASE_END = /[,;:.!?]/u;
/** How many days ahead of publication an anchor in the sentence before may lie. */
const ANCHOR_AHEAD_DAYS = 14;
/**
 * How many days ahead a stretch of days in the weekday's own sentence may lie ("run Sept. 26-28 …
 * on Sunday"); a single day, ANCHOR_AHEAD_DAYS ("on Jan. 28, two weeks after … convenes on Monday"
 * counts from another Monday).
 */
const SENTENCE_ANCHOR_AHEAD_DAYS = 45;
/** The longest stretch of days (days) whose weekday a bare weekday may name. */
const STRETCH_DAYS = 7;

/**
 * The day an anchor mention stands for, when it is a day ahead of `today` within `reach` days:
 * a day, or a stretch of days holding the weekday wanted ("from Friday, Sept. 26, through Sunday,
 * Sept. 28" for "Sunday"); else its first day.
 */
function dayAhead(m: DateMention, today: number, reach: number, wanted: number): Ymd | null {
  if (!/^\d{4}-\d{2}-\d{2}/u.test(m.value)) return null;
  const day = parseYmd(m.value.slice(0, 10));
  if (!day) return null;
  const n = dayNumber(day);
  // (A single day reaches far only when it names the same weekday: "through Sunday, Sept. 28,
  // with … singles on Sunday".)
  const sameName = WEEKDAY_FIRST.exec(m.text)?.[0]?.toLowerCase() === WEEKDAY_NAMES[wanted - 1];
  if (n <= today || n > today + (m.endValue || sameName ? reach : ANCHOR_AHEAD_DAYS)) return null;
  if (!m.endValue) return day;
  const last = parseYmd(m.endValue.slice(0, 10));
  if (!last || dayNumber(last) < n || dayNumber(last) - n >= STRETCH_DAYS) return null;
  const inside = stepToWeekday(day, wanted, 1);
  return dayNumber(inside) <= dayNumber(last) ? inside : day;
}

export function weekdaysOfAnchorWeek(
  mentions: readonly DateMention[],
  blocks: readonly Block[],
  reference: Date,
): void {
  // ("on Dec 12, a Friday": that date's weekday, first.)
  weekdaysInApposition(mentions, blocks);
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  const today = utcDayNumber(reference);
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i] as DateMention;
    const name = WEEKDAY_ALONE.exec(m.text)?.[1]?.toLowerCase();
    const own = parseYmd(m.value.slice(0, 10));
    if (!name || !own || !/^\d{4}-\d{2}-\d{2}/u.test(m.value)) continue;
    const body = text.get(m.blockId) ?? '';
    if (afterDayBefore(m, name, mentions, i, body, today)) continue;
    const wanted = WEEKDAY_NAMES.indexOf(name) + 1;
    // The nearest earlier day ahead in this sentence or the one before.
    let anchor: Ymd | null = null;
    let sameSentence = false;
    for (let k = i - 1; k >= 0 && !anchor; k--) {
      const p = mentions[k] as DateMention;
      if (p.blockId !== m.blockId) break;
      const stops = body.slice(p.end, m.start).match(STOP)?.length ?? 0;
      if (stops > 1) break;
      const day = dayAhead(p, today, stops === 0 ? SENTENCE_ANCHOR_AHEAD_DAYS : ANCHOR_AHEAD_DAYS, wanted);
      // A written date anchors ("Thursday, 1 May"); a weekday without its date only the weekdays
      // of its own sentence ("on sale Thursday, with the general on-sale Friday").
      if (day && (/\d/u.test(p.text) || (stops === 0 && WEEKDAY_FIRST.test(p.text)))) {
        anchor = day;
        sameSentence = stops === 0;
      }
    }
    // A weekday read ahead already moves only with a day of its own sentence ("take Tuesday,
    // Wednesday and Friday": the Wednesday after that Tuesday).
    if (!anchor || (dayNumber(own) > today && !sameSentence)) continue;
    const before = body.slice(Math.max(0, m.start - 40), m.start);
    if (
      SAID_ON.test(before) ||
      BEHIND.test(before) ||
      THE_BEFORE.test(before) ||
      STRETCH_AFTER.test(body.slice(m.end, m.end + 12))
    )
      continue;
    // The clause up to the weekday, and on to the next break ("which opens Nov. 8 with previews on
    // Thursday night, and … the drama that won": not the verbs of the next phrase).
    const tail = body.slice(m.end, m.end + TAIL_REACH);
    const breakAt = tail.search(PHRASE_END);
    const clause = (
      body.slice(clauseStart(body, m.start), m.start) + (breakAt < 0 ? tail : tail.slice(0, breakAt))
    ).replace(PARTICIPLE_AS_ADJECTIVE, '');
    PAST_WORD.lastIndex = 0;
    if (PAST_WORD.test(clause) || PAST_IRREGULAR.test(clause)) continue;
    const day = addDays(anchor, wanted - isoWeekday(anchor));
    if (dayNumber(day) <= today) continue;
    m.value = `${ymdString(day)}${m.value.slice(10)}`;
    m.certainty = 'inferred';
  }
}

/**
 * "Shares fell on Tuesday ahead of Wednesday's rate decision": the weekday "ahead of" points to
 * comes after the day its sentence told first, even one gone (news-tense-refiner.ts reads "ahead
 * of" alone as a look ahead). Sets `m` and says whether it did.
 */
function afterDayBefore(
  m: DateMention,
  name: string,
  mentions: readonly DateMention[],
  i: number,
  body: string,
  today: number,
): boolean {
  const ahead = AHEAD_OF.exec(body.slice(Math.max(0, m.start - 60), m.start));
  if (!ahead) return false;
  const aheadAt = m.start - (Math.min(60, m.start) - ahead.index);
  for (let k = i - 1; k >= 0; k--) {
    const p = mentions[k] as DateMention;
    if (p.blockId !== m.blockId || SENTENCE_END.test(body.slice(p.end, m.start))) return false;
    const day = /^\d{4}-\d{2}-\d{2}/u.test(p.value) && !p.endValue ? parseYmd(p.value.slice(0, 10)) : null;
    if (!day || p.end > aheadAt || dayNumber(day) > today) continue;
    const after = stepToWeekday(addDays(day, 1), WEEKDAY_NAMES.indexOf(name) + 1, 1);
    m.value = `${ymdString(after)}${m.value.slice(10)}`;
    m.certainty = 'inferred';
    return true;
  }
  return false;
}

/**
 * The fixtures under a game recap's "UP NEXT" heading ("Bruins: At Winnipeg on Tuesday night.")
 * are the teams' next games: a weekday there is the first one after the publication day, never
 * one gone by (news reads a bare weekday as the last one).
 */
import { addDays, dayNumber, parseYmd, ymdString, type Ymd } from './calendar';
import type { Block, DateMention } from '../types';

/** The heading: "UP NEXT", "Up next:", "NEXT UP". */
const HEADING = /^\s{0,3}(?:up\s{1,3}next|next\s{1,3}up)\s{0,3}:?\s{0,3}$/iu;
/** A weekday, with its part of the day ("Tuesday night", "Sunday afternoon"). */
const WEEKDAY =
  /^(?:on\s{1,3})?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s{1,3}(?:morning|afternoon|evening|night))?$/iu;
/** Words before a weekday that count from it ("a week from Sunday", "two days after Monday"). */
const COUNTED_FROM = /(?<![\p{L}])(?:from|after|before)\s{1,3}$/iu;
/** How many blocks after the heading its fixtures run (one a team). */
const FIXTURE_BLOCKS = 4;

/** Moves, in place, the weekdays of the fixtures under an "UP NEXT" heading after the publication day `today`. */
export function upNextWeekdays(mentions: readonly DateMention[], blocks: readonly Block[], today: Ymd): void {
  const headings = blocks.filter((b) => HEADING.test(b.text)).map((b) => b.id);
  if (!headings.length) return;
  const under = (blockId: number): boolean => headings.some((h) => blockId > h && blockId - h <= FIXTURE_BLOCKS);
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  for (const m of mentions) {
    if (!under(m.blockId) || !WEEKDAY.test(m.text)) continue;
    // "a week from Sunday": the weekday a count starts from, not the game's day.
    if (COUNTED_FROM.test((text.get(m.blockId) ?? '').slice(Math.max(0, m.start - 12), m.start))) continue;
    const day = parseYmd(m.value.slice(0, 10));
    if (!day || dayNumber(day) >= dayNumber(today)) continue;
    m.value = ymdString(addDays(day, 7 * Math.ceil((dayNumber(today) - dayNumber(day)) / 7))) + m.value.slice(10);
  }
}

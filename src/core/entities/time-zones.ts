/**
 * A clock time's zone is no name (eval/gold/guidelines/lang-news.md: named time zones, "GMT",
 * "EST", are never names). The tagger marks the whole of "at 6AM PT" and the zone of "at 9.30am
 * CET" as organisations. Issue 15, the families of en-train12.
 *
 * After tagging (English): a mention that is a clock time and its zone ("6AM PT", "5 p.m. ET") is
 * dropped, and so is a zone alone just after a clock time ("16:30", "11am", "noon") or after a
 * wire's time in brackets that gives the local time again ("at 5 p.m. (0900 GMT)": names42, eight
 * train pages of seven sets). Left alone: a wire service's bare "at 0830 GMT" (CoNLL-2003 marks
 * it MISC) and the place of "at 5 p.m. New York time" (earlier English gold marks it LOC;
 * lang-news.md now leaves it unmarked). A US zone written as a word after a clock time ("at 10am
 * Pacific", "1:40 pm Central", "7:45 p.m. Pacific time") is no name either (names48a: en-464,
 * en-490, en-600 of three train sets); the word alone is dropped, not a name it opens ("Pacific
 * Coliseum").
 * Per mention, a look at its text and the twelve characters before it.
 */
import type { EntityMention } from '../types';
import { kept } from './by-block';
import { codeAt } from './chars';
import { lastSpace } from './last-space';

/** Time zones written after clock times (also intl-liveblog.ts's, for a live blog's time stamps). */
export const ZONES = new Set(
  'BST GMT IST CET CEST EET EEST UTC AEST AEDT ACST ACDT AWST NZST NZDT SGT HKT JST KST EAT CAT WAT SAST ET EST EDT CT CST CDT PT PST PDT MT MST MDT'.split(
    ' ',
  ),
);

/** US time zones written as words ("Central", "Eastern"), dropped only alone after a clock time. */
const WORD_ZONES = new Set(['Eastern', 'Central', 'Mountain', 'Pacific', 'Atlantic']);

/**
 * A clock time ("16:02", "9.30", "11am", "5 p.m.", "noon") that ends just before a space, or a
 * wire's time in brackets after the local one ("5 p.m. (0900 GMT)").
 */
const CLOCK_BEFORE = /(?:\d[:.]\d\d|\d\s?(?:am|pm|AM|PM|a\.m\.|p\.m\.)|\bnoon|\bmidnight|\(\d{4})\s$/u;

/** Whether a clock time ends one space before `at` in `block` (the twelve characters before it read). */
export function clockTimeBefore(block: string, at: number): boolean {
  return CLOCK_BEFORE.test(block.slice(Math.max(0, at - 12), at));
}

/** A clock time and its zone as one mention ("6AM PT", "5 p.m. ET", "16:30 GMT"). */
const CLOCK_AND_ZONE = /^\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|AM|PM|a\.m\.|p\.m\.)?\s?[A-Z]{2,4}$/u;

/** Whether `m` is a clock time's zone rather than a name. */
function isZone(block: string, m: EntityMention): boolean {
  const first = codeAt(m.text, 0);
  if (first >= 48 && first <= 57) {
    if (!CLOCK_AND_ZONE.test(m.text)) return false;
    const space = lastSpace(m.text);
    const zone = space < 0 ? m.text.replace(/^[\d:.]+(?:am|pm|AM|PM)?/u, '') : m.text.slice(space + 1);
    return ZONES.has(zone);
  }
  if (!ZONES.has(m.text) && !WORD_ZONES.has(m.text)) return false;
  return clockTimeBefore(block, m.start);
}

/** The mentions without the zones of clock times. */
export function withoutTimeZones(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  return kept(mentions, (m) => !isZone(text.get(m.blockId) ?? '', m));
}

/**
 * More stretches a text writes as one, beyond "from X to Y" between two points of one grain
 * (timeline.ts, year-less-ranges.ts), each one span and one range on the timeline as the English
 * sets write them:
 *   - an open first end with "starting" ("starting on Monday, September 9, until December 6");
 *   - a second end that is a floor ("from April 2019 to at least March 2023",
 *     `2019-04/2023-03`);
 *   - two decades or centuries written in digits ("from the 1930s to the 1980s", `193/198`);
 *   - a day and a month after it ("from Dec. 20 until the end of January",
 *     `2025-12-20/2026-01`);
 *   - three months joined by hyphens ("the October-November-December rains", `2024-10/2024-12`).
 */
import type { Block, DateMention } from '../types';
import { addMonths, monthString } from './calendar';

/** "starting on ", "beginning " just before a stretch's first end. */
export const STARTING_OPENS = /(?<![\p{L}])(?:starting|beginning)(?:\s{1,3}on)?\s{1,3}$/iu;
/** What joins an end to a first end opened by "starting": "until", "to", "through" (not "and"). */
export const STARTING_JOINS = /^\.?,?\s{1,3}(?:to|until|till|through)\s{1,3}$/iu;
/** "to at least", "until at least": a second end that is a floor, the stretch's end all the same. */
export const FLOOR_JOINS = /^\.?,?\s{1,3}(?:to|until|till|through)\s{1,3}at\s{1,3}least\s{1,3}$/iu;

/** A decade ("193") or a century ("19"), written in digits ("the 1930s", "the 19th century"). */
const DECADE_OR_CENTURY = /^\d{2,3}$/u;

/** Two decades, or two centuries, written in digits, the second after the first ("from the 1930s to the 1980s"). */
export const decadesInOrder = (a: DateMention, b: DateMention): boolean =>
  DECADE_OR_CENTURY.test(a.value) &&
  DECADE_OR_CENTURY.test(b.value) &&
  a.value.length === b.value.length &&
  a.value < b.value &&
  /\d/u.test(a.text) &&
  /\d/u.test(b.text);

const DAY = /^\d{4}-\d{2}-\d{2}$/u;
const MONTH = /^\d{4}-\d{2}$/u;
/** How many months after a first day's month a stretch's month may be (less than a year). */
const MONTHS_ON = 11;

/**
 * The end of a stretch from a day to a month after its month ("from Dec. 20 until the end of
 * January"): the month, when it lies within a year of the day; null otherwise (or when the second
 * end is the start or the middle of its month, another point than its end).
 */
export function monthAfterDay(a: DateMention, b: DateMention): string | null {
  if (!DAY.test(a.value) || !MONTH.test(b.value) || (b.mod && b.mod !== 'END')) return null;
  const from = Number(a.value.slice(0, 4)) * 12 + Number(a.value.slice(5, 7));
  const to = Number(b.value.slice(0, 4)) * 12 + Number(b.value.slice(5, 7));
  return to > from && to - from <= MONTHS_ON ? b.value : null;
}

const MONTH_RANGE_TEXT = /^\p{L}{3,9}-\p{L}{3,9}$/u;
const MONTH_WORD = /^\p{L}{3,9}$/u;

/**
 * "the October-November-December rains": a stretch of months written with hyphens, read as a
 * stretch of two months and a third month apart, is one stretch to the third month
 * (`2024-10/2024-12`), when that month follows the second.
 */
export function monthChains(mentions: DateMention[], blocks: readonly Block[]): void {
  let text: Map<number, string> | null = null;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i] as DateMention;
    const b = mentions[i + 1] as DateMention;
    if (!a.endValue || !MONTH.test(a.endValue) || !MONTH_RANGE_TEXT.test(a.text) || b.start !== a.end + 1) continue;
    if (b.blockId !== a.blockId || b.endValue || !MONTH.test(b.value) || !MONTH_WORD.test(b.text)) continue;
    text ??= new Map(blocks.map((k) => [k.id, k.text]));
    const body = text.get(a.blockId) ?? '';
    if (body[a.end] !== '-') continue;
    const next = addMonths(Number(a.endValue.slice(0, 4)), Number(a.endValue.slice(5, 7)), 1);
    if (Number(b.value.slice(5, 7)) !== next.month) continue;
    a.endValue = monthString(next.year, next.month);
    a.end = b.end;
    a.text = body.slice(a.start, a.end);
    mentions.splice(i + 1, 1);
  }
}

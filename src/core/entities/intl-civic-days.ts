/**
 * The civic, national and race days of the Commonwealth's news are names of the OTHER type, as
 * the civic days of civic-days.ts are (eval/gold/guidelines/names.md, "Civic and national days";
 * lang-news.md: observances such as "Father's Day" MISC): Kenya's "Madaraka Day" and "Mashujaa
 * Day", Singapore's "Teachers' Day", "Children's Day" and "National Day", South Africa's "Human
 * Rights Day", Melbourne's race days ("Cup Day", "Derby Day", "Oaks Day", "Stakes Day"), and the
 * British spelling of the saints' days without a full stop ("St Andrew's Day"). Issue 15, the
 * families of en-train8: the tagger leaves most of them out, or runs a place into them
 * ("Flemington on Cup Day").
 *
 * After tagging (English): a day no mention covers is added; mentions inside it are replaced by
 * it; a mention that ends in it after "on" or "at" ("Flemington on Cup Day") is cut before that
 * word; any other name that holds the day or runs across its edge is left alone.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { withDays, type DayEdge } from './civic-days';
import { respan, unchanged } from './by-block';
import { mayHold } from './cue-index';

/** The days, as written (straight apostrophes; curly ones are read as straight). */
const DAYS = [
  "Teachers' Day",
  'Teachers Day',
  "Children's Day",
  'National Day',
  'Madaraka Day',
  'Mashujaa Day',
  'Jamhuri Day',
  'Human Rights Day',
  'Mandela Day',
  'Africa Day',
  'Racial Harmony Day',
  'Harmony Day',
  'Commonwealth Day',
  "Father's Day",
  "Mother's Day",
  'Cup Day',
  'Derby Day',
  'Oaks Day',
  'Stakes Day',
  "St Andrew's Day",
  "St David's Day",
  "St George's Day",
];

/** Longest first, so that "Racial Harmony Day" is read before "Harmony Day". */
const BY_LENGTH = [...DAYS].sort((a, b) => b.length - a.length);

const isWordChar = (c: string): boolean => c !== '' && /[\p{L}\p{N}-]/u.test(c);

/** Whether a capitalised word stands just before `at` ("Melbourne Cup Day": the day is part of a longer name). */
function afterCapitalisedWord(text: string, at: number): boolean {
  if (charAt(text, at - 1) !== ' ') return false;
  let k = at - 1;
  while (k > 0 && isWordChar(charAt(text, k - 1))) k--;
  return k < at - 1 && /\p{Lu}/u.test(charAt(text, k));
}

/** The days written in `block`: [start, end) spans, in text order, none inside a longer word, name or day. */
export function intlDaySpans(block: string): Array<[number, number]> {
  const text = block.replaceAll('’', "'");
  const spans: Array<[number, number]> = [];
  for (const day of BY_LENGTH) {
    let at = text.indexOf(day);
    while (at >= 0) {
      const end = at + day.length;
      // Not inside a longer word or name ("Melbourne Cup Day"), nor a longer day ("National Day of Mourning").
      if (
        !isWordChar(charAt(text, at - 1)) &&
        !isWordChar(charAt(text, end)) &&
        !afterCapitalisedWord(text, at) &&
        !text.startsWith(' of ', end) &&
        !spans.some(([s, e]) => s < end && at < e)
      )
        spans.push([at, end]);
      at = text.indexOf(day, end);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** The words before a day that end the name the tagger ran into it ("Flemington on Cup Day"). */
const BEFORE_DAY = [' on ', ' at '];

/** A name that ends in the day after "on" or "at" is cut before that word; any other keeps the day out. */
const intlEdge: DayEdge = (block, m, start, end) => {
  const link =
    m.end === end && m.start < start ? BEFORE_DAY.find((l) => block.startsWith(l, start - l.length)) : undefined;
  return link === undefined
    ? null
    : [respan(m, m.start, start - link.length, block.slice(m.start, start - link.length))];
};

/** " Day" as a word, as the text's index of words reads it (cue-index.ts). */
const DAY_WORD = / Day\b/u;

/** `mentions` with the days of each block named OTHER, in block order and text order (civic-days.ts `withDays`). */
export function withIntlDays(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  // The cheap check: every day's name ends in "Day", a word of its own (no letter or digit after
  // it): first in the text's index of words (no block read), then in each block.
  if (!mayHold(text, DAY_WORD)) return unchanged(mentions);
  return withDays(text, mentions, (block) => block.includes(' Day'), intlDaySpans, intlEdge);
}

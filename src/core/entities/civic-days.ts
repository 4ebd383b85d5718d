/**
 * Civic and national days are names of the OTHER type (English): "Labor Day", "Memorial Day",
 * "Thanksgiving", "New Year's Day" and its eve, "Election Day", "Australia Day", "Juneteenth". CoNLL-2003
 * marks every one of them it holds MISC (Labor/Labour Day 12 times, Armistice Day 4,
 * Thanksgiving 3, Independence Day, Memorial Day, Australia Day, Veterans Day, Remembrance
 * Day, New Year's Day; none left unmarked), and so does Lede's gold (names.md, "Civic and
 * national days"). Religious festivals and shopping days ("Christmas", "Diwali", "Black
 * Friday") stay dates, not names (holidays.ts).
 *
 * After tagging: a civic day no mention covers is added; mentions inside it (the tagger's
 * "Labor" or "Memorial Day" of "Memorial Day") are replaced by it; a longer name that holds
 * it ("Macy's Thanksgiving Day Parade") stays as it is.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { mentionsByBlock, respan, unchanged } from './by-block';
import { mayHold as mayHoldCue } from './cue-index';

/** The days, as written (straight and curly apostrophes are both read). */
export const CIVIC_DAYS = [
  'Labor Day',
  'Labour Day',
  'Memorial Day',
  'Independence Day',
  'Veterans Day',
  "Veterans' Day",
  'Presidents Day',
  "Presidents' Day",
  "President's Day",
  'Armistice Day',
  'Remembrance Day',
  'Remembrance Sunday',
  'Australia Day',
  'Anzac Day',
  'Canada Day',
  'Victoria Day',
  'Bastille Day',
  'Thanksgiving Day',
  'Thanksgiving',
  "New Year's Day",
  // The eve of New Year's Day too: the en-train gold marks it OTHER wherever it is written (15 of
  // 15, on 13 pages of seven splits), unlike "Christmas Eve", a festival's eve (holidays.ts).
  "New Year's Eve",
  'Columbus Day',
  "Indigenous Peoples' Day",
  'Juneteenth',
  'Martin Luther King Jr. Day',
  'Martin Luther King Day',
  'MLK Day',
  'Election Day',
  'Republic Day',
  'Constitution Day',
  'German Unity Day',
  'Waitangi Day',
  'Family Day',
  'Heritage Day',
  "Patriots' Day",
  'Patriots Day',
  "Women's Day",
  "International Women's Day",
  'Emancipation Day',
  'Freedom Day',
  'Youth Day',
  'Workers Day',
  "Workers' Day",
  'Flag Day',
  'Earth Day',
  "St. Andrew's Day",
  "St. David's Day",
  "St. George's Day",
  'Reconciliation Day',
  // Independence Day by its date (the en-train gold: "over the Fourth of July", "before July Fourth").
  'Fourth of July',
  'July Fourth',
];

/** The days by their first word, longest first, so "Thanksgiving Day" is read before "Thanksgiving". */
const BY_FIRST_WORD = new Map<string, string[]>();
for (const day of [...CIVIC_DAYS].sort((a, b) => b.length - a.length)) {
  const first = day.slice(0, day.search(/[ ']|$/));
  BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), day]);
}

const isLetter = (c: string): boolean => c !== '' && /[\p{L}\p{N}]/u.test(c);

/** The words before "New Year's" that make it a festival's new year, not the civic one. */
const FESTIVAL_YEAR = /(?:Chinese|Lunar) $/u;

/** The civic days written in `block`: [start, end) spans, in text order, none inside a longer word. */
export function civicDaySpans(block: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const text = block.replaceAll('’', "'");
  for (const [first, days] of BY_FIRST_WORD) {
    let at = text.indexOf(first);
    while (at >= 0) {
      // "pre-Thanksgiving" is a word of its own.
      if (!isLetter(charAt(text, at - 1)) && charAt(text, at - 1) !== '-') {
        const day = days.find((d) => text.startsWith(d, at) && !isLetter(charAt(text, at + d.length)));
        // "Chinese New Year's Eve", "Lunar New Year's Day": a festival's new year, a date (holidays.ts).
        if (day !== undefined && !(first === 'New' && FESTIVAL_YEAR.test(text.slice(Math.max(0, at - 8), at))))
          spans.push([at, at + day.length]);
      }
      at = text.indexOf(first, at + first.length);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/**
 * Whether `name` is a civic day's name and nothing else ("Thanksgiving", "Labor Day"): such a name
 * stays a name inside a date ("the day before Thanksgiving in 2019"), where analyse.ts drops
 * other names a date holds (names.md, "Civic and national days": MISC in every use).
 */
export function isCivicDayName(name: string): boolean {
  const spans = civicDaySpans(name);
  return spans.length === 1 && spans[0]?.[0] === 0 && spans[0][1] === name.length;
}

/** The words that join two names in one mention the tagger ran on. */
const LINKS = [', and ', ' and ', ' or ', ', ', ' & '];

/** Where the name before the day ends, when only a link stands between it and `start` (else -1). */
function linkBefore(block: string, from: number, start: number): number {
  const link = LINKS.find((l) => start - l.length > from && block.startsWith(l, start - l.length));
  return link === undefined ? -1 : start - link.length;
}

/** Where the name after the day starts, when only a link stands between `end` and it (else -1). */
function linkAfter(block: string, end: number, to: number): number {
  const link = LINKS.find((l) => end + l.length < to && block.startsWith(l, end));
  return link === undefined ? -1 : end + link.length;
}

/**
 * How a day's span treats a mention that runs across its edge: the pieces of it kept beside the
 * day, or null when the mention is a name of its own that holds the day (the day is then left
 * unnamed).
 */
export type DayEdge = (block: string, m: EntityMention, start: number, end: number) => EntityMention[] | null;

/** A name joined to the civic day by a link only ("Labor Day and New Year") is cut there. */
const civicEdge: DayEdge = (block, m, start, end) => {
  const left = m.start < start ? linkBefore(block, m.start, start) : m.start;
  const right = m.end > end ? linkAfter(block, end, m.end) : m.end;
  if (left < 0 || right < 0) return null;
  const pieces: EntityMention[] = [];
  if (m.start < start) pieces.push(respan(m, m.start, left, block.slice(m.start, left)));
  if (m.end > end) pieces.push(respan(m, right, m.end, block.slice(right, m.end)));
  return pieces;
};

/**
 * `mentions` with the days `spansOf` finds in each block named OTHER, in block order and text
 * order (`mayHold`: a cheap check of a block before `spansOf` reads it). Mentions inside a day
 * are replaced by it; one across its edge is cut or keeps the day out, as `edge` says.
 */
export function withDays(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  mayHold: (block: string) => boolean,
  spansOf: (block: string) => Array<[number, number]>,
  edge: DayEdge,
): EntityMention[] {
  let byBlock: Map<number, EntityMention[]> | undefined;
  let changed = false;
  for (const [blockId, block] of text) {
    if (!mayHold(block)) continue;
    const spans = spansOf(block);
    if (spans.length === 0) continue;
    byBlock ??= mentionsByBlock(mentions);
    let own = byBlock.get(blockId) ?? [];
    for (const [start, end] of spans) {
      const overlapping = own.filter((m) => m.start < end && start < m.end);
      // The day is named already.
      if (overlapping.some((m) => m.start === start && m.end === end && m.type === 'OTHER')) continue;
      const pieces: EntityMention[] = [];
      let kept = true;
      for (const m of overlapping) {
        if (m.start >= start && m.end <= end) continue;
        const cut = edge(block, m, start, end);
        if (cut === null) kept = false;
        else pieces.push(...cut);
      }
      if (!kept) continue;
      own = [
        ...own.filter((m) => !overlapping.includes(m)),
        ...pieces,
        { blockId, start, end, text: block.slice(start, end), type: 'OTHER' as const },
      ].sort((a, b) => a.start - b.start);
      byBlock.set(blockId, own);
      changed = true;
    }
  }
  if (!changed || !byBlock) return unchanged(mentions);
  const out: EntityMention[] = [];
  for (const blockId of text.keys()) out.push(...(byBlock.get(blockId) ?? []));
  // Mentions of a block `text` does not hold (none in practice) keep their place at the end.
  for (const m of mentions) if (!text.has(m.blockId)) out.push(m);
  return out;
}

/**
 * A word each civic day holds whole, with no letter or digit on either side where the day is
 * read (`civicDaySpans`): "Day", "Eve", "Fourth" ("Fourth of July", "July Fourth"),
 * "Thanksgiving", "Juneteenth", "Remembrance" ("Remembrance Sunday"). As the text's index of
 * words reads it (cue-index.ts): a text without one of them as a word holds no civic day.
 */
const CIVIC_WORDS = /\b(?:Day|Eve|Fourth|Thanksgiving|Juneteenth|Remembrance)\b/u;

/**
 * `mentions` with the civic days of each block named OTHER, in block order and text order. A
 * name that holds the day or runs across its edge is the tagger's reading and is left alone
 * ("Macy's Thanksgiving Day Parade"), unless it only joins the day to another name ("Labor Day
 * and New Year"): then it is cut there.
 */
export function withCivicDays(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  // First the text's index of words (no block read): most texts hold none of CIVIC_WORDS.
  if (!mayHoldCue(text, CIVIC_WORDS)) return unchanged(mentions);
  // The cheap check: every day's name holds "Day", "Eve", "Thanksgiving", "Juneteenth", "Fourth"
  // or "Remembrance Sunday" (not "Sunday" alone: dates name it in most texts).
  const mayHold = (block: string): boolean =>
    block.includes('Day') ||
    block.includes('Eve') ||
    block.includes('Fourth') ||
    block.includes('Thanksgiving') ||
    block.includes('Juneteenth') ||
    block.includes('Remembrance Sunday');
  return withDays(text, mentions, mayHold, civicDaySpans, civicEdge);
}

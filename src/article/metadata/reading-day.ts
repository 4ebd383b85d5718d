/**
 * Dates a page writes only against the day it is read: a relative stamp in the line under the
 * headline ("Story by Ana Lima • 3h • 2 min read", "5 hours ago") and a wire dateline without
 * its year ("LONDON, March 5 (Reuters) -"). Each is completed by the reading's own day (`now`):
 * the stamp counted back from it, the dateline's day the latest one not after it. Read only
 * when nothing else dates the page (the last resort of published.ts), as the day alone.
 */
import { MONTH_NAMES } from '../../core/dates/vocabulary';

/** Short texts after the headline looked at for a stamp, at most; and the longest such text. */
const MAX_STAMP_TEXTS = 8;
const MAX_STAMP_CHARS = 80;

/**
 * A relative stamp alone between a line's separators: "3h", "45m", "2d", "3 hrs ago", "5 hours
 * ago", "2 days ago", in small letters. Not "3 min read" (a reading time: a word follows it),
 * nor "Updated 2h ago" (an update: a word comes before it).
 */
const STAMP = /(?:^|[•·|] ?)(\d{1,2}) ?(?:(m|mins?|minutes?|h|hrs?|hours?|d|days?)(?: ago)?)(?= ?[•·|]|$)/u;

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };
/** The latest a stamp may be read back: a week. */
const MAX_STAMP_MS = 7 * 86_400_000;

/** The UTC day of an instant ("2025-06-01"). */
const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The day a relative stamp under the headline gives, counted back from `now`, or null. */
export function stampDay(texts: readonly string[], now: Date): string | null {
  for (const t of texts.slice(0, MAX_STAMP_TEXTS)) {
    if (t.length > MAX_STAMP_CHARS) continue;
    const m = STAMP.exec(t.replace(/\s+/gu, ' ').trim());
    if (!m?.[1] || !m[2]) continue;
    const ago = Number(m[1]) * (UNIT_MS[m[2].charAt(0).toLowerCase()] ?? 0);
    if (ago > 0 && ago <= MAX_STAMP_MS) return dayOf(now.getTime() - ago);
  }
  return null;
}

/**
 * A wire's dateline with no year: a place in capitals (perhaps its state), a comma, an English
 * month (perhaps cut short) and a day, then the agency in brackets ("LONDON, March 5 (Reuters)
 * -", "WASHINGTON, Jan. 5 (Reuters) –", "NEW YORK, N.Y., Sept 12 (AP) —").
 */
const YEARLESS_DATELINE =
  /^\p{Lu}[\p{Lu} .'’-]{1,40}(?:, \p{Lu}[\p{L}.]{1,6})?, (\p{L}{3,9})\.? (\d{1,2}) \([\p{L}][\p{L} .-]{1,24}\) ?[-–—]/u;

/** Texts after the headline looked at for the story's opening, at most. */
const MAX_OPENING_TEXTS = 12;

/** The day of a yearless dateline opening the story: the latest such day not after `now`, or null. */
export function yearlessDatelineDay(texts: readonly string[], now: Date): string | null {
  for (const t of texts.slice(0, MAX_OPENING_TEXTS)) {
    const m = YEARLESS_DATELINE.exec(t.trimStart());
    if (!m?.[1] || !m[2]) continue;
    // "Sept" and "September" are September (a cut of three letters or more); a word that only
    // begins like a month is not one.
    const word = m[1].toLowerCase();
    const month = MONTH_NAMES.findIndex((name) => name.startsWith(word));
    const day = Number(m[2]);
    if (month < 0 || day < 1 || day > 31) return null;
    let year = now.getUTCFullYear();
    if (Date.UTC(year, month, day) > now.getTime()) year--;
    const date = new Date(Date.UTC(year, month, day));
    return date.getUTCMonth() === month ? dayOf(date.getTime()) : null;
  }
  return null;
}

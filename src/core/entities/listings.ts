/**
 * Places in listings (English; applied last by `MentionRules`): a town and its state or
 * province written as a postal code ("Noblesville, IN", "Toronto, ON") are two places, and
 * the venue a tour-date or events line gives with them is a place too (the names guidelines:
 * venues, stadiums and buildings are places), in either order:
 *
 *   June 26 -- PPL Center, Allentown, PA
 *   June 26 – Allentown, PA @ PPL Center
 *
 * The tagger takes such towns and venues for organisations ("Clarkston" ORG, "Pepsi Center"
 * ORG), misses most of the codes, and cuts the venues at "at" ("Coastal Credit Union Music
 * Park at Walnut Creek"). One pass over the block for ", XX", and per code a look at the
 * line around it.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { isCapitalisedWord, wordsIn, type Word } from './text-words';
import { unchanged } from './by-block';

/**
 * The two-letter codes of the US states and the District of Columbia (USPS Publication 28,
 * appendix B) and of the Canadian provinces and territories (Canada Post).
 */
const POSTAL_CODES = new Set(
  (
    'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND ' +
    'OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AB BC MB NB NL NS NT NU ON PE QC SK YT'
  ).split(' '),
);

/** Lower-case words that may stand inside a venue's name ("Music Park at Walnut Creek"). */
const VENUE_LINKS = new Set(['at', 'of', 'the', 'on', 'and', '&']);

/** Capitalised words that open a sentence before a town ("In Clarkston, MI"), not part of it. */
const LEADING = new Set(['in', 'at', 'to', 'from', 'of', 'the', 'for', 'near', 'by', 'on', 'and', 'or']);

/** What opens a listing's field: a line's start, a dash between date and place, "@". */
const OPENERS = [' -- ', ' – ', ' — ', ' - ', '@ ', '| ', '\n'];

/** Words that end a field, as a comma does. */
const SEPARATORS = new Set(['--', '-', '–', '—', '@', '|']);

/** A venue or town field is at most this many words. */
const MAX_FIELD_WORDS = 9;

/** The mentions with the towns, postal codes and venues of listings made places (`mentions` in text order). */
export function listingPlaces(text: string, mentions: readonly EntityMention[], blockId: number): EntityMention[] {
  let places: [number, number][] = [];
  for (let at = text.indexOf(', '); at >= 0; at = text.indexOf(', ', at + 2)) {
    const code = text.slice(at + 2, at + 4);
    if (!POSTAL_CODES.has(code) || /[\p{L}\p{N}]/u.test(charAt(text, at + 4))) continue;
    // The town: a capitalised word written in lower case after its capital ("Allentown", "St. Louis").
    if (!/\p{Ll}/u.test(charAt(text, at - 1))) continue;
    const town = field(text, at, false);
    if (!town) continue;
    places.push([town.start, town.end], [at + 2, at + 4]);
    // "Venue, Town, ST": the field before the town's, if it opens the line or follows a dash.
    if (text.slice(town.start - 2, town.start) === ', ') {
      const venue = field(text, town.start - 2, true);
      if (venue && opens(text, venue.start)) places.push([venue.start, venue.end]);
    }
    // "Town, ST @ Venue": the rest of the field after "@".
    if (text.slice(at + 4, at + 7) === ' @ ') {
      const venue = fieldAfter(text, at + 7);
      if (venue) places.push([venue.start, venue.end]);
    }
  }
  if (places.length === 0) return unchanged(mentions);
  places = places.sort((a, b) => a[0] - b[0]);
  // The places replace the mentions inside them; a mention overlapping one only in part stays.
  const out = mentions.filter((m) => !places.some(([s, e]) => s <= m.start && m.end <= e));
  let last = -1;
  for (const [start, end] of places) {
    if (start < last) continue;
    if (out.some((m) => m.start < end && start < m.end)) continue;
    out.push({ blockId, start, end, text: text.slice(start, end), type: 'PLACE' });
    last = end;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether a field starting at `start` opens its line or follows a listing's dash or "@". */
function opens(text: string, start: number): boolean {
  if (start === 0) return true;
  return OPENERS.some((o) => text.slice(start - o.length, start) === o);
}

/**
 * The field of capitalised words that ends at `end` (before a comma), back to a comma, a
 * dash, "@", a full stop or the line's start. A venue's field (`venue`) may hold link words
 * ("at", "of") and is none when another word is not capitalised; a town's is the capitalised
 * run before the comma, less a capitalised preposition opening it ("In Clarkston").
 */
function field(text: string, end: number, venue: boolean): Word | null {
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  const words = wordsIn(text, Math.max(lineStart, end - 120), end);
  let k = words.length;
  while (k > 0) {
    const w = (words[k - 1] as Word).text;
    if (w.endsWith(',') || SEPARATORS.has(w) || (w.endsWith('.') && k < words.length && w !== 'St.')) break;
    if (/^\d/u.test(w)) break;
    if (!isCapitalisedWord(w) && !(venue && VENUE_LINKS.has(w))) {
      if (venue) return null;
      break;
    }
    k--;
  }
  if (!venue) while (k < words.length - 1 && LEADING.has((words[k] as Word).text.toLowerCase())) k++;
  const kept = words.slice(k);
  if (kept.length === 0 || kept.length > MAX_FIELD_WORDS) return null;
  const first = kept[0] as Word;
  const lastWord = kept[kept.length - 1] as Word;
  if (!isCapitalisedWord(first.text) || !isCapitalisedWord(lastWord.text)) return null;
  return { start: first.start, end: lastWord.end, text: text.slice(first.start, lastWord.end) };
}

/** The field of capitalised words from `start` to the end of its line (a venue after "@"). */
function fieldAfter(text: string, start: number): Word | null {
  const lineEnd = text.indexOf('\n', start);
  const end = lineEnd < 0 ? text.length : lineEnd;
  if (end - start > 120) return null;
  const words = wordsIn(text, start, end);
  if (words.length === 0 || words.length > MAX_FIELD_WORDS) return null;
  if (!words.every((w) => isCapitalisedWord(w.text) || VENUE_LINKS.has(w.text))) return null;
  const lastWord = words[words.length - 1] as Word;
  if (!isCapitalisedWord(lastWord.text) || !isCapitalisedWord((words[0] as Word).text)) return null;
  return {
    start: (words[0] as Word).start,
    end: lastWord.end,
    text: text.slice((words[0] as Word).start, lastWord.end),
  };
}

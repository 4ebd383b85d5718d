/**
 * Places whose names hold an abbreviation with a period (English, issue 15; names guidelines:
 * the gold writes `St. Paul` and `Kanagawa Pref.` whole, LOC). The tagger reads the period as a
 * sentence's end: it names "Paul" of "St. Paul" alone, as a person, and stops "Kanagawa Pref"
 * before its period. After tagging:
 *
 * - a one-word person right after "St. " or "St " ("St. Paul declared a snow emergency") takes
 *   the abbreviation in and is a place (a saint's name alone is the place or church named after
 *   him far more often in news; "St. Paul's" apostle is rarely written so);
 * - a place that ends in an abbreviated word ("Pref", "Ave", "Blvd", "Rd", "Mt") with a period
 *   after it takes the period in.
 *
 * Reads the mention's own words and at most four characters on either side.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { mapped, respan } from './by-block';
import { lastSpace } from './last-space';

/** "St. " or "St " just before a name, at the text's start or after a non-letter. */
const SAINT_BEFORE = /(?:^|[^\p{L}])St\.? $/u;

/** Abbreviated last words of places, written with a period after them. */
const ABBREVIATED_LAST = new Set(['Pref', 'Ave', 'Blvd', 'Rd', 'Mt', 'Hwy']);

/** `m` with its abbreviation taken in, in its block's `block`. */
function withAbbreviation(block: string, m: EntityMention): EntityMention {
  if (m.type === 'PERSON') {
    // "St " or "St. " just before it, the cheap check before the pattern.
    if (m.text.includes(' ') || !(block.startsWith('St ', m.start - 3) || block.startsWith('St. ', m.start - 4)))
      return m;
    const from = Math.max(0, m.start - 5);
    const before = SAINT_BEFORE.exec(block.slice(from, m.start));
    if (!before) return m;
    const start = from + before.index + (before[0].startsWith('S') ? 0 : 1);
    return respan(m, start, m.end, block.slice(start, m.end), 'PLACE');
  }
  if (m.type !== 'PLACE' || charAt(block, m.end) !== '.') return m;
  const last = m.text.slice(lastSpace(m.text) + 1);
  return ABBREVIATED_LAST.has(last) ? respan(m, m.start, m.end + 1, block.slice(m.start, m.end + 1)) : m;
}

/** The mentions (in text order) with the abbreviations of places' names taken in; `text` holds each block's text by its id. */
export function withAbbreviatedPlaces(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  return mapped(mentions, (m) => withAbbreviation(text.get(m.blockId) ?? '', m));
}

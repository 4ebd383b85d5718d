/**
 * A sports ground or a racing circuit is a place (eval/gold/guidelines/lang-news.md: "a stadium
 * LOC"; name-spellings.ts makes arenas and stadiums places by their last word). The tagger
 * reads "the Sydney Cricket Ground" or "the Marina Bay Street Circuit" as a body from its
 * capitals, and the short form the text gives it in brackets ("(SCG)") the same.
 *
 * After tagging (English): a mention typed ORG, OTHER or PERSON of two words or more whose last
 * word is a ground's ("Ground", "Oval", "Showground") or a circuit's ("Circuit", not after a
 * court's number or "Federal": "the 9th Circuit" is a court), or that opens "Circuit of the",
 * is made a place; so is every mention of the short form written in brackets straight after it.
 * Fixed phrases ending "Ground" that are no grounds ("Common Ground", "Higher Ground") are left.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { mapped, retype, unchanged } from './by-block';
import { lastSpace } from './last-space';

/** Last words of grounds. */
const GROUND_LAST = new Set(['Ground', 'Oval', 'Showground', 'Showgrounds']);

/** Words before "Ground" that make a phrase, not a ground. */
const NOT_GROUNDS = new Set(['Common', 'Higher', 'Middle', 'Holy', 'Stamping', 'Neutral', 'Hallowed', 'Solid']);

/** Words before "Circuit" that name a court of appeals, not a track. */
const COURT_WORDS = new Set(
  'First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Federal D.C. DC U.S. Judicial'.split(' '),
);

/** Whether `name` is a ground's or a circuit's. */
export function isSportVenue(name: string): boolean {
  // Its last two words read from the end, as `name.split(' ')` gives them, with no array made
  // for every name (most are no venue: speed, issue 15).
  const space = lastSpace(name);
  if (space < 0) return false;
  if (name.startsWith('Circuit of the') && (name.length === 14 || name.charCodeAt(14) === 32)) return true;
  const last = name.slice(space + 1);
  const before = name.slice(lastSpace(name, space - 1) + 1, space);
  if (GROUND_LAST.has(last)) return !NOT_GROUNDS.has(before);
  if (last !== 'Circuit') return false;
  return !COURT_WORDS.has(before) && !/\d/u.test(name);
}

/** The short form in brackets straight after `end` in `block` ("(SCG)"), or null. */
function bracketedShortForm(block: string, end: number): string | null {
  if (charAt(block, end) !== ' ' || charAt(block, end + 1) !== '(') return null;
  const close = block.indexOf(')', end + 2);
  if (close < 0 || close - end - 2 > 8) return null;
  const short = block.slice(end + 2, close);
  return /^\p{Lu}{2,6}$/u.test(short) ? short : null;
}

/** `mentions` with grounds and circuits (and their bracketed short forms) made places. */
export function withSportVenues(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  const isRetyped = (m: EntityMention): boolean => m.type === 'ORG' || m.type === 'OTHER' || m.type === 'PERSON';
  const venues = mentions.filter((m) => isRetyped(m) && isSportVenue(m.text));
  if (venues.length === 0) return unchanged(mentions);
  const shortForms = new Set<string>();
  for (const v of venues) {
    const short = bracketedShortForm(text.get(v.blockId) ?? '', v.end);
    if (short) shortForms.add(short);
  }
  return mapped(mentions, (m) =>
    isRetyped(m) && (isSportVenue(m.text) || (m.type === 'ORG' && shortForms.has(m.text))) ? retype(m, 'PLACE') : m,
  );
}

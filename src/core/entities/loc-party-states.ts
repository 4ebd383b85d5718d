/**
 * The state or home town in an American politician's party tag ("Sen. Jane Roe (R-Neb.)",
 * "(D-N.M.)", "(I-Vermont)", "Rep. John Doe, D-Springfield, said") is a place (English, issue
 * 15; names guidelines: cities, states and regions are LOC; the gold writes `Neb.` with its
 * period). The tagger leaves it out: a party letter glued by a hyphen hides the capital. After
 * tagging, one pattern over each block that holds "R-", "D-" or "I-": a capitalised word (or
 * two) after a party letter and hyphen that stands after "(" or ", " and before ")" or "," is a
 * place, unless the tagger already made a name there.
 */
import type { EntityMention } from '../types';
import { unchanged, withFound } from './by-block';

/**
 * A party tag: "(" or ", " before, a party letter, a hyphen, then one or two capitalised words
 * (letters and periods, bounded) up to ")" or ",". Group 1 is the place.
 */
const PARTY_TAG = /(?<=\(|, )[RDI]-(\p{Lu}[\p{L}.]{0,15}(?: \p{Lu}[\p{L}.]{0,15})?)(?=[),])/gu;

/** A capital letter, one character (a code point). */
const CAPITAL = /^\p{Lu}$/u;

/**
 * The cheap look before the pattern: a party letter, its hyphen and a capital (`/[RDI]-\p{Lu}/u`),
 * found from the block's hyphens (a native search; the pattern tried each position: speed, issue 15).
 */
function hasPartyLetter(block: string): boolean {
  for (let at = block.indexOf('-', 1); at >= 0; at = block.indexOf('-', at + 1)) {
    const c = block.charCodeAt(at - 1);
    if ((c === 82 || c === 68 || c === 73) && at + 1 < block.length) {
      if (CAPITAL.test(String.fromCodePoint(block.codePointAt(at + 1) as number))) return true;
    }
  }
  return false;
}

/** Words after "D-" that are no place ("(D-Day)"). */
const NOT_PLACE = new Set(['Day']);

/** The mentions with the places of politicians' party tags added; `text` holds each block's text by its id. */
export function withPartyStates(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  const found: EntityMention[] = [];
  for (const [blockId, block] of text) {
    if (!hasPartyLetter(block)) continue;
    for (const match of block.matchAll(PARTY_TAG)) {
      const place = match[1] as string;
      if (NOT_PLACE.has(place)) continue;
      const start = match.index + 2;
      found.push({ blockId, start, end: start + place.length, text: place, type: 'PLACE' });
    }
  }
  return found.length ? withFound(mentions, found) : unchanged(mentions);
}

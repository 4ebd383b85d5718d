/**
 * Two names joined by a hyphen stay two names (eval/gold/guidelines/names.md, "Boundaries": the
 * `U.S.-Mexico` border is `U.S.` and `Mexico`; "Words built on names": two names joined by a
 * hyphen stay two). The tagger reads a pair of countries or nationalities written as one word
 * ("US-China talks", "a Brazilian-Ukrainian roster", "the Israeli-Palestinian conflict") as one
 * name, and a country before a hyphen and a nationality ("U.S.-Israeli ties") as the nationality
 * alone. After tagging (English): a mention of one word holding one hyphen between two
 * capitalised parts that are each a listed country (PLACE) or nationality (OTHER) becomes two
 * names, each typed by its list; a listed country or nationality just before a hyphen and a
 * mention is made a name of its own. Left whole: a pair the lists know as one name
 * ("Guinea-Bissau"), and a pair that names one identity: with a continent's adjective
 * ("African-American", as the gold marks it) or ending in a nation of immigrants' adjective
 * ("Italian-American", one name in CoNLL-2003 and Wikigold too). (CoNLL, whose tokens are never
 * split at a hyphen, makes every pair one name; our gold splits them, names.md says so.)
 *
 * A bloc's or body's acronym paired with a listed country ("the ASEAN-China summit", "an EU-Hong
 * Kong dialogue") is two names too: the acronym ORG, the country PLACE (issue 15, names43a).
 *
 * Per mention, a look for a hyphen in its text or just before it; a text without one is left as it is.
 */
import { charAt } from './chars';
import type { EntityMention, EntityType } from '../types';
import { respan, unchanged } from './by-block';

/** Adjectives of continents and wide origins: a pair with one is one identity ("African-American"). */
const CONTINENTAL = new Set(
  'African Asian European Latin Latino Latina Hispanic Native Caribbean Pacific Arab'.split(' '),
);

/**
 * Second parts that make a pair one identity of origin ("Italian-American", "Dutch-Australian"),
 * as CoNLL-2003 and Wikigold mark them and as our gold marks "African-American".
 */
const IDENTITY_ENDS = new Set('American Americans Australian Australians Canadian Canadians'.split(' '));

/** A capitalised part of a pair: a capital, then letters and periods ("U.S.", "China", "Ukrainian"). */
const PART = /^\p{Lu}[\p{L}.]*$/u;

/**
 * The mentions with pairs of countries or nationalities split. `isCountry` and `isNationality`
 * read the word lists; `isListedWhole` says whether they know the hyphenated word as one place.
 */
export function withHyphenPairs(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isCountry: (word: string) => boolean,
  isNationality: (word: string) => boolean,
  isListedWhole: (word: string) => boolean,
): EntityMention[] {
  // Cheap first: no mention with a hyphen in it or just before it, nothing to split.
  if (!mentions.some((m) => m.text.includes('-') || text.get(m.blockId)?.charAt(m.start - 1) === '-'))
    return unchanged(mentions);
  const kindOf = (word: string): EntityType | null =>
    isCountry(word) ? 'PLACE' : isNationality(word) ? 'OTHER' : null;
  let out: EntityMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    const block = text.get(m.blockId) ?? '';
    const found = pairOf(m, kindOf, isListedWhole) ?? prefixOf(m, block, mentions[i - 1], kindOf);
    if (found === null) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, i);
    out.push(...found);
  }
  return out ?? unchanged(mentions);
}

/** A bloc's or body's acronym of two to six capitals ("EU", "ASEAN", "NATO"). */
function isAcronymPart(word: string): boolean {
  if (word.length < 2 || word.length > 6) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/**
 * A pair mention ("US-China") as its two names, or null. A pair of an acronym the lists do
 * not know as a country and a listed country ("the ASEAN-China summit", "an EU-Hong Kong
 * dialogue", "UK-EU talks") is a body (ORG) and the country (names43a); the country may be
 * of two words there.
 */
function pairOf(
  m: EntityMention,
  kindOf: (word: string) => EntityType | null,
  isListedWhole: (word: string) => boolean,
): EntityMention[] | null {
  const hyphen = m.text.indexOf('-');
  if (hyphen <= 0 || m.text.indexOf('-', hyphen + 1) >= 0) return null;
  const a = m.text.slice(0, hyphen);
  const b = m.text.slice(hyphen + 1);
  if (a.includes(' ') || !PART.test(a) || CONTINENTAL.has(a) || CONTINENTAL.has(b) || IDENTITY_ENDS.has(b)) return null;
  if (!b.split(' ').every((w) => PART.test(w))) return null;
  let ka = kindOf(a);
  let kb = kindOf(b);
  if (ka === null && kb === 'PLACE' && isAcronymPart(a)) ka = 'ORG';
  else if (kb === null && ka === 'PLACE' && isAcronymPart(b)) kb = 'ORG';
  if (ka === null || kb === null || isListedWhole(m.text)) return null;
  // Two countries or nationalities are one word each ("US-China"); only a country after an acronym may be two.
  if (b.includes(' ') && ka !== 'ORG') return null;
  return [respan(m, m.start, m.start + hyphen, a, ka), respan(m, m.start + hyphen + 1, m.end, b, kb)];
}

/** A mention after a listed country or nationality and a hyphen ("U.S.-[Israeli]"), with that name before it, or null. */
function prefixOf(
  m: EntityMention,
  block: string,
  before: EntityMention | undefined,
  kindOf: (word: string) => EntityType | null,
): EntityMention[] | null {
  if (charAt(block, m.start - 1) !== '-' || (m.type !== 'OTHER' && m.type !== 'PLACE')) return null;
  let from = m.start - 1;
  while (from > 0 && /[\p{L}.]/u.test(charAt(block, from - 1))) from--;
  const word = block.slice(from, m.start - 1);
  if (from > 0 && !/\s/u.test(charAt(block, from - 1))) return null;
  if (!PART.test(word) || CONTINENTAL.has(word) || CONTINENTAL.has(m.text)) return null;
  if (before && before.blockId === m.blockId && before.end > from) return null;
  const kind = kindOf(word);
  if (kind === null) return null;
  return [{ blockId: m.blockId, start: from, end: m.start - 1, text: word, type: kind }, m];
}

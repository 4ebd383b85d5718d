/**
 * More words built on names with a hyphen, one OTHER name each (eval/gold/guidelines/names.md,
 * "Words built on names": `Oscar-winning`, `World Cup-style`; "Decisions of the seventh round":
 * hyphen compounds on a language are MISC, `Malayalam-language`), where conv-compounds.ts finds
 * none: its base must be a name the tagger found or a listed place, nationality or body, and an
 * award or a contest ("Oscar", "World Cup") is none of these when the page names it only in the
 * compound; and "-language" and "-native" are not among its suffixes. After conv-compounds
 * (English): a Title Case award's or contest's name below with a hyphenated participle or
 * "-style" ("Emmy-nominated", "Olympic-style"), and a listed nationality, language or place with
 * "-language" or "-native" ("English-language", "Manhattan-native"), are one OTHER name.
 *
 * Per block, a look for each hyphen before a lower-case letter; a block without one is left as it is.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { rewrittenByBlock, unchanged } from './by-block';
import { mayHold } from './cue-index';

/** Awards and contests that words are built on ("Oscar-winning", "World Cup-style"). */
const AWARDS = new Set([
  'Oscar',
  'Emmy',
  'Grammy',
  'Tony',
  'BAFTA',
  'Bafta',
  'Pulitzer',
  'Golden Globe',
  'Olympic',
  'Olympics',
  'World Cup',
  'Super Bowl',
  'Nobel',
  'Booker',
]);

/** Suffixes on a nationality, a language or a place ("English-language", "Manhattan-native"). */
const PLACE_SUFFIXES = new Set(['language', 'native']);

/**
 * A word of AWARDS before a hyphen, or a hyphen before a word of PLACE_SUFFIXES: a text without
 * one (by its index of words, cue-index.ts) builds no word on either (most texts; each hyphen
 * is read otherwise). Built from the two lists, so that it holds what they do.
 */
export const ANY_COMPOUND = new RegExp(
  `\\b(?:${[...AWARDS].join('|')})-|-(?:${[...PLACE_SUFFIXES].join('|')})\\b`,
  'u',
);

/** A suffix on an award: a participle ("winning", "nominated") or "style". */
const AWARD_SUFFIX = /^(?:\p{Ll}+(?:ed|en|ing)|style)$/u;

/** The word before a hyphen at `hyphen` ("Oscar"), or with one word before it ("World Cup"). */
function basesBefore(block: string, hyphen: number): number[] {
  const starts: number[] = [];
  let at = hyphen;
  for (let n = 0; n < 2; n++) {
    let s = at;
    while (s > 0 && /\p{L}/u.test(charAt(block, s - 1))) s--;
    if (s === at || !/\p{Lu}/u.test(charAt(block, s))) break;
    starts.push(s);
    if (charAt(block, s - 1) !== ' ') break;
    at = s - 1;
  }
  return starts;
}

/** The mentions with words built on awards, contests and languages made OTHER names. */
export function withMoreCompounds(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isListedPeople: (word: string) => boolean,
): EntityMention[] {
  if (!mayHold(text, ANY_COMPOUND)) return unchanged(mentions);
  return rewrittenByBlock(text, mentions, (blockId, block, given) => {
    let own = given;
    for (let i = block.indexOf('-'); i >= 0; i = block.indexOf('-', i + 1)) {
      if (!/\p{Ll}/u.test(charAt(block, i + 1)) || !/\p{L}/u.test(charAt(block, i - 1))) continue;
      let to = i + 1;
      while (to < block.length && /\p{Ll}/u.test(charAt(block, to))) to++;
      if (/[\p{L}-]/u.test(charAt(block, to))) continue;
      const suffix = block.slice(i + 1, to);
      let start = -1;
      for (const s of basesBefore(block, i)) {
        const base = block.slice(s, i);
        if (AWARD_SUFFIX.test(suffix) && AWARDS.has(base)) start = s;
        else if (PLACE_SUFFIXES.has(suffix) && !base.includes(' ') && isListedPeople(base)) start = s;
      }
      if (start < 0 || (start > 0 && /[\p{L}-]/u.test(charAt(block, start - 1)))) continue;
      // Left to the tagger and conv-compounds where a name already covers the word.
      if (own.some((m) => m.start < to && m.end > start && (m.start < start || m.end >= to))) continue;
      const name: EntityMention = { blockId, start, end: to, text: block.slice(start, to), type: 'OTHER' };
      own = [...own.filter((m) => !(m.start >= start && m.end <= to)), name].sort((a, b) => a.start - b.start);
    }
    return own;
  });
}

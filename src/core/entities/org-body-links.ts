/**
 * A body's name runs through its links (eval/gold/guidelines/names.md, "Boundaries": mark the
 * longest name; "Parenthetical acronyms": `Ministry of Trade, Industry and Energy` is one ORG).
 * The tagger stops a body's name at a lower-case "for a", "on" or "with" or at a comma inside it,
 * or misses it ("the Committee for a Responsible Federal Budget" -> "Committee"; "the Council on
 * Foreign Relations", none; "the Ministry of Land, Infrastructure and Transport" -> "Ministry of
 * Land" and "Transport"). After tagging (English): where a body's noun (Council, Committee,
 * Ministry, Department ...) is followed by "of", "on", "for" or "for a" and Title Case words, the
 * name runs on through them, through "with" and more Title Case words, and through a list of
 * single Title Case words closed by "and" ("Land, Infrastructure and Transport"), to the first
 * word that is none of these; capitalised words just before the noun go with it ("National
 * Museum of ..."). The span is one ORG name, in place of the mentions inside it. A list's word
 * that is a listed place ends the name before the list ("the Ministry of Defence, Britain and
 * France said"), and a bare "and" without a list is never crossed ("the Council on Foreign
 * Relations and Brookings").
 *
 * Per block, a look for each body's noun followed by a space and a link word; a block without one
 * is left as it is. A public body's name the tagger spanned whole but typed OTHER becomes ORG
 * ("the assembly's Committee on Education", names44a).
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { retype, rewrittenByBlock, unchanged } from './by-block';
import { mayHold } from './cue-index';

/** Nouns of bodies whose names run on through links. */
const BODY_NOUNS = [
  'Council',
  'Committee',
  'Commission',
  'Ministry',
  'Department',
  'Museum',
  'Institute',
  'Center',
  'Centre',
  'Office',
  'Agency',
  'Foundation',
  'Bureau',
  'Authority',
];

/**
 * The nouns of public bodies, whose names the tagger's OTHER never fits (names44a): not a
 * museum's, an institute's, a centre's or a foundation's, which name places and works too.
 */
const PUBLIC_NOUNS = new Set([
  'Council',
  'Committee',
  'Commission',
  'Ministry',
  'Department',
  'Agency',
  'Bureau',
  'Authority',
]);

/** Links after a body's noun that start its name's tail. */
const HEAD_LINKS = [' of ', ' on ', ' for a ', ' for '];

/**
 * A noun of BODY_NOUNS as a word and a link of HEAD_LINKS after it: a text without one (by its
 * index of words, cue-index.ts) has no body's name to run on (most texts; the nouns are each
 * looked for in every block otherwise). Built from the two lists, so that it holds what they do.
 */
export const ANY_BODY_LINK = new RegExp(
  `\\b(?:${BODY_NOUNS.join('|')}) (?:${[...new Set(HEAD_LINKS.map((l) => l.trim().split(' ')[0]))].join('|')}) `,
  'u',
);

/** Days and months: "on Sunday" after a body's noun is no part of its name. */
const CALENDAR = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(
    ' ',
  ),
);

/** A Title Case word (a capital, then letters, an apostrophe or a hyphen). */
const TITLE_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

/** A Title Case word without a hyphen, before a body's noun ("National"; not "Delhi-based"). */
const PLAIN_TITLE_WORD = /^\p{Lu}[\p{L}'’]*$/u;

/** The end of the word at `at` (letters, apostrophes, hyphens), a possessive's "'s" left out. */
function wordEnd(block: string, at: number): number {
  let k = at;
  while (k < block.length && /[\p{L}'’-]/u.test(charAt(block, k))) k++;
  return k - at > 2 && /['’]s$/u.test(block.slice(at, k)) ? k - 2 : k;
}

/** The Title Case words from `at`, one space apart: where they end (at when none); a possessive ends them. */
function titleRun(block: string, at: number): number {
  let end = at;
  while (end === at || charAt(block, end) === ' ') {
    const from = end === at ? at : end + 1;
    const k = wordEnd(block, from);
    if (k === from || !TITLE_WORD.test(block.slice(from, k))) return end;
    end = k;
    if (/['’]/u.test(charAt(block, k))) return end;
  }
  return end;
}

/** One Title Case word at `at`: where it ends, or -1. */
function titleWord(block: string, at: number): number {
  const k = wordEnd(block, at);
  return k > at && TITLE_WORD.test(block.slice(at, k)) ? k : -1;
}

/** Where a body's name that starts its tail at `tail` (just after the head link) ends, or -1. */
function tailEnd(block: string, tail: number, isPlace: (name: string) => boolean): number {
  let end = titleRun(block, tail);
  if (end === tail || CALENDAR.has(block.slice(tail, wordEnd(block, tail)))) return -1;
  // A list of single Title Case words closed by "and" ("Land, Infrastructure and Transport").
  if (block.startsWith(', ', end)) {
    let k = end;
    const items: Array<[number, number]> = [];
    while (block.startsWith(', ', k)) {
      const e = titleWord(block, k + 2);
      if (e < 0) break;
      items.push([k + 2, e]);
      k = e;
    }
    const closes = block.startsWith(' and ', k) ? titleWord(block, k + 5) : -1;
    if (closes > 0) items.push([k + 5, closes]);
    if (closes > 0 && !items.some(([s, e]) => isPlace(block.slice(s, e)))) end = titleRun(block, k + 5);
  }
  // "with" and more Title Case words ("Persons with Disabilities").
  if (block.startsWith(' with ', end)) {
    const e = titleRun(block, end + 6);
    if (e > end + 6) end = e;
  }
  return end;
}

/** The mentions with bodies' names run through their links. */
export function withBodyLinks(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isPlace: (name: string) => boolean,
): EntityMention[] {
  if (!mayHold(text, ANY_BODY_LINK)) return unchanged(mentions);
  return rewrittenByBlock(text, mentions, (blockId, block, given) => {
    let own = given;
    for (const noun of BODY_NOUNS) {
      for (let at = block.indexOf(noun); at >= 0; at = block.indexOf(noun, at + noun.length)) {
        const headEnd = at + noun.length;
        const link = HEAD_LINKS.find((l) => block.startsWith(l, headEnd));
        if (!link || (at > 0 && /[\p{L}]/u.test(charAt(block, at - 1)))) continue;
        const end = tailEnd(block, headEnd + link.length, isPlace);
        if (end < 0) continue;
        // Capitalised words just before the noun go with it ("National Museum").
        let start = at;
        for (let n = 0; n < 3 && charAt(block, start - 1) === ' '; n++) {
          let s = start - 1;
          while (s > 0 && /[\p{L}'’-]/u.test(charAt(block, s - 1))) s--;
          if (s === start - 1 || !PLAIN_TITLE_WORD.test(block.slice(s, start - 1)) || s === 0) break;
          // A word the tagger named apart stays apart ("Chinese" Ministry of State Security).
          if (own.some((m) => m.start <= s && m.end > s && m.end < at)) break;
          if (/^The$/u.test(block.slice(s, start - 1))) break;
          start = s;
        }
        const inside = own.filter((m) => m.start < end && m.end > start);
        // Only a name longer than what the tagger found, and none cut through at its ends.
        if (inside.some((m) => m.start < start || m.end > end)) continue;
        if (inside.length === 1 && inside[0]?.start === start && inside[0]?.end === end) {
          // The tagger's own span typed OTHER: a public body's is ORG ("the Committee on Education").
          const same = inside[0];
          if (same.type === 'OTHER' && PUBLIC_NOUNS.has(noun))
            own = own.map((m) => (m === same ? retype(m, 'ORG') : m));
          continue;
        }
        if (inside.some((m) => m.type === 'PERSON')) continue;
        const name: EntityMention = { blockId, start, end, text: block.slice(start, end), type: 'ORG' };
        own = [...own.filter((m) => !inside.includes(m)), name].sort((a, b) => a.start - b.start);
      }
    }
    return own;
  });
}

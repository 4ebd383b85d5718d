/**
 * Words built on a name with a hyphen are one OTHER name, as CoNLL-2003 marks them
 * (eval/gold/guidelines/names.md, "Words built on names"): the name with a hyphenated participle
 * or "-style", "-era", "-wide", "-speaking" ("London-based", "U.S.-led", "British-born",
 * "Kremlin-backed", "New York-based"), or with a hyphenated prefix ("pro-Trump", "anti-Israel",
 * "post-Soviet", "ex-Chelsea", "pre-Thanksgiving"). Where the base is not a name nothing is
 * marked ("AI-powered", "mid-March", "Long-running"): the base must be a name the tagger found
 * there or elsewhere in the text (a person's surname too), a civic day, or a listed place,
 * nationality, organisation or team that English does not write in lower case.
 *
 * Reads each block for a hyphen between a letter or period and a letter; a block without one
 * is left as it is.
 */
import { charAt, codeAt } from './chars';
import type { EntityMention } from '../types';
import { mentionsByBlock, unchanged } from './by-block';
import { civicDaySpans } from './civic-days';
import { MONTHS_AND_DAYS } from './word-lists';
import { lastSpace } from './last-space';

/** Prefixes that make a word on a name ("pro-Trump", "post-Soviet"). */
const PREFIXES = new Set('pro anti post pre neo non ex mid pan'.split(' '));

/** Suffixes that make a word on a name beside the participles in -ed, -en and -ing. */
const SUFFIXES = new Set('born made run built led bred held grown style era wide speaking'.split(' '));

/** A participle ending ("based", "owned", "driven", "winning"). */
const PARTICIPLE = /(?:ed|en|ing)$/u;

// An ASCII character is read by its code (speed, issue 15: most of a page's are), with the same
// answers as the case test each other character takes ("ß", "É").
const isLetter = (c: string): boolean => {
  const k = c.charCodeAt(0);
  if (k < 128 && c.length === 1) return (k >= 65 && k <= 90) || (k >= 97 && k <= 122);
  return c !== '' && c.toLowerCase() !== c.toUpperCase();
};
const isLower = (c: string): boolean => {
  const k = c.charCodeAt(0);
  if (k < 128 && c.length === 1) return k >= 97 && k <= 122;
  return isLetter(c) && c === c.toLowerCase();
};
const isUpper = (c: string): boolean => {
  const k = c.charCodeAt(0);
  if (k < 128 && c.length === 1) return k >= 65 && k <= 90;
  return isLetter(c) && c === c.toUpperCase();
};
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
/** A character of a name's word: a letter, a digit, a period, an ampersand or an apostrophe. */
const isNameChar = (c: string): boolean =>
  isLetter(c) || isDigit(c) || c === '.' || c === '&' || c === "'" || c === '’';

/**
 * Whether a block of `text` has a hyphen that `withCompoundNames` could build a name on: its
 * scan (`compoundsIn`) finds a span there when every word it asks about is taken as a name
 * (the real pass finds a subset of those: none where this finds none).
 */
function mayHaveCompounds(text: ReadonlyMap<number, string>): boolean {
  for (const block of text.values())
    if (hasLetterHyphen(block) && compoundsIn(block, [], () => true).length > 0) return true;
  return false;
}

/**
 * Whether `block` has a hyphen between a character of a name and a letter (by character codes,
 * any non-ASCII character counted as either), as every compound `compoundsIn` finds has: the
 * hyphens of scores and dates ("2-1", "1996-12-06") have none.
 */
function hasLetterHyphen(block: string): boolean {
  for (let i = block.indexOf('-'); i >= 0; i = block.indexOf('-', i + 1)) {
    const a = codeAt(block, i + 1);
    if (!((a >= 65 && a <= 90) || (a >= 97 && a <= 122) || a > 127)) continue;
    const b = codeAt(block, i - 1);
    if (
      (b >= 65 && b <= 90) ||
      (b >= 97 && b <= 122) ||
      (b >= 48 && b <= 57) ||
      b > 127 ||
      b === 46 ||
      b === 38 ||
      b === 39
    )
      return true;
  }
  return false;
}

/** The mentions with each word built on a name one OTHER name; `isListedName` reads the word lists. */
export function withCompoundNames(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isListedName: (word: string) => boolean,
  /** The tagger's own mentions, before the corrections: a base it took for a name is one. */
  tagged: readonly EntityMention[] = [],
): EntityMention[] {
  // Only a text with a hyphen where a compound could be ("London-based", "pro-Trump": the scan's
  // checks of the words' spelling, every name taken as one) has any to build.
  if (!mayHaveCompounds(text)) return unchanged(mentions);
  // The names the text names (and the surnames of its persons), for a base found without a tag:
  // gathered at the first base that needs them (most candidates are settled before).
  let named: Set<string> | null = null;
  const namesOf = (): Set<string> => {
    if (named !== null) return named;
    named = new Set<string>();
    for (const m of [...mentions, ...tagged]) {
      named.add(m.text);
      if (m.type === 'PERSON') {
        const space = lastSpace(m.text);
        if (space > 0) named.add(m.text.slice(space + 1));
      }
    }
    return named;
  };
  const byBlock = mentionsByBlock(mentions);
  const taggedBy = mentionsByBlock(tagged);
  let seen: readonly EntityMention[] = [];
  const isName = (word: string, own: readonly EntityMention[], start: number, end: number): boolean => {
    if (word.length < 2 || MONTHS_AND_DAYS.has(word.toLowerCase().replace(/\.$/u, ''))) return false;
    if (own.some((m) => m.start < end && m.end > start)) return true;
    if (start >= 0 && seen.some((m) => m.start < end && m.end > start)) return true;
    if (namesOf().has(word) || isListedName(word)) return true;
    const days = civicDaySpans(word);
    return days.length === 1 && days[0]?.[0] === 0 && days[0][1] === word.length;
  };
  let changed = false;
  const out: EntityMention[] = [];
  for (const [blockId, block] of text) {
    const own = byBlock.get(blockId) ?? [];
    seen = taggedBy.get(blockId) ?? [];
    if (!block.includes('-')) {
      out.push(...own);
      continue;
    }
    // Pushed, not `.map` (optimised, that gives a holey array, and the code reading it deoptimises).
    const built: EntityMention[] = [];
    for (const [start, end] of compoundsIn(block, own, isName))
      built.push({ blockId, start, end, text: block.slice(start, end), type: 'OTHER' });
    if (built.length === 0) {
      out.push(...own);
      continue;
    }
    changed = true;
    const kept = own.filter((m) => !built.some((b) => b.start < m.end && b.end > m.start));
    out.push(...[...kept, ...built].sort((a, b) => a.start - b.start));
  }
  if (!changed) return unchanged(mentions);
  // Mentions of blocks the text map does not hold stay (none in practice).
  for (const m of mentions) if (!text.has(m.blockId)) out.push(m);
  return out;
}

/** The spans [start, end) of the words built on names in `block`. */
export function compoundsIn(
  block: string,
  own: readonly EntityMention[],
  isName: (word: string, own: readonly EntityMention[], start: number, end: number) => boolean,
): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let i = block.indexOf('-'); i >= 0; i = block.indexOf('-', i + 1)) {
    if (spans.length > 0 && (spans[spans.length - 1]?.[1] ?? 0) > i) continue;
    const after = charAt(block, i + 1);
    // The word before the hyphen, back to a space or a hyphen.
    let from = i;
    while (from > 0 && isNameChar(charAt(block, from - 1))) from--;
    if (from === i || charAt(block, from - 1) === '-') continue;
    // The word after it, to the end of its letters (a hyphen after it: "state-of-the-art", no).
    let to = i + 1;
    while (to < block.length && (isLetter(charAt(block, to)) || (isUpper(after) && isNameChar(charAt(block, to)))))
      to++;
    // A sentence's period is outside ("pro-Israel."), an abbreviation's is not ("pro-U.S."); so is a possessive.
    if (charAt(block, to - 1) === '.' && block.lastIndexOf('.', to - 2) <= i) to--;
    if (to - i > 3 && charAt(block, to - 1) === 's' && (charAt(block, to - 2) === "'" || charAt(block, to - 2) === '’'))
      to -= 2;
    const before = block.slice(from, i);
    const word = block.slice(i + 1, to);
    if (isLower(after) && isUpper(charAt(block, from))) {
      // A name and a participle ("London-based"); a name the tagger found ending at the hyphen goes whole.
      if (!(SUFFIXES.has(word) || (word.length > 3 && PARTICIPLE.test(word)))) continue;
      if (!/^\p{Ll}+$/u.test(word)) continue;
      const base = before.endsWith("'s") || before.endsWith('’s') ? '' : before;
      if (!base) continue;
      const start = longestBase(block, from, i, own, isName);
      if (start >= 0) spans.push([start, to]);
    } else if (isUpper(after) && PREFIXES.has(before.toLowerCase()) && isLower(charAt(before, 1))) {
      // A prefix and a name ("pro-Trump", "post-Soviet").
      if (isName(word, own, i + 1, to)) spans.push([from, to]);
    }
  }
  return spans;
}

/**
 * The start of the longest name that ends at `end` and holds the base at [from, end): the base
 * and up to three capitalised words before it, one space apart ("New York-based"), where
 * `isName` takes them; else `from` where the base alone is a name; else -1.
 */
function longestBase(
  block: string,
  from: number,
  end: number,
  own: readonly EntityMention[],
  isName: (word: string, own: readonly EntityMention[], start: number, end: number) => boolean,
): number {
  const starts: number[] = [];
  let at = from;
  for (let k = 0; k < 3 && at >= 2 && charAt(block, at - 1) === ' '; k++) {
    let s = at - 1;
    while (s > 0 && isNameChar(charAt(block, s - 1))) s--;
    if (s === at - 1 || !isUpper(charAt(block, s))) break;
    starts.push(s);
    at = s;
  }
  // The longer name must be a name as a whole (its words named or listed), not only touch a tagged one.
  for (let k = starts.length - 1; k >= 0; k--) {
    const s = starts[k] as number;
    if (isName(block.slice(s, end), [], -1, -1)) return s;
  }
  return isName(block.slice(from, end), own, from, end) ? from : -1;
}

/**
 * Words of a text as the corrections after tagging read them: space-separated, with offsets,
 * and the spelling tests they share (a capital first, an acronym).
 */
import type { EntityMention, EntityType } from '../types';
import { charAt, codeAt } from './chars';
export interface Word {
  start: number;
  end: number;
  text: string;
}

/** The words (space-separated) of `text` between `start` and `end`, with offsets. */
export function wordsIn(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  let i = start;
  while (i < end) {
    while (i < end && isSpace(codeAt(text, i))) i++;
    const s = i;
    while (i < end && !isSpace(codeAt(text, i))) i++;
    if (i > s) out.push({ start: s, end: i, text: text.slice(s, i) });
  }
  return out;
}

/** The first word of `text` between `start` and `end` (`wordsIn(...)[0]`, without cutting the others). */
export function firstWordIn(text: string, start: number, end: number): Word | undefined {
  let i = start;
  while (i < end && isSpace(codeAt(text, i))) i++;
  const s = i;
  while (i < end && !isSpace(codeAt(text, i))) i++;
  return i > s ? { start: s, end: i, text: text.slice(s, i) } : undefined;
}

/** The last word of `text` between `start` and `end` (the last of `wordsIn`, read backwards from `end`). */
export function lastWordIn(text: string, start: number, end: number): Word | undefined {
  let i = end;
  while (i > start && isSpace(codeAt(text, i - 1))) i--;
  const e = i;
  while (i > start && !isSpace(codeAt(text, i - 1))) i--;
  return e > i ? { start: i, end: e, text: text.slice(i, e) } : undefined;
}

/** The character codes the words of `words` begin with (and their capitals, with `anyCase`). */
export function firstLetters(words: ReadonlySet<string>, anyCase: boolean): Set<number> {
  const out = new Set<number>();
  for (const w of words) {
    out.add(codeAt(w, 0));
    if (anyCase) out.add(w.toUpperCase().charCodeAt(0));
  }
  return out;
}

/**
 * Whether the word at `at` may be one of the words that begin with `first` (the cheap check
 * before the word is cut out): an ASCII character that begins none of them says no; any other
 * character (whose lower case may be one of theirs) is read in full.
 */
export function mayStartWordOf(text: string, at: number, first: ReadonlySet<number>): boolean {
  const c = codeAt(text, at);
  return c > 127 || first.has(c);
}

/** The word of `text` that starts at `at`, if one does (space-separated, at most 40 characters). */
export function wordAt(text: string, at: number): Word | undefined {
  const w = firstWordIn(text, at, Math.min(text.length, at + 40));
  return w && w.start === at ? w : undefined;
}

/** Whether `at` starts a sentence: only spaces, quotes or brackets after a full stop (or nothing) before it. */
export function sentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && i > at - 40 && /[\s"“‘'(]/u.test(charAt(text, i))) i--;
  return i < 0 || /[.!?:—–\n]/u.test(charAt(text, i)) || charAt(text, i + 1) === '\n';
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
/** Whether `text` has a space `wordsIn` cuts at: whether it is more than one word. */
export const hasSpace = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) if (isSpace(codeAt(text, i))) return true;
  return false;
};
export const GLUE = /[\p{L}\p{N}&]/u;
/** Whether the character at `i` is a letter, a digit or "&" (`GLUE`; ASCII by its code, no regular expression). */
export function isGlueAt(text: string, i: number): boolean {
  const c = codeAt(text, i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 38;
  return GLUE.test(charAt(text, i));
}
/** A word without one final full stop, comma, semicolon or colon (as `replace(/[.,;:]$/u, '')`, with no regular expression). */
export function withoutStop(word: string): string {
  const c = codeAt(word, word.length - 1);
  return c === 46 || c === 44 || c === 59 || c === 58 ? word.slice(0, -1) : word;
}

/** A word lower-cased, without a final full stop ("Gov." → "gov"). */
export const bare = (w: string): string => {
  const lower = w.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
};
/** Whether the character at `i` is a lower-case letter (`/\p{Ll}/u` on it; ASCII by its code). */
export function isLowerAt(text: string, i: number): boolean {
  const c = codeAt(text, i);
  if (c < 128) return c >= 97 && c <= 122;
  return /\p{Ll}/u.test(charAt(text, i));
}

/** A capital and lower-case letters only ("Jan", "Élodie"; `/^\p{Lu}\p{Ll}+$/u`, ASCII by character codes). */
export function isTitleCaseWord(w: string): boolean {
  if (w.length < 2) return false;
  for (let i = 0; i < w.length; i++) {
    const c = codeAt(w, i);
    if (c >= 128) return /^\p{Lu}\p{Ll}+$/u.test(w);
    if (i === 0 ? !(c >= 65 && c <= 90) : !(c >= 97 && c <= 122)) return false;
  }
  return true;
}

/** Letters and hyphens only, at least one (`/^[\p{L}-]+$/u`, ASCII by character codes). */
export function isLettersOrHyphens(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = codeAt(w, i);
    if (c >= 128) return /^[\p{L}-]+$/u.test(w);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45)) return false;
  }
  return true;
}

export function isCapitalisedWord(w: string): boolean {
  const c = codeAt(w, 0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(w);
}
/** An acronym: two to eight letters or digits (or "&"), at least two of them capitals. */
export function isAcronym(w: string): boolean {
  if (w.length < 2 || w.length > 8) return false;
  // ASCII by character codes (most words); anything else by the Unicode classes.
  let capitals = 0;
  for (let i = 0; i < w.length; i++) {
    const c = codeAt(w, i);
    if (c >= 65 && c <= 90) capitals++;
    else if (c > 127) return isUnicodeAcronym(w);
    else if (i === 0 || !((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 38)) return false;
  }
  return capitals >= 2;
}

const isUnicodeAcronym = (w: string): boolean =>
  /^\p{Lu}[\p{L}\p{N}&]+$/u.test(w) && (w.match(/\p{Lu}/gu)?.length ?? 0) >= 2;

/** Common nouns written as capitals joined by "&" ("R&D", "Q&A"; "A&E", a hospital's emergency department in British writing), not names. */
const AMPERSAND_WORDS = new Set('R&D Q&A M&A B&B F&B P&L P&R A&E T&C G&T'.split(' '));

/** A company's capitals joined by "&" ("AT&T", "PG&E", "H&M", "S&P"): an organisation (the names guidelines). */
export const isAmpersandAcronym = (w: string): boolean =>
  w.length <= 7 && w.includes('&') && /^\p{Lu}{1,3}&\p{Lu}{1,3}$/u.test(w) && !AMPERSAND_WORDS.has(w);

/** At most this many names are looked for in one text (each is one scan of it). */
const MAX_NAMES = 24;

/**
 * The whole-word occurrences of (up to MAX_NAMES of) `names`, one-word names, in `text`: the
 * name not glued to letters or digits on either side (a possessive may follow).
 */
export function occurrences(text: string, names: ReadonlySet<string>): Word[] {
  const out: Word[] = [];
  forEachOccurrence(text, names, (name, start, end) => {
    out.push({ start, end, text: name });
    return false;
  });
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Each whole-word occurrence of each of `names` (of any length, none glued to a letter, digit or
 * "&" on either side) in `block`, as a mention of `type` in block `blockId`: a pass's listed
 * names that the tagger may have missed.
 */
export function listedNamesIn(
  blockId: number,
  block: string,
  names: Iterable<string>,
  type: EntityType,
): EntityMention[] {
  const found: EntityMention[] = [];
  for (const name of names)
    for (let at = block.indexOf(name); at >= 0; at = block.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (!isGlueAt(block, at - 1) && !isGlueAt(block, end)) found.push({ blockId, start: at, end, text: name, type });
    }
  return found;
}

/**
 * `visit` on each of `occurrences(text, names)`, name by name (each name's in text order), until
 * it returns true for one, which ends that name's: what `occurrences` finds, without making or
 * sorting the list, for a rule that asks of each name whether one of its occurrences is such.
 */
export function forEachOccurrence(
  text: string,
  names: ReadonlySet<string>,
  visit: (name: string, start: number, end: number) => boolean,
): void {
  let n = 0;
  for (const name of names) {
    if (!name || n++ >= MAX_NAMES) break;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (isGlueAt(text, at - 1) || isGlueAt(text, end)) continue;
      if (visit(name, at, end)) break;
    }
  }
}

/**
 * Whether the line around `start`..`end` is written in Title Case or capitals (most of its
 * words capitalised: a heading, whose capitals say nothing of names).
 */
export function inTitleCaseLine(text: string, start: number, end: number): boolean {
  const from = text.lastIndexOf('\n', start) + 1;
  const to = text.indexOf('\n', end);
  const words = wordsIn(text, from, Math.min(to < 0 ? text.length : to, from + 400)).filter((w) =>
    /\p{L}/u.test(w.text),
  );
  const capitalised = words.filter((w) => isCapitalisedWord(w.text)).length;
  return words.length >= 4 && capitalised * 5 >= words.length * 3;
}

/**
 * Word tokens with offsets. A token is a run of letters or digits, with inner hyphens,
 * apostrophes (straight or curly) and periods kept when letters follow ("Jong-un", "O'Neill",
 * "U.S."), except a period between two lower-case letters and a capitalised word, a full stop
 * whose space is missing ("a physician.Police said", "Ginger Nut.These"); a possessive "'s" is its
 * own token. Any other non-space character is a token of
 * its own. Used by the entity recogniser and for word counts.
 */

import { ABBREVIATIONS } from './abbreviations';

export interface Token {
  start: number;
  end: number;
  text: string;
}

/**
 * The tokens `tokenize` cuts, as one regular expression (kept as the reference that
 * `nextToken`, the scanner tokenize runs, is tested against).
 */
export const TOKEN =
  /[\p{L}\p{M}\p{N}]+(?:[-‐'’][\p{L}\p{M}\p{N}]+|\.(?:(?<!\p{Ll}\p{Ll}\.)|(?!\p{Lu}\p{Ll}))[\p{L}\p{M}\p{N}]+)*\.?|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const span = { start: 0, end: 0 };
  for (let at = 0; nextToken(text, at, span); at = span.end) {
    let value = text.slice(span.start, span.end);
    let start = span.start;
    // A trailing period belongs to the token only for initials, dotted acronyms and known
    // abbreviations ("F.", "U.S.", "St.", "Calif.").
    // (A period standing alone, as in `bella".`, is a token of its own already.)
    // (The last character read by its code: `endsWith` is a call for every token.)
    const dot =
      value.length > 1 &&
      value.charCodeAt(value.length - 1) === 46 &&
      !/^(?:\p{L}\.)+$/u.test(value) &&
      !ABBREVIATIONS.has(value.slice(0, -1).toLowerCase());
    if (dot) value = value.slice(0, -1);
    // Split a possessive "'s" / "’s" off its name.
    if (isPossessive(value)) {
      const name = value.slice(0, -2);
      tokens.push({ start: offset + start, end: offset + start + name.length, text: name });
      start += name.length;
      value = value.slice(-2);
    }
    tokens.push({ start: offset + start, end: offset + start + value.length, text: value });
    if (dot) {
      const at = offset + start + value.length;
      tokens.push({ start: at, end: at + 1, text: '.' });
    }
  }
  return tokens;
}

/** A word ending in "'s" or "’s" after at least one character. */
function isPossessive(value: string): boolean {
  const n = value.length;
  if (n < 3) return false;
  const s = value.charCodeAt(n - 1);
  const q = value.charCodeAt(n - 2);
  return (s === 115 || s === 83) && (q === 39 || q === 0x2019);
}

/**
 * The first token (as TOKEN matches it) at or after `from`, into `span`; false when there is
 * none. A scan by character codes, ASCII first: tokenizing is a large share of tagging.
 */
export function nextToken(text: string, from: number, span: { start: number; end: number }): boolean {
  const n = text.length;
  let i = from;
  // Each character's code is read once where it can be (`c` is the one at `i`): reading a
  // character of a sentence cut from its line (a sliced string) costs more than comparing it.
  let c = 0;
  for (; i < n; i++) {
    c = text.charCodeAt(i);
    // (No surrogate is a space: a space is one unit.)
    if (!(c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE_CHAR.test(text.charAt(i)))) break;
  }
  if (i >= n) return false;
  span.start = i;
  if (!(c < 128 ? isAsciiWord(c) : isWordAt(text, i))) {
    span.end = i + unitsAt(text, i);
    return true;
  }
  i = wordEnd(text, c < 128 ? i + 1 : i + unitsAt(text, i));
  // Inner hyphens, apostrophes and periods with letters after them; then one period.
  while (i < n) {
    c = text.charCodeAt(i);
    if (!(c === 45 || c === 0x2010 || c === 39 || c === 0x2019 || c === 46)) break;
    if (i + 1 >= n || !isWordAt(text, i + 1)) break;
    if (c === 46 && missingSpaceAt(text, i)) break;
    i = wordEnd(text, i + 1);
  }
  // (`c` is the code at `i` when `i < n`: the loop above left at it.)
  if (i < n && c === 46) i++;
  span.end = i;
  return true;
}

/**
 * The period at `i` is a full stop with its space missing: two lower-case letters before it, an
 * upper-case letter and a lower-case one after it ("physician.Police"; not "U.S.", "St.Louis",
 * "e.g.The" or "node.js").
 */
export function missingSpaceAt(text: string, i: number): boolean {
  // (Read only inside the text: V8's optimised code gives up at a read past its end, speed.)
  const next = (i + 1 < text.length ? text.codePointAt(i + 1) : 0) ?? 0;
  if (!isCase(next, UPPER)) return false;
  const at = i + 1 + (next > 0xffff ? 2 : 1);
  const after = (at < text.length ? text.codePointAt(at) : 0) ?? 0;
  if (!isCase(after, LOWER)) return false;
  const last = codePointBefore(text, i);
  if (!isCase(last, LOWER)) return false;
  return isCase(codePointBefore(text, i - (last > 0xffff ? 2 : 1)), LOWER);
}

/** The code point that ends just before `i` (0 at the start). */
function codePointBefore(text: string, i: number): number {
  if (i <= 0) return 0;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return text.codePointAt(i - 2) ?? 0;
  }
  return c;
}

const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;

/** Whether code point `c` is a letter of the case `test` reads (ASCII by its code). */
function isCase(c: number, test: RegExp): boolean {
  if (c < 128) return test === UPPER ? c >= 65 && c <= 90 : c >= 97 && c <= 122;
  return test.test(String.fromCodePoint(c));
}

/** The end of the run of letters, marks and digits at `i`. */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    // ASCII letters and digits by their codes (most words), the rest as `isWordAt` reads them.
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return i;
      i++;
    } else if (isWordAt(text, i)) i += unitsAt(text, i);
    else return i;
  }
  return i;
}

/** 2 for a surrogate pair at `i` (one code point, as the `u` flag reads it), else 1. */
function unitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;

function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiWord(c);
  return WORD_CHAR.test(text.slice(i, i + unitsAt(text, i)));
}

/** Whether the ASCII code `c` is a letter or digit. */
function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The number of words in `text`, counting no further than `max` (for cheap thresholds). */
export function countWords(text: string, max = Infinity): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (n < max && WORD.exec(text)) n++;
  return n;
}

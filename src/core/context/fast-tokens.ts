/**
 * The tokens of `segment/tokens.ts` (`tokenize`), found by a hand-written scanner: the context
 * stage tokenises every paragraph again (the recogniser keeps its tokens to itself), and the
 * two regular expressions per token of `tokenize` were most of its cost. Same tokens, same
 * offsets (a test holds the two to each other): a run of letters, marks or digits with inner
 * hyphens, apostrophes and full stops when letters follow, a trailing full stop kept only for
 * initials, dotted acronyms and known abbreviations, a possessive "'s" split off; any other
 * non-space character (a whole code point) is a token of its own.
 */
import { ABBREVIATIONS } from '../segment/abbreviations';

/**
 * A token with what the context stage asks of it most (its text is the paragraph's, from
 * `start` to `end`: not kept, since hardly ever asked for).
 */
export interface Tok {
  start: number;
  end: number;
  /** The token in lower case. */
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** A word (letters, marks or digits), not a punctuation mark. */
  word: boolean;
  /** May be a cue of speech ("said", "according", "per"): set by the paragraph. */
  cue: boolean;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const SPACE = /\s/u;

/** Character classes of the Basic Multilingual Plane, filled as characters are met. */
const SPACE_CLASS = 1;
const WORD_CLASS = 2;
const OTHER_CLASS = 3;
const LETTER_BIT = 4;
const UPPER_BIT = 8;
const classes = new Uint8Array(65536);
/** The classes of ASCII, at once. */
const ASCII = new Uint8Array(128);

function classify(ch: string): number {
  const c = SPACE.test(ch) ? SPACE_CLASS : WORD_CHAR.test(ch) ? WORD_CLASS : OTHER_CLASS;
  return c | (LETTER.test(ch) ? LETTER_BIT : 0) | (UPPER.test(ch) ? UPPER_BIT : 0);
}

for (let c = 0; c < 128; c++) ASCII[c] = classify(String.fromCharCode(c));

/** The class of the code point at i (a surrogate pair is classified as one character). */
function kind(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const cp = text.codePointAt(i) ?? code;
    return cp > 0xffff ? classify(text.slice(i, i + 2)) : classify(text[i] as string);
  }
  let c = classes[code] as number;
  if (c === 0) classes[code] = c = classify(text[i] as string);
  return c;
}

const width = (text: string, i: number): number => {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
};
const isWordAt = (text: string, i: number): boolean => i < text.length && (kind(text, i) & 3) === WORD_CLASS;

/** "U.S.", "F.": text[start, end) is letters each followed by a full stop. */
function dottedLetters(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end) {
    if (!(kind(text, i) & LETTER_BIT)) return false;
    i += width(text, i);
    if (i >= end || text[i] !== '.') return false;
    i++;
  }
  return true;
}

/** White space at i (as `\s` reads it). */
export function isSpaceAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && (kind(text, i) & 3) === SPACE_CLASS;
}

export function fastTokens(text: string): Tok[] {
  const out: Tok[] = [];
  // Lower case once for the paragraph; a character whose lower case is longer ("İ") makes
  // each token lower its own.
  // Curly apostrophes read as straight ones ("can’t", "it’s"): the word lists use straight ones.
  const lowered = text.toLowerCase().replaceAll('’', "'");
  const aligned = lowered.length === text.length;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const k = (code < 128 ? (ASCII[code] as number) : kind(text, i)) & 3;
    if (k === SPACE_CLASS) {
      i += code < 128 ? 1 : width(text, i);
      continue;
    }
    if (k !== WORD_CLASS) {
      const w = code < 128 ? 1 : width(text, i);
      out.push({
        start: i,
        end: i + w,
        lower: aligned ? lowered.slice(i, i + w) : text.slice(i, i + w),
        cap: false,
        word: false,
        cue: false,
      });
      i += w;
      continue;
    }
    const start = i;
    i = wordRunEnd(text, i);
    for (;;) {
      const c = text.charCodeAt(i);
      // - ‐ ' ’ . inside a word, when a letter or digit follows
      if ((c === 45 || c === 0x2010 || c === 39 || c === 0x2019 || c === 46) && isWordAt(text, i + 1))
        i = wordRunEnd(text, i + 1);
      else break;
    }
    if (text.charCodeAt(i) === 46) i++;
    push(out, text, start, i, aligned ? lowered : null);
  }
  return out;
}

/** The end of the run of word characters from i. */
function wordRunEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (((ASCII[code] as number) & 3) !== WORD_CLASS) break;
      i++;
    } else {
      if ((kind(text, i) & 3) !== WORD_CLASS) break;
      i += width(text, i);
    }
  }
  return i;
}

/** One matched run, with tokenize's trailing-stop and possessive rules. */
function push(out: Tok[], text: string, start: number, end: number, lowered: string | null): void {
  const lower = (s: number, e: number): string =>
    lowered ? lowered.slice(s, e) : text.slice(s, e).toLowerCase().replaceAll('’', "'");
  const cap = (kind(text, start) & UPPER_BIT) !== 0;
  let e = end;
  const dot =
    text.charCodeAt(e - 1) === 46 && !dottedLetters(text, start, e) && !ABBREVIATIONS.has(lower(start, e - 1));
  if (dot) e--;
  const last = text.charCodeAt(e - 1);
  const apostrophe = text.charCodeAt(e - 2);
  if (e - start > 2 && (last === 115 || last === 83) && (apostrophe === 39 || apostrophe === 0x2019)) {
    out.push({ start, end: e - 2, lower: lower(start, e - 2), cap, word: true, cue: false });
    out.push({ start: e - 2, end: e, lower: lower(e - 2, e), cap: false, word: true, cue: false });
  } else out.push({ start, end: e, lower: lower(start, e), cap, word: true, cue: false });
  if (dot) out.push({ start: e, end: e + 1, lower: '.', cap: false, word: false, cue: false });
}

/**
 * Sentence segmentation for article text. A rule-based splitter: a sentence ends at
 * . ! ? (or …) followed by space and an upper-case letter, digit or opening quote, unless
 * the word before the stop is a known abbreviation ("Mr.", "U.S.", "Jan.") or an initial
 * ("John F. Kennedy"), and at a full stop whose space is missing ("physician.Police"). Good enough for news prose; offsets are exact.
 */

import { ABBREVIATIONS } from './abbreviations';
import { splitSentencesIn } from './locale-sentences';
import { missingSpaceAt } from './tokens';

export interface SentenceSpan {
  start: number;
  end: number;
}

const isStop = (c: string | undefined): boolean => c === '.' || c === '!' || c === '?' || c === '…';
const isCloser = (c: string | undefined): boolean => c !== undefined && '"\'”’)]'.includes(c);
/** Whether `c` is white space (`/\s/u`; ASCII by its code, as most characters are). */
const isSpace = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/u.test(c);
};
/** What may open the next sentence: an upper-case letter or digit, after an optional quote or bracket. */
const OPENER = /["'“‘([]?[\p{Lu}\p{N}]/uy;
/** The characters `splitSentences` stops at: the stops and the quotation marks “ ” ". */
const STOP_OR_QUOTE = /[.!?…“”"]/g;
/** An abbreviation or an initial is this short; a full stop after a longer word ends a sentence. */
const MAX_ABBREVIATION = 12;

/**
 * One pass over the text: every character is looked at a bounded number of times, so a run
 * of 100,000 full stops costs what 100,000 letters cost (a pattern with `[.!?…]+` restarted
 * at each stop of the run was quadratic).
 *
 * `lang` is the article's language (a primary subtag); text in another language than English
 * is cut by `Intl.Segmenter` with that language's rules (locale-sentences.ts).
 */
export function splitSentences(text: string, lang = 'en'): SentenceSpan[] {
  if (lang !== 'en' && lang !== 'und') return splitSentencesIn(text, lang);
  const spans: SentenceSpan[] = [];
  let start = skipSpace(text, 0);
  let i = start;
  // Where the quotation open in this sentence began (-1: none), to keep a short quoted title
  // or slogan with stops inside it in its sentence.
  let quote = -1;
  while (i < text.length) {
    // Most characters are no stop nor quotation mark: the regular expression's machine code
    // passes over them (reading each character here, by its code, cost several times more).
    STOP_OR_QUOTE.lastIndex = i;
    if (!STOP_OR_QUOTE.test(text)) break;
    // (Each of them is one UTF-16 unit.)
    i = STOP_OR_QUOTE.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) {
      // A quotation mark (as `quoteAfter` reads it).
      if (c === 0x201c) quote = i;
      else if (c === 0x201d) quote = -1;
      else quote = quote >= 0 ? -1 : i;
      i++;
      continue;
    }
    // The run of stops, closing quotes and brackets, then white space.
    const runStart = i;
    while (isStop(text[i])) i++;
    const single = i - runStart === 1 && text[runStart] === '.';
    while (isCloser(text[i])) quote = quoteAfter(text[i], i++, quote);
    const stopEnd = i;
    while (isSpace(text[i])) i++;
    if (i === stopEnd) {
      // No space after the stop: only a full stop whose space is missing ("a physician.Police
      // officer") ends a sentence.
      if (!single || stopEnd !== runStart + 1 || !missingSpaceAt(text, runStart)) continue;
    } else {
      OPENER.lastIndex = i;
      if (!OPENER.test(text)) continue;
      if (single && !endsSentence(text, runStart)) continue;
    }
    if (quote >= 0 && continuesAfterQuote(text, quote, i)) continue;
    if (stopEnd > start) spans.push({ start, end: stopEnd });
    start = i;
    quote = -1;
  }
  const end = trimEnd(text, text.length);
  if (end > start) spans.push({ start, end });
  return spans;
}

/** Quotations this short (characters, marks included) may hold stops inside a sentence. */
const SHORT_QUOTE = 40;

/** The open quotation's start after the character `c` at `at`: “ opens one, ” closes it, " does either. */
function quoteAfter(c: string | undefined, at: number, open: number): number {
  if (c === '“') return at;
  if (c === '”') return -1;
  if (c === '"') return open >= 0 ? -1 : at;
  return open;
}

/**
 * Whether a short quotation opened at `open` closes soon after `from` and its sentence goes on
 * in lower case after it: a slogan or title with stops inside (the “Meth. We’re on it.”
 * campaign), not the end of a sentence.
 */
function continuesAfterQuote(text: string, open: number, from: number): boolean {
  const limit = Math.min(text.length, open + SHORT_QUOTE);
  for (let k = from; k < limit; k++) {
    const c = text[k];
    if (c !== '”' && c !== '"') continue;
    let j = k + 1;
    while (j < text.length && j < k + 3 && (text[j] === ',' || isSpace(text[j]))) j++;
    return j > k + 1 && /\p{Ll}/u.test(text[j] ?? '');
  }
  return false;
}

/** Whether a full stop at `dot` ends a sentence (not an abbreviation or an initial). */
function endsSentence(text: string, dot: number): boolean {
  let i = dot;
  const limit = Math.max(0, dot - MAX_ABBREVIATION - 1);
  while (i > limit && /[\p{L}.]/u.test(text[i - 1] ?? '')) i--;
  // A longer word (or a long run of letters and dots) is no abbreviation.
  if (i === limit && limit > 0 && /[\p{L}.]/u.test(text[i - 1] ?? '')) return true;
  const word = text.slice(i, dot).toLowerCase();
  if (word.length === 0) return true;
  if (ABBREVIATIONS.has(word)) return false;
  // An amount in a currency with its unit ("£6m.", "$20k.") is no initial: it ends the sentence.
  if (word.length === 1 && isAmount(text, i)) return true;
  // A single capital letter ("John F. Kennedy") or a dotted acronym ("U.S.").
  if (/^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return false;
  return true;
}

/** The longest figure an amount's unit follows ("1,250.5"). */
const MAX_FIGURE = 16;

/** Whether a currency sign and a figure come right before `at` ("£6" before "m", "$1.5" before "k"). */
function isAmount(text: string, at: number): boolean {
  let k = at;
  const limit = Math.max(0, at - MAX_FIGURE);
  while (k > limit && /[\d.,]/u.test(text[k - 1] ?? '')) k--;
  return k < at && /\d/u.test(text[at - 1] ?? '') && /\p{Sc}/u.test(text[k - 1] ?? '');
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

function trimEnd(text: string, i: number): number {
  while (i > 0 && isSpace(text[i - 1])) i--;
  return i;
}

/**
 * Sentence segmentation for article text. A rule-based splitter: a sentence ends at
 * . ! ? (or …) followed by space and an upper-case letter, digit or opening quote, unless
 * the word before the stop is a known abbreviation ("Mr.", "U.S.", "Jan.") or an initial
 * ("John F. Kennedy"). Good enough for news prose; offsets are exact.
 */

import { ABBREVIATIONS } from './abbreviations';
import { splitSentencesIn } from './locale-sentences';

export interface SentenceSpan {
  start: number;
  end: number;
}

const isStop = (c: string | undefined): boolean => c === '.' || c === '!' || c === '?' || c === '…';
const isCloser = (c: string | undefined): boolean => c !== undefined && '"\'”’)]'.includes(c);
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/u.test(c);
/** What may open the next sentence: an upper-case letter or digit, after an optional quote or bracket. */
const OPENER = /["'“‘([]?[\p{Lu}\p{N}]/uy;
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
  while (i < text.length) {
    if (!isStop(text[i])) {
      i++;
      continue;
    }
    // The run of stops, closing quotes and brackets, then white space.
    const runStart = i;
    while (isStop(text[i])) i++;
    const single = i - runStart === 1 && text[runStart] === '.';
    while (isCloser(text[i])) i++;
    const stopEnd = i;
    while (isSpace(text[i])) i++;
    if (i === stopEnd) continue;
    OPENER.lastIndex = i;
    if (!OPENER.test(text)) continue;
    if (single && !endsSentence(text, runStart)) continue;
    if (stopEnd > start) spans.push({ start, end: stopEnd });
    start = i;
  }
  const end = trimEnd(text, text.length);
  if (end > start) spans.push({ start, end });
  return spans;
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
  // A single capital letter ("John F. Kennedy") or a dotted acronym ("U.S.").
  if (/^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return false;
  return true;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

function trimEnd(text: string, i: number): number {
  while (i > 0 && isSpace(text[i - 1])) i--;
  return i;
}

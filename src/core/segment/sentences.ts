/**
 * Sentence segmentation for article text. A rule-based splitter: a sentence ends at
 * . ! ? (or …) followed by space and an upper-case letter, digit or opening quote, unless
 * the word before the stop is a known abbreviation ("Mr.", "U.S.", "Jan.") or an initial
 * ("John F. Kennedy"). Good enough for news prose; offsets are exact.
 */

import { ABBREVIATIONS } from './abbreviations';

export interface SentenceSpan {
  start: number;
  end: number;
}

// The stop itself, optional closing quotes/brackets, then whitespace.
const BOUNDARY = /([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘([]?[\p{Lu}\p{N}])/gu;

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = skipSpace(text, 0);
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const stop = m[1] ?? '';
    if (stop === '.' && !endsSentence(text, m.index)) continue;
    const end = m.index + stop.length + (m[2]?.length ?? 0);
    if (end > start) spans.push({ start, end });
    start = end + (m[3]?.length ?? 0);
  }
  const end = trimEnd(text, text.length);
  if (end > start) spans.push({ start, end });
  return spans;
}

/** Whether a full stop at `dot` ends a sentence (not an abbreviation or an initial). */
function endsSentence(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1] ?? '')) i--;
  const word = text.slice(i, dot).toLowerCase();
  if (word.length === 0) return true;
  if (ABBREVIATIONS.has(word)) return false;
  // A single capital letter ("John F. Kennedy") or a dotted acronym ("U.S.").
  if (/^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return false;
  return true;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/u.test(text[i] ?? '')) i++;
  return i;
}

function trimEnd(text: string, i: number): number {
  while (i > 0 && /\s/u.test(text[i - 1] ?? '')) i--;
  return i;
}

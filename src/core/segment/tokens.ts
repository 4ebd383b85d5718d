/**
 * Word tokens with offsets. A token is a run of letters or digits, with inner hyphens,
 * apostrophes (straight or curly) and periods kept when letters follow ("Jong-un", "O'Neill",
 * "U.S."); a possessive "'s" is its own token. Any other non-space character is a token of
 * its own. Used by the entity recogniser and for word counts.
 */

import { ABBREVIATIONS } from './abbreviations';

export interface Token {
  start: number;
  end: number;
  text: string;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-‐'’.][\p{L}\p{M}\p{N}]+)*\.?|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let value = m[0];
    let start = m.index;
    // A trailing period belongs to the token only for initials, dotted acronyms and known
    // abbreviations ("F.", "U.S.", "St.", "Calif.").
    // (A period standing alone, as in `bella".`, is a token of its own already.)
    const dot =
      value.length > 1 &&
      value.endsWith('.') &&
      !/^(?:\p{L}\.)+$/u.test(value) &&
      !ABBREVIATIONS.has(value.slice(0, -1).toLowerCase());
    if (dot) value = value.slice(0, -1);
    // Split a possessive "'s" / "’s" off its name.
    const poss = /^(.+?)(['’][sS])$/u.exec(value);
    if (poss?.[1] && poss[2]) {
      tokens.push({ start: offset + start, end: offset + start + poss[1].length, text: poss[1] });
      start += poss[1].length;
      value = poss[2];
    }
    tokens.push({ start: offset + start, end: offset + start + value.length, text: value });
    if (dot) {
      const at = offset + start + value.length;
      tokens.push({ start: at, end: at + 1, text: '.' });
    }
  }
  return tokens;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The number of words in `text`, counting no further than `max` (for cheap thresholds). */
export function countWords(text: string, max = Infinity): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (n < max && WORD.exec(text)) n++;
  return n;
}

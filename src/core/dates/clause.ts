/**
 * The clause around a date: the text between the stops (. ; ! ?) on either side, at most
 * CLAUSE_REACH characters each way. The timeline's rules read a date's clause for its tense,
 * its anchor and its habits (anchored.ts, story-points.ts, news-tense-refiner.ts).
 */

/** How far either side of a date (characters) its clause is read. */
export const CLAUSE_REACH = 160;

const STOP = /[.;!?]/u;
const DIGIT = /\d/u;

/** What follows an abbreviation's point, not a sentence's: a comma, a letter, or a space and a small letter. */
const AFTER_ABBREVIATION = /^(?:[,;\p{Ll}]|\s{1,3}\p{Ll})/u;

/** "a.m." or "p.m." ending just before a point's next character. */
const CLOCK_BEFORE = /(?<![\p{L}])[ap]\.m$/iu;
/** A time zone after a clock time ("10 p.m. Eastern time", "9 a.m. ET"): the sentence goes on. */
const ZONE_AFTER =
  /^\s{1,3}(?:Eastern|Central|Mountain|Pacific|Atlantic|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|AEST|AEDT)(?![\p{L}])/u;

/**
 * Whether the character at `i` closes a clause: a stop, not the point of a number ("$14.1 million",
 * "3.30pm") nor an abbreviation's inside a sentence ("began at 7 p.m., and", "at 9 a.m. on Friday",
 * "shortly after 10 p.m. Eastern time on Nov. 10").
 */
function stopAt(text: string, i: number): boolean {
  const c = text[i] as string;
  if (!STOP.test(c)) return false;
  if (c !== '.') return true;
  if (DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? '')) return false;
  const next = text.slice(i + 1, i + 12);
  if (ZONE_AFTER.test(next) && CLOCK_BEFORE.test(text.slice(Math.max(0, i - 4), i))) return false;
  return !AFTER_ABBREVIATION.test(next.slice(0, 4));
}

/** Where the clause holding `index` begins (just after a stop, or CLAUSE_REACH back). */
export function clauseStart(text: string, index: number): number {
  const floor = Math.max(0, index - CLAUSE_REACH);
  let from = index;
  while (from > floor && !stopAt(text, from - 1)) from--;
  return from;
}

/** Where the clause holding `index` ends (at a stop, or CLAUSE_REACH on). */
export function clauseEnd(text: string, index: number): number {
  const ceiling = Math.min(text.length, index + CLAUSE_REACH);
  let to = index;
  while (to < ceiling && !stopAt(text, to)) to++;
  return to;
}

/** The clause around [start, end) of a block's text. */
export function clauseAround(text: string, start: number, end: number): string {
  return text.slice(clauseStart(text, start), clauseEnd(text, end));
}

/**
 * The value of the cue nearest to [start, end) in text[from, to): `cues` pairs an expression
 * (global) with what its words say (a tense: 1 future, -1 past); 0 where none is found. A cue
 * overlapping the span does not count; on a tie the earlier pair wins.
 */
export function nearestCue(
  text: string,
  from: number,
  to: number,
  start: number,
  end: number,
  cues: readonly (readonly [RegExp, number])[],
): number {
  const window = text.slice(from, to);
  let best = Infinity;
  let value = 0;
  for (const [re, v] of cues) {
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const at = from + m.index;
      const distance = at < start ? start - (at + m[0].length) : at - end;
      if (distance >= 0 && distance < best) {
        best = distance;
        value = v;
      }
    }
  }
  return value;
}

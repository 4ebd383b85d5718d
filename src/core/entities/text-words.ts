/**
 * Words of a text as the corrections after tagging read them: space-separated, with offsets,
 * and the spelling tests they share (a capital first, an acronym).
 */
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
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    const s = i;
    while (i < end && !isSpace(text.charCodeAt(i))) i++;
    if (i > s) out.push({ start: s, end: i, text: text.slice(s, i) });
  }
  return out;
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
export const GLUE = /[\p{L}\p{N}&]/u;
export const bare = (w: string): string => w.toLowerCase().replace(/\.$/u, '');
export const isCapitalisedWord = (w: string): boolean => /^\p{Lu}/u.test(w);
/** An acronym: two to eight letters or digits (or "&"), at least two of them capitals. */
export const isAcronym = (w: string): boolean =>
  w.length >= 2 && w.length <= 8 && /^\p{Lu}[\p{L}\p{N}&]+$/u.test(w) && (w.match(/\p{Lu}/gu)?.length ?? 0) >= 2;

/**
 * The whole-word occurrences of any of `names` (one-word names) in `text`, in one pass: a
 * word's letters and digits without the quotes, brackets and possessive around them.
 */
export function occurrences(text: string, names: ReadonlySet<string>): Word[] {
  const out: Word[] = [];
  if (names.size === 0) return out;
  for (const w of wordsIn(text, 0, text.length)) {
    let end = w.end;
    while (end > w.start && !GLUE.test(text.charAt(end - 1))) end--;
    let start = w.start;
    while (start < end && !GLUE.test(text.charAt(start))) start++;
    const word = text.slice(start, end).replace(/['’]s$/u, '');
    if (names.has(word)) out.push({ start, end: start + word.length, text: word });
  }
  return out;
}

/**
 * The cheap look before a correction's whole-block pattern (speed, issue 15): which ASCII
 * words a block holds, read once a block (one walk over its characters) and shared by every
 * pass that asks, instead of each pass's pattern scanning the whole block for its trigger
 * words ("film", "village", "studio" ...), which most blocks do not hold.
 *
 * A block's words here are its maximal runs of ASCII letters (A-Z, a-z), kept as hashes of
 * their lower case. A pattern's trigger word bounded by `\b` or by "no letter" on both sides
 * ("\bfilm\b", "(?:^|[^\p{L}-])film(?![\p{L}-])") is such a run wherever the pattern matches,
 * so a block without any of the pattern's words cannot match it: `mayHaveWord` false means
 * no match; true means the pattern must still be run (a hash may collide, the case may
 * differ). Exact, never a guess: the pattern decides wherever the look says maybe.
 */

/** A list of trigger words, ready for `mayHaveWord` (their lower-case hashes). */
export interface WordList {
  readonly hashes: Int32Array;
  /** Whether the pattern ignores case (then "ſ" and the Kelvin sign match "s" and "k"). */
  readonly ignoreCase: boolean;
}

/**
 * The trigger words of a whole-block pattern, read from its source: a pattern of one
 * alternation between letter boundaries (`\b(?:film|movies?|kick-off)\b`, or
 * `(?:^|[^\p{L}-])(?:...)(?![\p{L}-])`), each alternative letters, spaces, hyphens and digits with
 * at most `x?`, `(?:a|b)` and `(?:a|b)?` in it. Each spelling of each alternative gives one word,
 * its first run of letters ("kick" of "kick-off", "pointers" of "3-pointers"), which every match
 * of that spelling holds whole. Null for a pattern of any other form: `mayMatch` then always
 * says maybe (the pattern itself decides).
 */
export function triggerWords(pattern: RegExp): WordList | null {
  const source = pattern.source;
  const open = BOUNDS_BEFORE.find((b) => source.startsWith(b));
  const close = BOUNDS_AFTER.find((b) => source.endsWith(b));
  if (open === undefined || close === undefined || source.length < open.length + close.length) return null;
  const spellings = expand(source.slice(open.length, source.length - close.length));
  if (spellings === null) return null;
  const words: string[] = [];
  for (const spelling of spellings) {
    const run = /[A-Za-z]+/u.exec(spelling);
    if (!run) return null;
    words.push(run[0]);
  }
  return wordList(words, pattern.flags.includes('i'));
}

/** What may stand before and after a pattern's alternation: no ASCII letter on either side of a match. */
const BOUNDS_BEFORE = ['\\b(?:', '(?:^|[^\\p{L}-])(?:', '(?:^|[^\\p{L}])(?:'];
const BOUNDS_AFTER = [')\\b', ')(?![\\p{L}-])', ')(?![\\p{L}])'];

/** Every spelling of an alternation (letters, spaces, hyphens, digits, `x?`, `(?:a|b)`, `(?:a|b)?`), or null. */
function expand(source: string): string[] | null {
  let out = [''];
  const alternatives: string[] = [];
  let i = 0;
  while (i <= source.length) {
    const c = source.charAt(i);
    if (i === source.length || c === '|') {
      alternatives.push(...out);
      out = [''];
      i++;
      continue;
    }
    let parts: string[];
    if (source.startsWith('(?:', i)) {
      const end = source.indexOf(')', i);
      const inner = end < 0 ? '' : source.slice(i + 3, end);
      if (end < 0 || !/^[A-Za-z -]+(?:\|[A-Za-z -]+)*$/u.test(inner)) return null;
      parts = inner.split('|');
      i = end + 1;
    } else if (/[A-Za-z0-9 -]/u.test(c)) {
      parts = [c];
      i++;
    } else return null;
    if (source.charAt(i) === '?') {
      parts = [...parts, ''];
      i++;
    }
    const next: string[] = [];
    for (const o of out) for (const p of parts) next.push(o + p);
    out = next;
    if (out.length > 64) return null;
  }
  return alternatives;
}

/** Whether `block` may match the pattern whose `triggerWords` are `words` (always, for null). */
export function mayMatch(block: string, words: WordList | null): boolean {
  return words === null || mayHaveWord(block, words);
}

/** A list of trigger words, each a run of ASCII letters (`mayHaveWord`). */
export function wordList(words: readonly string[], ignoreCase = false): WordList {
  const hashes = new Int32Array(words.length);
  words.forEach((w, k) => {
    if (!/^[A-Za-z]+$/u.test(w)) throw new Error(`not a run of ASCII letters: ${w}`);
    hashes[k] = hashRun(w.toLowerCase(), 0, w.length);
  });
  return { hashes, ignoreCase };
}

/** A block's words (`BlockWords`): an open-addressing set of run hashes. */
interface BlockWords {
  /** Slots of run hashes (0: empty; a hash is never 0). */
  table: Int32Array;
  mask: number;
  /** Whether the block has "ſ" (U+017F) or the Kelvin sign (U+212A), which a pattern that ignores case reads as letters. */
  folds: boolean;
}

/** The words of the blocks read last, by block text (a page's blocks; emptied past `LIMIT`). */
const cache = new Map<string, BlockWords>();
const LIMIT = 2048;

/** FNV-1a of the lower case of `text` from `start` to `end` (ASCII letters), never 0. */
function hashRun(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (text.charCodeAt(i) | 32), 0x01000193);
  return h === 0 ? 1 : h;
}

function wordsOf(block: string): BlockWords {
  let words = cache.get(block);
  if (words !== undefined) return words;
  // Room for every run at most half full: a run takes two characters with the one after it.
  let size = 16;
  while (size < block.length) size *= 2;
  const table = new Int32Array(size);
  const mask = size - 1;
  let folds = false;
  let h = 0x811c9dc5 | 0;
  let inRun = false;
  for (let i = 0; i <= block.length; i++) {
    const c = i < block.length ? block.charCodeAt(i) : 0;
    const lower = c | 32;
    if (lower >= 97 && lower <= 122) {
      if (!inRun) {
        h = 0x811c9dc5 | 0;
        inRun = true;
      }
      h = Math.imul(h ^ lower, 0x01000193);
      continue;
    }
    if (c === 0x17f || c === 0x212a) folds = true;
    if (!inRun) continue;
    inRun = false;
    if (h === 0) h = 1;
    let k = (h ^ (h >>> 16)) & mask;
    for (;;) {
      const slot = table[k] as number;
      if (slot === h) break;
      if (slot === 0) {
        table[k] = h;
        break;
      }
      k = (k + 1) & mask;
    }
  }
  words = { table, mask, folds };
  if (cache.size >= LIMIT) cache.clear();
  cache.set(block, words);
  return words;
}

/**
 * Whether `block` may hold one of `list`'s words as a whole run of ASCII letters (in any
 * case): false only where it holds none, and then no match of the pattern the list was made
 * for is in it.
 */
export function mayHaveWord(block: string, list: WordList): boolean {
  const { table, mask, folds } = wordsOf(block);
  if (folds && list.ignoreCase) return true;
  const { hashes } = list;
  for (let j = 0; j < hashes.length; j++) {
    const h = hashes[j] as number;
    let k = (h ^ (h >>> 16)) & mask;
    for (;;) {
      const slot = table[k] as number;
      if (slot === h) return true;
      if (slot === 0) break;
      k = (k + 1) & mask;
    }
  }
  return false;
}

/**
 * Whether a text may hold one of a cue pattern's words, from an index of the text built once
 * (speed, issue 15): the corrections ask each of their cheap checks ("a word of sport anywhere
 * in the text?", `\b(?:comedy|drama|...)\b`) of every text, and a pattern run over every block
 * costs as much, pattern after pattern, as reading the text's words once.
 *
 * The index: each block's runs of ASCII letters ("city", "U", "S" in "U.S.", "phones" in
 * "3phones"), as the bits of their hashes (two bits a run in 65,536, case as written). A cue pattern's words are read off its source (`cueOf`): each
 * string it can match, and in it the runs of letters its own characters or its boundaries
 * (`\b`, `(?:^|[^\p{L}-])`, `(?![\p{L}-])`) close on both sides; the pattern can match only
 * where all the runs of one of its strings are runs of the text. The index says "no" only
 * then; "maybe" (a hash's bits shared by chance, or the runs there) leaves the answer to the
 * pattern itself. A pattern of another form (a `*`, a `\p{Lu}` beside a word, an unbounded word,
 * a caseless pattern) has no cue: always "maybe".
 */

/** A pattern's strings, each as the hashes of its closed runs (all of them are in a text that it matches). */
type Cue = readonly (readonly number[])[];

/** The bits of a text's runs. */
interface Index {
  blocks: string[];
  bits: Uint32Array;
}

const BITS = 1 << 16;

/** FNV-1a, one step. */
function step(h: number, c: number): number {
  return Math.imul(h ^ c, 16777619);
}
const SEED = 2166136261 | 0;

function set(bits: Uint32Array, h: number): void {
  const a = h & 0xffff;
  const b = h >>> 16;
  bits[a >>> 5] = (bits[a >>> 5] as number) | (1 << (a & 31));
  bits[b >>> 5] = (bits[b >>> 5] as number) | (1 << (b & 31));
}

function has(bits: Uint32Array, h: number): boolean {
  const a = h & 0xffff;
  const b = h >>> 16;
  return ((bits[a >>> 5] as number) & (1 << (a & 31))) !== 0 && ((bits[b >>> 5] as number) & (1 << (b & 31))) !== 0;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** The hash of a run of ASCII letters. */
function hashOf(run: string): number {
  let h = SEED;
  for (let i = 0; i < run.length; i++) h = step(h, run.charCodeAt(i));
  return h;
}

/** The one index's bits, cleared for each text (only the last text's index is kept). */
const BUFFER = new Uint32Array(BITS >>> 5);

function indexOf(blocks: readonly string[]): Index {
  const bits = BUFFER;
  bits.fill(0);
  for (const block of blocks) {
    let h = SEED;
    let inRun = false;
    for (let i = 0; i <= block.length; i++) {
      const c = i < block.length ? block.charCodeAt(i) : 0;
      if (isAsciiLetter(c)) {
        h = step(h, c);
        inRun = true;
      } else if (inRun) {
        set(bits, h);
        h = SEED;
        inRun = false;
      }
    }
  }
  return { blocks: [...blocks], bits };
}

/** The index of the text last asked about (the corrections ask about one text in turn). */
let last: { text: ReadonlyMap<number, string>; index: Index } | null = null;

function indexFor(text: ReadonlyMap<number, string>): Index {
  if (last !== null && last.text === text) {
    // The same map holding the same blocks (a map is not edited between passes, but may be).
    let k = 0;
    let same = last.index.blocks.length === text.size;
    if (same) for (const block of text.values()) if (block !== last.index.blocks[k++]) same = false;
    if (same) return last.index;
  }
  const index = indexOf([...text.values()]);
  last = { text, index };
  return index;
}

/** Each pattern's cue, read once (null: a pattern of another form, never "no"). */
const cues = new WeakMap<RegExp, Cue | null>();

/**
 * False only when no block of `text` can hold a match of `pattern` (by the index); true when
 * one may (the pattern's own test decides). For a pattern run over whole blocks: its `^` is a
 * block's start, with no letter before it (over a slice of a block, a letter may stand there).
 */
export function mayHold(text: ReadonlyMap<number, string>, pattern: RegExp): boolean {
  let cue = cues.get(pattern);
  if (cue === undefined) {
    cue = cueOf(pattern);
    cues.set(pattern, cue);
  }
  if (cue === null) return true;
  const bits = indexFor(text).bits;
  for (const runs of cue) {
    let all = true;
    for (const h of runs)
      if (!has(bits, h)) {
        all = false;
        break;
      }
    if (all) return true;
  }
  return false;
}

/** A boundary: the character there (if any) is no ASCII letter. */
const EDGE = '\u0001';

/** A character that may be a letter (`\\p{L}`, `\\d`, `.`). */
const WILD = '\u0002';

/** Sources of the characters read as WILD. */
const WILDS = ['\\p{L}', '\\p{Lu}', '\\p{Ll}', '\\p{N}', '\\d', '.'];

/** Sources of the boundaries read as EDGE. */
const EDGES = ['(?:^|[^\\p{L}-])', '(?:^|[^\\p{L}])', '(?![\\p{L}-])', '(?![\\p{L}])', '(?<![\\p{L}\\p{N}.])'];

/** Characters written as themselves in a cue's strings. */
const PLAIN = /^[A-Za-z0-9 ,'’–—-]$/u;

/** The strings `source` from `at` can match, up to a `|` or `)` at its own level; null past this reader. */
function alternatives(source: string, at: number): { strings: string[]; end: number } | null {
  let strings: string[] = [];
  let current = [''];
  let i = at;
  const LIMIT = 4096;
  while (i < source.length) {
    const c = source[i] as string;
    if (c === ')') break;
    if (c === '|') {
      strings = strings.concat(current);
      current = [''];
      i++;
      continue;
    }
    let items: string[];
    const edge = EDGES.find((e) => source.startsWith(e, i));
    if (edge !== undefined) {
      items = [EDGE];
      i += edge.length;
    } else if (source.startsWith('\\b', i)) {
      // A word boundary beside an ASCII letter: the character on its other side is none.
      items = [EDGE];
      i += 2;
    } else if (WILDS.some((w) => source.startsWith(w, i))) {
      // A character that may be a letter: the run beside it is not closed.
      const wild = WILDS.find((w) => source.startsWith(w, i)) as string;
      items = [WILD];
      i += wild.length;
    } else if (source.startsWith('(?:', i)) {
      const inner = alternatives(source, i + 3);
      if (inner === null || source[inner.end] !== ')') return null;
      items = inner.strings;
      i = inner.end + 1;
    } else if (c === '[') {
      const close = source.indexOf(']', i);
      const chars = source.slice(i + 1, close);
      if (close < 0 || !/^[A-Za-z]+$/u.test(chars)) return null;
      items = [...chars];
      i = close + 1;
    } else if (c === '\\' && /[.\-()]/u.test(source[i + 1] ?? '')) {
      items = [source[i + 1] as string];
      i += 2;
    } else if (PLAIN.test(c)) {
      items = [c];
      i++;
    } else return null;
    if (source[i] === '?') {
      items = [...items, ''];
      i++;
    }
    if (/^[*+{]/u.test(source[i] ?? '')) return null;
    const next: string[] = [];
    for (const s of current) for (const item of items) next.push(s + item);
    if (next.length > LIMIT) return null;
    current = next;
  }
  return { strings: strings.concat(current), end: i };
}

/**
 * The runs of letters of `s` closed on both sides (by one of its characters or an EDGE): the
 * first run only when something stands before it, the last only when something follows it.
 */
function closedRuns(s: string): string[] {
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0;
    if (isAsciiLetter(c)) {
      if (start < 0) start = i;
      continue;
    }
    if (start > 0 && i < s.length && s[start - 1] !== WILD && s[i] !== WILD) runs.push(s.slice(start, i));
    start = -1;
  }
  return runs;
}

/** A pattern's cue: each of its strings' closed runs; null when a string has none, or the pattern is of another form. */
export function cueOf(pattern: RegExp): Cue | null {
  // Case as written only ("i": "TRAIN" and "trainſ" match /train/iu).
  if (/[imsvy]/u.test(pattern.flags)) return null;
  const read = alternatives(pattern.source, 0);
  if (read === null || read.end !== pattern.source.length) return null;
  const cue: number[][] = [];
  for (const s of read.strings) {
    const runs = closedRuns(s);
    if (runs.length === 0) return null;
    cue.push(runs.map(hashOf));
  }
  return cue;
}

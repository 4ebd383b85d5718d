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
 * a caseless pattern) has no cue: always "maybe". A pattern that is a few strings written as
 * themselves, inside words or not ("JavaScript|Node\\.js"), is read as its strings instead: a
 * string is looked for in the blocks only when the text holds each pair of ASCII letters side
 * by side in it (the index keeps the text's pairs too).
 *
 * The text's state is kept for the text last asked about (its blocks, the index, built at the
 * first question that needs it, and `perText`'s answers to questions about the whole text,
 * each worked out once however many passes ask).
 */

/** A pattern's strings, each as the hashes of its closed runs (all of them are in a text that it matches). */
type Cue = readonly (readonly number[])[];

/** The text last asked about (the corrections ask about one text in turn): its blocks, the bits of its runs, its answers. */
interface TextState {
  text: ReadonlyMap<number, string>;
  keys: number[];
  blocks: string[];
  /** The bits of its runs, built at the first question that needs them. */
  bits: Uint32Array | null;
  /** Answers about the whole text (`perText`), by question. */
  answers: Map<object, unknown>;
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

/**
 * The text's pairs of ASCII letters side by side, as written ("Ja", "aS" of "JavaScript"): a bit
 * for each of the 64 x 64 pairs of codes (`pairOf`), built with the index.
 */
const PAIRS = new Uint32Array((64 * 64) >>> 5);

/** A pair of ASCII letters' bit in PAIRS (a letter's code's low six bits are its own: "A" 1, "a" 33). */
function pairOf(a: number, b: number): number {
  return ((a & 63) << 6) | (b & 63);
}

function bitsOf(blocks: readonly string[]): Uint32Array {
  const bits = BUFFER;
  bits.fill(0);
  PAIRS.fill(0);
  for (const block of blocks) {
    let h = SEED;
    let inRun = false;
    let prev = 0;
    for (let i = 0; i <= block.length; i++) {
      const c = i < block.length ? block.charCodeAt(i) : 0;
      if (isAsciiLetter(c)) {
        h = step(h, c);
        if (inRun) {
          const p = pairOf(prev, c);
          PAIRS[p >>> 5] = (PAIRS[p >>> 5] as number) | (1 << (p & 31));
        }
        prev = c;
        inRun = true;
      } else if (inRun) {
        set(bits, h);
        h = SEED;
        inRun = false;
      }
    }
  }
  return bits;
}

let last: TextState | null = null;

/**
 * The state of `text`: the last one's when `text` is the same map holding the same blocks (a
 * map is not edited between passes, but may be: each block is looked up again, no iterator).
 */
function stateOf(text: ReadonlyMap<number, string>): TextState {
  const s = last;
  if (s !== null && s.text === text && s.keys.length === text.size) {
    let same = true;
    for (let k = 0; k < s.keys.length; k++)
      if (text.get(s.keys[k] as number) !== s.blocks[k]) {
        same = false;
        break;
      }
    if (same) return s;
  }
  const keys: number[] = [];
  const blocks: string[] = [];
  for (const [key, block] of text) {
    keys.push(key);
    blocks.push(block);
  }
  last = { text, keys, blocks, bits: null, answers: new Map() };
  return last;
}

function indexFor(text: ReadonlyMap<number, string>): Uint32Array {
  const s = stateOf(text);
  return (s.bits ??= bitsOf(s.blocks));
}

/**
 * `answer(text)`, worked out once for each text however many passes ask (`question`, a
 * constant of the asker's, names it): for a question about the whole text ("is it a sports
 * story?") whose answer does not depend on the order of its blocks.
 */
export function perText<T>(text: ReadonlyMap<number, string>, question: object, answer: () => T): T {
  const answers = stateOf(text).answers;
  if (answers.has(question)) return answers.get(question) as T;
  const a = answer();
  answers.set(question, a);
  return a;
}

/** Each pattern's cue, read once (null: a pattern of another form, never "no"). */
const cues = new WeakMap<RegExp, Cue | null>();

/**
 * The patterns whose cue is read from the start of each match only (`alternatives`' `cut`): two
 * different matches may begin alike, so their strings count no different matches.
 */
const cutCues = new WeakSet<RegExp>();

function cueFor(pattern: RegExp): Cue | null {
  let cue = cues.get(pattern);
  if (cue === undefined) {
    cue = cueOf(pattern);
    cues.set(pattern, cue);
  }
  return cue;
}

/**
 * False only when no block of `text` can hold a match of `pattern` (by the index); true when
 * one may (the pattern's own test decides). For a pattern run over whole blocks: its `^` is a
 * block's start, with no letter before it (over a slice of a block, a letter may stand there).
 */
export function mayHold(text: ReadonlyMap<number, string>, pattern: RegExp): boolean {
  return mayHoldStrings(text, pattern, 1);
}

/**
 * False only when, by the index, the blocks of `text` can hold matches of fewer than `most` of
 * the different strings `pattern` can match (a text with two different words of sport needs
 * two); true when they may hold `most` or more, or the pattern has no cue. Each different match
 * is one of the pattern's strings only when none of them holds a character of its own choice
 * (`\p{L}`, `.`, a boundary that takes a character): for any other pattern, as `mayHold`.
 */
export function mayHoldStrings(text: ReadonlyMap<number, string>, pattern: RegExp, most: number): boolean {
  const cue = cueFor(pattern);
  if (cue === null) {
    const literals = literalsFor(pattern);
    if (literals === null) return true;
    // No index for a word inside a run ("JavaScript"): each block read for each string whose
    // pairs of letters the text holds all (PAIRS), which the engine does faster than it tries an
    // alternation of them at each character.
    indexFor(text);
    const blocks = stateOf(text).blocks;
    const pairs = pairsFor(pattern, literals);
    let held = 0;
    for (let k = 0; k < literals.length; k++) {
      if (!hasAll(pairs[k] as readonly number[])) continue;
      const literal = literals[k] as string;
      if (blocks.some((block) => block.includes(literal)) && ++held >= most) return true;
    }
    return false;
  }
  const bits = indexFor(text);
  const need = most > 1 && (!isFixed(pattern) || cutCues.has(pattern)) ? 1 : most;
  let found = 0;
  for (const runs of cue) {
    let all = true;
    for (const h of runs)
      if (!has(bits, h)) {
        all = false;
        break;
      }
    if (all && ++found >= need) return true;
  }
  return false;
}

/** Whether the text last indexed holds each of `pairs` (PAIRS' bits). */
function hasAll(pairs: readonly number[]): boolean {
  for (const p of pairs) if (((PAIRS[p >>> 5] as number) & (1 << (p & 31))) === 0) return false;
  return true;
}

/** Each literal pattern's strings' pairs of ASCII letters side by side (`pairOf`), read once. */
const literalPairs = new WeakMap<RegExp, readonly (readonly number[])[]>();

function pairsFor(pattern: RegExp, literals: readonly string[]): readonly (readonly number[])[] {
  let pairs = literalPairs.get(pattern);
  if (pairs === undefined) {
    pairs = literals.map((literal) => {
      const own: number[] = [];
      for (let i = 1; i < literal.length; i++) {
        const a = literal.charCodeAt(i - 1);
        const b = literal.charCodeAt(i);
        if (isAsciiLetter(a) && isAsciiLetter(b)) own.push(pairOf(a, b));
      }
      return own;
    });
    literalPairs.set(pattern, pairs);
  }
  return pairs;
}

/** Strings at most, for a pattern read as its strings (`literalsOf`). */
const LITERALS_LIMIT = 32;

/** Each pattern's strings (`literalsOf`), read once. */
const literalSets = new WeakMap<RegExp, readonly string[] | null>();

function literalsFor(pattern: RegExp): readonly string[] | null {
  let literals = literalSets.get(pattern);
  if (literals === undefined) {
    literals = literalsOf(pattern);
    literalSets.set(pattern, literals);
  }
  return literals;
}

/**
 * The strings `pattern` matches, when it is an alternation of strings written as themselves
 * (no boundary, no wild character, case as written: "JavaScript|Node\\.js|C\\+\\+"), a few of
 * them; null otherwise. A block holds a match just where it holds one of them.
 */
export function literalsOf(pattern: RegExp): string[] | null {
  if (/[imsvy]/u.test(pattern.flags)) return null;
  const read = alternatives(pattern.source, 0);
  if (read === null || read.end !== pattern.source.length) return null;
  const strings = [...new Set(read.strings)];
  if (strings.length > LITERALS_LIMIT || strings.some((s) => s === '' || s.includes(EDGE) || s.includes(WILD)))
    return null;
  return strings;
}

/** Whether each match of `pattern` is one of its strings as written: no wild character, no boundary that takes one. */
function isFixed(pattern: RegExp): boolean {
  const source = pattern.source;
  return !WILDS.some((w) => source.includes(w)) && !source.includes('(?:^|[^');
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
const PLAIN = /^[A-Za-z0-9 ,'’–—:;&@#%"“”‘«»-]$/u;

/**
 * The characters of a class read as its strings: letters, or marks written as themselves (no
 * range, escape or negation). Each one that is no ASCII letter closes a run, as it breaks one in
 * the index.
 */
const CLASS = /^(?:[A-Za-z]+|['’"“”‘«»]+)$/u;

/**
 * Whether an alternative of the top level (a `|` outside every group and class) follows `from`
 * in `source` (or a `)` closes a group that is not open: read as one, to be safe).
 */
function barFollows(source: string, from: number): boolean {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return true;
      depth--;
    } else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * The strings `source` from `at` can match, up to a `|` or `)` at its own level; null past this
 * reader. With `partial` (the pattern's top level, for a cue): a part past this reader ends the
 * strings of its alternative there, open (WILD: the run before it is not closed), when no
 * other alternative follows it ("\\b(Liberal|Green) (?:[a-z]{2,20} )?MP": every match begins
 * with one of "Liberal ", "Green "); `cut` then says so.
 */
function alternatives(
  source: string,
  at: number,
  partial = false,
): { strings: string[]; end: number; cut?: true } | null {
  let strings: string[] = [];
  let current = [''];
  let i = at;
  const LIMIT = 4096;
  const stop = (from: number): { strings: string[]; end: number; cut: true } | null =>
    partial && !barFollows(source, from)
      ? { strings: strings.concat(current.map((s) => s + WILD)), end: source.length, cut: true }
      : null;
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
    const from = i;
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
    } else if (source.startsWith('(?:', i) || (c === '(' && source[i + 1] !== '?')) {
      // A group, capturing or not (what it captures does not change what it matches).
      const inner = alternatives(source, i + (c === '(' && source[i + 1] !== '?' ? 1 : 3));
      if (inner === null || source[inner.end] !== ')') return stop(from);
      items = inner.strings;
      i = inner.end + 1;
    } else if (c === '[') {
      // A class of letters, or of marks written as themselves (quotes: `['"“‘]`), each a string.
      const close = source.indexOf(']', i);
      const chars = source.slice(i + 1, close);
      if (close < 0 || !CLASS.test(chars)) return stop(from);
      items = [...chars];
      i = close + 1;
    } else if (c === '\\' && /[.\-()+]/u.test(source[i + 1] ?? '')) {
      items = [source[i + 1] as string];
      i += 2;
    } else if (PLAIN.test(c)) {
      items = [c];
      i++;
    } else return stop(from);
    if (source[i] === '?') {
      items = [...items, ''];
      i++;
    }
    if (/^[*+{]/u.test(source[i] ?? '')) return stop(from);
    const next: string[] = [];
    for (const s of current) for (const item of items) next.push(s + item);
    if (next.length > LIMIT) return stop(from);
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
  const read = alternatives(pattern.source, 0, true);
  if (read === null || read.end !== pattern.source.length) return null;
  if (read.cut) cutCues.add(pattern);
  const cue: number[][] = [];
  for (const s of read.strings) {
    const runs = closedRuns(s);
    if (runs.length === 0) return null;
    cue.push(runs.map(hashOf));
  }
  return cue;
}

/**
 * Features of a token in its sentence and document, as 32-bit hashes. Per token, the
 * "atoms" (word, lower-case form, shape, affixes, word-list bits) are computed once; the
 * features combine the atoms of a window of tokens with the tags already chosen to the
 * left, with the capitalised run the token is in ("Jones Medical Industries Inc": its first
 * and last word, the words around it, its length, the token's place in it), and with
 * document-level evidence:
 *
 *   - how the word is capitalised elsewhere in the document (so a sentence-initial or
 *     ALL-CAPS headline word can be told from a name),
 *   - the contexts it is seen in anywhere in the document (`CLUE`: after "Mr", before
 *     "said", in a run ending in "Inc"...), gathered before tagging,
 *   - which type a capitalised word was given earlier in the document (a name tagged once
 *     is tagged alike later; "Putin" after "Vladimir Putin").
 */
import { feature, hashString } from './hash';
import { GAZ, type Gazetteers } from './gazetteers';
export { PHRASE_BEGIN } from './gazetteers';
import { typeOfLabel } from './labels';

/** What is known of a word regardless of where it stands; computed once per distinct word. */
export interface Word {
  text: string;
  lower: string;
  w: number;
  lw: number;
  shape: number;
  pre1: number;
  pre2: number;
  pre3: number;
  pre4: number;
  suf1: number;
  suf2: number;
  suf3: number;
  suf4: number;
  /** Bit flags: see FLAG. */
  flags: number;
  /** Word-list bits of the word alone. */
  gaz: number;
  /** Cluster ids (finest to coarsest), -1 when the word has none. */
  c1: number;
  c2: number;
  c3: number;
  /** Which document last gave this word a local id, and the id (see `prepareDoc`). */
  docStamp: number;
  docId: number;
  /** A scorer's cache of this word's weights at each window position (see `wordFeatures`). */
  cache: Float32Array | null;
  cacheOwner: number;
}

export const FLAG = {
  TITLE: 1,
  UPPER: 2,
  LOWER: 4,
  DIGIT: 8,
  HYPHEN: 16,
  DOT: 32,
  PUNCT: 64,
  INITIAL: 128,
  APOS: 256,
} as const;

export interface PreparedSentence {
  words: Word[];
  /** Each token's word as a document-local id (for casing and history). */
  ids: Int32Array;
  /** Word-list bits of phrases covering each token (PHRASE_BEGIN: begins the phrase). */
  phrase: Uint32Array;
  /** Most letters of the sentence are capitals (a headline): capitalisation says little. */
  allCaps: boolean;
  /** Numbers make up much of the sentence (a results table, a price list). */
  table: boolean;
  /** Position in the document, capped at 3 (headline, dateline, first sentence, rest). */
  position: number;
  /**
   * Runs of capitalised words ("Jones Medical Industries Inc", "Bank of England"): for each
   * token in one, the index of the run's first token and one past its last; -1 elsewhere.
   */
  runStart: Int32Array;
  runEnd: Int32Array;
  /** By token, a hash of its run's lower-case words (0 outside runs). */
  runHash: Uint32Array;
}

/** Lower-case words inside people's names ("Edwin van der Sar", "Osama bin Laden"). */
export const NAME_PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'da',
  'di',
  'del',
  'della',
  'la',
  'le',
  'du',
  'dos',
  'das',
  'des',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
  'ter',
  'ten',
]);
/** Lower-case words inside other names ("Bank of England", "Human Rights in China"). */
export const NAME_LINKS = new Set([
  'of',
  'and',
  '&',
  'for',
  'the',
  'on',
  'in',
  'at',
  'upon',
  'to',
  'sur',
  'am',
  'an',
  'du',
]);

/**
 * Lower-case words that may sit inside a capitalised run when a capitalised word follows:
 * most of the particles and links above, not "and" ("Banc One and First Chicago" is two).
 */
const RUN_LINKS = new Set([
  'of',
  'de',
  'del',
  'der',
  'van',
  'von',
  'la',
  'le',
  'du',
  'da',
  'di',
  'al',
  'bin',
  '&',
  'for',
  'the',
]);

/** A capitalised word, not a possessive "'S". */
const isCapitalised = (w: Word): boolean =>
  (w.flags & (FLAG.TITLE | FLAG.UPPER)) !== 0 && !(w.flags & FLAG.APOS && w.text.length === 2);

function capitalisedRuns(words: readonly Word[]): Pick<PreparedSentence, 'runStart' | 'runEnd' | 'runHash'> {
  const n = words.length;
  const runStart = new Int32Array(n).fill(-1);
  const runEnd = new Int32Array(n).fill(-1);
  const runHash = new Uint32Array(n);
  let i = 0;
  while (i < n) {
    if (!isCapitalised(words[i] as Word)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (j < n && isCapitalised(words[j] as Word)) j++;
      else if (j + 1 < n && RUN_LINKS.has((words[j] as Word).lower) && isCapitalised(words[j + 1] as Word)) j += 2;
      else break;
    }
    let h = 0;
    for (let k = i; k < j; k++) h = feature(0, h, (words[k] as Word).lw);
    for (let k = i; k < j; k++) {
      runStart[k] = i;
      runEnd[k] = j;
      runHash[k] = h;
    }
    i = j;
  }
  return { runStart, runEnd, runHash };
}

export interface PreparedDoc {
  sentences: PreparedSentence[];
  /** Number of distinct lower-case words (document-local ids run 0..size-1). */
  size: number;
  /** By id: 1 seen Title-case mid-sentence, 2 seen lower-case, 4 seen ALL CAPS mid-sentence. */
  casing: Uint8Array;
  /** By id: the contexts the word was seen in anywhere in the document (see CLUE). */
  clues: Uint16Array;
  /**
   * The document-level pass: by id, how often a first pass over the whole document gave
   * each type (0-4) to the word; null during the first pass.
   */
  docTypes: Int32Array | null;
}

/** Word shape with runs collapsed: "Xx", "XX", "dd", "X.X.", "Xx-Xx". */
export function shapeOf(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch)
      ? 'X'
      : /\p{Ll}/u.test(ch)
        ? 'x'
        : /\p{N}/u.test(ch)
          ? 'd'
          : /\p{L}/u.test(ch)
            ? 'x'
            : ch;
    if (c === last) {
      run++;
      if (run >= 2) continue;
    } else {
      run = 0;
    }
    out += c;
    last = c;
  }
  return out;
}

function flagsOf(word: string): number {
  let f = 0;
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters) {
    if (/^\p{Lu}/u.test(word) && /\p{Ll}/u.test(letters)) f |= FLAG.TITLE;
    if (letters === letters.toUpperCase() && letters !== letters.toLowerCase()) f |= FLAG.UPPER;
    if (letters === letters.toLowerCase()) f |= FLAG.LOWER;
  } else if (!/\p{N}/u.test(word)) {
    f |= FLAG.PUNCT;
  }
  if (/\p{N}/u.test(word)) f |= FLAG.DIGIT;
  if (word.includes('-')) f |= FLAG.HYPHEN;
  if (word.includes('.')) f |= FLAG.DOT;
  if (/^\p{Lu}\.$/u.test(word)) f |= FLAG.INITIAL;
  if (/['’]/u.test(word)) f |= FLAG.APOS;
  return f;
}

/** Words seen before; cleared when it grows too big. */
const wordCache = new Map<string, Word>();
const CACHE_LIMIT = 200_000;
let cacheOwner: Gazetteers | null = null;

function affix(lower: string, k: number, fromEnd: boolean, seed: number): number {
  if (k > lower.length) return 0;
  return hashString(fromEnd ? lower.slice(-k) : lower.slice(0, k), seed);
}

/**
 * The training text (Reuters, 1996) writes straight quotes and "--"; articles today write
 * curly quotes and dashes. Features see the old forms, offsets stay on the real text.
 */
function newsForm(text: string): string {
  return text
    .replace(/[“”„‟«»]/gu, '"')
    .replace(/[‘’‚‛]/gu, "'")
    .replace(/^[—―]$/u, '--')
    .replace(/[–—―‐‑]/gu, '-');
}

function wordOf(original: string, gaz: Gazetteers): Word {
  if (cacheOwner !== gaz) {
    wordCache.clear();
    cacheOwner = gaz;
  }
  let word = wordCache.get(original);
  if (word) return word;
  const text = newsForm(original);
  const lower = text.toLowerCase();
  word = {
    text,
    lower,
    w: hashString(text, 1),
    lw: hashString(lower, 2),
    shape: hashString(shapeOf(text), 3),
    pre1: affix(lower, 1, false, 101),
    pre2: affix(lower, 2, false, 102),
    pre3: affix(lower, 3, false, 103),
    pre4: affix(lower, 4, false, 104),
    suf1: affix(lower, 1, true, 201),
    suf2: affix(lower, 2, true, 202),
    suf3: affix(lower, 3, true, 203),
    suf4: affix(lower, 4, true, 204),
    flags: flagsOf(text),
    gaz: gaz.wordBits(lower.replace(/['’]s$/u, '')),
    c1: gaz.cluster(lower, 0),
    c2: gaz.cluster(lower, 1),
    c3: gaz.cluster(lower, 2),
    docStamp: 0,
    docId: 0,
    cache: null,
    cacheOwner: 0,
  };
  if (wordCache.size >= CACHE_LIMIT) wordCache.clear();
  wordCache.set(original, word);
  return word;
}

/** Short words a Title Case headline leaves in lower case. */
const HEADLINE_LOWER = new Set(
  'a an the of in on at to for and or but by with from as vs v nor into up off over per via is are'.split(' '),
);

/**
 * "Merkel Meets Macron in Paris Ahead of EU Summit": at least three capitalised words, every
 * other word a short function word, no sentence-final period.
 */
function isTitleCaseHeadline(texts: readonly string[]): boolean {
  if (texts.length > 24 || texts[texts.length - 1] === '.') return false;
  let capitalised = 0;
  for (const t of texts) {
    const first = t.charAt(0);
    if (/\p{Lu}/u.test(first)) {
      if (t.length > 1 && /\p{Ll}/u.test(t)) capitalised++;
    } else if (/\p{Ll}/u.test(first) && !HEADLINE_LOWER.has(t)) {
      return false;
    }
  }
  return capitalised >= 3;
}

let docCounter = 0;

export function prepareDoc(sentences: readonly (readonly string[])[], gaz: Gazetteers): PreparedDoc {
  // Document-local ids by lower-case form; words sharing a form (the, The) share the id.
  const stamp = ++docCounter;
  const idOf = new Map<string, number>();
  const casingList: number[] = [];
  const clues: number[] = [];
  const prepared: PreparedSentence[] = [];
  for (const original of sentences) {
    // A headline in Title Case (the document's first line) is read as the ALL-CAPS headlines
    // of the training news, whose names the story's own casing tells apart.
    const texts =
      prepared.length === 0 && isTitleCaseHeadline(original) ? original.map((t) => t.toUpperCase()) : original;
    const words = new Array<Word>(texts.length);
    const ids = new Int32Array(texts.length);
    const lowers = new Array<string>(texts.length);
    let upper = 0;
    let letters = 0;
    let numbers = 0;
    for (let i = 0; i < texts.length; i++) {
      const w = wordOf(texts[i] as string, gaz);
      words[i] = w;
      lowers[i] = w.lower;
      let id: number;
      if (w.docStamp === stamp) {
        id = w.docId;
      } else {
        const known = idOf.get(w.lower);
        if (known === undefined) {
          id = idOf.size;
          idOf.set(w.lower, id);
          casingList.push(0);
        } else {
          id = known;
        }
        w.docStamp = stamp;
        w.docId = id;
      }
      ids[i] = id;
      if (w.flags & FLAG.DIGIT) numbers++;
      if (w.flags & FLAG.PUNCT || w.text.length < 2) continue;
      letters++;
      if (w.flags & FLAG.UPPER) upper++;
    }
    const allCaps = letters >= 2 && upper / letters > 0.8;
    const table = numbers >= 2 && numbers * 3 >= texts.length;
    prepared.push({
      words,
      ids,
      phrase: gaz.phraseBits(lowers),
      allCaps,
      table,
      position: Math.min(3, prepared.length),
      ...capitalisedRuns(words),
    });
    if (allCaps) continue;
    gatherClues(prepared[prepared.length - 1] as PreparedSentence, clues);
    // Casing evidence from mid-sentence words only.
    for (let i = 1; i < words.length; i++) {
      const f = (words[i] as Word).flags;
      const bit = f & FLAG.LOWER ? 2 : f & FLAG.UPPER ? 4 : f & FLAG.TITLE ? 1 : 0;
      const id = ids[i] as number;
      casingList[id] = (casingList[id] as number) | bit;
    }
  }
  const clueList = new Uint16Array(idOf.size);
  clues.forEach((c, id) => (clueList[id] = c));
  return {
    sentences: prepared,
    size: idOf.size,
    casing: Uint8Array.from(casingList),
    clues: clueList,
    docTypes: null,
  };
}

/**
 * Contexts a capitalised word is seen in anywhere in the document, gathered in one pass
 * before tagging, so a decision can use clues from later sentences too ("Rotor ... Rotor
 * coach"; "Jones ... Mr Jones").
 */
export const CLUE = {
  AFTER_TITLE: 1,
  IN_ORG_RUN: 2,
  AFTER_PLACE_WORD: 4,
  BEFORE_SAID: 8,
  AFTER_THE: 16,
  ALONE: 32,
  LAST_OF_RUN: 64,
  FIRST_OF_RUN: 128,
  BEFORE_POSSESSIVE: 256,
} as const;

const PLACE_WORDS = new Set(['in', 'at', 'from', 'near', 'to']);
const SAID_WORDS = new Set(['said', 'says', 'told', 'added', 'who']);

function gatherClues(s: PreparedSentence, clues: number[]): void {
  const { words, ids, runStart, runEnd } = s;
  for (let i = 0; i < words.length; i++) {
    const start = runStart[i] as number;
    if (start < 0 || !isCapitalised(words[i] as Word)) continue;
    const end = runEnd[i] as number;
    const before = start > 0 ? (words[start - 1] as Word) : NO_WORD;
    const after = end < words.length ? (words[end] as Word) : NO_WORD;
    let c = 0;
    if (before.gaz & GAZ.TITLE) c |= CLUE.AFTER_TITLE;
    if ((words[end - 1] as Word).gaz & GAZ.ORG_WORD && i < end - 1) c |= CLUE.IN_ORG_RUN;
    if (PLACE_WORDS.has(before.lower)) c |= CLUE.AFTER_PLACE_WORD;
    if (SAID_WORDS.has(after.lower)) c |= CLUE.BEFORE_SAID;
    if (before.lower === 'the') c |= CLUE.AFTER_THE;
    if (end - start === 1) c |= CLUE.ALONE;
    else if (i === end - 1) c |= CLUE.LAST_OF_RUN;
    else if (i === start) c |= CLUE.FIRST_OF_RUN;
    if (after.lower === "'s") c |= CLUE.BEFORE_POSSESSIVE;
    const id = ids[i] as number;
    clues[id] = (clues[id] as number) | c;
  }
}

/** What the document said about each word so far: by id, counts of types 0 (O) to 4. */
export type History = Int32Array;

export const newHistory = (doc: PreparedDoc): History => new Int32Array(doc.size * 5);

export function remember(history: History, id: number, label: number): void {
  history[id * 5 + typeOfLabel(label)]! += 1;
}

/** The type (0 for O, 1-4) a word was given most often so far, -1 if unseen; O wins ties. */
function pastType(history: History, id: number): number {
  const base = id * 5;
  let best = 0;
  let bestCount = history[base] as number;
  let total = bestCount;
  for (let t = 1; t < 5; t++) {
    const c = history[base + t] as number;
    total += c;
    if (c > bestCount) {
      bestCount = c;
      best = t;
    }
  }
  return total ? best : -1;
}

const NONE = 0x5bd1e995;

/** The word before the first or after the last token of a sentence. */
export const NO_WORD: Word = {
  text: '',
  lower: '',
  w: NONE,
  lw: NONE,
  shape: NONE,
  pre1: 0,
  pre2: 0,
  pre3: 0,
  pre4: 0,
  suf1: 0,
  suf2: 0,
  suf3: 0,
  suf4: 0,
  flags: 0,
  gaz: NONE,
  c1: -2,
  c2: -2,
  c3: -2,
  docStamp: 0,
  docId: 0,
  cache: null,
  cacheOwner: 0,
};

/** Window positions of `wordFeatures`, relative to the token tagged. */
export const WINDOW = [-2, -1, 0, 1, 2] as const;

/**
 * Features that depend only on one word and where it stands in the window (-2..2). A scorer
 * may cache their summed weights per word (see NerModel), which makes tagging much faster.
 */
export function wordFeatures(w: Word, pos: number, out: Uint32Array, n: number): number {
  switch (pos) {
    case 0:
      out[n++] = feature(2, w.w);
      out[n++] = feature(3, w.lw);
      out[n++] = feature(10, w.pre1);
      out[n++] = feature(11, w.pre2);
      out[n++] = feature(12, w.pre3);
      out[n++] = feature(13, w.pre4);
      out[n++] = feature(20, w.suf1);
      out[n++] = feature(21, w.suf2);
      out[n++] = feature(22, w.suf3);
      out[n++] = feature(23, w.suf4);
      out[n++] = feature(40, w.gaz, w.flags & (FLAG.TITLE | FLAG.UPPER));
      out[n++] = feature(45, w.flags);
      out[n++] = feature(90, w.c1);
      out[n++] = feature(91, w.c2);
      out[n++] = feature(92, w.c3);
      out[n++] = feature(93, w.c2, w.flags & (FLAG.TITLE | FLAG.UPPER));
      break;
    case -1:
      out[n++] = feature(30, w.lw);
      out[n++] = feature(46, w.gaz);
      out[n++] = feature(94, w.c1);
      out[n++] = feature(95, w.c3);
      break;
    case 1:
      out[n++] = feature(31, w.lw);
      out[n++] = feature(47, w.gaz);
      out[n++] = feature(96, w.c1);
      out[n++] = feature(97, w.c3);
      break;
    case -2:
      out[n++] = feature(32, w.lw);
      out[n++] = feature(98, w.c2);
      break;
    case 2:
      out[n++] = feature(33, w.lw);
      out[n++] = feature(99, w.c2);
      break;
  }
  return n;
}

/**
 * Writes the features of token `i` that depend on more than one word, on the labels chosen
 * to its left (`prev1`, `prev2`) or on the document; returns the new count.
 */
export function contextFeatures(
  doc: PreparedDoc,
  s: PreparedSentence,
  i: number,
  prev1: number,
  prev2: number,
  history: History,
  out: Uint32Array,
  n: number,
  /** False when the scorer adds the bias and label-only features itself (see `labelFeatures`). */
  withLabelFeatures = true,
): number {
  const words = s.words;
  const a = words[i] as Word;
  const p1 = i > 0 ? (words[i - 1] as Word) : NO_WORD;
  const n1 = i + 1 < words.length ? (words[i + 1] as Word) : NO_WORD;
  const phrase = s.phrase[i] as number;
  const phrasePrev = i > 0 ? (s.phrase[i - 1] as number) : NONE;
  const caps = s.allCaps ? 1 : 0;
  const initial = i === 0 || (i === 1 && p1.flags & FLAG.PUNCT) ? 1 : 0;
  const capsFlags = a.flags & (FLAG.TITLE | FLAG.UPPER);
  const id = s.ids[i] as number;

  if (withLabelFeatures) n = labelFeatures(prev1, prev2, out, n);
  out[n++] = feature(4, a.shape, caps);
  out[n++] = feature(34, p1.lw, a.lw);
  out[n++] = feature(35, a.lw, n1.lw);
  out[n++] = feature(36, p1.shape, a.shape, n1.shape);
  out[n++] = feature(37, p1.shape, a.shape);
  out[n++] = feature(38, a.shape, n1.shape);
  out[n++] = feature(39, a.flags, initial, caps);
  out[n++] = feature(41, p1.gaz, n1.gaz);
  out[n++] = feature(42, phrase, initial);
  out[n++] = feature(43, phrasePrev, phrase);
  out[n++] = feature(44, p1.gaz & GAZ.TITLE, a.flags & FLAG.TITLE);
  out[n++] = feature(48, n1.gaz & GAZ.ORG_WORD, a.flags);
  // The labels chosen to the left, with the words.
  out[n++] = feature(52, prev1, a.lw);
  out[n++] = feature(53, prev1, a.shape);
  out[n++] = feature(54, prev1, p1.lw, a.lw);
  out[n++] = feature(55, prev1, a.c2);
  // Document evidence: casing elsewhere, and what this word was tagged before.
  const casing = doc.casing[id] as number;
  out[n++] = feature(60, casing, initial, caps);
  out[n++] = feature(61, casing, a.flags & (FLAG.TITLE | FLAG.UPPER | FLAG.LOWER), a.shape);
  const clues = doc.clues[id] as number;
  out[n++] = feature(120, clues & 0x1f, capsFlags);
  out[n++] = feature(121, clues >> 5, capsFlags);
  // A lower-case word's history says little, and "unseen so far" would only tell a short
  // text from a long one.
  const past = a.flags & FLAG.LOWER ? 0 : pastType(history, id) + 2;
  out[n++] = feature(62, past);
  out[n++] = feature(63, past, capsFlags);
  out[n++] = feature(64, past, prev1);
  if (n1 !== NO_WORD) out[n++] = feature(65, pastType(history, s.ids[i + 1] as number) + 2);
  // Where the sentence is: a table of results, the headline or dateline.
  const table = s.table ? 1 : 0;
  out[n++] = feature(70, table, a.shape, n1.shape);
  out[n++] = feature(71, table, prev1, capsFlags);
  out[n++] = feature(72, s.position, a.flags, caps);
  // The capitalised run the token is in: its last word ("Inc", "Bank", "Cup"), the words
  // around it, its length and where the token stands in it.
  const start = s.runStart[i] as number;
  if (start >= 0) {
    const end = s.runEnd[i] as number;
    const last = words[end - 1] as Word;
    const before = start > 0 ? (words[start - 1] as Word) : NO_WORD;
    const after = end < words.length ? (words[end] as Word) : NO_WORD;
    const where = i === start ? (i === end - 1 ? 0 : 1) : i === end - 1 ? 2 : 3;
    out[n++] = feature(100, last.lw, where, caps);
    out[n++] = feature(101, last.gaz, where);
    out[n++] = feature(102, last.c2, where);
    out[n++] = feature(103, before.lw, where);
    out[n++] = feature(104, after.lw, where);
    out[n++] = feature(110, before.c2, after.c2, where);
    out[n++] = feature(111, a.c2, where, last.lw);
    out[n++] = feature(105, Math.min(end - start, 5), where, caps);
    const first = words[start] as Word;
    out[n++] = feature(106, first.lw, where);
    out[n++] = feature(109, first.gaz, last.gaz, where);
    out[n++] = feature(107, prev1, where, last.c2);
    out[n++] = feature(108, s.runHash[i] as number, i - start);
  }
  // The document-level pass: what the first pass made of this word and its neighbours
  // anywhere in the document (a headline word is often tagged surely in the body below).
  const docTypes = doc.docTypes;
  if (docTypes) {
    const own = pastType(docTypes, id) + 2;
    const before = i > 0 ? pastType(docTypes, s.ids[i - 1] as number) + 2 : 0;
    const after = n1 !== NO_WORD ? pastType(docTypes, s.ids[i + 1] as number) + 2 : 0;
    out[n++] = feature(80, own);
    out[n++] = feature(81, own, capsFlags, caps);
    out[n++] = feature(82, own, prev1);
    out[n++] = feature(83, before, own, after);
  }
  return n;
}

/** Punctuation that never belongs to a name: such a token is always tagged O. */
export function isBreak(word: Word): boolean {
  return (word.flags & FLAG.PUNCT) !== 0 && /^[.,;:!?()[\]{}]+$/u.test(word.text);
}

/** The bias and the features of the two labels to the left alone: few enough to cache. */
export function labelFeatures(prev1: number, prev2: number, out: Uint32Array, n: number): number {
  out[n++] = feature(1, 0);
  out[n++] = feature(50, prev1);
  out[n++] = feature(51, prev1, prev2);
  return n;
}

/** All features of token `i`: its window's word features, then the context features. */
export function extractFeatures(
  doc: PreparedDoc,
  s: PreparedSentence,
  i: number,
  prev1: number,
  prev2: number,
  history: History,
  out: Uint32Array,
): number {
  let n = 0;
  for (const pos of WINDOW) {
    const j = i + pos;
    n = wordFeatures(j >= 0 && j < s.words.length ? (s.words[j] as Word) : NO_WORD, pos, out, n);
  }
  return contextFeatures(doc, s, i, prev1, prev2, history, out, n);
}

export const MAX_FEATURES = 96;

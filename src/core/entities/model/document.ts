/**
 * Preparing a document for tagging: each sentence's words, document-local word ids (shared
 * by the forms of one lower-case word), word-list phrases, capitalised runs and sentence
 * kinds (headline, table); and the document-level evidence gathered before tagging: how
 * each word is capitalised elsewhere and the contexts it is seen in (`CLUE`). Also the
 * `History` of the types a word was given, which tagging keeps as it goes (`DocumentState`).
 */
import { feature } from './hash';
import { GAZ, type Gazetteers } from './gazetteers';
import { typeOfLabel } from './labels';
import { cuesOf, sportLevel, type LanguageCues, type SportCues } from './language-cues';
import { TEMPLATE } from './template-ids';
import { beginWords, FLAG, isCapitalised, NAME_LINKS, NO_WORD, RUN_LINKS, wordOf, type Word } from './word';

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

/** Fills `runs` (views of the sentence's length; runHash all 0) with the sentence's capitalised runs. */
function capitalisedRuns(
  words: readonly Word[],
  cues: LanguageCues | null,
  runs: Pick<PreparedSentence, 'runStart' | 'runEnd' | 'runHash'>,
): Pick<PreparedSentence, 'runStart' | 'runEnd' | 'runHash'> {
  const n = words.length;
  const { runStart, runEnd, runHash } = runs;
  runStart.fill(-1);
  runEnd.fill(-1);
  let i = 0;
  while (i < n) {
    if (!isCapitalised(words[i] as Word)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (j < n && isCapitalised(words[j] as Word)) j++;
      else if (j + 1 < n && RUN_LINKS.has((words[j] as Word).lower) && isCapitalised(words[j + 1] as Word) && !cues)
        j += 2;
      else if (cues && j + 1 < n && cues.runLinks.has((words[j] as Word).lower)) {
        // Another language's runs go on through one or two links ("Congreso de los Diputados").
        const k = j + 2 < n && cues.runLinks.has((words[j + 1] as Word).lower) ? j + 2 : j + 1;
        if (k < n && isCapitalised(words[k] as Word)) j = k + 1;
        else break;
      } else break;
    }
    let h = 0;
    for (let k = i; k < j; k++) h = feature(TEMPLATE.RUN_HASH_CHAIN, h, (words[k] as Word).lw);
    for (let k = i; k < j; k++) {
      runStart[k] = i;
      runEnd[k] = j;
      runHash[k] = h;
    }
    i = j;
  }
  return runs;
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
   * The model's language cues (language-cues.ts); null for English, whose features read
   * none of what follows.
   */
  cues: LanguageCues | null;
  /** How much of a sports story the document is (0-3; 0 without sports cues). */
  sport: number;
  /** By id: the sports models' further contexts (see CLUE2); all 0 without sports cues. */
  clues2: Uint8Array;
}

/** Short words a Title Case headline leaves in lower case. */
const HEADLINE_LOWER = new Set(
  'a an the of in on at to for and or but by with from as vs v nor into up off over per via is are'.split(' '),
);

/**
 * "Merkel Meets Macron in Paris Ahead of EU Summit": at least three capitalised words, every
 * other word a short function word, no sentence-final period. Below the first line (a
 * sub-heading, "Strategic Partnership Deepens"), also no numbers, brackets, "@", dashes,
 * commas or colons: lists of names ("June 9 -- Bridgestone Arena, Nashville", "Wood, Loren
 * Roberts, Steve Stricker") keep their own casing; and prepareDoc asks for two capitalised
 * words that English writes in lower case.
 */
export function isTitleCaseHeadline(texts: readonly string[], first = true): boolean {
  if (texts.length > 24 || texts[texts.length - 1] === '.') return false;
  let capitalised = 0;
  for (const t of texts) {
    if (isUpperAt(t, 0)) {
      if (t.length > 1 && hasLower(t)) capitalised++;
    } else if (isLowerAt(t, 0) && !HEADLINE_LOWER.has(t)) {
      return false;
    } else if (!first && /[\p{N}@()[\]—–,:;-]/u.test(t)) {
      return false;
    }
  }
  return capitalised >= 3;
}

/** Whether the character at `i` is an upper-case letter (`\p{Lu}`; ASCII by its code). */
function isUpperAt(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return /\p{Lu}/u.test(t.charAt(i));
}

/** Whether the character at `i` is a lower-case letter (`\p{Ll}`; ASCII by its code). */
function isLowerAt(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return /\p{Ll}/u.test(t.charAt(i));
}

/** Whether `t` has a lower-case letter (`/\p{Ll}/u.test(t)`; ASCII by character codes). */
function hasLower(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return /\p{Ll}/u.test(t);
  }
  return false;
}

/** How many words of a line are capitalised where English writes them in lower case. */
function commonCapitalised(texts: readonly string[], gaz: Gazetteers): number {
  let n = 0;
  for (const t of texts) {
    const w = wordOf(t, gaz);
    if (w.flags & FLAG.TITLE && w.lex & GAZ.COMMON) n++;
  }
  return n;
}

/** Bits of `PreparedDoc.casing`. */
export const CASING = { TITLE: 1, LOWER: 2, UPPER: 4 } as const;

/**
 * Whether the token at `i` is O whatever the scores say: in a heading or ALL CAPS line, or
 * first in a sentence, a word that the document writes in lower case mid-sentence and never
 * capitalises there, that English too writes in lower case, and that no word list claims
 * ("Barge operators ... the barge", "STRATEGIC PARTNERSHIP DEEPENS ... a strategic
 * partnership") never starts or continues a name. Words that link names ("of", "van") are
 * left to the model. Training and tagging both apply it. (Without the document's evidence
 * the word list alone is only a feature: "Cup" and "Open" are often names in headlines.)
 */
export function isForcedOut(doc: PreparedDoc, s: PreparedSentence, i: number): boolean {
  if (!s.allCaps && !(i === 0 || (i === 1 && (s.words[0] as Word).flags & FLAG.PUNCT))) return false;
  const w = s.words[i] as Word;
  if (!isCapitalised(w) || (w.lex & GAZ.COMMON) === 0 || RUN_LINKS.has(w.lower) || NAME_LINKS.has(w.lower))
    return false;
  if ((s.phrase[i] as number) !== 0 || (w.gaz & ~GAZ.FUNCTION_WORD) !== 0) return false;
  const casing = doc.casing[s.ids[i] as number] as number;
  return casing === CASING.LOWER;
}

/**
 * Prepares a document's sentences (token texts) for tagging; `headings` says which sentences
 * the page marks as headings (read more readily as Title Case headlines).
 */
export function prepareDoc(
  sentences: readonly (readonly string[])[],
  gaz: Gazetteers,
  headings?: readonly boolean[],
  /** The model's language ('en' or none: English). */
  lang?: string,
): PreparedDoc {
  const cues = cuesOf(lang);
  const clues2: number[] = [];
  const lowerWords: string[] = [];
  beginWords(gaz);
  // Document-local ids by lower-case form; words sharing a form (the, The) share the id.
  nextSerial();
  let size = 0;
  // The per-token arrays of all sentences are views of a few arrays made once per document
  // (making a typed array each costs more than filling it), and so are the per-word ones,
  // which have at most one entry a token.
  let total = 0;
  for (const s of sentences) total += s.length;
  // (And by word, at most one a token, `clues2` last.)
  const [buffer, offset] = zeroedBytes(total * 24 + ((total + 7) & ~7));
  // Bytes 0 to total * 12: three Int32 a token (a sentence's ids, run starts and run ends);
  // then two Uint32 a token (its phrase bits and run hashes); then the per-word arrays.
  const clues = new Uint16Array(buffer, offset + total * 20, total);
  const casing = new Uint8Array(buffer, offset + total * 22, total);
  let at = 0;
  const prepared: PreparedSentence[] = [];
  for (const original of sentences) {
    // A headline or sub-heading in Title Case is read as the ALL-CAPS headlines of the
    // training news, whose names the story's own casing tells apart.
    const first = prepared.length === 0 || headings?.[prepared.length] === true;
    const texts =
      isTitleCaseHeadline(original, first) && (first || commonCapitalised(original, gaz) >= 2)
        ? original.map((t) => t.toUpperCase())
        : original;
    const count = texts.length;
    const words = new Array<Word>(count);
    // (Views made by their constructor: `subarray` costs twice as much, a sentence makes five.)
    const ids = new Int32Array(buffer, offset + at * 12, count);
    const lowers = new Array<string>(count);
    let upper = 0;
    let letters = 0;
    let numbers = 0;
    for (let i = 0; i < count; i++) {
      const w = wordOf(texts[i] as string, gaz);
      words[i] = w;
      lowers[i] = w.lower;
      let id = localId(w.form);
      if (id < 0) {
        id = size++;
        setLocalId(w.form, id);
      }
      ids[i] = id;
      if (w.flags & FLAG.DIGIT) numbers++;
      if (w.flags & FLAG.PUNCT || w.text.length < 2) continue;
      letters++;
      if (w.flags & FLAG.UPPER) upper++;
    }
    const allCaps = letters >= 2 && upper / letters > 0.8;
    const table = numbers >= 2 && numbers * 3 >= count;
    const runs = capitalisedRuns(words, cues, {
      runStart: new Int32Array(buffer, offset + (at * 3 + count) * 4, count),
      runEnd: new Int32Array(buffer, offset + (at * 3 + 2 * count) * 4, count),
      runHash: new Uint32Array(buffer, offset + total * 12 + (at * 2 + count) * 4, count),
    });
    prepared.push({
      words,
      ids,
      phrase: gaz.phraseBits(lowers, new Uint32Array(buffer, offset + total * 12 + at * 8, count), words),
      allCaps,
      table,
      position: Math.min(3, prepared.length),
      runStart: runs.runStart,
      runEnd: runs.runEnd,
      runHash: runs.runHash,
    });
    at += count;
    if (cues?.sport) lowerWords.push(...lowers);
    if (allCaps) continue;
    gatherClues(prepared[prepared.length - 1] as PreparedSentence, clues);
    if (cues?.sport) gatherLanguageClues(prepared[prepared.length - 1] as PreparedSentence, cues.sport, clues2);
    // Casing evidence from mid-sentence words only.
    for (let i = 1; i < count; i++) {
      const f = (words[i] as Word).flags;
      const bit = f & FLAG.LOWER ? 2 : f & FLAG.UPPER ? 4 : f & FLAG.TITLE ? 1 : 0;
      const id = ids[i] as number;
      casing[id] = (casing[id] as number) | bit;
    }
  }
  const clues2List = new Uint8Array(buffer, offset + total * 24, size);
  for (let id = 0; id < clues2.length && id < size; id++) clues2List[id] = clues2[id] ?? 0;
  return {
    sentences: prepared,
    size,
    casing: casing.subarray(0, size),
    clues: clues.subarray(0, size),
    cues,
    sport: cues?.sport ? sportLevel(lowerWords, cues.sport) : 0,
    clues2: clues2List,
  };
}

/** Bytes of the slabs `zeroedBytes` cuts documents' arrays from. */
const SLAB = 1 << 18;
let slab = new ArrayBuffer(0);
let slabUsed = 0;

/**
 * `n` bytes of zeros (`n` a multiple of 8) as a buffer and an offset into it: cut from a slab
 * shared by the documents prepared one after another (making an ArrayBuffer costs several
 * microseconds, more than a small document's other arrays), never handed out twice, so they
 * stay zeros until their document writes them; a large document has its own buffer.
 */
function zeroedBytes(n: number): [ArrayBuffer, number] {
  if (n > SLAB >> 3) return [new ArrayBuffer(n), 0];
  if (slabUsed + n > slab.byteLength) {
    slab = new ArrayBuffer(SLAB);
    slabUsed = 0;
  }
  const offset = slabUsed;
  slabUsed += n;
  return [slab, offset];
}

/**
 * Document-local ids by `Word.form`, kept between documents: an array indexed by form whose
 * entries count only when stamped with the current document's serial (no clearing, no string
 * hashing per token). A form's stamp and id sit side by side (at 2 * form and 2 * form + 1),
 * so that looking one up reads one place in memory, not two.
 */
let stamps = new Int32Array(2048);
let serial = 0;

/** A new document: every form's local id is forgotten. */
function nextSerial(): void {
  serial++;
  if (serial === 0x7fffffff) {
    stamps.fill(0);
    serial = 1;
  }
}

/** The local id of `form` in the current document, or -1. */
const localId = (form: number): number =>
  2 * form < stamps.length && stamps[2 * form] === serial ? (stamps[2 * form + 1] as number) : -1;

function setLocalId(form: number, id: number): void {
  if (2 * form >= stamps.length) {
    const grown = new Int32Array(Math.max(2 * form + 2, stamps.length * 2));
    grown.set(stamps);
    stamps = grown;
  }
  stamps[2 * form] = serial;
  stamps[2 * form + 1] = id;
}

/**
 * Contexts a capitalised word is seen in anywhere in the document, gathered in one pass
 * before tagging, so a decision can use clues from later sentences too ("Rotor ... Rotor
 * coach"; "Jones ... Mr Jones"). The values are hashed into features (TEMPLATE.CLUES_LOW,
 * CLUES_HIGH): never renumber.
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

function gatherClues(s: PreparedSentence, clues: Uint16Array): void {
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
    // Another language's clue words come with its model's word lists (none in English's).
    const beforeGaz = before === NO_WORD ? 0 : before.gaz;
    const afterGaz = after === NO_WORD ? 0 : after.gaz;
    if (PLACE_WORDS.has(before.lower) || beforeGaz & GAZ.PLACE_PREPOSITION) c |= CLUE.AFTER_PLACE_WORD;
    if (SAID_WORDS.has(after.lower) || afterGaz & GAZ.SPEECH_VERB) c |= CLUE.BEFORE_SAID;
    if (before.lower === 'the' || beforeGaz & GAZ.ARTICLE) c |= CLUE.AFTER_THE;
    if (end - start === 1) c |= CLUE.ALONE;
    else if (i === end - 1) c |= CLUE.LAST_OF_RUN;
    else if (i === start) c |= CLUE.FIRST_OF_RUN;
    if (after.lower === "'s") c |= CLUE.BEFORE_POSSESSIVE;
    const id = ids[i] as number;
    clues[id] = (clues[id] as number) | c;
  }
}

/**
 * Contexts of a capitalised word that the other languages' models read (with how much of a
 * sports story the document is): results lists ("Recoba (Mérida)", "Parma, 1 - Inter, 3"),
 * a club's article ("el Barcelona"). Hashed into features: never renumber.
 */
export const CLUE2 = {
  /** Alone in brackets after a capitalised word: "Recoba ([Mérida])". */
  IN_BRACKETS_AFTER_NAME: 1,
  /** Before a capitalised word in brackets: "[Recoba] (Mérida)". */
  BEFORE_BRACKETED_NAME: 2,
  /** After an article that names a club rather than a town ("del Madrid"). */
  AFTER_CLUB_ARTICLE: 4,
  /** Before a number, directly or after a comma ("Parma, 1"). */
  BEFORE_NUMBER: 8,
  /** After a number ("23 - Portland", "1 Madrid"). */
  AFTER_NUMBER: 16,
} as const;

function gatherLanguageClues(s: PreparedSentence, cues: SportCues, clues2: number[]): void {
  const { words, ids, runStart, runEnd } = s;
  const isNumber = (w: Word | undefined): boolean => w !== undefined && (w.flags & FLAG.DIGIT) !== 0;
  for (let i = 0; i < words.length; i++) {
    const start = runStart[i] as number;
    if (start < 0 || !isCapitalised(words[i] as Word)) continue;
    const end = runEnd[i] as number;
    const before = words[start - 1];
    const after = words[end];
    let c = 0;
    if (before?.text === '(' && after?.text === ')' && start >= 2 && isCapitalised(words[start - 2] as Word))
      c |= CLUE2.IN_BRACKETS_AFTER_NAME;
    if (after?.text === '(' && words[end + 1] && isCapitalised(words[end + 1] as Word))
      c |= CLUE2.BEFORE_BRACKETED_NAME;
    if (before && cues.clubArticles.has(before.lower)) c |= CLUE2.AFTER_CLUB_ARTICLE;
    if (isNumber(after) || (after?.text === ',' && isNumber(words[end + 1]))) c |= CLUE2.BEFORE_NUMBER;
    if (isNumber(before) || (start >= 2 && /^[-–—]$/u.test(before?.text ?? '') && isNumber(words[start - 2])))
      c |= CLUE2.AFTER_NUMBER;
    const id = ids[i] as number;
    clues2[id] = (clues2[id] ?? 0) | c;
  }
}

/** What the document said about each word so far: by id, counts of types 0 (O) to 4. */
export type History = Int32Array;

export function newHistory(doc: PreparedDoc): History {
  const [buffer, offset] = zeroedBytes((doc.size * 20 + 7) & ~7);
  return new Int32Array(buffer, offset, doc.size * 5);
}

export function remember(history: History, id: number, label: number): void {
  history[id * 5 + typeOfLabel(label)]! += 1;
}

/**
 * What tagging learns about a document as it goes, one per pass; kept apart from the
 * prepared document, which stays as prepared, and from the words, which documents share.
 */
export interface DocumentState {
  /** The types given so far in this pass. */
  readonly history: History;
  /**
   * The document-level pass: by id, how often a first pass over the whole document gave
   * each type (0-4) to the word; null in the first pass (or the only one).
   */
  readonly docTypes: History | null;
}

/** The type (0 for O, 1-4) a word was given most often so far, -1 if unseen; O wins ties. */
export function pastType(history: History, id: number): number {
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

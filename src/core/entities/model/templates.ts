/**
 * Features of a token in its sentence and document, as 32-bit hashes. Per word, the
 * "atoms" (word, lower-case form, shape, affixes, word-list bits) are computed once
 * (word.ts), per document the evidence below is gathered before tagging (document.ts); the
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
import { feature } from './hash';
import { TEMPLATE } from './template-ids';
import { GAZ } from './gazetteers';
import { pastType, type DocumentState, type PreparedDoc, type PreparedSentence } from './document';
import { FLAG, NO_WORD, NONE, type Word } from './word';
import { N_LABELS } from './labels';
import type { Scorer } from './tagger';

/** The word-list bits of places. */
const PLACE_BITS = GAZ.COUNTRY | GAZ.CITY | GAZ.REGION;

/** Window positions of `wordFeatures`, relative to the token tagged. */
export const WINDOW = [-2, -1, 0, 1, 2] as const;

/**
 * Features that depend only on one word and where it stands in the window (-2..2). A scorer
 * may cache their summed weights per word (see NerModel), which makes tagging much faster.
 */
export function wordFeatures(w: Word, pos: number, out: Uint32Array, n: number): number {
  switch (pos) {
    case 0:
      out[n++] = feature(TEMPLATE.WORD, w.w);
      out[n++] = feature(TEMPLATE.LOWER, w.lw);
      out[n++] = feature(TEMPLATE.PREFIX1, w.pre1);
      out[n++] = feature(TEMPLATE.PREFIX2, w.pre2);
      out[n++] = feature(TEMPLATE.PREFIX3, w.pre3);
      out[n++] = feature(TEMPLATE.PREFIX4, w.pre4);
      out[n++] = feature(TEMPLATE.SUFFIX1, w.suf1);
      out[n++] = feature(TEMPLATE.SUFFIX2, w.suf2);
      out[n++] = feature(TEMPLATE.SUFFIX3, w.suf3);
      out[n++] = feature(TEMPLATE.SUFFIX4, w.suf4);
      out[n++] = feature(TEMPLATE.GAZ_CAPITALISED, w.gaz, w.flags & (FLAG.TITLE | FLAG.UPPER));
      out[n++] = feature(TEMPLATE.FLAGS, w.flags);
      out[n++] = feature(TEMPLATE.CLUSTER1, w.c1);
      out[n++] = feature(TEMPLATE.CLUSTER2, w.c2);
      out[n++] = feature(TEMPLATE.CLUSTER3, w.c3);
      out[n++] = feature(TEMPLATE.CLUSTER2_CAPITALISED, w.c2, w.flags & (FLAG.TITLE | FLAG.UPPER));
      break;
    case -1:
      out[n++] = feature(TEMPLATE.PREV_LOWER, w.lw);
      out[n++] = feature(TEMPLATE.PREV_GAZ, w.gaz);
      out[n++] = feature(TEMPLATE.PREV_CLUSTER1, w.c1);
      out[n++] = feature(TEMPLATE.PREV_CLUSTER3, w.c3);
      break;
    case 1:
      out[n++] = feature(TEMPLATE.NEXT_LOWER, w.lw);
      out[n++] = feature(TEMPLATE.NEXT_GAZ, w.gaz);
      out[n++] = feature(TEMPLATE.NEXT_CLUSTER1, w.c1);
      out[n++] = feature(TEMPLATE.NEXT_CLUSTER3, w.c3);
      break;
    case -2:
      out[n++] = feature(TEMPLATE.PREV2_LOWER, w.lw);
      out[n++] = feature(TEMPLATE.PREV2_CLUSTER2, w.c2);
      break;
    case 2:
      out[n++] = feature(TEMPLATE.NEXT2_LOWER, w.lw);
      out[n++] = feature(TEMPLATE.NEXT2_CLUSTER2, w.c2);
      break;
  }
  return n;
}

/**
 * The token being tagged and what is known around it: its document and sentence, what
 * tagging has learnt of the document so far, and the labels chosen to its left. The tagger
 * keeps one per sentence and moves it along, so extracting features allocates nothing.
 */
export interface TokenContext {
  readonly doc: PreparedDoc;
  readonly state: DocumentState;
  readonly sentence: PreparedSentence;
  /** The token's index in the sentence. */
  token: number;
  /** The labels chosen for the tokens one and two to the left (O before the sentence). */
  prev1: number;
  prev2: number;
}

/**
 * Writes the features of the token that depend on more than one word, on the labels chosen
 * to its left or on the document; returns the new count.
 */
export function contextFeatures(
  ctx: TokenContext,
  out: Uint32Array,
  n: number,
  /** False when the scorer adds the bias and label-only features itself (see `labelFeatures`). */
  withLabelFeatures = true,
): number {
  if (withLabelFeatures) n = labelFeatures(ctx.prev1, ctx.prev2, out, n);
  n = tokenFeatures(ctx, out, n);
  return leftFeatures(ctx, out, n);
}

/**
 * The context features that depend neither on the labels chosen to the left nor on what
 * tagging has learnt so far: the same for every label sequence a beam keeps, so it scores
 * them once a token.
 */
export function tokenFeatures(ctx: TokenContext, out: Uint32Array, n: number, small: SmallSink | null = null): number {
  const { doc, sentence: s, token: i } = ctx;
  const docTypes = ctx.state.docTypes;
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

  out[n++] = feature(TEMPLATE.SHAPE_CAPS, a.shape, caps);
  out[n++] = feature(TEMPLATE.PREV_LOWER_LOWER, p1.lw, a.lw);
  out[n++] = feature(TEMPLATE.LOWER_NEXT_LOWER, a.lw, n1.lw);
  out[n++] = feature(TEMPLATE.SHAPES_AROUND, p1.shape, a.shape, n1.shape);
  out[n++] = feature(TEMPLATE.PREV_SHAPE_SHAPE, p1.shape, a.shape);
  out[n++] = feature(TEMPLATE.SHAPE_NEXT_SHAPE, a.shape, n1.shape);
  n = put(
    out,
    n,
    small,
    FLAGS_SLOTS + (a.flags * 2 + initial) * 2 + caps,
    TEMPLATE.FLAGS_INITIAL_CAPS,
    a.flags,
    initial,
    caps,
  );
  out[n++] = feature(TEMPLATE.GAZ_AROUND, p1.gaz, n1.gaz);
  out[n++] = feature(TEMPLATE.PHRASE_INITIAL, phrase, initial);
  out[n++] = feature(TEMPLATE.PREV_PHRASE_PHRASE, phrasePrev, phrase);
  const afterTitle = p1.gaz & GAZ.TITLE;
  const title = a.flags & FLAG.TITLE;
  n = put(out, n, small, AFTER_TITLE_SLOTS + (afterTitle ? 2 : 0) + title, TEMPLATE.AFTER_TITLE, afterTitle, title, 0);
  const beforeOrg = n1.gaz & GAZ.ORG_WORD;
  n = put(
    out,
    n,
    small,
    BEFORE_ORG_SLOTS + (beforeOrg ? 512 : 0) + a.flags,
    TEMPLATE.BEFORE_ORG_WORD,
    beforeOrg,
    a.flags,
    0,
  );
  // Document evidence: how the word is capitalised elsewhere, the contexts it is seen in.
  const casing = doc.casing[id] as number;
  n = put(
    out,
    n,
    small,
    CASING_SLOTS + (casing * 2 + initial) * 2 + caps,
    TEMPLATE.CASING_INITIAL_CAPS,
    casing,
    initial,
    caps,
  );
  out[n++] = feature(TEMPLATE.CASING_CASE_SHAPE, casing, a.flags & (FLAG.TITLE | FLAG.UPPER | FLAG.LOWER), a.shape);
  const clues = doc.clues[id] as number;
  n = put(
    out,
    n,
    small,
    CLUES_LOW_SLOTS + (clues & 0x1f) * 4 + capsFlags,
    TEMPLATE.CLUES_LOW,
    clues & 0x1f,
    capsFlags,
    0,
  );
  n = put(
    out,
    n,
    small,
    CLUES_HIGH_SLOTS + (clues >> 5) * 4 + capsFlags,
    TEMPLATE.CLUES_HIGH,
    clues >> 5,
    capsFlags,
    0,
  );
  // Where the sentence is: a table of results, the headline or dateline.
  out[n++] = feature(TEMPLATE.TABLE_SHAPES, s.table ? 1 : 0, a.shape, n1.shape);
  const positionSlot = POSITION_SLOTS + (s.position * 512 + a.flags) * 2 + caps;
  n = put(out, n, small, positionSlot, TEMPLATE.POSITION_FLAGS_CAPS, s.position, a.flags, caps);
  // The capitalised run the token is in: its last word ("Inc", "Bank", "Cup"), the words
  // around it, its length and where the token stands in it.
  const start = s.runStart[i] as number;
  if (start >= 0) {
    const end = s.runEnd[i] as number;
    const last = words[end - 1] as Word;
    const before = start > 0 ? (words[start - 1] as Word) : NO_WORD;
    const after = end < words.length ? (words[end] as Word) : NO_WORD;
    const where = runPlace(i, start, end);
    out[n++] = feature(TEMPLATE.RUN_LAST_LOWER, last.lw, where, caps);
    out[n++] = feature(TEMPLATE.RUN_LAST_GAZ, last.gaz, where);
    out[n++] = feature(TEMPLATE.RUN_LAST_CLUSTER2, last.c2, where);
    out[n++] = feature(TEMPLATE.RUN_BEFORE_LOWER, before.lw, where);
    out[n++] = feature(TEMPLATE.RUN_AFTER_LOWER, after.lw, where);
    out[n++] = feature(TEMPLATE.RUN_AROUND_CLUSTER2, before.c2, after.c2, where);
    out[n++] = feature(TEMPLATE.RUN_CLUSTER2_LAST_LOWER, a.c2, where, last.lw);
    const length = Math.min(end - start, 5);
    n = put(
      out,
      n,
      small,
      RUN_LENGTH_SLOTS + (length * 4 + where) * 2 + caps,
      TEMPLATE.RUN_LENGTH,
      length,
      where,
      caps,
    );
    const first = words[start] as Word;
    out[n++] = feature(TEMPLATE.RUN_FIRST_LOWER, first.lw, where);
    out[n++] = feature(TEMPLATE.RUN_FIRST_LAST_GAZ, first.gaz, last.gaz, where);
    out[n++] = feature(TEMPLATE.RUN_WORDS, s.runHash[i] as number, i - start);
  }
  // The Spanish model: the sports story, the results list, the club's article, the words
  // before a name with its word-list bits and coarsest cluster ("del [Getafe]", "selección de
  // [Brasil]").
  if (doc.cues?.sport) {
    const sport = doc.sport;
    out[n++] = feature(TEMPLATE.SPORT_GAZ, sport, a.gaz, capsFlags);
    out[n++] = feature(TEMPLATE.SPORT_LOWER, sport, a.lw);
    out[n++] = feature(TEMPLATE.SPORT_PREV_LOWER, sport, p1.lw);
    out[n++] = feature(TEMPLATE.SPORT_NEXT_LOWER, sport, n1.lw);
    out[n++] = feature(TEMPLATE.SPORT_CLUES, sport, clues, capsFlags);
    out[n++] = feature(TEMPLATE.SPORT_SHAPES, feature(TEMPLATE.SPORT_SHAPES, sport, p1.shape), a.shape, n1.shape);
    out[n++] = feature(TEMPLATE.SPORT_CLUES2, sport, doc.clues2[id] as number, capsFlags);
    out[n++] = feature(TEMPLATE.SPORT_PREV_LOWER_GAZ, sport, p1.lw, a.gaz);
    out[n++] = feature(TEMPLATE.SPORT_PREV_LOWER_CLUSTER3, sport, p1.lw, a.c3);
    const p2 = i > 1 ? (words[i - 2] as Word) : NO_WORD;
    out[n++] = feature(
      TEMPLATE.SPORT_PREV2_PREV_PLACE,
      feature(TEMPLATE.SPORT_PREV2_PREV_PLACE, sport, p2.lw),
      p1.lw,
      a.gaz & PLACE_BITS,
    );
  }
  // The document-level pass: what the first pass made of this word and its neighbours
  // anywhere in the document (a headline word is often tagged surely in the body below).
  if (docTypes) {
    const own = pastType(docTypes, id) + 2;
    const before = i > 0 ? pastType(docTypes, s.ids[i - 1] as number) + 2 : 0;
    const after = n1 !== NO_WORD ? pastType(docTypes, s.ids[i + 1] as number) + 2 : 0;
    out[n++] = feature(TEMPLATE.DOC_TYPE, own);
    out[n++] = feature(TEMPLATE.DOC_TYPE_CAPITALISED_CAPS, own, capsFlags, caps);
    out[n++] = feature(TEMPLATE.DOC_TYPES_AROUND, before, own, after);
  }
  return n;
}

/**
 * The context features that read the labels chosen to the left (with the words) or what
 * tagging has learnt of the document so far (the types this word was given before): a beam
 * scores them for each label sequence it keeps.
 */
export function leftFeatures(ctx: TokenContext, out: Uint32Array, n: number): number {
  return leftHistoryFeatures(ctx, out, leftLabelFeatures(ctx, out, n));
}

/**
 * The features of `leftFeatures` that read the labels to the left but not the history (a beam
 * scores them once for the sequences that share `prev1`; `prev2` is read only where
 * `leftReadsPrev2`). With `small`, those of few values go there instead (see `SmallSink`).
 */
export function leftLabelFeatures(
  ctx: TokenContext,
  out: Uint32Array,
  n: number,
  small: SmallSink | null = null,
): number {
  const { sentence: s, token: i, prev1 } = ctx;
  const docTypes = ctx.state.docTypes;
  const words = s.words;
  const a = words[i] as Word;
  const p1 = i > 0 ? (words[i - 1] as Word) : NO_WORD;
  const capsFlags = a.flags & (FLAG.TITLE | FLAG.UPPER);

  if (small?.byWordLabel) small.addWordLabel(a, prev1);
  else n = wordLabelFeatures(a, prev1, out, n);
  out[n++] = feature(TEMPLATE.PREV_LABEL_PREV_LOWER_LOWER, prev1, p1.lw, a.lw);
  const table = s.table ? 1 : 0;
  const tableSlot = TABLE_LABEL_SLOTS + (table * N_LABELS + prev1) * 4 + capsFlags;
  n = put(out, n, small, tableSlot, TEMPLATE.TABLE_PREV_LABEL_CAPITALISED, table, prev1, capsFlags);
  const start = s.runStart[i] as number;
  if (start >= 0) {
    const end = s.runEnd[i] as number;
    const last = words[end - 1] as Word;
    out[n++] = feature(TEMPLATE.RUN_PREV_LABEL_LAST_CLUSTER2, prev1, runPlace(i, start, end), last.c2);
  }
  if (leftReadsPrev2(ctx)) out[n++] = feature(TEMPLATE.SPORT_BRACKETED, ctx.doc.sport, ctx.prev2, a.gaz & PLACE_BITS);
  if (docTypes) {
    const own = pastType(docTypes, s.ids[i] as number) + 2;
    n = put(out, n, small, DOC_LABEL_SLOTS + own * N_LABELS + prev1, TEMPLATE.DOC_TYPE_PREV_LABEL, own, prev1, 0);
  }
  return n;
}

/**
 * The features of `leftLabelFeatures` that read the token's word alone with the label to its
 * left: a scorer may cache their weights for each word and label (`Scorer.scoreWordLabel`).
 */
export function wordLabelFeatures(w: Word, prev1: number, out: Uint32Array, n: number): number {
  out[n++] = feature(TEMPLATE.PREV_LABEL_LOWER, prev1, w.lw);
  out[n++] = feature(TEMPLATE.PREV_LABEL_SHAPE, prev1, w.shape);
  out[n++] = feature(TEMPLATE.PREV_LABEL_CLUSTER2, prev1, w.c2);
  return n;
}

/**
 * The features of `leftFeatures` that read what tagging has learnt so far
 * (`ctx.state.history`), all of few values (with `small`, they go there).
 */
export function leftHistoryFeatures(
  ctx: TokenContext,
  out: Uint32Array,
  n: number,
  small: SmallSink | null = null,
): number {
  const { sentence: s, token: i, prev1 } = ctx;
  const history = ctx.state.history;
  const a = s.words[i] as Word;
  const capsFlags = a.flags & (FLAG.TITLE | FLAG.UPPER);
  // What this word was tagged before. A lower-case word's history says little, and "unseen
  // so far" would only tell a short text from a long one.
  const past = a.flags & FLAG.LOWER ? 0 : pastType(history, s.ids[i] as number) + 2;
  if (small?.byPast) small.addPast(past, capsFlags, prev1);
  else {
    n = put(out, n, small, PAST_SLOTS + past, TEMPLATE.PAST_TYPE, past, 0, 0);
    n = put(
      out,
      n,
      small,
      PAST_CAPITALISED_SLOTS + past * 4 + capsFlags,
      TEMPLATE.PAST_TYPE_CAPITALISED,
      past,
      capsFlags,
      0,
    );
    n = put(out, n, small, PAST_LABEL_SLOTS + past * N_LABELS + prev1, TEMPLATE.PAST_TYPE_PREV_LABEL, past, prev1, 0);
  }
  if (i + 1 < s.words.length) {
    const next = pastType(history, s.ids[i + 1] as number) + 2;
    n = put(out, n, small, NEXT_PAST_SLOTS + next, TEMPLATE.NEXT_PAST_TYPE, next, 0, 0);
  }
  return n;
}

/**
 * The features of `leftHistoryFeatures` that read the word's past type (0-6) with its
 * capitalisation (0-3) or the label to the left: a scorer may cache their weights for each of
 * the 252 combinations (`Scorer.scorePast`).
 */
export function pastFeatures(past: number, capsFlags: number, prev1: number, out: Uint32Array, n: number): number {
  out[n++] = feature(TEMPLATE.PAST_TYPE, past, 0, 0);
  out[n++] = feature(TEMPLATE.PAST_TYPE_CAPITALISED, past, capsFlags, 0);
  out[n++] = feature(TEMPLATE.PAST_TYPE_PREV_LABEL, past, prev1, 0);
  return n;
}

/** How many combinations `pastFeatures` has: past type x capitalisation x label to the left. */
export const PAST_COMBINATIONS = 7 * 4 * N_LABELS;

/** A scorer that keeps the weights of features of few values by slot (`Scorer.scoreSmall`). */
export type SmallScorer = Required<Pick<Scorer, 'scoreSmall'>> & Pick<Scorer, 'scorePast' | 'scoreWordLabel'>;

/**
 * Handed to the feature functions by a beam whose scorer keeps the weights of the features of
 * few values (`SmallScorer`): those features' weights are then added to `scores` at once
 * instead of the features being written out (`put`).
 */
export class SmallSink {
  /** Where the weights go (the caller points it at its scores). */
  scores = new Float64Array(N_LABELS);
  /** Whether the scorer keeps the weights of `pastFeatures` (`addPast`). */
  readonly byPast: boolean;
  /** Whether the scorer keeps the weights of `wordLabelFeatures` (`addWordLabel`). */
  readonly byWordLabel: boolean;
  constructor(private readonly scorer: SmallScorer) {
    this.byPast = scorer.scorePast !== undefined;
    this.byWordLabel = scorer.scoreWordLabel !== undefined;
  }
  add(slot: number, template: number, a: number, b: number, c: number): void {
    this.scorer.scoreSmall(slot, template, a, b, c, this.scores);
  }
  /** Adds the weights of `pastFeatures(past, capsFlags, prev1)` (only when `byPast`). */
  addPast(past: number, capsFlags: number, prev1: number): void {
    this.scorer.scorePast!(past, capsFlags, prev1, this.scores);
  }
  /** Adds the weights of `wordLabelFeatures(word, prev1)` (only when `byWordLabel`). */
  addWordLabel(word: Word, prev1: number): void {
    this.scorer.scoreWordLabel!(word, prev1, this.scores);
  }
}

/** Writes `feature(template, a, b, c)` to `out`, or with `small` adds its weights there (`slot`). */
function put(
  out: Uint32Array,
  n: number,
  small: SmallSink | null,
  slot: number,
  template: number,
  a: number,
  b: number,
  c: number,
): number {
  if (small) {
    small.add(slot, template, a, b, c);
    return n;
  }
  out[n] = feature(template, a, b, c);
  return n + 1;
}

/**
 * The slots of the features of few values (`put`): one per combination of their values,
 * SMALL_SLOTS in all. The flags have 9 bits, a document's casing 3 and its clues 16.
 */
const PAST_SLOTS = 0; // past type 0-6
const PAST_CAPITALISED_SLOTS = PAST_SLOTS + 7; // x capitalisation 0-3
const PAST_LABEL_SLOTS = PAST_CAPITALISED_SLOTS + 7 * 4; // x label to the left
const NEXT_PAST_SLOTS = PAST_LABEL_SLOTS + 7 * N_LABELS; // next word's past type 0-6
const TABLE_LABEL_SLOTS = NEXT_PAST_SLOTS + 7; // table 0-1 x label x capitalisation
const DOC_LABEL_SLOTS = TABLE_LABEL_SLOTS + 2 * N_LABELS * 4; // document type 0-6 x label
const FLAGS_SLOTS = DOC_LABEL_SLOTS + 7 * N_LABELS; // flags x initial x ALL CAPS
const AFTER_TITLE_SLOTS = FLAGS_SLOTS + 512 * 4; // after a title word x Title case
const BEFORE_ORG_SLOTS = AFTER_TITLE_SLOTS + 4; // before an organisation word x flags
const CASING_SLOTS = BEFORE_ORG_SLOTS + 2 * 512; // casing x initial x ALL CAPS
const CLUES_LOW_SLOTS = CASING_SLOTS + 8 * 4; // low clue bits x capitalisation
const CLUES_HIGH_SLOTS = CLUES_LOW_SLOTS + 32 * 4; // high clue bits x capitalisation
const POSITION_SLOTS = CLUES_HIGH_SLOTS + 2048 * 4; // position 0-3 x flags x ALL CAPS
const RUN_LENGTH_SLOTS = POSITION_SLOTS + 4 * 512 * 2; // run length 0-5 x place 0-3 x ALL CAPS
export const SMALL_SLOTS = RUN_LENGTH_SLOTS + 6 * 4 * 2;
if (Object.values(FLAG).reduce((all, bit) => all | bit, 0) >= 512)
  throw new Error('templates: the flags outgrow their slots');

/**
 * Whether `leftFeatures` reads the label two to the left (`ctx.prev2`) at this token: only a
 * Spanish sports story's bracketed name ("Busquets ([Lleida])"). Elsewhere it reads `prev1`
 * alone of the labels, so a beam scores it once for the sequences that share `prev1`.
 */
export function leftReadsPrev2(ctx: TokenContext): boolean {
  const { sentence: s, token: i } = ctx;
  if (!ctx.doc.cues?.sport || i === 0 || (s.words[i - 1] as Word).text !== '(' || s.runStart[i] !== i) return false;
  return s.words[s.runEnd[i] as number]?.text === ')';
}

/** Where token `i` stands in the run [start, end): alone 0, first 1, last 2, inside 3. */
const runPlace = (i: number, start: number, end: number): number =>
  i === start ? (i === end - 1 ? 0 : 1) : i === end - 1 ? 2 : 3;

/** The bias and the features of the two labels to the left alone: few enough to cache. */
export function labelFeatures(prev1: number, prev2: number, out: Uint32Array, n: number): number {
  out[n++] = feature(TEMPLATE.BIAS, 0);
  out[n++] = feature(TEMPLATE.PREV_LABEL, prev1);
  out[n++] = feature(TEMPLATE.PREV_LABELS, prev1, prev2);
  return n;
}

/** All features of the token: its window's word features, then the context features. */
export function extractFeatures(ctx: TokenContext, out: Uint32Array): number {
  const { sentence: s, token: i } = ctx;
  let n = 0;
  for (const pos of WINDOW) {
    const j = i + pos;
    n = wordFeatures(j >= 0 && j < s.words.length ? (s.words[j] as Word) : NO_WORD, pos, out, n);
  }
  return contextFeatures(ctx, out, n);
}

/**
 * How long a feature buffer is (`featureBuffer`): room for the most features one token can
 * have, which is one per template (74 now), with room for more. A typed array drops writes
 * past its end without a word while the count goes on, so tests check that no token
 * outgrows it (tests/core/model-templates.test.ts).
 */
export const MAX_FEATURES = 96;

/** A buffer for the features of one token (or fewer: one word's, the labels'). */
export const featureBuffer = (): Uint32Array => new Uint32Array(MAX_FEATURES);

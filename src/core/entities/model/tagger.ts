/**
 * Greedy left-to-right tagging of a prepared document, one sentence after another (the body
 * first, then headings), so that each decision can use the labels to its left and what the
 * document said before. The same
 * loop serves training (with `learn`, which may correct the choice) and tagging.
 */
import {
  isForcedOut,
  newHistory,
  remember,
  type DocumentState,
  type History,
  type PreparedDoc,
  type PreparedSentence,
} from './document';
import { PHRASE_BEGIN } from './gazetteers';
import type { LanguageCues } from './language-cues';
import { contextFeatures, extractFeatures, featureBuffer, WINDOW, type TokenContext } from './templates';
import { FLAG, isBreak, NAME_LINKS, NAME_PARTICLES, NO_WORD, type Word } from './word';
import { allowed, beginOf, CONLL_TYPES, isBegin, N_LABELS, O, typeOfLabel } from './labels';

const PER = CONLL_TYPES.indexOf('PER') + 1;

export interface Scorer {
  /** Adds the weights of `n` features to `scores` (one per label). */
  score(features: Uint32Array, n: number, scores: Float64Array): void;
  /**
   * Optional fast path: the weights of `word`'s features at each window position, as
   * WINDOW.length runs of N_LABELS (the same as scoring `wordFeatures(word, pos)` for each
   * position), typically from a per-word cache. The tagger asks once per token.
   */
  wordWeights?(word: Word): Float32Array;
  /** Optional fast path: adds the weights of `labelFeatures(prev1, prev2)`, cached. */
  scoreLabels?(prev1: number, prev2: number, scores: Float64Array): void;
  /**
   * Optional fast path (the beam's): adds the weights of `feature(template, a, b, c)`, kept in
   * `slot` after the first time (see `SmallScorer` and `SMALL_SLOTS` in templates.ts).
   */
  scoreSmall?(slot: number, template: number, a: number, b: number, c: number, scores: Float64Array): void;
  /** Optional fast path (the beam's): adds the weights of `pastFeatures(past, capsFlags, prev1)`, cached. */
  scorePast?(past: number, capsFlags: number, prev1: number, scores: Float64Array): void;
  /**
   * Optional fast path (the beam's): adds the weights of `wordLabelFeatures(word, prev1)`,
   * typically from a per-word cache.
   */
  scoreWordLabel?(word: Word, prev1: number, scores: Float64Array): void;
  /**
   * Optional fast path (the beam's): `score` for several runs of features at once, all of them
   * in `features`: run g ends at `ends[g]` (it starts where run g - 1 ends, the first at 0) and
   * its weights go to `scores` at `rows[g] * N_LABELS`.
   */
  scoreRuns?(features: Uint32Array, ends: Int32Array, rows: Int32Array, runs: number, scores: Float64Array): void;
}

/** Training hook: given the features and the predicted label, returns the label to keep. */
export type Learn = (sentence: number, token: number, features: Uint32Array, n: number, predicted: number) => number;

/**
 * Tags a prepared document; `docTypes` is what a first pass made of each word (see
 * `tagTwice`).
 */
export function tagDocument(
  doc: PreparedDoc,
  scorer: Scorer,
  learn?: Learn,
  docTypes: History | null = null,
): Uint8Array[] {
  const state: DocumentState = { history: scratchHistory(doc), docTypes };
  const fast = !learn && scorer.wordWeights !== undefined && scorer.scoreLabels !== undefined;
  const edge = fast ? scorer.wordWeights!(NO_WORD) : NO_WEIGHTS;
  const features = FEATURES;
  const scores = SCORES;
  const sentences = doc.sentences;
  const result = new Array<Uint8Array>(sentences.length);
  // Every sentence's labels are a view of one array (making a typed array each costs more).
  const starts = new Array<number>(sentences.length);
  let total = 0;
  for (let si = 0; si < sentences.length; si++) {
    starts[si] = total;
    total += (sentences[si] as PreparedSentence).words.length;
  }
  const all = new Uint8Array(total);
  for (const si of readingOrder(doc)) {
    const s = sentences[si] as PreparedSentence;
    const count = s.words.length;
    const labels = all.subarray(starts[si] as number, (starts[si] as number) + count);
    const ctx: TokenContext = { doc, state, sentence: s, token: 0, prev1: O, prev2: O };
    const weights = fast ? s.words.map((w) => scorer.wordWeights!(w)) : null;
    for (let i = 0; i < count; i++) {
      ctx.token = i;
      const prev1 = ctx.prev1;
      const link = linkAt(doc, s, i, prev1);
      if (link === NO_LINK) {
        labels[i] = O;
        remember(state.history, s.ids[i] as number, O);
        ctx.prev2 = prev1;
        ctx.prev1 = O;
        continue;
      }
      const n = scoreToken(ctx, scorer, weights, edge, features, scores);
      // Training keeps the weaker rule inside a listed phrase (see `allowedLabels`).
      const mask = allowedLabels(s, i, prev1, link, !learn);
      let best = O;
      let bestScore = -Infinity;
      for (let l = 0; l < N_LABELS; l++) {
        const v = scores[l] as number;
        if (v > bestScore && (mask >> l) & 1) {
          bestScore = v;
          best = l;
        }
      }
      const label = learn ? learn(si, i, features, n, best) : best;
      labels[i] = label;
      remember(state.history, s.ids[i] as number, label);
      ctx.prev2 = prev1;
      ctx.prev1 = label;
    }
    result[si] = labels;
  }
  return result;
}

/** The buffers `tagDocument` scores with: it runs to the end once begun, so one of each serves. */
const FEATURES = featureBuffer();
const SCORES = new Float64Array(N_LABELS);

/**
 * A zeroed history for `doc` that lives until the next call: `tagDocument`'s own, which
 * nothing keeps after it returns (`tagTwice` makes the one it passes on with `newHistory`).
 */
let historyBuffer = new Int32Array(0);
function scratchHistory(doc: PreparedDoc): History {
  const n = doc.size * 5;
  if (historyBuffer.length < n) historyBuffer = new Int32Array(Math.max(n, historyBuffer.length * 2));
  else historyBuffer.fill(0, 0, n);
  return historyBuffer.subarray(0, n);
}

/**
 * Which label may continue a name at token `i` after `prev1`: ANY_LINK for a capitalised
 * word, the name's I- label for a word that links names (`linkOf`), or NO_LINK when the token
 * is O without scoring. Punctuation, a word forced out and a lower-case word outside a name
 * are such tokens: a name almost never begins with a lower-case word (22 of 23,499 in
 * CoNLL-2003 train), and goes on through one only when it links to a capitalised word ("Bank
 * of England", "Edwin van der Sar"; not "Tyson in Las Vegas", nor a possessive "'s").
 */
export function linkAt(doc: PreparedDoc, s: PreparedSentence, i: number, prev1: number): number {
  const link = tokenLink(doc, s, i);
  return link === BY_LABEL ? linkAfter(doc, s, i, prev1) : link;
}

/**
 * `linkAt` as far as it does not depend on the label to the left: NO_LINK, ANY_LINK, or
 * BY_LABEL for a lower-case word (then `linkAfter` the label).
 */
export function tokenLink(doc: PreparedDoc, s: PreparedSentence, i: number): number {
  const word = s.words[i] as Word;
  if (isBreak(word) || isForcedOut(doc, s, i)) return NO_LINK;
  return word.flags & FLAG.LOWER ? BY_LABEL : ANY_LINK;
}

/** `linkAt` of a lower-case word (`tokenLink` BY_LABEL) after `prev1`. */
export function linkAfter(doc: PreparedDoc, s: PreparedSentence, i: number, prev1: number): number {
  return prev1 === O ? NO_LINK : linkOf(s.words, i, prev1, doc.cues);
}

/**
 * Fills `scores` with the scores of token `ctx.token` and returns how many features it wrote
 * to `features`. With `weights` (each word's cached weights, `Scorer.wordWeights`; `edge` for
 * beyond the sentence) only the context's features are written; without, all of them.
 */
export function scoreToken(
  ctx: TokenContext,
  scorer: Scorer,
  weights: readonly Float32Array[] | null,
  edge: Float32Array,
  features: Uint32Array,
  scores: Float64Array,
): number {
  scores.fill(0);
  let n: number;
  if (weights) {
    addWindowWeights(scores, weights, edge, ctx.token);
    scorer.scoreLabels?.(ctx.prev1, ctx.prev2, scores);
    n = contextFeatures(ctx, features, 0, false);
  } else {
    n = extractFeatures(ctx, features);
  }
  scorer.score(features, n, scores);
  return n;
}

/**
 * The labels token `i` may take after `prev1` with `link` (`linkAt`), as bits (label l: bit
 * l). Inside one listed phrase ("North Korean", "New York"), a name to the left goes on rather
 * than starting again as the same type; with `strictPhrase` (tagging), nor as another type
 * ("North" + "Korean"). (The greedy model's training keeps the weaker rule its shipped weights
 * were learnt with: with the stronger one they scored 0.003 lower on CoNLL dev.)
 */
export function allowedLabels(
  s: PreparedSentence,
  i: number,
  prev1: number,
  link: number,
  strictPhrase: boolean,
): number {
  const phrase = s.phrase[i] as number;
  const inPhrase = prev1 !== O && phrase !== 0 && !(phrase & PHRASE_BEGIN);
  // The labels ALLOWED after prev1, less (inside a phrase) the B- of its own type (no
  // restart) or, strictly, every B-, and less (with a link) all but O and the link's label.
  let mask = ALLOWED_AFTER[prev1] as number;
  if (inPhrase) mask &= ~(1 << beginOf(typeOfLabel(prev1))) & (strictPhrase ? ~BEGINS : -1);
  if (link !== ANY_LINK) mask &= link >= 0 && link < N_LABELS ? (1 << O) | (1 << link) : 1 << O;
  return mask;
}

/**
 * The order sentences are tagged in: the body first, then the headings and ALL CAPS lines,
 * so that a heading is read with what the body said of its words (the types they were given
 * there: `PAST_TYPE`), as a reader reads a headline with its story.
 */
export function readingOrder(doc: PreparedDoc): number[] {
  const body: number[] = [];
  const headings: number[] = [];
  doc.sentences.forEach((s, si) => (s.allCaps ? headings : body).push(si));
  return headings.length ? body.concat(headings) : body;
}

export const NO_WEIGHTS = new Float32Array(0);

/**
 * Adds the cached word weights of token `token`'s window (`weights`, one per word of the
 * sentence; `edge` beyond it) to `scores`.
 */
export function addWindowWeights(
  scores: Float64Array,
  weights: readonly Float32Array[],
  edge: Float32Array,
  token: number,
): void {
  for (let k = 0; k < WINDOW.length; k++) {
    const j = token + (WINDOW[k] as number);
    addWeights(scores, j >= 0 && j < weights.length ? (weights[j] as Float32Array) : edge, k * N_LABELS);
  }
}

/**
 * Adds the N_LABELS weights at `at` to `scores`; written out for the nine labels, as this
 * runs five times a token.
 */
export function addWeights(scores: Float64Array, weights: Float32Array, at: number): void {
  scores[0] = (scores[0] as number) + (weights[at] as number);
  scores[1] = (scores[1] as number) + (weights[at + 1] as number);
  scores[2] = (scores[2] as number) + (weights[at + 2] as number);
  scores[3] = (scores[3] as number) + (weights[at + 3] as number);
  scores[4] = (scores[4] as number) + (weights[at + 4] as number);
  scores[5] = (scores[5] as number) + (weights[at + 5] as number);
  scores[6] = (scores[6] as number) + (weights[at + 6] as number);
  scores[7] = (scores[7] as number) + (weights[at + 7] as number);
  scores[8] = (scores[8] as number) + (weights[at + 8] as number);
}

const CAPITALISED = FLAG.TITLE | FLAG.UPPER;
export const NO_LINK = -1;
export const ANY_LINK = -2;
export const BY_LABEL = -3;
/**
 * Which label may continue the name to the left through the lower-case word at `i`: the
 * name's I- label when the word is one that links names and a capitalised word follows
 * (directly or after one more lower-case word), else NO_LINK. The words are the model's
 * language's (`cues`, where an ending such as Dutch "'s" goes on too) or, for English,
 * word.ts's.
 */
export function linkOf(words: readonly Word[], i: number, prev1: number, cues: LanguageCues | null): number {
  if (cues?.endings.has((words[i] as Word).lower)) return beginOf(typeOfLabel(prev1)) + 1;
  const next = words[i + 1];
  if (!next) return NO_LINK;
  const towardsName =
    (next.flags & CAPITALISED) !== 0 ||
    ((next.flags & FLAG.LOWER) !== 0 && ((words[i + 2]?.flags ?? 0) & CAPITALISED) !== 0);
  if (!towardsName) return NO_LINK;
  const lower = (words[i] as Word).lower;
  const type = typeOfLabel(prev1);
  const particles = cues ? cues.particles : NAME_PARTICLES;
  const links = cues ? cues.links : NAME_LINKS;
  if (particles.has(lower) || (type !== PER && links.has(lower))) return beginOf(type) + 1;
  return NO_LINK;
}

/** allowed(prev, label) as a table. */
export const ALLOWED = Uint8Array.from({ length: N_LABELS * N_LABELS }, (_, k) =>
  allowed(Math.floor(k / N_LABELS), k % N_LABELS) ? 1 : 0,
);

/** By label to the left: the labels `allowed` after it, as bits (label l: 1 << l). */
const ALLOWED_AFTER = Int32Array.from({ length: N_LABELS }, (_, prev) => {
  let bits = 0;
  for (let l = 0; l < N_LABELS; l++) if (ALLOWED[prev * N_LABELS + l]) bits |= 1 << l;
  return bits;
});

/** The B- labels, as bits. */
const BEGINS = Array.from({ length: N_LABELS }, (_, l) => l).reduce(
  (bits, l) => (isBegin(l) ? bits | (1 << l) : bits),
  0,
);

/**
 * Tags a document twice: a first pass without document-level evidence, then a second that
 * sees what the first made of every word anywhere in the document.
 */
export function tagTwice(doc: PreparedDoc, scorer: Scorer, learn?: Learn): Uint8Array[] {
  const first = tagDocument(doc, scorer);
  const counts = newHistory(doc);
  doc.sentences.forEach((s, si) => {
    const labels = first[si] as Uint8Array;
    for (let i = 0; i < labels.length; i++) remember(counts, s.ids[i] as number, labels[i] as number);
  });
  return tagDocument(doc, scorer, learn, counts);
}

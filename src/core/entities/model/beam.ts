/**
 * A beam decoder for the models whose file asks for one (`ModelHeader.beam`: every shipped
 * model, English since 2026-12-02). It reads a sentence as `tagDocument`
 * does, with the same features, constraints and document history, but keeps the `width`
 * best label sequences so far instead of one, each scored by the sum of its labels' scores,
 * so that a later word can overturn an earlier choice ("Busquets ([Lleida])": the bracket's
 * club or place is decided with the words after it). Hypotheses that agree on the two labels
 * to the left (and on the labels of words the sentence repeats further on, which feed the
 * history features) have the same future and are merged, the weaker dropped.
 *
 * The weights must be trained for it (scripts/ner/beam-training.ts: a structured perceptron
 * with early update): a beam over the weights of the greedy tagger gained nothing (CoNLL-2002
 * Spanish dev 0.7715 greedy; width 3 with raw sums 0.457, with a softmax per token at
 * temperatures 0.5-15 0.7700-0.7715), while trained with a beam of four the same features
 * score 0.7830-0.7865 (one perceptron); English CoNLL-2003 dev 0.928 greedy (three perceptrons),
 * 0.944 with a beam of four.
 */
import { newHistory, remember, type DocumentState, type PreparedDoc, type PreparedSentence } from './document';
import { N_LABELS, O, typeOfLabel } from './labels';
import {
  addWeights,
  allowedLabels,
  ANY_LINK,
  BY_LABEL,
  linkAfter,
  NO_LINK,
  NO_WEIGHTS,
  readingOrder,
  scoreToken,
  tokenLink,
  type Scorer,
} from './tagger';
import {
  featureBuffer,
  leftHistoryFeatures,
  MAX_FEATURES,
  leftLabelFeatures,
  leftReadsPrev2,
  SmallSink,
  tokenFeatures,
  WINDOW,
  type SmallScorer,
  type TokenContext,
} from './templates';
import { FLAG, NO_WORD, type Word } from './word';

export interface BeamOptions {
  /** How many label sequences are kept (1: the greedy tagger's choices). */
  readonly width: number;
  /**
   * 0: a sequence scores the sum of its labels' raw scores; else each label's log-probability
   * under a softmax of the token's scores times `unit` divided by this temperature.
   */
  readonly temperature: number;
  /** What one unit of the scorer's scores is worth (the model file's `scale`). */
  readonly unit: number;
}

/** Tags a prepared document, one sentence after another, keeping a beam in each. */
export function tagDocumentBeam(doc: PreparedDoc, scorer: Scorer, options: BeamOptions): Uint8Array[] {
  const state: DocumentState = { history: newHistory(doc), docTypes: null };
  const result = new Array<Uint8Array>(doc.sentences.length);
  // One beam a scorer, kept from document to document (making its arrays costs more than a
  // short document's tagging of them).
  let tagger = beams.get(scorer);
  if (tagger?.options === options) tagger.reset(doc, state);
  else {
    tagger = new SentenceBeam(doc, scorer, state, options);
    beams.set(scorer, tagger);
  }
  for (const si of readingOrder(doc)) {
    const s = doc.sentences[si] as PreparedSentence;
    const labels = tagger.tag(s);
    for (let i = 0; i < labels.length; i++) remember(state.history, s.ids[i] as number, labels[i] as number);
    result[si] = labels;
  }
  return result;
}

/** `tagDocumentBeam`'s beams, by scorer. */
const beams = new WeakMap<Scorer, SentenceBeam>();

/**
 * The beam over one sentence after another of a document (training drives it too). The
 * hypotheses of each token are kept in typed arrays: each one's score, its last two labels,
 * and, for the whole sentence, its label at each token and the hypothesis of the token before
 * it extends (a back-pointer), so that extending a hypothesis copies nothing; a sequence's
 * labels are read back along the pointers (`labelsOf`).
 */
export class SentenceBeam {
  private readonly fast: boolean;
  /** On the fast path: the scorer scores a sentence's shared features at once (`scoreRuns`). */
  private readonly batched: boolean;
  /** On the fast path: takes the features of few values (see `SmallSink`). */
  private readonly small: SmallSink | null;
  private readonly width: number;
  private readonly features = featureBuffer();
  private readonly scores = new Float64Array(N_LABELS);
  /** The scores every hypothesis shares at a token (the fast path: `scoreShared`). */
  private readonly shared = new Float64Array(N_LABELS);
  /**
   * On the fast path, the cached word weights (`Scorer.wordWeights`) of the sentence's words
   * fetched so far, by token (null: not yet).
   */
  private readonly weights: (Float32Array | null)[] = [];
  /** Per token of the sentence: its `tokenLink`. */
  private tokenLinks = new Int32Array(0);
  /**
   * When `batched`: the shared scores (`scoreShared`) of each token every hypothesis scores
   * (`tokenLink` ANY_LINK), N_LABELS a token, worked out for the whole sentence before its
   * first token (`scoreAllShared`), with the features and runs that `scoreRuns` reads.
   */
  private sharedRows = new Float64Array(0);
  private runFeatures = new Uint32Array(0);
  private runEnds = new Int32Array(0);
  private runRows = new Int32Array(0);
  /** The labels to the left seen at a token (`passOver`). */
  private readonly seen = new Uint8Array(N_LABELS);
  /** What each hypothesis's label may be at the token (`linkAt`). */
  private readonly links: Int32Array;
  /** The hypotheses after the last token (`size` of them, best first) and the next ones. */
  private size = 0;
  private hScore: Float64Array;
  private hPrev1: Uint8Array;
  private hPrev2: Uint8Array;
  /**
   * Its labels of the repeats some hypothesis scored (`keyRepeats`) as a small number: two
   * hypotheses at a token have the same number when they gave those repeats the same labels
   * (`sigAfter`), so that `prune` compares numbers where it compared strings of labels.
   */
  private hSig: Uint8Array;
  private nSig: Uint8Array;
  private nScore: Float64Array;
  private nPrev1: Uint8Array;
  private nPrev2: Uint8Array;
  /** Per token t and hypothesis h (at t * width + h): its label and the hypothesis it extends. */
  private label = new Uint8Array(0);
  private from = new Uint8Array(0);
  /** The token the hypotheses are at (-1 before the first). */
  private at = -1;
  /** The candidates of a token: hypothesis extended, label, score. */
  private readonly cFrom: Uint8Array;
  private readonly cLabel: Uint8Array;
  private readonly cScore: Float64Array;
  private cCount = 0;
  /**
   * Per token of the sentence: a word it has again further on (`repeats`); such a repeat some
   * hypothesis scored (`keyRepeats`); the first token of the sentence with its word (itself
   * when the sentence had it nowhere before: `firstOf`).
   */
  private repeats = new Uint8Array(0);
  private keyRepeats = new Uint8Array(0);
  private firstOf = new Int32Array(0);
  /**
   * The scores of `leftFeatures` at the token for each label to the left (`leftRows`, one per
   * label) where `leftAt` holds the token's stamp: the sequences that share their last
   * label share them when the history they read is the same for all (`score`).
   */
  private readonly leftRows = Array.from({ length: N_LABELS }, () => new Float64Array(N_LABELS));
  private readonly leftAt = new Int32Array(N_LABELS);
  /** `allowed`'s masks by the label to the left, where `maskAt` holds the token's stamp. */
  private readonly masks = new Int32Array(N_LABELS);
  private readonly maskAt = new Int32Array(N_LABELS);
  private tokenStamp = 0;
  /**
   * The best candidates so far at a token, best first (`prune`): their candidate index, and
   * their future as one number (`prune`'s `future`).
   */
  private readonly top: Int32Array;
  private readonly topFuture: Int32Array;
  /**
   * Per word of the document: the sentence (`stamp`) `findRepeats` last saw it in, and its
   * first token there.
   */
  private lastSeen: Int32Array;
  private firstAt: Int32Array;
  private stamp = 0;

  constructor(
    private doc: PreparedDoc,
    private readonly scorer: Scorer,
    private state: DocumentState,
    readonly options: BeamOptions,
  ) {
    this.fast = scorer.wordWeights !== undefined && scorer.scoreLabels !== undefined && scorer.scoreSmall !== undefined;
    this.small = this.fast ? new SmallSink(scorer as SmallScorer) : null;
    this.batched = this.fast && scorer.scoreRuns !== undefined;
    const width = Math.max(1, Math.min(255, options.width));
    this.width = width;
    this.links = new Int32Array(width);
    this.hScore = new Float64Array(width);
    this.nScore = new Float64Array(width);
    this.hPrev1 = new Uint8Array(width);
    this.hPrev2 = new Uint8Array(width);
    this.nPrev1 = new Uint8Array(width);
    this.nPrev2 = new Uint8Array(width);
    this.hSig = new Uint8Array(width);
    this.nSig = new Uint8Array(width);
    this.cFrom = new Uint8Array(width * N_LABELS);
    this.cLabel = new Uint8Array(width * N_LABELS);
    this.cScore = new Float64Array(width * N_LABELS);
    this.top = new Int32Array(width);
    this.topFuture = new Int32Array(width);
    this.lastSeen = new Int32Array(doc.size);
    this.firstAt = new Int32Array(doc.size);
  }

  /**
   * The beam, made for another document, now tags `doc` (with `state`): the stamps go on
   * counting, so nothing seen in the other document counts in this one.
   */
  reset(doc: PreparedDoc, state: DocumentState): void {
    this.doc = doc;
    this.state = state;
    if (this.lastSeen.length < doc.size) {
      this.lastSeen = new Int32Array(Math.max(doc.size, this.lastSeen.length * 2));
      this.firstAt = new Int32Array(this.lastSeen.length);
    }
    // Long before the stamps pass what the Int32Arrays hold, they start again from 0.
    if (this.stamp > 0x3fffffff) {
      this.lastSeen.fill(0);
      this.stamp = 0;
    }
    if (this.tokenStamp > 0x3fffffff) {
      this.leftAt.fill(0);
      this.maskAt.fill(0);
      this.tokenStamp = 0;
    }
  }

  /** How many hypotheses the beam holds now. */
  get count(): number {
    return this.size;
  }

  /** The score of hypothesis `h` (0: the best) now. */
  scoreOf(h: number): number {
    return this.hScore[h] as number;
  }

  /** The labels of hypothesis `h` (0: the best) from the sentence's first token to now. */
  labelsOf(h: number): Uint8Array {
    const out = new Uint8Array(this.at + 1);
    const w = this.width;
    for (let t = this.at, cur = h; t >= 0; t--) {
      out[t] = this.label[t * w + cur] as number;
      cur = this.from[t * w + cur] as number;
    }
    return out;
  }

  /**
   * The best labels of sentence `s`; `onStep` (training) sees the beam after each token
   * (`count`, `scoreOf`, `labelsOf`).
   */
  tag(s: PreparedSentence, onStep?: (token: number, beam: SentenceBeam) => void): Uint8Array {
    const count = s.words.length;
    const w = this.width;
    if (this.label.length < count * w) {
      this.label = new Uint8Array(count * w * 2);
      this.from = new Uint8Array(count * w * 2);
      this.repeats = new Uint8Array(count * 2);
      this.keyRepeats = new Uint8Array(count * 2);
      this.firstOf = new Int32Array(count * 2);
      this.tokenLinks = new Int32Array(count * 2);
      if (this.batched) {
        this.sharedRows = new Float64Array(count * 2 * N_LABELS);
        this.runFeatures = new Uint32Array(count * 2 * MAX_FEATURES);
        this.runEnds = new Int32Array(count * 2);
        this.runRows = new Int32Array(count * 2);
      }
    }
    const { repeats, firstOf } = this;
    this.findRepeats(s.ids);
    // The repeats whose labels may differ between hypotheses: those some hypothesis scored
    // (every other token is O in all of them, so it tells no two futures apart).
    const keyRepeats = this.keyRepeats.fill(0, 0, count);
    let plain = true;
    // Asked each sentence (in training the weights change between sentences), and only for
    // the words in the window of a token scored (`windowWeights`).
    const weights = this.fast ? this.weights : null;
    if (weights) {
      if (weights.length < count) weights.length = count;
      // (prefetch writes each token's entry, null where it fetches none.)
      this.prefetch(s.words, weights);
    }
    const edge = this.fast ? this.scorer.wordWeights!(NO_WORD) : NO_WEIGHTS;
    this.size = 1;
    this.hScore[0] = 0;
    this.hPrev1[0] = O;
    this.hPrev2[0] = O;
    this.hSig[0] = 0;
    this.at = -1;
    const ctx: TokenContext = { doc: this.doc, state: this.state, sentence: s, token: 0, prev1: O, prev2: O };
    const { links, tokenLinks } = this;
    for (let i = 0; i < count; i++) tokenLinks[i] = tokenLink(this.doc, s, i);
    if (weights && this.batched) this.scoreAllShared(ctx, weights, edge);
    for (let i = 0; i < count; i++) {
      this.tokenStamp++;
      // What each hypothesis's label may be (`linkAt`): the same for all but after a
      // lower-case word.
      const link = tokenLinks[i] as number;
      let scored = link === ANY_LINK;
      if (link === BY_LABEL)
        for (let h = 0; h < this.size; h++) {
          const own = linkAfter(this.doc, s, i, this.hPrev1[h] as number);
          links[h] = own;
          if (own !== NO_LINK) scored = true;
        }
      else for (let h = 0; h < this.size; h++) links[h] = link;
      if (scored && repeats[i]) {
        keyRepeats[i] = 1;
        plain = false;
      }
      if (!scored && plain) this.passOver(i);
      else {
        this.cCount = 0;
        let shared = false;
        // The history features read the counts of this word and the next: they differ
        // between hypotheses only when one of the two came earlier in the sentence, and then
        // by the labels of the tokens from the first of the two on (`rememberRepeats`).
        const next = i + 1 < count ? (firstOf[i + 1] as number) : i + 1;
        const ownHistory = (firstOf[i] as number) < i || next < i + 1;
        this.historyFrom = Math.min(firstOf[i] as number, next);
        for (let h = 0; h < this.size; h++) {
          const link = links[h] as number;
          if (link === NO_LINK) {
            this.candidate(h, O, this.hScore[h] as number);
            continue;
          }
          ctx.token = i;
          ctx.prev1 = this.hPrev1[h] as number;
          ctx.prev2 = this.hPrev2[h] as number;
          // The token's own features are scored once, whatever the labels to its left.
          if (weights && !shared) {
            if (this.batched && tokenLinks[i] === ANY_LINK) copyRow(this.sharedRows, i * N_LABELS, this.shared);
            else this.scoreShared(ctx, weights, edge);
          }
          shared = true;
          this.score(ctx, h, ownHistory ? repeats : null);
          this.extend(h, this.allowed(s, i, ctx.prev1, link));
        }
        this.prune(i);
      }
      this.at = i;
      onStep?.(i, this);
    }
    return this.labelsOf(0);
  }

  /** What `prefetch` read (kept, so that its reads are not optimised away). */
  private touched = 0;

  /**
   * Fetches the cached weights (`Scorer.wordWeights`) of the words in the window of a token
   * that is likely scored (not lower case, not punctuation that breaks names) into `weights`,
   * and reads each one's cache lines: loads that do not wait on one another, one after the
   * other, where `scoreShared` would wait for each word's in turn (the weights of a
   * document's words are megabytes, spread over memory). What it fetches is what
   * `scoreShared` would fetch; a word it leaves out (null: it writes every token's entry, so
   * none is left from the sentence before) is fetched there.
   */
  private prefetch(words: readonly Word[], weights: (Float32Array | null)[]): void {
    const scorer = this.scorer;
    const count = words.length;
    let touched = 0;
    // The last token likely scored up to j.
    let lastScored = -3;
    for (let j = 0; j < count + 2; j++) {
      if (j < count) {
        const w = words[j] as Word;
        if ((w.flags & FLAG.LOWER) === 0 && !w.isBreak) lastScored = j;
      }
      // Word j - 2 is in the window of a token likely scored from j - 4 to j.
      const k = j - 2;
      if (k < 0 || k >= count) continue;
      weights[k] = lastScored < k - 2 ? null : scorer.wordWeights!(words[k] as Word);
    }
    // Then each one's cache lines (a word's weights are 45 numbers, 180 bytes).
    for (let k = 0; k < count; k++) {
      const v = weights[k];
      if (v) touched += (v[0] as number) + (v[16] as number) + (v[32] as number) + (v[v.length - 1] as number);
    }
    this.touched = touched;
  }

  /**
   * Marks in `repeats` the tokens whose word the sentence has again further on, and writes
   * `firstOf`.
   */
  private findRepeats(ids: ArrayLike<number>): void {
    const { repeats, firstOf, lastSeen, firstAt } = this;
    let stamp = ++this.stamp;
    for (let i = ids.length - 1; i >= 0; i--) {
      const id = ids[i] as number;
      repeats[i] = lastSeen[id] === stamp ? 1 : 0;
      lastSeen[id] = stamp;
    }
    stamp = ++this.stamp;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      if (lastSeen[id] !== stamp) {
        lastSeen[id] = stamp;
        firstAt[id] = i;
      }
      firstOf[i] = firstAt[id] as number;
    }
  }

  /** Makes the next hypotheses the current ones, at token `i`. */
  private advance(size: number): void {
    [this.hScore, this.nScore] = [this.nScore, this.hScore];
    [this.hPrev1, this.nPrev1] = [this.nPrev1, this.hPrev1];
    [this.hPrev2, this.nPrev2] = [this.nPrev2, this.hPrev2];
    [this.hSig, this.nSig] = [this.nSig, this.hSig];
    this.size = size;
  }

  /** Keeps hypothesis `from` extended by `label` as the next hypothesis `k` at token `i`. */
  private keep(k: number, i: number, from: number, label: number, score: number): void {
    this.nScore[k] = score;
    this.nPrev1[k] = label;
    this.nPrev2[k] = this.hPrev1[from] as number;
    this.nSig[k] = this.keyRepeats[i] ? this.sigAfter(k, i, from, label) : (this.hSig[from] as number);
    this.label[i * this.width + k] = label;
    this.from[i * this.width + k] = from;
  }

  /**
   * The number (`hSig`) of the next hypothesis `k` at token `i`, a repeat some hypothesis
   * scored, which extends hypothesis `from` by `label`: that of a next hypothesis kept before
   * it with the same number before and the same label, else one more than the highest of
   * theirs (0 for the first). (By induction from the sentence's first token, where all have 0, two hypotheses at a
   * token have the same number exactly when they gave the repeats so far the same labels;
   * the numbers stay below the beam's width.)
   */
  private sigAfter(k: number, i: number, from: number, label: number): number {
    const { hSig, nSig } = this;
    const at = i * this.width;
    const sig = hSig[from] as number;
    let next = 0;
    for (let j = 0; j < k; j++) {
      const own = nSig[j] as number;
      if (this.label[at + j] === label && hSig[this.from[at + j] as number] === sig) return own;
      if (own >= next) next = own + 1;
    }
    return next;
  }

  /**
   * Token `i` is O whatever came before it (`linkAt`: nothing to score) and no word repeats
   * so far: each hypothesis goes on with its score, best first as before, one per future
   * (the label before, as the new label is O); what `prune` would keep, without its work.
   */
  private passOver(i: number): void {
    const seen = this.seen;
    let kept = 0;
    for (let h = 0; h < this.size; h++) {
      const prev1 = this.hPrev1[h] as number;
      if (seen[prev1]) continue;
      seen[prev1] = 1;
      this.keep(kept++, i, h, O, this.hScore[h] as number);
    }
    for (let h = 0; h < this.size; h++) seen[this.hPrev1[h] as number] = 0;
    this.advance(kept);
  }

  /**
   * The fast path's scores of token `ctx.token` that no hypothesis changes: its window's
   * cached word weights and the features of `tokenFeatures`, into `shared`.
   */
  private scoreShared(ctx: TokenContext, weights: (Float32Array | null)[], edge: Float32Array): void {
    const { shared } = this;
    this.windowWeights(ctx, weights, edge);
    const small = this.small as SmallSink;
    small.scores = shared;
    this.scorer.score(this.features, tokenFeatures(ctx, this.features, 0, small), shared);
  }

  /** `shared` cleared, then the cached word weights of token `ctx.token`'s window added. */
  private windowWeights(ctx: TokenContext, weights: (Float32Array | null)[], edge: Float32Array): void {
    const { shared } = this;
    clearScores(shared);
    const words = ctx.sentence.words;
    for (let k = 0; k < WINDOW.length; k++) {
      const j = ctx.token + (WINDOW[k] as number);
      let w = edge;
      if (j >= 0 && j < words.length) w = weights[j] ??= this.scorer.wordWeights!(words[j] as Word);
      addWeights(shared, w, k * N_LABELS);
    }
  }

  /**
   * `scoreShared` of every token of the sentence that every hypothesis scores (`tokenLink`
   * ANY_LINK), into `sharedRows`: their features are looked up in one `scoreRuns`, whose
   * first reads of the model's table then wait on one another far less than one token's.
   */
  private scoreAllShared(ctx: TokenContext, weights: (Float32Array | null)[], edge: Float32Array): void {
    const { shared, sharedRows, runFeatures, runEnds, runRows, tokenLinks } = this;
    const small = this.small as SmallSink;
    const count = ctx.sentence.words.length;
    let n = 0;
    let runs = 0;
    for (let i = 0; i < count; i++) {
      if (tokenLinks[i] !== ANY_LINK) continue;
      ctx.token = i;
      this.windowWeights(ctx, weights, edge);
      small.scores = shared;
      n = tokenFeatures(ctx, runFeatures, n, small);
      copyRow(shared, 0, sharedRows, i * N_LABELS);
      runEnds[runs] = n;
      runRows[runs] = i;
      runs++;
    }
    this.scorer.scoreRuns!(runFeatures, runEnds, runRows, runs, sharedRows);
  }

  /**
   * The token's scores for hypothesis `h`, with the labels it gave earlier repeats (`repeats`;
   * null when the history the token reads is the same for every hypothesis) in the history.
   * On the fast path: the shared scores plus its labels' (`scoreLabels`) and those
   * of `leftFeatures`, the part that reads only the label to the left (and, without
   * `repeats`, the history) scored once for the hypotheses that share that label; else all
   * its features.
   */
  private score(ctx: TokenContext, h: number, repeats: Uint8Array | null): void {
    const { scores } = this;
    if (repeats) this.rememberRepeats(ctx.sentence, h, repeats, 1);
    if (!this.fast) scoreToken(ctx, this.scorer, null, NO_WEIGHTS, this.features, scores);
    else {
      const { scorer, features } = this;
      const small = this.small as SmallSink;
      copyScores(this.shared, scores);
      scorer.scoreLabels!(ctx.prev1, ctx.prev2, scores);
      if (leftReadsPrev2(ctx)) {
        small.scores = scores;
        scorer.score(
          features,
          leftHistoryFeatures(ctx, features, leftLabelFeatures(ctx, features, 0, small), small),
          scores,
        );
      } else {
        const row = this.leftRows[ctx.prev1] as Float64Array<ArrayBuffer>;
        if (this.leftAt[ctx.prev1] !== this.tokenStamp) {
          this.leftAt[ctx.prev1] = this.tokenStamp;
          clearScores(row);
          small.scores = row;
          const n = leftLabelFeatures(ctx, features, 0, small);
          scorer.score(features, repeats ? n : leftHistoryFeatures(ctx, features, n, small), row);
        }
        // The shipped weights are whole numbers: their sums are the same in any order.
        for (let l = 0; l < N_LABELS; l++) scores[l] = (scores[l] as number) + (row[l] as number);
        if (repeats) {
          small.scores = scores;
          leftHistoryFeatures(ctx, features, 0, small);
        }
      }
    }
    if (repeats) this.rememberRepeats(ctx.sentence, h, repeats, -1);
  }

  /**
   * At the token scored with its own history (`score`): the first token of the sentence with
   * its word or the next one's, the words whose counts the history features read.
   */
  private historyFrom = 0;

  /**
   * Adds (`sign` 1) or takes back (-1) hypothesis `h`'s labels of the repeats in the history,
   * as far back as `historyFrom`: the tokens before it have other words than the two the
   * history features read, so that their counts would change nothing scored.
   */
  private rememberRepeats(s: PreparedSentence, h: number, repeats: Uint8Array, sign: 1 | -1): void {
    const history = this.state.history;
    const w = this.width;
    for (let t = this.at, cur = h, first = this.historyFrom; t >= first; t--) {
      const label = this.label[t * w + cur] as number;
      if (repeats[t]) {
        if (sign > 0) remember(history, s.ids[t] as number, label);
        else history[(s.ids[t] as number) * 5 + typeOfLabel(label)]! -= 1;
      }
      cur = this.from[t * w + cur] as number;
    }
  }

  private candidate(from: number, label: number, score: number): void {
    const c = this.cCount++;
    this.cFrom[c] = from;
    this.cLabel[c] = label;
    this.cScore[c] = score;
  }

  /**
   * `allowedLabels` at the token after `prev1` (with `link`, which depends on the token and
   * `prev1` alone), once a token for the hypotheses that share `prev1`.
   */
  private allowed(s: PreparedSentence, i: number, prev1: number, link: number): number {
    if (this.maskAt[prev1] !== this.tokenStamp) {
      this.maskAt[prev1] = this.tokenStamp;
      this.masks[prev1] = allowedLabels(s, i, prev1, link, true);
    }
    return this.masks[prev1] as number;
  }

  /** Adds hypothesis `h` extended by each label of `allowed` (bits, `allowedLabels`). */
  private extend(h: number, allowed: number): void {
    const { scores } = this;
    const base = this.hScore[h] as number;
    if (this.options.temperature <= 0) {
      // Raw sums, the labels in order (the lowest bit first).
      for (let m = allowed; m !== 0; m &= m - 1) {
        const l = 31 - Math.clz32(m & -m);
        this.candidate(h, l, base + (scores[l] as number));
      }
      return;
    }
    const ok = (l: number): boolean => ((allowed >> l) & 1) === 1;
    let norm = 0;
    const t = this.options.temperature;
    const k = t > 0 ? this.options.unit / t : 0;
    if (t > 0) {
      let max = -Infinity;
      for (let l = 0; l < N_LABELS; l++) if (ok(l)) max = Math.max(max, (scores[l] as number) * k);
      let sum = 0;
      for (let l = 0; l < N_LABELS; l++) if (ok(l)) sum += Math.exp((scores[l] as number) * k - max);
      norm = max + Math.log(sum);
    }
    for (let l = 0; l < N_LABELS; l++) {
      if (!ok(l)) continue;
      const v = scores[l] as number;
      this.candidate(h, l, base + (t > 0 ? v * k - norm : v));
    }
  }

  /**
   * The best `width` candidates, one per future (see the file comment), as the hypotheses at
   * token `i`: kept best first as they come (`top`), which is what sorting them all would keep
   * (among equal scores the earlier candidate, as there). Two candidates have the same future
   * when they agree on their label, the label before it and the labels of the repeats
   * (`hSig`; the label at `i` is theirs, equal).
   */
  private prune(i: number): void {
    const { top, topFuture, cScore, cLabel, cFrom, hPrev1, hSig } = this;
    const width = this.width;
    let size = 0;
    for (let c = 0; c < this.cCount; c++) {
      const score = cScore[c] as number;
      // Full and not better than the last kept: out (the most common case).
      if (size === width && score <= (cScore[top[size - 1] as number] as number)) continue;
      // Its future as one number: its label, the label before it (below 16 each) and its
      // number of the repeats' labels (`hSig`, below 256), 4 + 4 + 8 bits.
      const from = cFrom[c] as number;
      const future = (cLabel[c] as number) | ((hPrev1[from] as number) << 4) | ((hSig[from] as number) << 8);
      // The kept candidate with the same future, if any: the better of the two stays.
      let same = -1;
      for (let k = 0; k < size; k++) {
        if (topFuture[k] === future) {
          same = k;
          break;
        }
      }
      let j: number;
      if (same >= 0) {
        if ((cScore[top[same] as number] as number) >= score) continue;
        j = same;
      } else j = size < width ? size++ : size - 1;
      // Move the weaker ones down and put this one after every one at least as good.
      while (j > 0 && (cScore[top[j - 1] as number] as number) < score) {
        top[j] = top[j - 1] as number;
        topFuture[j] = topFuture[j - 1] as number;
        j--;
      }
      top[j] = c;
      topFuture[j] = future;
    }
    for (let k = 0; k < size; k++) {
      const c = top[k] as number;
      this.keep(k, i, cFrom[c] as number, cLabel[c] as number, cScore[c] as number);
    }
    this.advance(size);
  }
}

/**
 * `scores.fill(0)` for the N_LABELS scores, written out (a call of `fill` or `set` costs more
 * than nine stores: the beam makes several a token).
 */
function clearScores(scores: Float64Array): void {
  scores[0] = 0;
  scores[1] = 0;
  scores[2] = 0;
  scores[3] = 0;
  scores[4] = 0;
  scores[5] = 0;
  scores[6] = 0;
  scores[7] = 0;
  scores[8] = 0;
}

/** The N_LABELS scores of `from` at `at` to `to` at `toAt`, written out (see `clearScores`). */
function copyRow(from: Float64Array, at: number, to: Float64Array, toAt = 0): void {
  to[toAt] = from[at] as number;
  to[toAt + 1] = from[at + 1] as number;
  to[toAt + 2] = from[at + 2] as number;
  to[toAt + 3] = from[at + 3] as number;
  to[toAt + 4] = from[at + 4] as number;
  to[toAt + 5] = from[at + 5] as number;
  to[toAt + 6] = from[at + 6] as number;
  to[toAt + 7] = from[at + 7] as number;
  to[toAt + 8] = from[at + 8] as number;
}

/** `to.set(from)` for the N_LABELS scores, written out (see `clearScores`). */
function copyScores(from: Float64Array, to: Float64Array): void {
  to[0] = from[0] as number;
  to[1] = from[1] as number;
  to[2] = from[2] as number;
  to[3] = from[3] as number;
  to[4] = from[4] as number;
  to[5] = from[5] as number;
  to[6] = from[6] as number;
  to[7] = from[7] as number;
  to[8] = from[8] as number;
}

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
  addWindowWeights,
  allowedLabels,
  linkAt,
  NO_LINK,
  NO_WEIGHTS,
  readingOrder,
  scoreToken,
  type Scorer,
} from './tagger';
import { featureBuffer, leftFeatures, tokenFeatures, type TokenContext } from './templates';
import { NO_WORD } from './word';

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
  const tagger = new SentenceBeam(doc, scorer, state, options);
  for (const si of readingOrder(doc)) {
    const s = doc.sentences[si] as PreparedSentence;
    const labels = tagger.tag(s);
    for (let i = 0; i < labels.length; i++) remember(state.history, s.ids[i] as number, labels[i] as number);
    result[si] = labels;
  }
  return result;
}

/**
 * The beam over one sentence after another of a document (training drives it too). The
 * hypotheses of each token are kept in typed arrays: each one's score, its last two labels,
 * and, for the whole sentence, its label at each token and the hypothesis of the token before
 * it extends (a back-pointer), so that extending a hypothesis copies nothing; a sequence's
 * labels are read back along the pointers (`labelsOf`).
 */
export class SentenceBeam {
  private readonly fast: boolean;
  private readonly width: number;
  private readonly features = featureBuffer();
  private readonly scores = new Float64Array(N_LABELS);
  /** The scores every hypothesis shares at a token (the fast path: `scoreShared`). */
  private readonly shared = new Float64Array(N_LABELS);
  /** Futures seen at this token, by label and the label before (no repeats yet). */
  private readonly seen = new Uint8Array(N_LABELS * N_LABELS);
  /** What each hypothesis's label may be at the token (`linkAt`). */
  private readonly links: Int32Array;
  /** The hypotheses after the last token (`size` of them, best first) and the next ones. */
  private size = 0;
  private hScore: Float64Array;
  private hPrev1: Uint8Array;
  private hPrev2: Uint8Array;
  private nScore: Float64Array;
  private nPrev1: Uint8Array;
  private nPrev2: Uint8Array;
  /** Per token t and hypothesis h (at t * width + h): its label and the hypothesis it extends. */
  private label = new Uint8Array(0);
  private from = new Uint8Array(0);
  /** The token the hypotheses are at (-1 before the first). */
  private at = -1;
  /** The candidates of a token: hypothesis extended, label, score; `order` best first. */
  private readonly cFrom: Uint8Array;
  private readonly cLabel: Uint8Array;
  private readonly cScore: Float64Array;
  private readonly order: Int32Array;
  private cCount = 0;
  /** Per token of the sentence: a word it has again further on; such a repeat some hypothesis scored. */
  private repeats = new Uint8Array(0);
  private keyRepeats = new Uint8Array(0);
  /** Per word of the document: the sentence (`stamp`) `findRepeats` last saw it in. */
  private readonly lastSeen: Int32Array;
  private stamp = 0;

  constructor(
    private readonly doc: PreparedDoc,
    private readonly scorer: Scorer,
    private readonly state: DocumentState,
    private readonly options: BeamOptions,
  ) {
    this.fast = scorer.wordWeights !== undefined && scorer.scoreLabels !== undefined;
    const width = Math.max(1, Math.min(255, options.width));
    this.width = width;
    this.links = new Int32Array(width);
    this.hScore = new Float64Array(width);
    this.nScore = new Float64Array(width);
    this.hPrev1 = new Uint8Array(width);
    this.hPrev2 = new Uint8Array(width);
    this.nPrev1 = new Uint8Array(width);
    this.nPrev2 = new Uint8Array(width);
    this.cFrom = new Uint8Array(width * N_LABELS);
    this.cLabel = new Uint8Array(width * N_LABELS);
    this.cScore = new Float64Array(width * N_LABELS);
    this.order = new Int32Array(width * N_LABELS);
    this.lastSeen = new Int32Array(doc.size);
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
    }
    const repeats = this.repeats;
    const firstRepeat = this.findRepeats(s.ids);
    // The repeats whose labels may differ between hypotheses: those some hypothesis scored
    // (every other token is O in all of them, so it tells no two futures apart).
    const keyRepeats = this.keyRepeats.fill(0, 0, count);
    let plain = true;
    // Asked each sentence: in training the weights change between sentences.
    const weights = this.fast ? s.words.map((word) => this.scorer.wordWeights!(word)) : null;
    const edge = this.fast ? this.scorer.wordWeights!(NO_WORD) : NO_WEIGHTS;
    this.size = 1;
    this.hScore[0] = 0;
    this.hPrev1[0] = O;
    this.hPrev2[0] = O;
    this.at = -1;
    const ctx: TokenContext = { doc: this.doc, state: this.state, sentence: s, token: 0, prev1: O, prev2: O };
    const links = this.links;
    for (let i = 0; i < count; i++) {
      let scored = false;
      for (let h = 0; h < this.size; h++) {
        const link = linkAt(this.doc, s, i, this.hPrev1[h] as number);
        links[h] = link;
        if (link !== NO_LINK) scored = true;
      }
      if (scored && repeats[i]) {
        keyRepeats[i] = 1;
        plain = false;
      }
      if (!scored && plain) this.passOver(i);
      else {
        this.cCount = 0;
        let shared = false;
        const withRepeats = firstRepeat >= 0 && firstRepeat < i;
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
          if (weights && !shared) this.scoreShared(ctx, weights, edge);
          shared = true;
          this.score(ctx, h, withRepeats ? repeats : null, weights !== null);
          this.extend(h, allowedLabels(s, i, ctx.prev1, link, true));
        }
        this.prune(i, keyRepeats, plain);
      }
      this.at = i;
      onStep?.(i, this);
    }
    return this.labelsOf(0);
  }

  /**
   * Marks in `repeats` the tokens whose word the sentence has again further on; returns the
   * first such token (-1: none).
   */
  private findRepeats(ids: ArrayLike<number>): number {
    const { repeats, lastSeen } = this;
    const stamp = ++this.stamp;
    let first = -1;
    for (let i = ids.length - 1; i >= 0; i--) {
      const id = ids[i] as number;
      repeats[i] = lastSeen[id] === stamp ? 1 : 0;
      if (repeats[i]) first = i;
      lastSeen[id] = stamp;
    }
    return first;
  }

  /** Makes the next hypotheses the current ones, at token `i`. */
  private advance(size: number): void {
    [this.hScore, this.nScore] = [this.nScore, this.hScore];
    [this.hPrev1, this.nPrev1] = [this.nPrev1, this.hPrev1];
    [this.hPrev2, this.nPrev2] = [this.nPrev2, this.hPrev2];
    this.size = size;
  }

  /** Keeps hypothesis `from` extended by `label` as the next hypothesis `k` at token `i`. */
  private keep(k: number, i: number, from: number, label: number, score: number): void {
    this.nScore[k] = score;
    this.nPrev1[k] = label;
    this.nPrev2[k] = this.hPrev1[from] as number;
    this.label[i * this.width + k] = label;
    this.from[i * this.width + k] = from;
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
  private scoreShared(ctx: TokenContext, weights: readonly Float32Array[], edge: Float32Array): void {
    const { shared } = this;
    shared.fill(0);
    addWindowWeights(shared, weights, edge, ctx.token);
    this.scorer.score(this.features, tokenFeatures(ctx, this.features, 0), shared);
  }

  /**
   * The token's scores for hypothesis `h`, with the labels it gave earlier repeats (`repeats`,
   * null when none is before the token) in the history. On the fast path (`fast`): the shared
   * scores plus its labels' (`scoreLabels`) and the features that read them or the history
   * (`leftFeatures`); else all its features.
   */
  private score(ctx: TokenContext, h: number, repeats: Uint8Array | null, fast: boolean): void {
    const { scores } = this;
    if (repeats) this.rememberRepeats(ctx.sentence, h, repeats, 1);
    if (fast) {
      scores.set(this.shared);
      this.scorer.scoreLabels!(ctx.prev1, ctx.prev2, scores);
      this.scorer.score(this.features, leftFeatures(ctx, this.features, 0), scores);
    } else scoreToken(ctx, this.scorer, null, NO_WEIGHTS, this.features, scores);
    if (repeats) this.rememberRepeats(ctx.sentence, h, repeats, -1);
  }

  /** Adds (`sign` 1) or takes back (-1) hypothesis `h`'s labels of the repeats in the history. */
  private rememberRepeats(s: PreparedSentence, h: number, repeats: Uint8Array, sign: 1 | -1): void {
    const history = this.state.history;
    const w = this.width;
    for (let t = this.at, cur = h; t >= 0; t--) {
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

  /** Adds hypothesis `h` extended by each label of `allowed` (bits, `allowedLabels`). */
  private extend(h: number, allowed: number): void {
    const { scores } = this;
    const base = this.hScore[h] as number;
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
   * token `i`. `repeats`: the repeated words whose labels tell futures apart; `plain`: none
   * so far, so the future is the last two labels (a number).
   */
  private prune(i: number, repeats: Uint8Array, plain: boolean): void {
    const { order, cScore } = this;
    const n = this.cCount;
    // Best first; among equal scores the earlier hypothesis and lower label (a stable
    // insertion sort of at most width x 9 candidates), as greedy.
    for (let c = 0; c < n; c++) {
      const score = cScore[c] as number;
      let j = c;
      while (j > 0 && (cScore[order[j - 1] as number] as number) < score) {
        order[j] = order[j - 1] as number;
        j--;
      }
      order[j] = c;
    }
    const seen = this.seen;
    const keys = plain ? null : new Set<string>();
    let kept = 0;
    for (let o = 0; o < n && kept < this.width; o++) {
      const c = order[o] as number;
      const from = this.cFrom[c] as number;
      const label = this.cLabel[c] as number;
      if (keys) {
        const key = this.futureKey(from, label, i, repeats);
        if (keys.has(key)) continue;
        keys.add(key);
      } else {
        const key = label * N_LABELS + (this.hPrev1[from] as number);
        if (seen[key]) continue;
        seen[key] = 1;
      }
      this.keep(kept++, i, from, label, cScore[c] as number);
    }
    if (!keys)
      for (let k = 0; k < kept; k++) seen[(this.nPrev1[k] as number) * N_LABELS + (this.nPrev2[k] as number)] = 0;
    this.advance(kept);
  }

  /**
   * What hypothesis `from` extended by `label` at token `i` has its future depend on: the two
   * labels to the left and the labels of the repeats.
   */
  private futureKey(from: number, label: number, i: number, repeats: Uint8Array): string {
    let key = `${label},${this.hPrev1[from] as number}`;
    const w = this.width;
    for (let t = this.at, cur = from; t >= 0; t--) {
      if (repeats[t]) key += `,${this.label[t * w + cur] as number}`;
      cur = this.from[t * w + cur] as number;
    }
    if (repeats[i]) key += `,${label}`;
    return key;
  }
}

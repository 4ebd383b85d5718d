/**
 * A beam decoder for the models whose file asks for one (`ModelHeader.beam`; the English
 * model has none and stays with the greedy tagger). It reads a sentence as `tagDocument`
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
 * score 0.7830-0.7865 (one perceptron).
 */
import { newHistory, remember, type DocumentState, type PreparedDoc, type PreparedSentence } from './document';
import { N_LABELS, O, typeOfLabel } from './labels';
import {
  addWeights,
  allowedLabels,
  linkAt,
  NO_LINK,
  NO_WEIGHTS,
  readingOrder,
  scoreToken,
  type Scorer,
} from './tagger';
import { featureBuffer, leftFeatures, tokenFeatures, WINDOW, type TokenContext } from './templates';
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

export interface Hypothesis {
  score: number;
  prev1: number;
  prev2: number;
  labels: Uint8Array;
  /** Whether an extension kept by `prune` has taken over `labels` (the others copy them). */
  taken: boolean;
}

interface Candidate {
  from: Hypothesis;
  label: number;
  score: number;
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

/** The beam over one sentence after another of a document (training drives it too). */
export class SentenceBeam {
  private readonly fast: boolean;
  private readonly features = featureBuffer();
  private readonly scores = new Float64Array(N_LABELS);
  /** The scores every hypothesis shares at a token (the fast path: `scoreShared`). */
  private readonly shared = new Float64Array(N_LABELS);
  /** `prune`'s futures seen at this token, by label and the label before (no repeats yet). */
  private readonly seen = new Uint8Array(N_LABELS * N_LABELS);
  /** What each hypothesis's label may be at the token (`linkAt`). */
  private readonly links: Int32Array;

  constructor(
    private readonly doc: PreparedDoc,
    private readonly scorer: Scorer,
    private readonly state: DocumentState,
    private readonly options: BeamOptions,
  ) {
    this.fast = scorer.wordWeights !== undefined && scorer.scoreLabels !== undefined;
    this.links = new Int32Array(options.width);
  }

  /**
   * The best labels of sentence `s`; `onStep` (training) sees the beam after each token,
   * best first.
   */
  tag(s: PreparedSentence, onStep?: (token: number, beam: readonly Hypothesis[]) => void): Uint8Array {
    const count = s.words.length;
    const repeats = repeatedLater(s.ids);
    // The repeats whose labels may differ between hypotheses: those some hypothesis scored
    // (every other token is O in all of them, so it tells no two futures apart).
    const keyRepeats = new Uint8Array(count);
    let plain = true;
    // Asked each sentence: in training the weights change between sentences.
    const weights = this.fast ? s.words.map((w) => this.scorer.wordWeights!(w)) : null;
    const edge = this.fast ? this.scorer.wordWeights!(NO_WORD) : NO_WEIGHTS;
    let beam: Hypothesis[] = [{ score: 0, prev1: O, prev2: O, labels: new Uint8Array(count), taken: false }];
    const ctx: TokenContext = { doc: this.doc, state: this.state, sentence: s, token: 0, prev1: O, prev2: O };
    const links = this.links;
    for (let i = 0; i < count; i++) {
      let scored = false;
      for (let h = 0; h < beam.length; h++) {
        const link = linkAt(this.doc, s, i, (beam[h] as Hypothesis).prev1);
        links[h] = link;
        if (link !== NO_LINK) scored = true;
      }
      if (scored && repeats[i]) {
        keyRepeats[i] = 1;
        plain = false;
      }
      if (!scored && plain) beam = this.passOver(beam, i);
      else {
        const candidates: Candidate[] = [];
        let shared = false;
        for (let h = 0; h < beam.length; h++) {
          const hyp = beam[h] as Hypothesis;
          const link = links[h] as number;
          if (link === NO_LINK) {
            candidates.push({ from: hyp, label: O, score: hyp.score });
            continue;
          }
          ctx.token = i;
          ctx.prev1 = hyp.prev1;
          ctx.prev2 = hyp.prev2;
          // The token's own features are scored once, whatever the labels to its left.
          if (weights && !shared) this.scoreShared(ctx, weights, edge);
          shared = true;
          this.score(ctx, hyp, repeats, weights !== null);
          this.extend(hyp, allowedLabels(s, i, hyp.prev1, link, true), candidates);
        }
        beam = this.prune(candidates, i, keyRepeats, plain);
      }
      onStep?.(i, beam);
    }
    return (beam[0] as Hypothesis).labels;
  }

  /**
   * The fast path's scores of token `ctx.token` that no hypothesis changes: its window's
   * cached word weights and the features of `tokenFeatures`, into `shared`.
   */
  private scoreShared(ctx: TokenContext, weights: readonly Float32Array[], edge: Float32Array): void {
    const { shared } = this;
    shared.fill(0);
    const count = ctx.sentence.words.length;
    for (let k = 0; k < WINDOW.length; k++) {
      const j = ctx.token + (WINDOW[k] as number);
      addWeights(shared, j >= 0 && j < count ? (weights[j] as Float32Array) : edge, k * N_LABELS);
    }
    this.scorer.score(this.features, tokenFeatures(ctx, this.features, 0), shared);
  }

  /**
   * The token's scores for `hyp`, with the labels it gave earlier repeats in the history. On
   * the fast path (`fast`): the shared scores plus its labels' (`scoreLabels`) and the
   * features that read them or the history (`leftFeatures`); else all its features.
   */
  private score(ctx: TokenContext, hyp: Hypothesis, repeats: Uint8Array, fast: boolean): void {
    const { scores } = this;
    const s = ctx.sentence;
    const i = ctx.token;
    const history = this.state.history;
    for (let j = 0; j < i; j++) if (repeats[j]) remember(history, s.ids[j] as number, hyp.labels[j] as number);
    if (fast) {
      scores.set(this.shared);
      this.scorer.scoreLabels!(ctx.prev1, ctx.prev2, scores);
      this.scorer.score(this.features, leftFeatures(ctx, this.features, 0), scores);
    } else scoreToken(ctx, this.scorer, null, NO_WEIGHTS, this.features, scores);
    for (let j = 0; j < i; j++)
      if (repeats[j]) history[(s.ids[j] as number) * 5 + typeOfLabel(hyp.labels[j] as number)]! -= 1;
  }

  /** Adds `hyp` extended by each label of `allowed` (bits, `allowedLabels`). */
  private extend(hyp: Hypothesis, allowed: number, out: Candidate[]): void {
    const { scores } = this;
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
      out.push({ from: hyp, label: l, score: hyp.score + (t > 0 ? v * k - norm : v) });
    }
  }

  /**
   * Token `i` is O whatever came before it (`linkAt`: nothing to score) and no word repeats
   * so far: each hypothesis goes on with its score, best first as before, one per future
   * (the label before, as the new label is O); what `prune` would keep, without its work.
   */
  private passOver(beam: Hypothesis[], i: number): Hypothesis[] {
    const seen = this.seen;
    const kept: Hypothesis[] = [];
    for (const hyp of beam) {
      if (seen[hyp.prev1]) continue;
      seen[hyp.prev1] = 1;
      hyp.labels[i] = O;
      hyp.prev2 = hyp.prev1;
      hyp.prev1 = O;
      kept.push(hyp);
    }
    for (const hyp of kept) seen[hyp.prev2] = 0;
    return kept;
  }

  /**
   * The best `width` candidates, one per future (see the file comment), as hypotheses.
   * `repeats`: the repeated words whose labels tell futures apart; `plain`: none so far, so
   * the future is the last two labels (a number).
   */
  private prune(candidates: Candidate[], i: number, repeats: Uint8Array, plain: boolean): Hypothesis[] {
    // A stable sort: among equal scores the earlier hypothesis and lower label win, as greedy.
    candidates.sort((a, b) => b.score - a.score);
    const seen = this.seen;
    const keys = plain ? null : new Set<string>();
    const kept: Hypothesis[] = [];
    for (const c of candidates) {
      if (keys) {
        const key = futureKey(c, i, repeats);
        if (keys.has(key)) continue;
        keys.add(key);
      } else {
        const key = c.label * N_LABELS + c.from.prev1;
        if (seen[key]) continue;
        seen[key] = 1;
      }
      // A hypothesis's labels are taken over by its first extension kept, copied for others.
      const labels = c.from.taken ? c.from.labels.slice() : c.from.labels;
      c.from.taken = true;
      labels[i] = c.label;
      kept.push({ score: c.score, prev1: c.label, prev2: c.from.prev1, labels, taken: false });
      if (kept.length >= this.options.width) break;
    }
    if (!keys) seen.fill(0);
    return kept;
  }
}

/** What a hypothesis's future depends on: the two labels to the left and the repeats' labels. */
function futureKey(c: Candidate, i: number, repeats: Uint8Array): string {
  let key = `${c.label},${c.from.prev1}`;
  for (let j = 0; j < i; j++) if (repeats[j]) key += `,${c.from.labels[j] as number}`;
  if (repeats[i]) key += `,${c.label}`;
  return key;
}

/** Which positions hold a word that the sentence has again further on. */
function repeatedLater(ids: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(ids.length);
  const seen = new Set<number>();
  for (let i = ids.length - 1; i >= 0; i--) {
    const id = ids[i] as number;
    if (seen.has(id)) out[i] = 1;
    seen.add(id);
  }
  return out;
}

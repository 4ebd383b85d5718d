/**
 * Training for the beam decoder (`npm run train:ner -- --beam W`): a structured perceptron.
 * Each sentence is read with the beam (src/core/entities/model/beam.ts); with early update
 * (Collins and Roark 2004), as soon as the reachable gold labels fall out of the beam, or at
 * the end when the best sequence is not the gold one, the features along the gold prefix
 * are rewarded and those along the best prefix penalised, each with the labels to its left
 * and the document history as that sequence has them. With max-violation update (Huang,
 * Fayong and Guo 2012) the prefix updated is the one where the best sequence beats the gold
 * one by most. The labels kept for the document's history are the beam's own (so the model
 * learns under the conditions it tags in).
 */
import { SentenceBeam, type BeamOptions } from '../../src/core/entities/model/beam';
import {
  newHistory,
  remember,
  type DocumentState,
  type PreparedDoc,
  type PreparedSentence,
} from '../../src/core/entities/model/document';
import { N_LABELS, O, typeOfLabel } from '../../src/core/entities/model/labels';
import { allowedLabels, linkAt, NO_LINK, readingOrder, type Scorer } from '../../src/core/entities/model/tagger';
import {
  extractFeatures,
  featureBuffer,
  labelFeatures,
  WINDOW,
  wordFeatures,
  type TokenContext,
} from '../../src/core/entities/model/templates';
import type { Word } from '../../src/core/entities/model/word';
import { feature } from '../../src/core/entities/model/hash';
import type { AveragedPerceptron } from './perceptron';

/** Whether the beam may give `label` to token `i` after `prev1` (its constraints, tagger.ts). */
const allowedAt = (s: PreparedSentence, i: number, prev1: number, link: number, label: number): boolean =>
  ((allowedLabels(s, i, prev1, link, true) >> label) & 1) === 1;

/** The gold labels as the beam can reach them: a label the constraints forbid becomes O. */
function oracleOf(doc: PreparedDoc, s: PreparedSentence, gold: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(s.words.length);
  let prev1 = O;
  for (let i = 0; i < out.length; i++) {
    const link = linkAt(doc, s, i, prev1);
    const g = gold[i] ?? O;
    const label = link !== NO_LINK && allowedAt(s, i, prev1, link, g) ? g : O;
    out[i] = label;
    prev1 = label;
  }
  return out;
}

/** Visits the features of each scored token of `labels[0..upto]`, with that sequence's history. */
function sequenceFeatures(
  doc: PreparedDoc,
  state: DocumentState,
  s: PreparedSentence,
  labels: Uint8Array,
  upto: number,
  visit: (features: Uint32Array, n: number, label: number, token: number) => void,
): void {
  const ctx: TokenContext = { doc, state, sentence: s, token: 0, prev1: O, prev2: O };
  const features = featureBuffer();
  for (let i = 0; i <= upto; i++) {
    const label = labels[i] as number;
    if (linkAt(doc, s, i, ctx.prev1) !== NO_LINK) {
      ctx.token = i;
      visit(features, extractFeatures(ctx, features), label, i);
    }
    remember(state.history, s.ids[i] as number, label);
    ctx.prev2 = ctx.prev1;
    ctx.prev1 = label;
  }
  for (let i = 0; i <= upto; i++) state.history[(s.ids[i] as number) * 5 + typeOfLabel(labels[i] as number)]! -= 1;
}

const samePrefix = (a: Uint8Array, b: Uint8Array, upto: number): boolean => {
  for (let j = 0; j <= upto; j++) if (a[j] !== b[j]) return false;
  return true;
};

/**
 * A scorer with the tagger's fast path (`Scorer.wordWeights`, `scoreLabels`) over weights
 * that change only between sentences: each word's window weights are summed once and kept
 * until `clear()`. The beam then hashes and looks up only a token's context features for
 * each sequence it extends, not its five words' features again.
 */
export class WordCachedScorer implements Scorer {
  private readonly words = new Map<Word, Float32Array>();
  private readonly labels = new Map<number, Float64Array>();
  private readonly features = featureBuffer();
  private readonly part = new Float64Array(N_LABELS);

  constructor(private readonly inner: Scorer) {}

  score(features: Uint32Array, n: number, scores: Float64Array): void {
    this.inner.score(features, n, scores);
  }

  wordWeights(word: Word): Float32Array {
    let weights = this.words.get(word);
    if (weights) return weights;
    weights = new Float32Array(WINDOW.length * N_LABELS);
    for (let k = 0; k < WINDOW.length; k++) {
      this.part.fill(0);
      this.inner.score(this.features, wordFeatures(word, WINDOW[k] as number, this.features, 0), this.part);
      weights.set(this.part, k * N_LABELS);
    }
    this.words.set(word, weights);
    return weights;
  }

  scoreLabels(prev1: number, prev2: number, scores: Float64Array): void {
    const key = prev1 * N_LABELS + prev2;
    let weights = this.labels.get(key);
    if (!weights) {
      weights = new Float64Array(N_LABELS);
      this.inner.score(this.features, labelFeatures(prev1, prev2, this.features, 0), weights);
      this.labels.set(key, weights);
    }
    for (let l = 0; l < N_LABELS; l++) scores[l] = (scores[l] as number) + (weights[l] as number);
  }

  private readonly small = new Map<number, Float64Array>();

  scoreSmall(slot: number, template: number, a: number, b: number, c: number, scores: Float64Array): void {
    let weights = this.small.get(slot);
    if (!weights) {
      weights = new Float64Array(N_LABELS);
      this.features[0] = feature(template, a, b, c);
      this.inner.score(this.features, 1, weights);
      this.small.set(slot, weights);
    }
    for (let l = 0; l < N_LABELS; l++) scores[l] = (scores[l] as number) + (weights[l] as number);
  }

  /** Forgets the sums (the weights under them have changed). */
  clear(): void {
    this.words.clear();
    this.labels.clear();
    this.small.clear();
  }
}

/** Which prefix a structured update corrects: the first that loses gold, or the worst. */
export type BeamUpdate = 'early' | 'max';

/** The score of each prefix of `labels` (the sum over its scored tokens, as the beam adds them). */
function prefixScores(
  doc: PreparedDoc,
  state: DocumentState,
  s: PreparedSentence,
  labels: Uint8Array,
  scorer: Scorer,
): Float64Array {
  const token = new Float64Array(labels.length);
  const scores = new Float64Array(N_LABELS);
  sequenceFeatures(doc, state, s, labels, labels.length - 1, (features, n, label, i) => {
    scores.fill(0);
    scorer.score(features, n, scores);
    token[i] = scores[label] as number;
  });
  for (let i = 1; i < token.length; i++) token[i] = (token[i] as number) + (token[i - 1] as number);
  return token;
}

/** One training pass over a document; returns how many tokens the beam got wrong. */
export function learnDocumentBeam(
  doc: PreparedDoc,
  model: AveragedPerceptron,
  gold: readonly ArrayLike<number>[],
  options: BeamOptions,
  update: BeamUpdate = 'early',
): number {
  const state: DocumentState = { history: newHistory(doc), docTypes: null };
  const scorer = new WordCachedScorer(model);
  const beam = new SentenceBeam(doc, scorer, state, options);
  let errors = 0;
  for (const si of readingOrder(doc)) {
    const s = doc.sentences[si] as PreparedSentence;
    const g: ArrayLike<number> = gold[si] ?? [];
    const oracle = oracleOf(doc, s, g);
    let upto = -1;
    let predicted: Uint8Array = new Uint8Array(0);
    let onStep: (i: number, hyps: SentenceBeam) => void;
    if (update === 'max') {
      const goldScores = prefixScores(doc, state, s, oracle, scorer);
      let worst = 0;
      onStep = (i, hyps) => {
        const violation = hyps.scoreOf(0) - (goldScores[i] as number);
        if (violation <= worst) return;
        const best = hyps.labelsOf(0);
        if (!samePrefix(best, oracle, i)) {
          worst = violation;
          upto = i;
          predicted = best;
        }
      };
    } else
      onStep = (i, hyps) => {
        if (upto >= 0) return;
        for (let h = 0; h < hyps.count; h++) if (samePrefix(hyps.labelsOf(h), oracle, i)) return;
        upto = i;
        predicted = hyps.labelsOf(0);
      };
    const labels = beam.tag(s, onStep);
    const n = labels.length;
    if (upto < 0 && n > 0 && !samePrefix(labels, oracle, n - 1)) {
      upto = n - 1;
      predicted = labels.slice();
    }
    model.advance(n);
    scorer.clear();
    if (upto >= 0) {
      sequenceFeatures(doc, state, s, oracle, upto, (f, k, l) => model.adjust(f, k, l, 1));
      sequenceFeatures(doc, state, s, predicted, upto, (f, k, l) => model.adjust(f, k, l, -1));
    }
    for (let i = 0; i < n; i++) {
      if (labels[i] !== (g[i] ?? O)) errors++;
      remember(state.history, s.ids[i] as number, labels[i] as number);
    }
  }
  return errors;
}

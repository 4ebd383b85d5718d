/**
 * Training for the beam decoder (`npm run train:ner -- --beam W`): a structured perceptron
 * with early update (Collins and Roark 2004). Each sentence is read with the beam
 * (src/core/entities/model/beam.ts); as soon as the reachable gold labels fall out of the
 * beam, or at the end when the best sequence is not the gold one, the features along the
 * gold prefix are rewarded and those along the best prefix penalised, each with the labels
 * to its left and the document history as that sequence has them. The labels kept for the
 * document's history are the beam's own (so the model learns under the conditions it tags in).
 */
import { SentenceBeam, type BeamOptions } from '../../src/core/entities/model/beam';
import {
  newHistory,
  remember,
  type DocumentState,
  type PreparedDoc,
  type PreparedSentence,
} from '../../src/core/entities/model/document';
import { O, typeOfLabel } from '../../src/core/entities/model/labels';
import { allowedLabels, linkAt, NO_LINK, readingOrder } from '../../src/core/entities/model/tagger';
import { extractFeatures, featureBuffer, type TokenContext } from '../../src/core/entities/model/templates';
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
  visit: (features: Uint32Array, n: number, label: number) => void,
): void {
  const ctx: TokenContext = { doc, state, sentence: s, token: 0, prev1: O, prev2: O };
  const features = featureBuffer();
  for (let i = 0; i <= upto; i++) {
    const label = labels[i] as number;
    if (linkAt(doc, s, i, ctx.prev1) !== NO_LINK) {
      ctx.token = i;
      visit(features, extractFeatures(ctx, features), label);
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

/** One training pass over a document; returns how many tokens the beam got wrong. */
export function learnDocumentBeam(
  doc: PreparedDoc,
  model: AveragedPerceptron,
  gold: readonly ArrayLike<number>[],
  options: BeamOptions,
): number {
  const state: DocumentState = { history: newHistory(doc), docTypes: null };
  const beam = new SentenceBeam(doc, model, state, options);
  let errors = 0;
  for (const si of readingOrder(doc)) {
    const s = doc.sentences[si] as PreparedSentence;
    const g: ArrayLike<number> = gold[si] ?? [];
    const oracle = oracleOf(doc, s, g);
    let upto = -1;
    let predicted = new Uint8Array(0);
    const labels = beam.tag(s, (i, hyps) => {
      if (upto >= 0 || hyps.some((h) => samePrefix(h.labels, oracle, i))) return;
      upto = i;
      predicted = (hyps[0] as { labels: Uint8Array }).labels.slice(0, i + 1);
    });
    const n = labels.length;
    if (upto < 0 && n > 0 && !samePrefix(labels, oracle, n - 1)) {
      upto = n - 1;
      predicted = labels.slice();
    }
    model.advance(n);
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

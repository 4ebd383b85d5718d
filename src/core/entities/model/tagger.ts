/**
 * Greedy left-to-right tagging of a prepared document, one sentence after another, so that
 * each decision can use the labels to its left and what the document said earlier. The same
 * loop serves training (with `learn`, which may correct the choice) and tagging.
 */
import {
  contextFeatures,
  extractFeatures,
  FLAG,
  isBreak,
  MAX_FEATURES,
  newHistory,
  NO_WORD,
  remember,
  WINDOW,
  type PreparedDoc,
  type Word,
} from './features';
import { allowed, N_LABELS, O } from './labels';

export interface Scorer {
  /** Adds the weights of `n` features to `scores` (one per label). */
  score(features: Uint32Array, n: number, scores: Float64Array): void;
  /**
   * Optional fast path: adds the weights of `word`'s features at window position `pos`
   * (the same as scoring `wordFeatures(word, pos)`), typically from a per-word cache.
   */
  scoreWord?(word: Word, pos: number, scores: Float64Array): void;
  /** Optional fast path: adds the weights of `labelFeatures(prev1, prev2)`, cached. */
  scoreLabels?(prev1: number, prev2: number, scores: Float64Array): void;
}

/** Training hook: given the features and the predicted label, returns the label to keep. */
export type Learn = (sentence: number, token: number, features: Uint32Array, n: number, predicted: number) => number;

export function tagDocument(doc: PreparedDoc, scorer: Scorer, learn?: Learn): Uint8Array[] {
  const history = newHistory(doc);
  const fast = !learn && scorer.scoreWord !== undefined && scorer.scoreLabels !== undefined;
  const features = new Uint32Array(MAX_FEATURES + 8);
  const scores = new Float64Array(N_LABELS);
  const result: Uint8Array[] = [];
  const sentences = doc.sentences;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si] as PreparedDoc['sentences'][number];
    const count = s.words.length;
    const labels = new Uint8Array(count);
    let prev1 = O;
    let prev2 = O;
    for (let i = 0; i < count; i++) {
      const word = s.words[i] as Word;
      // Punctuation, and a lower-case word outside a name, are O without scoring: a name
      // almost never begins with a lower-case word (22 of 23,499 in CoNLL-2003 train).
      if (isBreak(word) || (prev1 === O && word.flags & FLAG.LOWER)) {
        labels[i] = O;
        remember(history, s.ids[i] as number, O);
        prev2 = prev1;
        prev1 = O;
        continue;
      }
      scores.fill(0);
      let n: number;
      if (fast) {
        for (const pos of WINDOW) {
          const j = i + pos;
          scorer.scoreWord?.(j >= 0 && j < count ? (s.words[j] as Word) : NO_WORD, pos, scores);
        }
        scorer.scoreLabels?.(prev1, prev2, scores);
        n = contextFeatures(doc, s, i, prev1, prev2, history, features, 0, false);
      } else {
        n = extractFeatures(doc, s, i, prev1, prev2, history, features);
      }
      scorer.score(features, n, scores);
      let best = O;
      let bestScore = -Infinity;
      for (let l = 0; l < N_LABELS; l++) {
        const v = scores[l] as number;
        if (v > bestScore && ALLOWED[prev1 * N_LABELS + l]) {
          bestScore = v;
          best = l;
        }
      }
      const label = learn ? learn(si, i, features, n, best) : best;
      labels[i] = label;
      remember(history, s.ids[i] as number, label);
      prev2 = prev1;
      prev1 = label;
    }
    result.push(labels);
  }
  return result;
}

/** allowed(prev, label) as a table. */
const ALLOWED = Uint8Array.from({ length: N_LABELS * N_LABELS }, (_, k) =>
  allowed(Math.floor(k / N_LABELS), k % N_LABELS) ? 1 : 0,
);

/**
 * Tags a document twice: a first pass without document-level evidence, then a second that
 * sees what the first made of every word anywhere in the document.
 */
export function tagTwice(doc: PreparedDoc, scorer: Scorer, learn?: Learn): Uint8Array[] {
  doc.docTypes = null;
  const first = tagDocument(doc, scorer);
  const counts = newHistory(doc);
  doc.sentences.forEach((s, si) => {
    const labels = first[si] as Uint8Array;
    for (let i = 0; i < labels.length; i++) remember(counts, s.ids[i] as number, labels[i] as number);
  });
  doc.docTypes = counts;
  return tagDocument(doc, scorer, learn);
}

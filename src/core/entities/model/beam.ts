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
import { allowedLabels, linkAt, NO_LINK, NO_WEIGHTS, readingOrder, scoreToken, type Scorer } from './tagger';
import { featureBuffer, type TokenContext } from './templates';
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

  constructor(
    private readonly doc: PreparedDoc,
    private readonly scorer: Scorer,
    private readonly state: DocumentState,
    private readonly options: BeamOptions,
  ) {
    this.fast = scorer.wordWeights !== undefined && scorer.scoreLabels !== undefined;
  }

  /**
   * The best labels of sentence `s`; `onStep` (training) sees the beam after each token,
   * best first.
   */
  tag(s: PreparedSentence, onStep?: (token: number, beam: readonly Hypothesis[]) => void): Uint8Array {
    const count = s.words.length;
    const repeats = repeatedLater(s.ids);
    // Asked each sentence: in training the weights change between sentences.
    const weights = this.fast ? s.words.map((w) => this.scorer.wordWeights!(w)) : null;
    const edge = this.fast ? this.scorer.wordWeights!(NO_WORD) : NO_WEIGHTS;
    let beam: Hypothesis[] = [{ score: 0, prev1: O, prev2: O, labels: new Uint8Array(count) }];
    const ctx: TokenContext = { doc: this.doc, state: this.state, sentence: s, token: 0, prev1: O, prev2: O };
    for (let i = 0; i < count; i++) {
      const candidates: Candidate[] = [];
      for (const hyp of beam) {
        const link = linkAt(this.doc, s, i, hyp.prev1);
        if (link === NO_LINK) {
          candidates.push({ from: hyp, label: O, score: hyp.score });
          continue;
        }
        ctx.token = i;
        ctx.prev1 = hyp.prev1;
        ctx.prev2 = hyp.prev2;
        this.score(ctx, hyp, repeats, weights, edge);
        this.extend(hyp, allowedLabels(s, i, hyp.prev1, link, true), candidates);
      }
      beam = this.prune(candidates, i, repeats);
      onStep?.(i, beam);
    }
    return (beam[0] as Hypothesis).labels;
  }

  /** The token's scores for `hyp`, with the labels it gave earlier repeats in the history. */
  private score(
    ctx: TokenContext,
    hyp: Hypothesis,
    repeats: Uint8Array,
    weights: Float32Array[] | null,
    edge: Float32Array,
  ): void {
    const s = ctx.sentence;
    const i = ctx.token;
    const history = this.state.history;
    for (let j = 0; j < i; j++) if (repeats[j]) remember(history, s.ids[j] as number, hyp.labels[j] as number);
    scoreToken(ctx, this.scorer, weights, edge, this.features, this.scores);
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

  /** The best `width` candidates, one per future (see the file comment), as hypotheses. */
  private prune(candidates: Candidate[], i: number, repeats: Uint8Array): Hypothesis[] {
    // A stable sort: among equal scores the earlier hypothesis and lower label win, as greedy.
    candidates.sort((a, b) => b.score - a.score);
    const seen = new Set<string>();
    const kept: Hypothesis[] = [];
    // A hypothesis's labels are taken over by its first extension kept, copied for others.
    const used = new Set<Hypothesis>();
    for (const c of candidates) {
      const key = futureKey(c, i, repeats);
      if (seen.has(key)) continue;
      seen.add(key);
      const labels = used.has(c.from) ? c.from.labels.slice() : c.from.labels;
      used.add(c.from);
      labels[i] = c.label;
      kept.push({ score: c.score, prev1: c.label, prev2: c.from.prev1, labels });
      if (kept.length >= this.options.width) break;
    }
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

/**
 * Averaged perceptron weights for training (Collins 2002), with lazy averaging: each weight
 * keeps its running total and the step it last changed, so an update costs O(1) and the
 * average is exact. Only training uses this; tagging uses the quantised `NerModel`.
 */
import { N_LABELS } from '../../src/core/entities/model/labels';
import type { Scorer } from '../../src/core/entities/model/tagger';

const L = N_LABELS;

export class AveragedPerceptron implements Scorer {
  /** feature -> [weights(L), totals(L), stamps(L)] */
  private readonly table = new Map<number, Float64Array>();
  private step = 0;

  get size(): number {
    return this.table.size;
  }

  score(features: Uint32Array, n: number, scores: Float64Array): void {
    const source = this.table;
    for (let f = 0; f < n; f++) {
      const w = source.get(features[f] ?? 0);
      if (!w) continue;
      for (let l = 0; l < L; l++) scores[l] = (scores[l] ?? 0) + (w[l] ?? 0);
    }
  }

  /** One training step: reward `gold`, penalise `predicted`. */
  update(features: Uint32Array, n: number, gold: number, predicted: number): void {
    this.step++;
    if (gold === predicted) return;
    for (let f = 0; f < n; f++) {
      const w = this.weightsOf(features[f] ?? 0);
      this.bump(w, gold, 1);
      this.bump(w, predicted, -1);
    }
  }

  /** A feature's weights (current, summed and last-changed, per label), made when first asked for. */
  private weightsOf(key: number): Float64Array {
    let w = this.table.get(key);
    if (!w) {
      w = new Float64Array(3 * L);
      this.table.set(key, w);
    }
    return w;
  }

  /** Structured training (beam-training.ts): moves the clock on by `steps` tokens. */
  advance(steps: number): void {
    this.step += steps;
  }

  /** Structured training: adds `delta` to the weights of `features` for `label`. */
  adjust(features: Uint32Array, n: number, label: number, delta: number): void {
    for (let f = 0; f < n; f++) this.bump(this.weightsOf(features[f] ?? 0), label, delta);
  }

  private bump(w: Float64Array, label: number, delta: number): void {
    const stamp = 2 * L + label;
    w[L + label] = (w[L + label] ?? 0) + (this.step - (w[stamp] ?? 0)) * (w[label] ?? 0);
    w[stamp] = this.step;
    w[label] = (w[label] ?? 0) + delta;
  }

  /** The averaged weights at this step (the training state is left as it is). */
  average(): Map<number, Float64Array> {
    const avg = new Map<number, Float64Array>();
    for (const [key, w] of this.table) {
      const a = new Float64Array(L);
      let any = false;
      for (let l = 0; l < L; l++) {
        const total = (w[L + l] ?? 0) + (this.step - (w[2 * L + l] ?? 0)) * (w[l] ?? 0);
        a[l] = total / Math.max(1, this.step);
        if (a[l] !== 0) any = true;
      }
      if (any) avg.set(key, a);
    }
    return avg;
  }
}

/** Scores with a fixed table of weights (the averaged ones, for evaluation and export). */
export class FixedWeights implements Scorer {
  constructor(readonly weights: Map<number, Float64Array>) {}

  score(features: Uint32Array, n: number, scores: Float64Array): void {
    for (let f = 0; f < n; f++) {
      const w = this.weights.get(features[f] ?? 0);
      if (!w) continue;
      for (let l = 0; l < L; l++) scores[l] = (scores[l] ?? 0) + (w[l] ?? 0);
    }
  }
}

/**
 * The strongest `maxFeatures` weight vectors (those at least `minWeight` strong), in key order,
 * quantised to 16 bits with one scale: what a model file stores.
 */
export function quantised(
  weights: ReadonlyMap<number, Float64Array>,
  maxFeatures: number,
  minWeight = 0,
): { keys: Uint32Array; weights: Int16Array; scale: number } {
  const strength = (w: Float64Array): number => w.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
  const kept = [...weights.entries()]
    .filter(([, w]) => strength(w) >= minWeight)
    .sort((a, b) => strength(b[1]) - strength(a[1]) || a[0] - b[0])
    .slice(0, maxFeatures)
    .sort((a, b) => a[0] - b[0]);
  let maxAbs = 0;
  for (const [, w] of kept) for (const x of w) maxAbs = Math.max(maxAbs, Math.abs(x));
  const scale = maxAbs / 32767;
  const out = new Int16Array(kept.length * N_LABELS);
  kept.forEach(([, w], i) => {
    for (let l = 0; l < N_LABELS; l++)
      out[i * N_LABELS + l] = Math.max(-32767, Math.min(32767, Math.round((w[l] ?? 0) / scale)));
  });
  return { keys: Uint32Array.from(kept.map(([k]) => k)), weights: out, scale };
}

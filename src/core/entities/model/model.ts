/**
 * The trained entity model: averaged-perceptron weights for hashed features, quantised to
 * 16 bits, with the word lists they were trained with. The file format (little-endian):
 *
 *   "LEDENER1"  magic
 *   u32         length of a JSON header: { format: 2, labels, scale, gazetteers, about, ... }
 *   bytes       the header
 *   u32         feature count F
 *   u32 x F     feature hashes, ascending
 *   i16 x F*L   weights, L per feature (one per label), times `scale`
 *   u32         word count W of the cluster table, then u32 byte length B
 *   B bytes     the W words, sorted, UTF-8, separated by "\n"
 *   i16 x W*3   their cluster ids (finest to coarsest)
 *
 * The cluster table is packed so loading it is a split and a copy, not a JSON parse and a
 * map of 60,000 entries: a cold service worker tags sooner.
 * Loading builds an open-addressing table whose slots hold a hash and its weights side by
 * side (24 bytes), so looking a feature up touches one cache line. Scores are sums of the
 * stored integers (in units of `scale`, which does not change which label wins).
 */
import { Gazetteers, sortedClusters, type GazetteerLists, type WordClusterTable } from './gazetteers';
import { labelFeatures, MAX_FEATURES, WINDOW, wordFeatures, type Word } from './features';
import { LABELS, N_LABELS } from './labels';
import type { Scorer } from './tagger';

export interface ModelHeader {
  format: 2;
  labels: readonly string[];
  /** Weight = stored byte * scale. */
  scale: number;
  gazetteers: GazetteerLists;
  clusters: WordClusterTable;
  /** 2: tag twice, the second pass seeing the first pass's reading of the whole document. */
  passes: 1 | 2;
  /** Free text for the model card: data, epochs, figures. */
  about: Record<string, unknown>;
}

const MAGIC = 'LEDENER1';

/** Slot layout in 16-bit units: the feature hash (2 units), one weight per label, padding. */
const SLOT = 12;
const EMPTY = 0;

let nextModelId = 1;

export class NerModel implements Scorer {
  readonly gazetteers: Gazetteers;
  private readonly id = nextModelId++;
  private readonly mask: number;
  /** The table as 32-bit words (the key of slot h at h * SLOT / 2) and as 16-bit weights. */
  private readonly keyView: Uint32Array;
  private readonly weightView: Int16Array;

  constructor(
    readonly header: ModelHeader,
    private readonly keys: Uint32Array,
    weights: Int16Array,
  ) {
    if (header.labels.join() !== LABELS.join() || N_LABELS !== 9) throw new Error('entity model: unexpected label set');
    this.gazetteers = new Gazetteers(header.gazetteers, header.clusters);
    // Load factor at most 0.7: a small table stays in cache; probes stay short.
    let size = 1;
    while (size * 0.7 < keys.length) size <<= 1;
    this.mask = size - 1;
    const buffer = new ArrayBuffer(size * SLOT * 2);
    this.keyView = new Uint32Array(buffer);
    this.weightView = new Int16Array(buffer);
    for (let i = 0; i < keys.length; i++) {
      // Key 0 marks an empty slot; a feature hashing to 0 is stored as 1 (and looked up so).
      const k = keys[i] || 1;
      let h = k & this.mask;
      while (this.keyView[h * (SLOT / 2)] !== EMPTY) h = (h + 1) & this.mask;
      this.keyView[h * (SLOT / 2)] = k;
      for (let l = 0; l < N_LABELS; l++) this.weightView[h * SLOT + 2 + l] = weights[i * N_LABELS + l] ?? 0;
    }
  }

  get featureCount(): number {
    return this.keys.length;
  }

  /** The bias and label-only features' weights, for each pair of labels to the left. */
  private readonly labelCache = new Map<number, Float64Array>();

  scoreLabels(prev1: number, prev2: number, scores: Float64Array): void {
    const key = prev1 * N_LABELS + prev2;
    let cached = this.labelCache.get(key);
    if (!cached) {
      cached = new Float64Array(N_LABELS);
      const features = new Uint32Array(4);
      this.score(features, labelFeatures(prev1, prev2, features, 0), cached);
      this.labelCache.set(key, cached);
    }
    for (let l = 0; l < N_LABELS; l++) scores[l] = (scores[l] as number) + (cached[l] as number);
  }

  /** Word weights by window position, cached on the word (see `wordFeatures`). */
  scoreWord(word: Word, pos: number, scores: Float64Array): void {
    let cache = word.cache;
    if (word.cacheOwner !== this.id || !cache) {
      cache = new Float32Array(WINDOW.length * N_LABELS);
      const features = new Uint32Array(MAX_FEATURES);
      const part = new Float64Array(N_LABELS);
      WINDOW.forEach((p, k) => {
        part.fill(0);
        this.score(features, wordFeatures(word, p, features, 0), part);
        cache?.set(part, k * N_LABELS);
      });
      word.cache = cache;
      word.cacheOwner = this.id;
    }
    const b = (pos + 2) * N_LABELS;
    scores[0] = (scores[0] as number) + (cache[b] as number);
    scores[1] = (scores[1] as number) + (cache[b + 1] as number);
    scores[2] = (scores[2] as number) + (cache[b + 2] as number);
    scores[3] = (scores[3] as number) + (cache[b + 3] as number);
    scores[4] = (scores[4] as number) + (cache[b + 4] as number);
    scores[5] = (scores[5] as number) + (cache[b + 5] as number);
    scores[6] = (scores[6] as number) + (cache[b + 6] as number);
    scores[7] = (scores[7] as number) + (cache[b + 7] as number);
    scores[8] = (scores[8] as number) + (cache[b + 8] as number);
  }

  /**
   * Adds the weights of `n` features to `scores`. Written out for the nine labels, with the
   * sums in locals: this loop is where tagging spends its time.
   */
  score(features: Uint32Array, n: number, scores: Float64Array): void {
    const { keyView, weightView, mask } = this;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    let s6 = 0;
    let s7 = 0;
    let s8 = 0;
    for (let f = 0; f < n; f++) {
      const k = (features[f] as number) || 1;
      let h = k & mask;
      let found = keyView[h * 6] as number;
      while (found !== k && found !== EMPTY) {
        h = (h + 1) & mask;
        found = keyView[h * 6] as number;
      }
      if (found === EMPTY) continue;
      const b = h * SLOT + 2;
      s0 += weightView[b] as number;
      s1 += weightView[b + 1] as number;
      s2 += weightView[b + 2] as number;
      s3 += weightView[b + 3] as number;
      s4 += weightView[b + 4] as number;
      s5 += weightView[b + 5] as number;
      s6 += weightView[b + 6] as number;
      s7 += weightView[b + 7] as number;
      s8 += weightView[b + 8] as number;
    }
    scores[0] = (scores[0] as number) + s0;
    scores[1] = (scores[1] as number) + s1;
    scores[2] = (scores[2] as number) + s2;
    scores[3] = (scores[3] as number) + s3;
    scores[4] = (scores[4] as number) + s4;
    scores[5] = (scores[5] as number) + s5;
    scores[6] = (scores[6] as number) + s6;
    scores[7] = (scores[7] as number) + s7;
    scores[8] = (scores[8] as number) + s8;
  }

  static fromBytes(bytes: Uint8Array): NerModel {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const magic = String.fromCharCode(...bytes.subarray(0, 8));
    if (magic !== MAGIC) throw new Error('entity model: not a Lede model file');
    const headerLength = view.getUint32(8, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as ModelHeader;
    if (header.format !== 2) throw new Error('entity model: unsupported format');
    let offset = 12 + headerLength;
    const count = view.getUint32(offset, true);
    offset += 4;
    const keys = new Uint32Array(count);
    for (let i = 0; i < count; i++, offset += 4) keys[i] = view.getUint32(offset, true);
    const weights = new Int16Array(count * N_LABELS);
    for (let i = 0; i < weights.length; i++, offset += 2) weights[i] = view.getInt16(offset, true);
    const wordCount = view.getUint32(offset, true);
    const blobLength = view.getUint32(offset + 4, true);
    offset += 8;
    const words = wordCount ? new TextDecoder().decode(bytes.subarray(offset, offset + blobLength)).split('\n') : [];
    offset += blobLength;
    const ids = new Int16Array(wordCount * 3);
    for (let i = 0; i < ids.length; i++, offset += 2) ids[i] = view.getInt16(offset, true);
    if (words.length !== wordCount || offset !== bytes.byteLength) throw new Error('entity model: damaged file');
    return new NerModel({ ...header, clusters: { words, ids } }, keys, weights);
  }

  static toBytes(header: ModelHeader, keys: Uint32Array, weights: Int16Array): Uint8Array {
    const { clusters, ...rest } = header;
    const json = new TextEncoder().encode(JSON.stringify(rest));
    const table = sortedClusters(clusters);
    const blob = new TextEncoder().encode(table.words.join('\n'));
    const out = new Uint8Array(
      12 + json.length + 4 + keys.length * 4 + weights.length * 2 + 8 + blob.length + table.words.length * 6,
    );
    const view = new DataView(out.buffer);
    for (let i = 0; i < 8; i++) out[i] = MAGIC.charCodeAt(i);
    view.setUint32(8, json.length, true);
    out.set(json, 12);
    let offset = 12 + json.length;
    view.setUint32(offset, keys.length, true);
    offset += 4;
    for (let i = 0; i < keys.length; i++, offset += 4) view.setUint32(offset, keys[i] ?? 0, true);
    for (let i = 0; i < weights.length; i++, offset += 2) view.setInt16(offset, weights[i] ?? 0, true);
    view.setUint32(offset, table.words.length, true);
    view.setUint32(offset + 4, blob.length, true);
    offset += 8;
    out.set(blob, offset);
    offset += blob.length;
    for (let i = 0; i < table.words.length * 3; i++, offset += 2) view.setInt16(offset, table.ids[i] ?? -1, true);
    return out;
  }
}

/**
 * The trained entity model: averaged-perceptron weights for hashed features, quantised to
 * 16 bits, with the word lists they were trained with. The file format (little-endian; every
 * array starts at a multiple of its element size, so loading takes typed-array views of the
 * file and copies nothing):
 *
 *   "LEDENER1"  magic
 *   u32         length H of a JSON header: { format: 3, labels, scale, phrases, passes, about }
 *   H bytes     the header, then zero bytes up to a multiple of 4
 *   u32         feature count F
 *   u32 x F     feature hashes, in the order of their home slot in the lookup table (below)
 *   i16 x F*L   weights, L per feature (one per label), times `scale`
 *   table       the word lists' single words: u16 bits each (see GAZ)
 *   table       the word clusters: three i16 cluster ids each (finest to coarsest)
 *
 * A table is: u32 word count W, u32 byte length B, the W words (sorted, lower-case, UTF-8,
 * separated by "\n"), a zero byte if B is odd, then W values. `phrases` in the header are
 * the word lists' entries of several words, lower-case, one space between words.
 * Loading builds an open-addressing table whose slots hold a hash and its weights side by
 * side (24 bytes), so looking a feature up touches one cache line. The file lists the
 * features in slot order, so that build writes the table front to back: a cold service
 * worker tags sooner. Scores are sums of the stored integers (in units of `scale`, which
 * does not change which label wins).
 */
import { Gazetteers, type GazetteerTables } from './gazetteers';
import { feature } from './hash';
import {
  featureBuffer,
  labelFeatures,
  PAST_COMBINATIONS,
  pastFeatures,
  SMALL_SLOTS,
  WINDOW,
  wordFeatures,
  wordLabelFeatures,
} from './templates';
import type { Word } from './word';
import { LABELS, N_LABELS } from './labels';
import { addWeights, type Scorer } from './tagger';

export interface ModelHeader {
  format: 3;
  labels: readonly string[];
  /** Weight = stored byte * scale. */
  scale: number;
  /** 2: tag twice, the second pass seeing the first pass's reading of the whole document. */
  passes: 1 | 2;
  /**
   * A beam decoder (beam.ts) instead of the greedy tagger: how many label sequences it keeps
   * and its temperature (0: raw score sums). Absent: the greedy tagger (every shipped model asks for a beam of four).
   */
  beam?: { width: number; temperature: number };
  /** Free text for the model card: data, epochs, figures. */
  about: Record<string, unknown>;
}

const MAGIC = 'LEDENER1';

/** How many words' weights one of `NerModel`'s arenas holds. */
const ARENA_WORDS = 2048;

/** Slot layout in 16-bit units: the feature hash (2 units), one weight per label, padding. */
const SLOT = 12;
const EMPTY = 0;

/**
 * A feature's bit in `NerModel.present`: bits 12-31 of its hash (the home slot is read from
 * the low bits), as the word `k >>> 17` and the bit `(k >>> 12) & 31` in it.
 */
const PRESENT_WORDS = 1 << 15;

export class NerModel implements Scorer {
  private readonly mask: number;
  /** The table as 32-bit words (the key of slot h at h * SLOT / 2, as int32) and as 16-bit weights. */
  private readonly keyView: Int32Array;
  private readonly weightView: Int16Array;
  /**
   * One bit for each of 2^20 values of a hash's bits 12-31, set where a feature of the model
   * has them: a feature whose bit is clear is none of the model's, and is not looked up in the
   * table (about a third of those tagging asks for, whose probes run longest). 128 KB, which
   * the caches hold where the table (megabytes) spills out of them.
   */
  private readonly present = new Int32Array(PRESENT_WORDS);

  constructor(
    readonly header: ModelHeader,
    private readonly keys: Uint32Array,
    weights: Int16Array,
    readonly gazetteers: Gazetteers,
  ) {
    if (header.labels.join() !== LABELS.join() || N_LABELS !== 9) throw new Error('entity model: unexpected label set');
    this.mask = tableSize(keys.length) - 1;
    const buffer = new ArrayBuffer((this.mask + 1) * SLOT * 2);
    this.keyView = new Int32Array(buffer);
    this.weightView = new Int16Array(buffer);
    const { keyView, weightView, mask, present } = this;
    for (let i = 0; i < keys.length; i++) {
      // Key 0 marks an empty slot; a feature hashing to 0 is stored as 1 (and looked up so).
      const k = (keys[i] as number) | 0 || 1;
      present[k >>> 17] = (present[k >>> 17] as number) | (1 << ((k >>> 12) & 31));
      let h = k & mask;
      while (keyView[h * (SLOT / 2)] !== EMPTY) h = (h + 1) & mask;
      keyView[h * (SLOT / 2)] = k;
      for (let l = 0; l < N_LABELS; l++) weightView[h * SLOT + 2 + l] = weights[i * N_LABELS + l] as number;
    }
  }

  get featureCount(): number {
    return this.keys.length;
  }

  /** The bias and label-only features' weights, for each pair of labels to the left. */
  private readonly labelCache: (Float64Array | undefined)[] = new Array<Float64Array | undefined>(
    N_LABELS * N_LABELS,
  ).fill(undefined);

  scoreLabels(prev1: number, prev2: number, scores: Float64Array): void {
    const key = prev1 * N_LABELS + prev2;
    let cached = this.labelCache[key];
    if (!cached) {
      cached = new Float64Array(N_LABELS);
      const features = featureBuffer();
      this.score(features, labelFeatures(prev1, prev2, features, 0), cached);
      this.labelCache[key] = cached;
    }
    for (let l = 0; l < N_LABELS; l++) scores[l] = (scores[l] as number) + (cached[l] as number);
  }

  /**
   * The weights of the features of few values, by slot (`scoreSmall`; one feature's weights
   * are whole numbers of 16 bits), and which slots are filled.
   */
  private readonly small = new Int16Array(SMALL_SLOTS * N_LABELS);
  private readonly smallFilled = new Uint8Array(SMALL_SLOTS);

  scoreSmall(slot: number, template: number, a: number, b: number, c: number, scores: Float64Array): void {
    const { small } = this;
    const at = slot * N_LABELS;
    if (!this.smallFilled[slot]) {
      const part = new Float64Array(N_LABELS);
      this.score(Uint32Array.of(feature(template, a, b, c)), 1, part);
      small.set(part, at);
      this.smallFilled[slot] = 1;
    }
    scores[0] = (scores[0] as number) + (small[at] as number);
    scores[1] = (scores[1] as number) + (small[at + 1] as number);
    scores[2] = (scores[2] as number) + (small[at + 2] as number);
    scores[3] = (scores[3] as number) + (small[at + 3] as number);
    scores[4] = (scores[4] as number) + (small[at + 4] as number);
    scores[5] = (scores[5] as number) + (small[at + 5] as number);
    scores[6] = (scores[6] as number) + (small[at + 6] as number);
    scores[7] = (scores[7] as number) + (small[at + 7] as number);
    scores[8] = (scores[8] as number) + (small[at + 8] as number);
  }

  /** The weights of `pastFeatures` by combination (see `PAST_COMBINATIONS`), and which are filled. */
  private readonly past = new Float64Array(PAST_COMBINATIONS * N_LABELS);
  private readonly pastFilled = new Uint8Array(PAST_COMBINATIONS);

  scorePast(past: number, capsFlags: number, prev1: number, scores: Float64Array): void {
    const combination = (past * 4 + capsFlags) * N_LABELS + prev1;
    const at = combination * N_LABELS;
    const cached = this.past;
    if (!this.pastFilled[combination]) {
      const part = new Float64Array(N_LABELS);
      const features = featureBuffer();
      this.score(features, pastFeatures(past, capsFlags, prev1, features, 0), part);
      cached.set(part, at);
      this.pastFilled[combination] = 1;
    }
    scores[0] = (scores[0] as number) + (cached[at] as number);
    scores[1] = (scores[1] as number) + (cached[at + 1] as number);
    scores[2] = (scores[2] as number) + (cached[at + 2] as number);
    scores[3] = (scores[3] as number) + (cached[at + 3] as number);
    scores[4] = (scores[4] as number) + (cached[at + 4] as number);
    scores[5] = (scores[5] as number) + (cached[at + 5] as number);
    scores[6] = (scores[6] as number) + (cached[at + 6] as number);
    scores[7] = (scores[7] as number) + (cached[at + 7] as number);
    scores[8] = (scores[8] as number) + (cached[at + 8] as number);
  }

  /**
   * Each word's weights at each window position, by word slot (see `Word.slot`): at 3 * slot
   * the word whose weights are kept there, at 3 * slot + 1 the weights (side by side, so that
   * the check and the weights share a cache line), at 3 * slot + 2 those of
   * `wordLabelFeatures` (`scoreWordLabel`; null until asked for). Kept here, not on the word,
   * since words are shared by every model and document; an array, not a map, since tagging
   * asks for a word's weights once a token. At most WORD_SLOTS entries: a slot the word table
   * gives to a new word is overwritten when the new word is first scored.
   */
  private readonly slots: (Word | Float32Array | null)[] = [];
  /** Scratch for the weights of one word's features at a time. */
  private readonly features = featureBuffer();
  private readonly part = new Float64Array(N_LABELS);

  /** The weights of `word` at each window position (see `Scorer.wordWeights`), cached. */
  wordWeights(word: Word): Float32Array {
    const slot = word.slot;
    if (this.slots[slot * 3] === word) return this.slots[slot * 3 + 1] as Float32Array;
    const weights = this.newWeights(WINDOW.length * N_LABELS);
    const { features, part } = this;
    for (let k = 0; k < WINDOW.length; k++) {
      part.fill(0);
      this.score(features, wordFeatures(word, WINDOW[k] as number, features, 0), part);
      weights.set(part, k * N_LABELS);
    }
    // Grown one by one, so that the array stays dense.
    while (this.slots.length <= slot * 3 + 2) this.slots.push(null);
    this.slots[slot * 3] = word;
    this.slots[slot * 3 + 1] = weights;
    this.slots[slot * 3 + 2] = null;
    return weights;
  }

  /**
   * Adds the weights of `wordLabelFeatures(word, prev1)` (see `Scorer.scoreWordLabel`), kept
   * by word as N_LABELS rows of N_LABELS, one per label to the left, a row's first weight NaN
   * until it is worked out (the weights are whole numbers).
   */
  scoreWordLabel(word: Word, prev1: number, scores: Float64Array): void {
    const slot = word.slot;
    if (this.slots[slot * 3] !== word) this.wordWeights(word);
    let cached = this.slots[slot * 3 + 2] as Float32Array | null;
    if (!cached) {
      cached = this.newWeights(N_LABELS * N_LABELS);
      for (let l = 0; l < N_LABELS; l++) cached[l * N_LABELS] = NaN;
      this.slots[slot * 3 + 2] = cached;
    }
    const at = prev1 * N_LABELS;
    if (Number.isNaN(cached[at])) {
      const { features, part } = this;
      part.fill(0);
      this.score(features, wordLabelFeatures(word, prev1, features, 0), part);
      cached.set(part, at);
    }
    addWeights(scores, cached, at);
  }

  /**
   * Where words' weights are cut from (`newWeights`): large arrays, each word's weights a view
   * of one, side by side in the order the words were met (an array of its own for each word
   * was a block of memory of its own, somewhere else, for each word the tagger reads).
   */
  private arena = new Float32Array(0);
  private arenaUsed = 0;

  /** Room for `size` of one word's weights (zeros), a view of `arena`. */
  private newWeights(size: number): Float32Array {
    if (this.arenaUsed + size > this.arena.length) {
      this.arena = new Float32Array(Math.max(size, WINDOW.length * N_LABELS) * ARENA_WORDS);
      this.arenaUsed = 0;
    }
    const weights = this.arena.subarray(this.arenaUsed, this.arenaUsed + size);
    this.arenaUsed += size;
    return weights;
  }

  /** What the first reads of `touch` saw (kept, so that they are not optimised away). */
  private touched = 0;

  /**
   * Adds the weights of `n` features to `scores`: one run of `scoreRuns` (`addRun`). Its first
   * pass (`touch`) only for more than two features: most calls are the beam's, of the two
   * or so features of a token that read the label to the left, where it costs more than the
   * loads it lets overlap.
   */
  score(features: Uint32Array, n: number, scores: Float64Array): void {
    if (n > 2) this.touch(features, n);
    this.addRun(features, 0, n, scores, 0);
  }

  /**
   * `score` for several runs of features (see `Scorer.scoreRuns`): the home slots of all of
   * them are read first, loads that do not wait on one another (a sentence's tokens' at once,
   * where `score` reads one token's), then each run's weights are summed into its row.
   */
  scoreRuns(features: Uint32Array, ends: Int32Array, rows: Int32Array, runs: number, scores: Float64Array): void {
    if (runs === 0) return;
    this.touch(features, ends[runs - 1] as number);
    let f = 0;
    for (let g = 0; g < runs; g++) {
      const end = ends[g] as number;
      this.addRun(features, f, end, scores, (rows[g] as number) * 9);
      f = end;
    }
  }

  /** Reads the home slot of each of the first `n` features (see `scoreRuns`). */
  private touch(features: Uint32Array, n: number): void {
    const { keyView, mask, present } = this;
    // (Keys read as int32 and the slot layout as literals: see `addRun`.)
    let touched = 0;
    for (let f = 0; f < n; f++) {
      const k = (features[f] as number) | 0 || 1;
      if ((present[k >>> 17] as number) & (1 << ((k >>> 12) & 31))) touched ^= keyView[(k & mask) * 6] as number;
    }
    this.touched = touched;
  }

  /**
   * Adds the weights of features `from` to `end` to the N_LABELS scores at `at` (the loop,
   * written out for the nine labels with the sums in locals, is where tagging spends its time).
   */
  private addRun(features: Uint32Array, from: number, end: number, scores: Float64Array, at: number): void {
    const { keyView, weightView, mask, present } = this;
    // The loop reads keys as int32 (`| 0`; `keyView` is an Int32Array): a Uint32Array's values
    // from 2^31 up are no int32, and would be compared and masked as doubles. And it uses
    // literals, not the module's SLOT and EMPTY, which optimised code reads from the module's
    // context at every use (12: SLOT; 6: SLOT / 2; 0: EMPTY).
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    let s6 = 0;
    let s7 = 0;
    let s8 = 0;
    for (let f = from; f < end; f++) {
      const k = (features[f] as number) | 0 || 1;
      if (((present[k >>> 17] as number) & (1 << ((k >>> 12) & 31))) === 0) continue;
      let h = k & mask;
      let found = keyView[h * 6] as number;
      while (found !== k && found !== 0) {
        h = (h + 1) & mask;
        found = keyView[h * 6] as number;
      }
      if (found === 0) continue;
      const b = h * 12 + 2;
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
    scores[at] = (scores[at] as number) + s0;
    scores[at + 1] = (scores[at + 1] as number) + s1;
    scores[at + 2] = (scores[at + 2] as number) + s2;
    scores[at + 3] = (scores[at + 3] as number) + s3;
    scores[at + 4] = (scores[at + 4] as number) + s4;
    scores[at + 5] = (scores[at + 5] as number) + s5;
    scores[at + 6] = (scores[at + 6] as number) + s6;
    scores[at + 7] = (scores[at + 7] as number) + s7;
    scores[at + 8] = (scores[at + 8] as number) + s8;
  }

  static fromBytes(bytes: Uint8Array): NerModel {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const magic = String.fromCharCode(...bytes.subarray(0, 8));
    if (magic !== MAGIC) throw new Error('entity model: not a Lede model file');
    const headerLength = view.getUint32(8, true);
    const { phrases, ...header } = JSON.parse(
      new TextDecoder().decode(bytes.subarray(12, 12 + headerLength)),
    ) as FileHeader;
    if (header.format !== 3) throw new Error('entity model: unsupported format');
    let offset = align(12 + headerLength, 4);
    const count = view.getUint32(offset, true);
    offset += 4;
    const keys = u32s(bytes, offset, count);
    offset += count * 4;
    const weights = i16s(bytes, offset, count * N_LABELS);
    offset += count * N_LABELS * 2;
    const single = readTable(bytes, offset, 1);
    const clusters = readTable(bytes, single.end, 3);
    if (clusters.end !== bytes.byteLength) throw new Error('entity model: damaged file');
    const gazetteers = new Gazetteers({
      words: { words: single.words, bits: single.values },
      phrases,
      clusters: { words: clusters.words, ids: clusters.values },
    });
    return new NerModel(header, keys, weights, gazetteers);
  }

  static toBytes(header: ModelHeader, keys: Uint32Array, weights: Int16Array, gazetteers: Gazetteers): Uint8Array {
    const { words, phrases, clusters } = gazetteers.tables;
    const file: FileHeader = { ...header, format: 3, phrases };
    const json = new TextEncoder().encode(JSON.stringify(file));
    // Features in the order of their home slot (ties by hash), so loading fills the table in order.
    const mask = tableSize(keys.length) - 1;
    const home = (i: number): number => ((keys[i] as number) || 1) & mask;
    const order = Array.from(keys.keys()).sort(
      (a, b) => home(a) - home(b) || (keys[a] as number) - (keys[b] as number),
    );
    const keysAt = align(12 + json.length, 4) + 4;
    const single = tableBytes(words.words, Array.from(words.bits), 1);
    const cluster = tableBytes(clusters.words, Array.from(clusters.ids), 3);
    const tablesAt = keysAt + keys.length * 4 + weights.length * 2;
    const out = new Uint8Array(tablesAt + single.length + cluster.length);
    const view = new DataView(out.buffer);
    for (let i = 0; i < 8; i++) out[i] = MAGIC.charCodeAt(i);
    view.setUint32(8, json.length, true);
    out.set(json, 12);
    view.setUint32(keysAt - 4, keys.length, true);
    let offset = keysAt;
    for (const i of order) {
      view.setUint32(offset, keys[i] ?? 0, true);
      offset += 4;
    }
    for (const i of order) {
      for (let l = 0; l < N_LABELS; l++, offset += 2) view.setInt16(offset, weights[i * N_LABELS + l] ?? 0, true);
    }
    out.set(single, tablesAt);
    out.set(cluster, tablesAt + single.length);
    return out;
  }
}

/** The header as stored: the model's, with the word lists' phrases. */
type FileHeader = ModelHeader & { phrases: GazetteerTables['phrases'] };

/** A sorted word table (see the format above) at `offset`: `per` 16-bit values per word. */
function readTable(
  bytes: Uint8Array,
  offset: number,
  per: number,
): { words: string[]; values: Int16Array; end: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(offset, true);
  const length = view.getUint32(offset + 4, true);
  const start = offset + 8;
  const words = count ? new TextDecoder().decode(bytes.subarray(start, start + length)).split('\n') : [];
  if (words.length !== count) throw new Error('entity model: damaged file');
  const valuesAt = align(start + length, 2);
  return { words, values: i16s(bytes, valuesAt, count * per), end: valuesAt + count * per * 2 };
}

function tableBytes(words: readonly string[], values: readonly number[], per: number): Uint8Array {
  const blob = new TextEncoder().encode(words.join('\n'));
  const valuesAt = align(8 + blob.length, 2);
  const out = new Uint8Array(valuesAt + words.length * per * 2);
  const view = new DataView(out.buffer);
  view.setUint32(0, words.length, true);
  view.setUint32(4, blob.length, true);
  out.set(blob, 8);
  for (let i = 0; i < words.length * per; i++) view.setInt16(valuesAt + i * 2, values[i] ?? -1, true);
  return out;
}

/** Slots for `n` features: a power of two, load factor at most 0.7 (probes stay short). */
function tableSize(n: number): number {
  let size = 1;
  while (size * 0.7 < n) size <<= 1;
  return size;
}

function align(offset: number, to: number): number {
  return Math.ceil(offset / to) * to;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** `n` little-endian u32 at `offset`: a view of the file when it can be, else a copy. */
function u32s(bytes: Uint8Array, offset: number, n: number): Uint32Array {
  if (LITTLE_ENDIAN && (bytes.byteOffset + offset) % 4 === 0)
    return new Uint32Array(bytes.buffer, bytes.byteOffset + offset, n);
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, n * 4);
  return Uint32Array.from({ length: n }, (_, i) => view.getUint32(i * 4, true));
}

/** `n` little-endian i16 at `offset`: a view of the file when it can be, else a copy. */
function i16s(bytes: Uint8Array, offset: number, n: number): Int16Array {
  if (LITTLE_ENDIAN && (bytes.byteOffset + offset) % 2 === 0)
    return new Int16Array(bytes.buffer, bytes.byteOffset + offset, n);
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, n * 2);
  return Int16Array.from({ length: n }, (_, i) => view.getInt16(i * 2, true));
}

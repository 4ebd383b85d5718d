/**
 * The entity model's file format: what is written is read back exactly (weights, word
 * lists, clusters), whatever the order and alignment, and a damaged file is refused.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { GAZ, Gazetteers, PHRASE_BEGIN, type GazetteerLists } from '../../src/core/entities/model/gazetteers';
import { LABELS, N_LABELS } from '../../src/core/entities/model/labels';
import { NerModel, type ModelHeader } from '../../src/core/entities/model/model';

const header: ModelHeader = { format: 3, labels: LABELS, scale: 0.5, passes: 1, about: { test: true } };

function lists(entries: Partial<GazetteerLists>): GazetteerLists {
  return Object.fromEntries(Object.keys(GAZ).map((k) => [k, entries[k as keyof typeof GAZ] ?? []])) as GazetteerLists;
}

/** Feature hashes spread over the table, with collisions on the same home slot, and 0. */
const keys = Uint32Array.from([0, 7, 7 + 1024, 7 + 2048, 999_999_937, 0xffffffff, 123, 4096, 5, 6]);
const weights = Int16Array.from({ length: keys.length * N_LABELS }, (_, i) => ((i * 7919) % 65535) - 32767);

const gazetteers = Gazetteers.fromLists(
  lists({
    COUNTRY: ['France', 'United  States', 'Côte d’Ivoire'],
    CITY: ['Paris', 'New York', 'New York City'],
    FIRST_NAME: ['Paris'],
  }),
  { words: ['zeta', 'alpha', 'émile'], ids: [1, 2, 3, 4, 5, 6, 7, 8, 9] },
);

function scoresOf(model: NerModel, key: number): number[] {
  const scores = new Float64Array(N_LABELS);
  model.score(Uint32Array.of(key), 1, scores);
  return Array.from(scores);
}

describe('entity model file', () => {
  const bytes = NerModel.toBytes(header, keys, weights, gazetteers);
  const model = NerModel.fromBytes(bytes);

  test('every feature reads back with its weights', () => {
    keys.forEach((k, i) =>
      expect(scoresOf(model, k)).toEqual(Array.from(weights.subarray(i * N_LABELS, (i + 1) * N_LABELS))),
    );
    expect(scoresOf(model, 42)).toEqual(new Array(N_LABELS).fill(0));
    expect(model.featureCount).toBe(keys.length);
    expect(model.header.about).toEqual({ test: true });
  });

  test('a sum over many features, the model’s and others sharing their bits, is the sum of the model’s weights', () => {
    // Many features (a table larger than the caches' shortcut is sparse), and features that are
    // not the model's: some share a feature's high bits, some its home slot, some neither.
    let x = 12345;
    const next = (): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0);
    const many = Uint32Array.from({ length: 5000 }, next);
    const manyWeights = Int16Array.from({ length: many.length * N_LABELS }, () => (next() % 2001) - 1000);
    const big = new NerModel(header, many, manyWeights, gazetteers);
    const others = Array.from(many.subarray(0, 500), (k, i) =>
      i % 3 === 0 ? (k ^ 1) >>> 0 : i % 3 === 1 ? (k ^ 0x80000000) >>> 0 : next(),
    );
    const known = new Set(many);
    const asked = Uint32Array.from([...many.subarray(0, 1500), ...others.filter((k) => !known.has(k))]);
    const expected = new Float64Array(N_LABELS);
    for (let i = 0; i < 1500; i++)
      for (let l = 0; l < N_LABELS; l++)
        expected[l] = (expected[l] as number) + (manyWeights[i * N_LABELS + l] as number);
    const scores = new Float64Array(N_LABELS);
    big.score(asked, asked.length, scores);
    expect(Array.from(scores)).toEqual(Array.from(expected));
    const none = new Float64Array(N_LABELS);
    const absent = Uint32Array.from(others.filter((k) => !known.has(k)));
    big.score(absent, absent.length, none);
    expect(Array.from(none)).toEqual(new Array(N_LABELS).fill(0));
  });

  test('word lists and clusters read back', () => {
    const g = model.gazetteers;
    expect(g.wordBits('paris')).toBe(GAZ.CITY | GAZ.FIRST_NAME);
    expect(g.wordBits('france')).toBe(GAZ.COUNTRY);
    expect(g.wordBits('germany')).toBe(0);
    expect([g.cluster('alpha', 0), g.cluster('alpha', 2), g.cluster('zeta', 1), g.cluster('émile', 0)]).toEqual([
      4, 6, 2, 7,
    ]);
    expect(g.cluster('beta', 0)).toBe(-1);
    // The longest phrase wins; a phrase's first token is marked.
    const bits = g.phraseBits(['in', 'new', 'york', 'city', 'and', 'united', 'states']);
    expect(Array.from(bits)).toEqual([
      0,
      GAZ.CITY | PHRASE_BEGIN,
      GAZ.CITY,
      GAZ.CITY,
      0,
      GAZ.COUNTRY | PHRASE_BEGIN,
      GAZ.COUNTRY,
    ]);
    expect(g.phraseBits(['côte', 'd’ivoire'])[0]).toBe(GAZ.COUNTRY | PHRASE_BEGIN);
  });

  test('a file at an odd offset in memory reads the same (copies instead of views)', () => {
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const moved = NerModel.fromBytes(shifted.subarray(1));
    keys.forEach((k) => expect(scoresOf(moved, k)).toEqual(scoresOf(model, k)));
    expect(moved.gazetteers.cluster('zeta', 2)).toBe(3);
  });

  test('writing is deterministic, whatever order the features come in', () => {
    const order = [...keys.keys()].reverse();
    const reordered = NerModel.toBytes(
      header,
      Uint32Array.from(order, (i) => keys[i] ?? 0),
      Int16Array.from(order.flatMap((i) => Array.from(weights.subarray(i * N_LABELS, (i + 1) * N_LABELS)))),
      gazetteers,
    );
    expect(Buffer.from(reordered).equals(Buffer.from(bytes))).toBe(true);
  });

  test('a damaged or foreign file is refused', () => {
    expect(() => NerModel.fromBytes(bytes.subarray(0, bytes.length - 2))).toThrow(/damaged/);
    expect(() => NerModel.fromBytes(new TextEncoder().encode('not a model at all'))).toThrow(/not a Lede model/);
  });

  test('the shipped model loads, with its word lists', () => {
    const shipped = NerModel.fromBytes(new Uint8Array(readFileSync('models/ner.bin')));
    expect(shipped.featureCount).toBeGreaterThan(50_000);
    expect(shipped.gazetteers.wordBits('germany') & GAZ.COUNTRY).toBeTruthy();
    expect(shipped.gazetteers.phraseBits(['new', 'york'])[0]).toBeTruthy();
    expect(shipped.gazetteers.cluster('the', 0)).toBeGreaterThanOrEqual(0);
  });
});

import { describe, expect, it } from 'vitest';
import { clusterWords, mergedClusters } from '../../scripts/ner/language-clusters';
import { joinedNames } from '../../scripts/ner/training-data';
import { devHalves } from '../../scripts/ner/dev-halves';
import { soup } from '../../scripts/ner/soup';

describe('word clusters learnt from a language’s own text', () => {
  // Cities and people's first names in a few repeated contexts.
  const cities = ['madrid', 'sevilla', 'bilbao', 'valencia'];
  const people = ['juan', 'pedro', 'luis', 'carmen'];
  const texts = cities.flatMap((c, i) => {
    const p = people[i] as string;
    const C = c[0]?.toUpperCase() + c.slice(1);
    const P = p[0]?.toUpperCase() + p.slice(1);
    return [
      `El alcalde de ${C} llegó a ${C} ayer. Vive en ${C} desde enero.`,
      `${P} dijo que ${P} García vendrá. Según ${P} García, todo va bien.`,
    ];
  });
  const options = { minCount: 2, contexts: 40, k: [4, 2, 1] as [number, number, number], iterations: 10 };
  const clusters = clusterWords(texts, 'es', options);
  const fine = (w: string): number => clusters.ids[clusters.words.indexOf(w) * 3] as number;

  it('puts words seen in the same contexts together and apart from others', () => {
    for (const w of [...cities, ...people]) expect(clusters.words).toContain(w);
    expect(new Set(cities.map(fine)).size).toBe(1);
    expect(new Set(people.map(fine)).size).toBe(1);
    expect(fine('madrid')).not.toBe(fine('juan'));
  });

  it('is deterministic', () => {
    expect(clusterWords(texts, 'es', options)).toEqual(clusters);
  });

  it('merges two tables without sharing ids, the first table winning', () => {
    const merged = mergedClusters(
      { words: ['madrid'], ids: [3, 1, 0] },
      { words: ['madrid', 'bilbao'], ids: [0, 0, 0, 5, 2, 1] },
    );
    expect(merged.words).toEqual(['madrid', 'bilbao']);
    expect(merged.ids).toEqual([3, 1, 0, 9, 4, 2]);
  });
});

describe('CoNLL-2002 Spanish names with a full stop for their joining word', () => {
  it('gets the joining word back and moves the offsets after it', () => {
    const text = 'La Junta de Castilla. León y el PP. Luego Ana habló.';
    const at = (s: string): { start: number; end: number } => ({
      start: text.indexOf(s),
      end: text.indexOf(s) + s.length,
    });
    const doc = {
      id: 'x',
      text,
      entities: [
        { ...at('Junta de Castilla. León'), type: 'ORG' },
        { ...at('PP'), type: 'ORG' },
        { ...at('Ana'), type: 'PER' },
      ],
    };
    const joined = joinedNames(doc);
    expect(joined.text).toBe('La Junta de Castilla y León y el PP. Luego Ana habló.');
    expect(joined.entities.map((e) => joined.text.slice(e.start, e.end))).toEqual([
      'Junta de Castilla y León',
      'PP',
      'Ana',
    ]);
  });

  it('leaves a document without such names as it is', () => {
    const doc = { id: 'y', text: 'Ana vive en Madrid. Luis no.', entities: [{ start: 0, end: 3, type: 'PER' }] };
    expect(joinedNames(doc)).toBe(doc);
  });
});

describe('CoNLL-2002 dev split for training on half of it', () => {
  it('trains on the first half of the documents and measures the second, disjoint and whole', () => {
    const docs = Array.from({ length: 7 }, (_, i) => `doc-${i + 1}`);
    const { a, b } = devHalves(docs);
    expect(a).toEqual(['doc-1', 'doc-2', 'doc-3', 'doc-4']);
    expect(b).toEqual(['doc-5', 'doc-6', 'doc-7']);
    expect(devHalves(docs.slice(0, 6)).b).toEqual(['doc-4', 'doc-5', 'doc-6']);
  });
});

describe('a model soup: weights of models trained in different orders, averaged', () => {
  const model = (entries: [number, number[]][]): Parameters<typeof soup>[0][number] => ({
    header: { format: 3, labels: [], scale: 1, passes: 1, about: {} },
    weights: new Map(entries.map(([k, w]) => [k, Float64Array.from(w)])),
    tables: new Uint8Array(),
  });
  const nine = (x: number): number[] => Array.from({ length: 9 }, (_, l) => (l === 0 ? x : 0));

  it('averages each feature, a feature missing from one model counting as zeros there', () => {
    const { keys, weights, scale } = soup(
      [
        model([
          [5, nine(2)],
          [7, nine(4)],
        ]),
        model([[5, nine(4)]]),
      ],
      10,
    );
    expect([...keys]).toEqual([5, 7]);
    expect((weights[0] as number) * scale).toBeCloseTo(3, 3);
    expect((weights[9] as number) * scale).toBeCloseTo(2, 3);
  });

  it('keeps only the strongest features', () => {
    const { keys } = soup(
      [
        model([
          [1, nine(0.1)],
          [2, nine(5)],
          [3, nine(-9)],
        ]),
      ],
      2,
    );
    expect([...keys]).toEqual([2, 3]);
  });
});

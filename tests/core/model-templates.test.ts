/**
 * The entity model's feature templates: their ids are distinct 32-bit integers, and the
 * shipped model (models/ner.bin) knows features of every one of them, so an id renumbered by
 * mistake fails here instead of quietly making the tagger worse; and no token has more
 * features than a feature buffer holds (a typed array drops the rest without a word).
 */
import { describe, expect, test, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { modelPath } from '../../src/cli/model';
import { ModelRecogniser, sentencesOf } from '../../src/core/entities/model-recogniser';
import { NerModel } from '../../src/core/entities/model/model';
import type * as Hash from '../../src/core/entities/model/hash';
import { LABELS, N_LABELS, O } from '../../src/core/entities/model/labels';
import { SEED, TEMPLATE } from '../../src/core/entities/model/template-ids';
import { wordOf, type Word } from '../../src/core/entities/model/word';
import { newHistory, prepareDoc, remember, type DocumentState } from '../../src/core/entities/model/document';
import {
  extractFeatures,
  featureBuffer,
  labelFeatures,
  MAX_FEATURES,
  WINDOW,
  wordFeatures,
  type TokenContext,
} from '../../src/core/entities/model/templates';

const B_PER = LABELS.indexOf('B-PER');

/** Each feature hash computed while the tests run, with the template it came from. */
const templateOf = vi.hoisted(() => new Map<number, number>());
vi.mock('../../src/core/entities/model/hash', async (importOriginal) => {
  const real = await importOriginal<typeof Hash>();
  return {
    ...real,
    feature: (template: number, a: number, b?: number, c?: number): number => {
      const h = real.feature(template, a, b, c);
      templateOf.set(h, template);
      return h;
    },
  };
});

/** A short news story with what the templates look at: runs, titles, a table, a dateline. */
const STORY = [
  'PARIS 1996-08-22',
  'Shares of Jones Medical Industries Inc rose 5 percent on Tuesday, the company said. Mr Jones told reporters in Paris that the Bank of England would not comment.',
  'Results: Manchester United 2 Chelsea 1 , Arsenal 3 Leeds 0 .',
  '"We are pleased," said John Smith, chief executive of Acme Corp. Smith said the deal with Microsoft Corp. would close in September.',
];

/** A Spanish sports story: a club after its article, a results list with clubs in brackets. */
const SPORTS_STORY = [
  'El Barcelona ganó al Valencia en el partido de liga, y el entrenador del Barcelona elogió al equipo.',
  'Amonestación a Recoba (Mérida), Suárez (Toledo) y Casqueiro (Getafe). Goles: 1-0, Rivaldo; 2-0, Kluivert.',
  'Clasificación: 1. Carlos Sastre (España) 45 puntos; 2. Marco Pantani (Italia) 40; 3. Lance Armstrong (Estados Unidos) 38.',
];

describe('feature template ids', () => {
  test.each([
    ['TEMPLATE', TEMPLATE],
    ['SEED', SEED],
  ])('%s: distinct integers in 0..2^32-1 (they are hashed as 32-bit integers)', (_, table) => {
    const ids = Object.values(table);
    for (const id of ids) expect(Number.isInteger(id) && id >= 0 && id <= 0xffffffff, `id ${id}`).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('the shipped model knows features of every template', () => {
    const model = NerModel.fromBytes(readFileSync(modelPath()));
    templateOf.clear();
    ModelRecogniser.fromModel(model).recognise(STORY.map((text, id) => ({ id, kind: 'paragraph', text })));
    // By template: how many of its distinct features the story has, and how many of them the
    // model knows. Pairs of words are often unknown (the fewest known: 5 in 37), but a
    // template renumbered leaves at most the one feature of an empty value known. (A seed
    // changed in its low bits only aliases other strings: the test below catches that.)
    const counts = new Map<number, { seen: number; known: number }>();
    const scores = new Float64Array(N_LABELS);
    for (const [hash, template] of templateOf) {
      scores.fill(0);
      model.score(Uint32Array.of(hash), 1, scores);
      const c = counts.get(template) ?? { seen: 0, known: 0 };
      c.seen++;
      if (scores.some((s) => s !== 0)) c.known++;
      counts.set(template, c);
    }
    const expected = Object.entries(TEMPLATE).filter(
      ([name]) =>
        // Not a feature: a hash of a run's words, which RUN_WORDS then combines.
        name !== 'RUN_HASH_CHAIN' &&
        // Only a model tagging twice (header.passes 2) has the document-level pass.
        (model.header.passes === 2 || !name.startsWith('DOC_')) &&
        // Only the Spanish and Dutch models read sports stories (below).
        !name.startsWith('SPORT_'),
    );
    const rarelyKnown = expected
      .map(([name, id]) => ({ name, ...(counts.get(id) ?? { seen: 0, known: 0 }) }))
      .filter(({ seen, known }) => !(known > 0 && known >= seen / 20));
    expect(rarelyKnown).toEqual([]);
  });

  test('the Spanish model knows features of its own templates, which the English model never writes', () => {
    const model = NerModel.fromBytes(readFileSync(modelPath('es')));
    const blocks = SPORTS_STORY.map((text, id) => ({ id, kind: 'paragraph' as const, text }));
    templateOf.clear();
    ModelRecogniser.fromModel(NerModel.fromBytes(readFileSync(modelPath()))).recognise(blocks);
    const sport = Object.entries(TEMPLATE).filter(([name]) => name.startsWith('SPORT_'));
    expect(sport.filter(([, id]) => [...templateOf.values()].includes(id))).toEqual([]);
    templateOf.clear();
    ModelRecogniser.fromModel(model).recognise(blocks);
    const scores = new Float64Array(N_LABELS);
    const known = (id: number): boolean =>
      [...templateOf].some(([hash, template]) => {
        if (template !== id) return false;
        scores.fill(0);
        model.score(Uint32Array.of(hash), 1, scores);
        return scores.some((x) => x !== 0);
      });
    expect(sport.filter(([, id]) => !known(id)).map(([name]) => name)).toEqual([]);
  });

  test('the per-word hashes are those the shipped model was trained with (SEED)', () => {
    const model = NerModel.fromBytes(readFileSync(modelPath()));
    const { w, lw, shape, pre1, pre2, pre3, pre4, suf1, suf2, suf3, suf4 } = wordOf('Jones', model.gazetteers);
    const hashes = [w, lw, shape, pre1, pre2, pre3, pre4, suf1, suf2, suf3, suf4];
    // Kept as signed 32-bit integers (small integers to V8, stored inside the word), whose
    // bits are the unsigned hashes below.
    expect(hashes.every((h) => (h | 0) === h)).toBe(true);
    expect(hashes.map((h) => h >>> 0)).toMatchInlineSnapshot(`
      [
        1314031890,
        2366196600,
        980837521,
        331332740,
        3780737266,
        138505027,
        2567311033,
        2413822690,
        1224376380,
        1497913987,
        1012660719,
      ]
    `);
  });
});

describe('how many features a token has', () => {
  const model = NerModel.fromBytes(readFileSync(modelPath()));
  const sentences = sentencesOf(STORY.map((text, id) => ({ id, kind: 'paragraph', text })));
  const doc = prepareDoc(
    sentences.map((s) => s.tokens.map((t) => t.text)),
    model.gazetteers,
  );
  /** Features written: a buffer longer than MAX_FEATURES, so that a count past it shows. */
  const out = new Uint32Array(4 * MAX_FEATURES);
  // RUN_HASH_CHAIN is no feature; the SPORT_ templates are the Spanish and Dutch models' (below).
  const features = Object.keys(TEMPLATE).filter((name) => !name.startsWith('SPORT_')).length - 1;

  test('at most one per template, and a feature buffer holds them all', () => {
    expect(featureBuffer().length).toBe(MAX_FEATURES);
    expect(Object.keys(TEMPLATE).length - 1).toBeLessThanOrEqual(MAX_FEATURES);
    // As in a second pass, so that the document-level templates are written too.
    const docTypes = newHistory(doc);
    for (let id = 0; id < doc.size; id++) remember(docTypes, id, B_PER);
    const state: DocumentState = { history: newHistory(doc), docTypes };
    let most = 0;
    for (const sentence of doc.sentences) {
      for (let token = 0; token < sentence.words.length; token++) {
        const ctx: TokenContext = { doc, state, sentence, token, prev1: B_PER, prev2: O };
        const n = extractFeatures(ctx, out);
        const templates = new Set(Array.from(out.subarray(0, n), (h) => templateOf.get(h)));
        expect(templates.size).toBe(n);
        most = Math.max(most, n);
      }
    }
    // A token inside a capitalised run with a word after it has a feature of every template.
    expect(most).toBe(features);
  });

  test("a Spanish model's tokens have its templates too, and a feature buffer holds them", () => {
    const es = NerModel.fromBytes(readFileSync(modelPath('es')));
    const blocks = SPORTS_STORY.map((text, id) => ({ id, kind: 'paragraph' as const, text }));
    const doc = prepareDoc(
      sentencesOf(blocks, 'es').map((s) => s.tokens.map((t) => t.text)),
      es.gazetteers,
      undefined,
      'es',
    );
    expect(doc.sport).toBeGreaterThan(1);
    const state: DocumentState = { history: newHistory(doc), docTypes: null };
    let most = 0;
    for (const sentence of doc.sentences) {
      for (let token = 0; token < sentence.words.length; token++) {
        const n = extractFeatures({ doc, state, sentence, token, prev1: O, prev2: B_PER }, out);
        expect(n).toBeLessThanOrEqual(MAX_FEATURES);
        most = Math.max(most, n);
      }
    }
    const sport = Object.keys(TEMPLATE).filter((name) => name.startsWith('SPORT_')).length;
    // Without the document-level pass's templates; with every sports template ("(Mérida)").
    expect(most).toBe(features - 4 + sport);
  });

  test('one word at each window position, and the labels alone, fit too', () => {
    const word = doc.sentences[1]?.words[3] as Word;
    for (const pos of WINDOW) expect(wordFeatures(word, pos, out, 0)).toBeLessThanOrEqual(MAX_FEATURES);
    expect(labelFeatures(B_PER, O, out, 0)).toBeLessThanOrEqual(MAX_FEATURES);
  });
});

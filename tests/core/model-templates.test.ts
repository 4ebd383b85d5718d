/**
 * The entity model's feature templates: their ids are distinct 32-bit integers, and the
 * shipped model (models/ner.bin) knows features of every one of them, so an id renumbered by
 * mistake fails here instead of quietly making the tagger worse.
 */
import { describe, expect, test, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { modelPath } from '../../src/cli/model';
import { ModelRecogniser } from '../../src/core/entities/model-recogniser';
import { NerModel } from '../../src/core/entities/model/model';
import type * as Hash from '../../src/core/entities/model/hash';
import { N_LABELS } from '../../src/core/entities/model/labels';
import { SEED, TEMPLATE } from '../../src/core/entities/model/template-ids';
import { wordOf } from '../../src/core/entities/model/word';

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
        (model.header.passes === 2 || !name.startsWith('DOC_')),
    );
    const rarelyKnown = expected
      .map(([name, id]) => ({ name, ...(counts.get(id) ?? { seen: 0, known: 0 }) }))
      .filter(({ seen, known }) => !(known > 0 && known >= seen / 20));
    expect(rarelyKnown).toEqual([]);
  });

  test('the per-word hashes are those the shipped model was trained with (SEED)', () => {
    const model = NerModel.fromBytes(readFileSync(modelPath()));
    const { w, lw, shape, pre1, pre2, pre3, pre4, suf1, suf2, suf3, suf4 } = wordOf('Jones', model.gazetteers);
    expect([w, lw, shape, pre1, pre2, pre3, pre4, suf1, suf2, suf3, suf4]).toMatchInlineSnapshot(`
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

/**
 * The entity model's words are fixed data: tagging changes none of them (what it learns of
 * a document stays in the document's state, a model's cache in the model), so documents and
 * models that share words cannot disturb each other.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { modelPath } from '../../src/cli/model';
import { ModelRecogniser, sentencesOf } from '../../src/core/entities/model-recogniser';
import { prepareDoc } from '../../src/core/entities/model/document';
import { NerModel } from '../../src/core/entities/model/model';
import { tagTwice } from '../../src/core/entities/model/tagger';
import { NO_WORD, shapeOf, wordOf, WORD_SLOTS } from '../../src/core/entities/model/word';

const TEXT =
  'Shares of Jones Medical Industries Inc rose on Tuesday. Mr Jones told reporters in Paris that JONES would grow.';
const blocks = [{ id: 0, kind: 'paragraph' as const, text: TEXT }];

test('tagging leaves the words as they were', () => {
  const model = NerModel.fromBytes(readFileSync(modelPath()));
  const doc = prepareDoc(
    sentencesOf(blocks).map((s) => s.tokens.map((t) => t.text)),
    model.gazetteers,
  );
  const words = [NO_WORD, ...doc.sentences.flatMap((s) => s.words)];
  const before = JSON.stringify(words);
  tagTwice(doc, model);
  expect(JSON.stringify(words)).toBe(before);
  // Distinct words have distinct slots, within the table's bounds.
  const distinct = new Set(words);
  expect(new Set([...distinct].map((w) => w.slot)).size).toBe(distinct.size);
  for (const w of distinct) expect(w.slot >= 0 && w.slot < WORD_SLOTS).toBe(true);
});

test('two models tagging the same words in turn each tag as they do alone', () => {
  const bytes = readFileSync(modelPath());
  const a = ModelRecogniser.fromModel(NerModel.fromBytes(bytes));
  const alone = a.recognise(blocks);
  const b = ModelRecogniser.fromModel(NerModel.fromBytes(bytes));
  expect(b.recognise(blocks)).toEqual(alone);
  expect(a.recognise(blocks)).toEqual(alone);
  expect(alone.map((m) => m.text)).toContain('Jones Medical Industries Inc');
});

test('word shapes read letters, digits and marks in any script, runs collapsed', () => {
  expect(shapeOf('Jones')).toBe('Xxx');
  expect(shapeOf('U.S.')).toBe('X.X.');
  expect(shapeOf('COVID-19')).toBe('XX-dd');
  expect(shapeOf('Zürich')).toBe('Xxx');
  expect(shapeOf('ÅNGSTRÖM')).toBe('XX');
  expect(shapeOf('Øresund’s')).toBe('Xxx’x');
  expect(shapeOf('東京')).toBe('xx');
  expect(shapeOf('٢٠٢٤')).toBe('dd');
});

test('a word with curly quotes or dashes is read in the training text’s forms', () => {
  const model = NerModel.fromBytes(readFileSync(modelPath()));
  expect(wordOf('O’Brien', model.gazetteers).text).toBe("O'Brien");
  expect(wordOf('—', model.gazetteers).text).toBe('--');
  expect(wordOf('Rolls‑Royce', model.gazetteers).text).toBe('Rolls-Royce');
  expect(wordOf("O'Brien", model.gazetteers).text).toBe("O'Brien");
});

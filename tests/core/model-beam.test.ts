/**
 * The beam decoder (beam.ts): where the greedy tagger commits to a label that the next word
 * shows wrong, the beam keeps the better sequence; with a width of one it is the greedy
 * tagger; its labels keep the tagger's constraints; and the models whose file asks for it
 * (English, Spanish, Dutch) use it.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { modelPath } from '../../src/cli/model';
import { sentencesOf } from '../../src/core/entities/model-recogniser';
import { tagDocumentBeam } from '../../src/core/entities/model/beam';
import { newHistory, prepareDoc, remember } from '../../src/core/entities/model/document';
import { Gazetteers } from '../../src/core/entities/model/gazetteers';
import { feature } from '../../src/core/entities/model/hash';
import { allowed, LABELS, N_LABELS, O } from '../../src/core/entities/model/labels';
import { NerModel } from '../../src/core/entities/model/model';
import { allowedLabels, ANY_LINK, NO_LINK, tagDocument, type Scorer } from '../../src/core/entities/model/tagger';
import { PHRASE_BEGIN } from '../../src/core/entities/model/gazetteers';
import type { PreparedSentence } from '../../src/core/entities/model/document';
import { beginOf, isBegin, typeOfLabel } from '../../src/core/entities/model/labels';
import { TEMPLATE } from '../../src/core/entities/model/template-ids';
import {
  contextFeatures,
  featureBuffer,
  leftHistoryFeatures,
  leftLabelFeatures,
  leftReadsPrev2,
  SmallSink,
  tokenFeatures,
  WINDOW,
  wordFeatures,
} from '../../src/core/entities/model/templates';
import { wordOf } from '../../src/core/entities/model/word';

const label = (name: string): number => LABELS.indexOf(name as (typeof LABELS)[number]);
const gaz = Gazetteers.fromLists({});

/**
 * A scorer that slightly prefers a place for "Alpha", and for "Beta" strongly prefers going
 * on with a person after a person and nothing after a place: greedy reads "Alpha" as a place,
 * the better sequence is one person. Every other word is plainly no name.
 */
function trapScorer(): Scorer {
  const alpha = feature(TEMPLATE.WORD, wordOf('Alpha', gaz).w);
  const beta = feature(TEMPLATE.WORD, wordOf('Beta', gaz).w);
  const afterPerson = feature(TEMPLATE.PREV_LABEL, label('B-PER'));
  return {
    score(features: Uint32Array, n: number, scores: Float64Array): void {
      const has = (f: number): boolean => features.subarray(0, n).includes(f);
      if (has(alpha)) {
        scores[label('B-LOC')] = (scores[label('B-LOC')] as number) + 1;
        scores[label('B-PER')] = (scores[label('B-PER')] as number) + 0.9;
      }
      if (has(beta)) {
        scores[O] = (scores[O] as number) + 0.5;
        if (has(afterPerson)) scores[label('I-PER')] = (scores[label('I-PER')] as number) + 10;
      }
      if (!has(alpha) && !has(beta)) scores[O] = (scores[O] as number) + 2;
    },
  };
}

const names = (labels: Uint8Array): string[] => [...labels].map((l) => LABELS[l] as string);

describe("a word's cached weights", () => {
  test.runIf(existsSync(modelPath('en')))(
    'are its features scored at each window position, for more words than one arena holds, and stay so',
    () => {
      const model = NerModel.fromBytes(new Uint8Array(readFileSync(modelPath('en'))));
      // Made-up words, and a few real ones, more than one arena's 2048 words.
      const texts = ['Paris', 'the', 'Reuters', ...Array.from({ length: 3000 }, (_, i) => `Zorb${i.toString(36)}ix`)];
      const words = texts.map((t) => wordOf(t, model.gazetteers));
      const expected = (k: number): number[] => {
        const features = featureBuffer();
        const out: number[] = [];
        for (const pos of WINDOW) {
          const part = new Float64Array(N_LABELS);
          model.score(features, wordFeatures(words[k]!, pos, features, 0), part);
          out.push(...part);
        }
        return out;
      };
      const first = words.map((w) => [...model.wordWeights(w)]);
      for (const k of [0, 1, 2, 100, 2047, 2048, 2999]) expect(first[k]).toEqual(expected(k));
      // Asked again after the later words' arenas: the same weights.
      for (const k of [0, 1, 2, 2500]) expect([...model.wordWeights(words[k]!)]).toEqual(first[k]);
      expect(first[0]!.some((v) => v !== 0)).toBe(true);
    },
  );
});

describe('beam decoder', () => {
  const doc = prepareDoc([['Yesterday', 'Alpha', 'Beta', 'spoke', '.']], gaz, undefined, 'es');

  test('keeps the sequence a later word proves better, where greedy commits too early', () => {
    expect(names(tagDocument(doc, trapScorer())[0] as Uint8Array).slice(1, 3)).toEqual(['B-LOC', 'O']);
    const beam = tagDocumentBeam(doc, trapScorer(), { width: 4, temperature: 0, unit: 1 });
    expect(names(beam[0] as Uint8Array).slice(1, 3)).toEqual(['B-PER', 'I-PER']);
  });

  test('with a width of one it chooses as the greedy tagger', () => {
    const one = tagDocumentBeam(doc, trapScorer(), { width: 1, temperature: 0, unit: 1 });
    expect(names(one[0] as Uint8Array)).toEqual(names(tagDocument(doc, trapScorer())[0] as Uint8Array));
  });

  const spanish = modelPath('es');
  test.runIf(existsSync(spanish))('the Spanish model asks for it; its labels keep the constraints', () => {
    const model = NerModel.fromBytes(new Uint8Array(readFileSync(spanish)));
    expect(model.header.beam?.width ?? 0).toBeGreaterThan(1);
    const text =
      'El Barcelona ganó al Real Madrid en el Camp Nou. Amonestación a Recoba (Mérida) y Suárez (Toledo). ' +
      'El presidente del Gobierno, José María Aznar, viajó a Bruselas con el ministro de Asuntos Exteriores.';
    const sentences = sentencesOf([{ id: 0, kind: 'paragraph', text }], 'es');
    const prepared = prepareDoc(
      sentences.map((s) => s.tokens.map((t) => t.text)),
      model.gazetteers,
      undefined,
      'es',
    );
    const tagged = tagDocumentBeam(prepared, model, { ...model.header.beam!, unit: model.header.scale });
    let names = 0;
    for (const labels of tagged) {
      let prev = O;
      for (const l of labels) {
        expect(l).toBeLessThan(N_LABELS);
        expect(allowed(prev, l)).toBe(true);
        if (l !== O && l % 2 === 1) names++;
        prev = l;
      }
    }
    expect(names).toBeGreaterThanOrEqual(6);
  });

  test.runIf(existsSync(spanish) && existsSync(modelPath('en')))(
    'its fast path (each token’s own features scored once for every sequence) chooses as scoring each sequence in full',
    () => {
      // The demo article's text, read by both models with a beam of four.
      const html = readFileSync(new URL('../../demo/article.html', import.meta.url), 'utf8');
      const text = html
        .replace(/<(script|style)[^>]*>[^<]*<\/\1>/g, ' ')
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ');
      for (const lang of ['en', 'es']) {
        const model = NerModel.fromBytes(new Uint8Array(readFileSync(modelPath(lang))));
        const sentences = sentencesOf([{ id: 0, kind: 'paragraph', text }], lang);
        const prepared = (): ReturnType<typeof prepareDoc> =>
          prepareDoc(
            sentences.map((s) => s.tokens.map((t) => t.text)),
            model.gazetteers,
            undefined,
            lang,
          );
        const options = { width: 4, temperature: 0, unit: model.header.scale };
        const full: Scorer = { score: (f, n, scores) => model.score(f, n, scores) };
        const fast = tagDocumentBeam(prepared(), model, options).map((l) => names(l));
        expect(fast.flat().filter((l) => l !== 'O').length).toBeGreaterThanOrEqual(30);
        expect(fast).toEqual(tagDocumentBeam(prepared(), full, options).map((l) => names(l)));
      }
    },
  );

  test.runIf(existsSync(spanish) && existsSync(modelPath('en')))(
    'its split scoring (the features of few values from a table, those of the past type cached, those of the labels and of the history apart) adds up to the context features, for every label to the left',
    () => {
      const texts: Record<string, string> = {
        en: 'Kim Jong Un met Vladimir Putin in Moscow. Putin said Kim and the Kremlin agreed, Kim said. NEW YORK 1996-08-22',
        es: 'El Barcelona ganó al Real Madrid por 2-1. Amonestación a Recoba (Mérida) y Suárez (Toledo). Gol de Recoba (Mérida).',
      };
      for (const lang of ['en', 'es']) {
        const model = NerModel.fromBytes(new Uint8Array(readFileSync(modelPath(lang))));
        const sentences = sentencesOf([{ id: 0, kind: 'paragraph', text: texts[lang] as string }], lang);
        const doc = prepareDoc(
          sentences.map((s) => s.tokens.map((t) => t.text)),
          model.gazetteers,
          undefined,
          lang,
        );
        // A history with counts in it: what the first sentences were tagged.
        const history = newHistory(doc);
        const state = { history, docTypes: null };
        const tagged = tagDocumentBeam(doc, model, { width: 4, temperature: 0, unit: model.header.scale });
        const features = featureBuffer();
        const small = new SmallSink(model);
        let bracketed = 0;
        doc.sentences.forEach((s, si) => {
          for (let i = 0; i < s.words.length; i++)
            for (let prev1 = 0; prev1 < N_LABELS; prev1++)
              for (const prev2 of [O, prev1]) {
                const ctx = { doc, state, sentence: s, token: i, prev1, prev2 };
                if (leftReadsPrev2(ctx)) bracketed++;
                const full = new Float64Array(N_LABELS);
                model.score(features, contextFeatures(ctx, features, 0, false), full);
                // The beam's way: the features of few values from the model's table (`small`),
                // with the past type's cached weights (`scorePast`).
                const split = new Float64Array(N_LABELS);
                small.scores = split;
                model.score(features, tokenFeatures(ctx, features, 0, small), split);
                model.score(features, leftLabelFeatures(ctx, features, 0, small), split);
                model.score(features, leftHistoryFeatures(ctx, features, 0, small), split);
                expect([...split]).toEqual([...full]);
              }
          const labels = tagged[si] as Uint8Array;
          for (let i = 0; i < labels.length; i++) remember(history, s.ids[i] as number, labels[i] as number);
        });
        if (lang === 'es') expect(bracketed).toBeGreaterThan(0);
      }
    },
  );

  test('the labels allowed at a token are those the constraints allow one by one', () => {
    // Label by label: allowed after prev1, inside a listed phrase no restart of its own type
    // (strictly, no B- at all), and after a linking word only O or the link's label.
    const oneByOne = (phrase: number, prev1: number, link: number, strict: boolean): number => {
      const inPhrase = prev1 !== O && phrase !== 0 && !(phrase & PHRASE_BEGIN);
      let mask = 0;
      for (let l = 0; l < N_LABELS; l++)
        if (
          allowed(prev1, l) &&
          !(inPhrase && l === beginOf(typeOfLabel(prev1))) &&
          !(inPhrase && strict && isBegin(l)) &&
          (link === ANY_LINK || l === O || l === link)
        )
          mask |= 1 << l;
      return mask;
    };
    let some = 0;
    for (const phrase of [0, 1, PHRASE_BEGIN | 1])
      for (let prev1 = 0; prev1 < N_LABELS; prev1++)
        for (const link of [ANY_LINK, NO_LINK, ...LABELS.keys()])
          for (const strict of [true, false]) {
            const s = { phrase: Uint32Array.of(phrase) } as unknown as PreparedSentence;
            const mask = allowedLabels(s, 0, prev1, link, strict);
            expect(mask).toBe(oneByOne(phrase, prev1, link, strict));
            if (mask !== 0 && mask !== 1) some++;
          }
    expect(some).toBeGreaterThan(100);
  });

  test.runIf(existsSync(modelPath('en')))(
    'a beam kept from one document to the next tags the next as a new beam does',
    () => {
      const model = NerModel.fromBytes(new Uint8Array(readFileSync(modelPath('en'))));
      const prepare = (text: string): ReturnType<typeof prepareDoc> => {
        const sentences = sentencesOf([{ id: 0, kind: 'paragraph', text }], 'en');
        return prepareDoc(
          sentences.map((s) => s.tokens.map((t) => t.text)),
          model.gazetteers,
          undefined,
          'en',
        );
      };
      // A long first document (more words than the second, words again in a sentence), then
      // a short one that repeats a word of its own within a sentence.
      const first =
        'Marta Quill of Brightwater Labs met Oskar Vell in Lindholm on Monday. Quill said Brightwater Labs ' +
        'and Vell agreed, and Quill left Lindholm for Tarvik, where Vell and Quill will open Brightwater Labs.';
      const second = 'Anna Brook told Tarvik Radio that Brook and the Tarvik council met. Brook spoke.';
      const options = { width: 4, temperature: 0, unit: model.header.scale };
      // A new beam for the second (another options object: the kept beam is not reused).
      const fresh = tagDocumentBeam(prepare(second), model, { ...options }).map((l) => names(l));
      expect(fresh.flat().filter((l) => l !== 'O').length).toBeGreaterThanOrEqual(3);
      tagDocumentBeam(prepare(first), model, options);
      expect(tagDocumentBeam(prepare(second), model, options).map((l) => names(l))).toEqual(fresh);
      // And back to the first, after the second.
      const again = tagDocumentBeam(prepare(first), model, options).map((l) => names(l));
      expect(again).toEqual(tagDocumentBeam(prepare(first), model, { ...options }).map((l) => names(l)));
    },
  );

  test('a document prepared after others has the arrays of one prepared alone', () => {
    const words = [
      ['Quill', 'met', 'Vell', 'of', 'Brightwater', 'Labs', '.'],
      ['Vell', 'said', 'Quill', 'left', '.'],
    ];
    const arrays = (d: ReturnType<typeof prepareDoc>): number[][] => [
      [...d.casing],
      [...d.clues],
      ...d.sentences.flatMap((s) => [[...s.ids], [...s.phrase], [...s.runStart], [...s.runEnd], [...s.runHash]]),
      [...newHistory(d)],
    ];
    const alone = arrays(prepareDoc(words, gaz));
    expect(alone[1]?.some((c) => c !== 0)).toBe(true);
    // Others before it, small and large (their arrays written, one tagged), then it again.
    for (let n = 1; n < 4000; n *= 3) {
      const other = prepareDoc([Array.from({ length: n }, (_, k) => (k % 2 ? 'Zed' : 'of'))], gaz);
      remember(newHistory(other), 0, 1);
      expect(arrays(prepareDoc(words, gaz))).toEqual(alone);
    }
  });

  test.runIf(existsSync(modelPath('en')))('the English model asks for it too', () => {
    const model = NerModel.fromBytes(new Uint8Array(readFileSync(modelPath('en'))));
    expect(model.header.beam?.width ?? 0).toBeGreaterThan(1);
  });
});

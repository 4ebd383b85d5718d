/**
 * `npm run bench`: timings, side by side with the alternatives in the same run (these
 * machines are shared and noisy; only a ratio measured in one run means something).
 *
 *   extraction  per corpus page in Node: Lede's extractArticle vs Readability's parse()
 *               alone (on a clone, as it must be used on a live page), same jsdom document
 *   dates       date recognition on the TimeBank/AQUAINT texts, one thread: Lede's dates
 *               (chrono with news parsers and refiners, sentence by sentence) vs plain
 *               chrono-node on the same texts
 *   entities    tagging speed on CoNLL-2003 dev text, one thread: Lede's model vs
 *               compromise (people, places, organisations) on the same text; model size on
 *               disk and gzipped; model load time
 *
 * Options: --only extraction,entities,dates  --pages N (first N pages)  --repeat R (runs, median)
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
import { ModelRecogniser } from '../src/core/entities/model-recogniser';

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

interface PageTiming {
  lede: number;
  readability: number;
}

/** Times one batch of pages (in a child process: jsdom does not give back all memory). */
function timeBatch(pages: { file: string; url: string }[], repeat: number): PageTiming[] {
  const out: PageTiming[] = [];
  for (const page of pages) {
    const doc = loadDocument(readFileSync(page.file, 'utf8'), page.url);
    // Warm-up, then alternate the two so drift hits both alike.
    extractArticle(doc, { url: page.url });
    const a: number[] = [];
    const b: number[] = [];
    for (let r = 0; r < repeat; r++) {
      b.push(time(() => new Readability(doc.cloneNode(true) as Document).parse()));
      a.push(time(() => extractArticle(doc, { url: page.url })));
    }
    out.push({ lede: median(a), readability: median(b) });
    doc.defaultView?.close();
  }
  return out;
}

const BATCH = 25;

function benchExtraction(): void {
  const pages = corpusPages().slice(0, Number(opt('--pages') ?? Infinity));
  if (!pages.length) {
    console.log('extraction: corpus not found');
    return;
  }
  const repeat = Number(opt('--repeat') ?? 3);
  const timings: PageTiming[] = [];
  for (let i = 0; i < pages.length; i += BATCH) {
    const batch = pages.slice(i, i + BATCH);
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1] ?? '', '--batch', String(repeat)], {
      input: JSON.stringify(batch),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (child.status !== 0) throw new Error(`bench batch failed: ${child.stderr}`);
    timings.push(...(JSON.parse(child.stdout) as PageTiming[]));
  }
  const lede = timings.map((t) => t.lede);
  const readability = timings.map((t) => t.readability);
  const ratios = timings.map((t) => t.lede / t.readability);
  console.log(
    `extraction (${pages.length} corpus pages, median of ${repeat} runs each, Node ${process.version}, jsdom)`,
  );
  console.log(`  Readability parse() alone  median ${ms(median(readability))}  p95 ${ms(quantile(readability, 0.95))}`);
  console.log(`  Lede extractArticle        median ${ms(median(lede))}  p95 ${ms(quantile(lede, 0.95))}`);
  console.log(
    `  ratio Lede / Readability   ${(median(lede) / median(readability)).toFixed(2)}x (of medians); per-page median ${median(ratios).toFixed(2)}x, p95 ${quantile(ratios, 0.95).toFixed(2)}x`,
  );
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
  if (!docs.length || !recogniser) {
    console.log('entities: corpus not found');
    return;
  }
  const tokens = docs.reduce((n, d) => n + d.tokens, 0);
  const repeat = Number(opt('--repeat') ?? 5);
  const lede: number[] = [];
  const comp: number[] = [];
  const r0 = recogniser;
  for (let r = 0; r < repeat + 1; r++) {
    const a = time(() => {
      for (const d of docs) r0.recognise([{ id: 0, kind: 'paragraph', text: d.text }]);
    });
    const b = time(() => {
      for (const d of docs) {
        const doc = nlp(d.text);
        doc.people().json();
        doc.places().json();
        doc.organizations().json();
      }
    });
    // The first round warms both up.
    if (r === 0) continue;
    lede.push(tokens / (a / 1000));
    comp.push(tokens / (b / 1000));
  }
  const l = median(lede);
  const c = median(comp);
  console.log(
    `entities (CoNLL-2003 dev, ${docs.length} documents, ${tokens} tokens, median of ${repeat} runs, one thread)`,
  );
  console.log(`  compromise ${nlpVersion}     ${Math.round(c).toLocaleString('en')} tokens/s`);
  console.log(`  Lede model              ${Math.round(l).toLocaleString('en')} tokens/s`);
  console.log(`  ratio Lede / compromise ${(l / c).toFixed(1)}x`);
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

if (args[0] === '--batch') {
  const pages = JSON.parse(readFileSync(0, 'utf8')) as { file: string; url: string }[];
  process.stdout.write(JSON.stringify(timeBatch(pages, Number(args[1] ?? 3))));
} else {
  if (wants('entities')) benchEntities();
  if (wants('dates')) benchDates();
  if (wants('extraction')) benchExtraction();
}

/**
 * The summary's fact coverage against the lead on one split, by genre, from cached readings (as
 * fit-weights.ts reads train), so a change to the features or the choice is measured in seconds:
 *
 *   npm run build:cli && npx tsx scripts/summary/try-split.ts --split train|dev|fresh [--set name=value,…]
 *
 * `--set` tries other weights (WEIGHTS, by name). On train it also prints the two halves (even and
 * odd pages), and with `--show [--genre news] [--top N]` each train page of the genre: its facts,
 * which sentences carry each, and the first N sentences with their features and scores (train only:
 * dev and fresh give their aggregate lines alone; the blind splits are never read here).
 * The figures are the evaluation's (the first run of a split reads it through `lede annotate --jsonl`
 * and caches it in the system's temporary folder).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldRecords } from '../eval/gold-sets.mjs';
import { factCoverage, hasKey, type Fact } from '../eval/score-summaries.mjs';
import { chooseSentences, readForSummary, type SummaryReading } from '../../src/core/summary/extractive';
import { leadSentences } from '../../src/core/summary/lead';
import { WEIGHTS, type WeightName, type Weights } from '../../src/core/summary/weights';
import type { Analysis, Block } from '../../src/core/types';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = resolve(process.env['LEDE_CORPUS'] ?? join(root, '..', 'shared', 'corpus'));
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const SPLIT = opt('--split') ?? 'train';
const cache = opt('--cache') ?? join(tmpdir(), `lede-summary-${SPLIT}.jsonl`);

interface SummaryGold {
  id: string;
  genre: string;
  facts: Fact[];
}

/** One train document: its reading, what is shown above the summary, and how its lead is read. */
interface Doc {
  id: string;
  genre: string;
  facts: Fact[];
  description: string;
  reading: SummaryReading | null;
  opening: readonly Block[];
  lang: string | undefined;
  /** Lede's summary as the command line gave it (to check that the reading reproduces it). */
  given: string[];
  /** Coverage of the lead (facts, key groups), by its number of sentences. */
  leads: Map<number, [number, number]>;
  /** Coverage (facts, key groups) and words of a choice, by the chosen sentences' places. */
  seen: Map<string, [number, number, number]>;
}

/** A clean article text as blocks, a paragraph a line (as `lede annotate --jsonl` reads `body`). */
const bodyBlocks = (body: string): Block[] =>
  body
    .split('\n')
    .filter((t) => t.trim())
    .map((text, id) => ({ id, kind: 'paragraph', text }));

const countWords = (s: string): number => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** The train pages read by the command line, cached. */
function loadDocs(): Doc[] {
  const records = goldRecords<SummaryGold>(root, corpus, 'summaries', SPLIT);
  if (!existsSync(cache)) {
    const input = records
      .map((r) =>
        JSON.stringify({ file: r.file, url: r.url ?? undefined, body: r.folder === 'articles' ? r.text : undefined }),
      )
      .join('\n');
    const run = spawnSync(process.execPath, [join(root, 'bin', 'lede.mjs'), 'annotate', '--jsonl'], {
      input,
      maxBuffer: 1 << 30,
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`lede annotate failed: ${run.stderr}`);
    writeFileSync(cache, run.stdout);
  }
  const byFile = new Map<string, { analysis?: Analysis }>();
  for (const line of readFileSync(cache, 'utf8').split('\n'))
    if (line.trim()) {
      const o = JSON.parse(line) as { file: string; analysis?: Analysis };
      byFile.set(o.file, o);
    }
  return records.map(({ gold, file, folder, text }) => {
    const analysis = byFile.get(file)?.analysis;
    if (!analysis) throw new Error(`no analysis for ${gold.id}`);
    const lang = analysis.language?.code;
    const { meta } = analysis;
    // As analyse.ts calls the summariser (summaryOptions): the dates that are points in time.
    const dates = analysis.dates.filter((d) => (d.type === 'DATE' || d.type === 'TIME') && !d.present);
    const description = analysis.description ?? null;
    const reading = readForSummary(analysis.blocks, analysis.entities, {
      shown: description,
      meta: { url: meta.url, title: meta.title, section: meta.section, schemaTypes: meta.schemaTypes },
      dates,
      lang,
    });
    return {
      id: gold.id,
      genre: gold.genre,
      facts: gold.facts,
      description: description ?? '',
      reading,
      opening: folder === 'articles' ? bodyBlocks(text) : analysis.blocks,
      lang,
      given: analysis.summary.map((s) => s.text),
      leads: new Map(),
      seen: new Map(),
    };
  });
}

/** A document's margin over the lead, the figure the ascent climbs, and the summary's words, under `w`. */
function scoreDoc(doc: Doc, w: Weights): Figure {
  const chosen = doc.reading ? chooseSentences(doc.reading, w) : [];
  const key = chosen.map((s) => `${s.blockId}:${s.start}`).join(' ');
  let hit = doc.seen.get(key);
  if (!hit) {
    const text = [doc.description, ...chosen.map((s) => s.text)].join(' ').trim();
    hit = [factCoverage(text, doc.facts), 0, countWords(text)];
    doc.seen.set(key, hit);
  }
  const n = chosen.length + (doc.description ? 1 : 0);
  let lead = doc.leads.get(n);
  if (lead === undefined) {
    const text = leadSentences(doc.opening, n, doc.lang)
      .map((s) => s.text)
      .join(' ');
    lead = [factCoverage(text, doc.facts), 0];
    doc.leads.set(n, lead);
  }
  const margin = hit[0] - lead[0];
  return { margin, goal: margin, words: hit[2] };
}

interface Figure {
  margin: number;
  goal: number;
  words: number;
}

function main(): void {
  for (const kv of (opt('--set') ?? '').split(',').filter(Boolean)) {
    const [k, v] = kv.split('=');
    (WEIGHTS as Record<string, number>)[k!] = Number(v);
  }
  const docs = loadDocs();
  const rows = docs.map((d, i) => {
    const s = scoreDoc(d, WEIGHTS);
    const n = (d.reading ? chooseSentences(d.reading, WEIGHTS).length : 0) + (d.description ? 1 : 0);
    const lead = d.leads.get(n)![0];
    return { d, i, sum: s.margin + lead, lead };
  });
  const agg = (xs: typeof rows): string => {
    const m = (f: (r: (typeof rows)[0]) => number): number => xs.reduce((a, r) => a + f(r), 0) / Math.max(1, xs.length);
    return `n=${xs.length} lede=${m((r) => r.sum).toFixed(3)} lead=${m((r) => r.lead).toFixed(3)} margin=${(m((r) => r.sum) - m((r) => r.lead)).toFixed(3)}`;
  };
  console.log(`[${SPLIT}] all ${agg(rows)}`);
  if (SPLIT === 'train') {
    console.log(`  even ${agg(rows.filter((r) => r.i % 2 === 0))}`);
    console.log(`  odd  ${agg(rows.filter((r) => r.i % 2 === 1))}`);
  }
  for (const g of [...new Set(docs.map((d) => d.genre))].sort())
    console.log(`  ${g.padEnd(9)} ${agg(rows.filter((r) => r.d.genre === g))}`);
  if (args.includes('--show') && SPLIT === 'train')
    for (const r of rows) {
      if (r.d.genre !== (opt('--genre') ?? 'news')) continue;
      const d = r.d;
      const rd = d.reading!;
      const chosen = chooseSentences(rd, WEIGHTS);
      const cands = rd.candidates;
      const rankOf = (s: { blockId: number; start: number }): number =>
        cands.find((c) => c.blockId === s.blockId && c.start === s.start)?.rank ?? -9;
      const score = new Map(rd.records.map((x) => [x.candidate.rank, x]));
      console.log(
        `\n== ${d.id} lede=${r.sum.toFixed(2)} lead=${r.lead.toFixed(2)} genre=${rd.genre} max=${rd.max} ledeRank=${rd.lede?.rank} chosen=${chosen.map(rankOf).join(',')} desc=${d.description ? 'yes' : 'no'}`,
      );
      if (d.description) console.log(`   DESC: ${d.description.slice(0, 200)}`);
      for (const f of d.facts) {
        const by = cands.filter((c) => f.keys.every((g) => g.some((k) => hasKey(c.text, k)))).map((c) => c.rank);
        const txt = [d.description, ...chosen.map((c) => c.text)].join(' ');
        console.log(
          `   fact ${factCoverage(txt, [f]) ? 'Y' : 'n'} single-in=[${by.slice(0, 6).join(',')}] ${JSON.stringify(f.keys).slice(0, 150)}`,
        );
      }
      for (const c of cands.filter(
        (c) => c.rank < Number(opt('--top') ?? 8) || chosen.some((x) => rankOf(x) === c.rank),
      )) {
        const rec = score.get(c.rank);
        const sc = rec ? rec.features : undefined;
        const tot = rec
          ? Object.keys(sc!).reduce((a, k) => a + WEIGHTS[k as WeightName] * sc![k as WeightName], 0) *
            (rec.short ? 0.8 : 1)
          : NaN;
        const feats = sc
          ? Object.entries(sc)
              .filter(([, v]) => v !== 0)
              .map(([k, v]) => `${k}=${(v as number).toFixed(2)}`)
              .join(' ')
          : 'not a candidate';
        console.log(
          `   [${c.rank}]${chosen.some((x) => rankOf(x) === c.rank) ? '*' : ' '} ${tot.toFixed(2)} ${c.text.slice(0, 160)}\n        ${feats}`,
        );
      }
    }
  if (args.includes('--rows') && SPLIT === 'train')
    for (const r of rows)
      if (r.d.genre === (opt('--genre') ?? 'news'))
        console.log(`    ${r.d.id} ${r.sum.toFixed(2)} ${r.lead.toFixed(2)}`);
}

main();

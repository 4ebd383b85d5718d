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
 * `--genres` counts how the summariser reads each reference genre (`straight-other`,
 * `straight-science`: read as straight news, the pages a news-only change acts on).
 * The figures are the evaluation's (the first run of a split reads it through `lede annotate --jsonl`
 * and caches it in the system's temporary folder).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDocs, scoreDoc } from './cached-readings';
import { factCoverage, hasKey } from '../eval/score-summaries.mjs';
import { chooseSentences } from '../../src/core/summary/extractive';
import { WEIGHTS, type WeightName } from '../../src/core/summary/weights';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const SPLIT = opt('--split') ?? 'train';
const cache = opt('--cache') ?? join(tmpdir(), `lede-summary-${SPLIT}.jsonl`);

function main(): void {
  for (const kv of (opt('--set') ?? '').split(',').filter(Boolean)) {
    const [k, v] = kv.split('=');
    (WEIGHTS as Record<string, number>)[k!] = Number(v);
  }
  const docs = loadDocs(SPLIT, cache);
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
  // `--genres`: how the summariser reads each reference genre (straight news: `other` or `science`
  // under FEATURE_WORDS, the pages the opening is chosen on).
  if (args.includes('--genres')) {
    const table = new Map<string, Map<string, number>>();
    for (const d of docs) {
      const read = d.reading ? (d.reading.straightNews ? `straight-${d.reading.genre}` : d.reading.genre) : 'none';
      const row = table.get(d.genre) ?? new Map<string, number>();
      row.set(read, (row.get(read) ?? 0) + 1);
      table.set(d.genre, row);
    }
    for (const [g, row] of [...table].sort())
      console.log(`  ${g.padEnd(9)} read as ${[...row].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
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

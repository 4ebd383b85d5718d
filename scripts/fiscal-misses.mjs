#!/usr/bin/env node
// Gold date spans of fiscal years, quarters, halves and seasons on the lang-news train pages
// (never a measure-only set), each put in one state: right on the timeline, wrong on the timeline,
// dated right but off the timeline, dated wrong, not dated. Reads analyses saved by
// `node scripts/timeline-kinds.mjs --save FILE`.
//
//   node scripts/fiscal-misses.mjs FILE [--list STATE]
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { langNewsGold, placed } from './eval/score-lang-news.mjs';
import { articleText, blockStarts, sha256 } from './gold/lang-news.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const TRAIN = (split) => split === 'train' || split.startsWith('en-train');
const FAMILIES = [
  ['fiscal year', /fiscal|financial\s+year|(?<!\p{L})FY\s?\d/iu],
  ['quarter', /quarter|(?<!\p{L})Q[1-4](?!\p{L})/iu],
  ['half', /(?<!\p{L})half(?!\p{L})|(?<!\p{L})H[12](?!\p{L})/iu],
  ['season', /spring|summer|autumn|(?<!\p{L})fall(?!\p{L})|winter/iu],
];
const family = (t) => FAMILIES.find(([, r]) => r.test(t))?.[0];
const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const byFile = new Map(JSON.parse(readFileSync(args[0], 'utf8')));
const asRange = (d) => (d.endValue ? { ...d, value: `${d.value}/${d.endValue}` } : d);
const table = new Map();
const lists = [];
for (const { gold, file } of langNewsGold(root).filter(({ gold }) => TRAIN(gold.split))) {
  const analysis = byFile.get(file)?.analysis;
  if (!analysis) continue;
  const text = articleText(analysis);
  const starts = blockStarts(analysis);
  const at = (m) => asRange({ ...m, start: starts.get(m.blockId) + m.start, end: starts.get(m.blockId) + m.end });
  const dates = (analysis.dates ?? []).map(at);
  const timeline = (analysis.timeline ?? []).map(at);
  for (const g of placed(gold.dates, text, sha256(text) === gold.sha256)) {
    if (g.value === '-') continue;
    const fam = family(g.text);
    if (!fam) continue;
    const t = timeline.filter((d) => overlaps(d, g));
    const d = dates.filter((x) => overlaps(x, g));
    const state = t.some((x) => x.value === g.value)
      ? 'timeline right'
      : t.length
        ? 'timeline wrong'
        : d.some((x) => x.value === g.value)
          ? 'dated right, off timeline'
          : d.length
            ? 'dated wrong'
            : 'not dated';
    const key = `${fam} | ${state}`;
    const row = table.get(key) ?? { n: 0, pages: new Set(), sets: new Set() };
    row.n++;
    row.pages.add(gold.id);
    row.sets.add(gold.split);
    table.set(key, row);
    const got = [...t, ...d][0];
    lists.push(
      `${key} ${gold.id} ${gold.split} (${gold.publishedTime?.slice(0, 10)}): "${g.text}"=${g.value}${got ? ` Lede "${got.text}"=${got.value}` : ''}`,
    );
  }
}
console.log('family | state'.padEnd(44) + 'entries pages sets');
for (const [k, r] of [...table].sort())
  console.log(
    `${k.padEnd(44)}${String(r.n).padStart(7)}${String(r.pages.size).padStart(6)}${String(r.sets.size).padStart(5)}`,
  );
const want = args[args.indexOf('--list') + 1];
if (args.includes('--list')) for (const l of lists) if (l.includes(want)) console.log('  ' + l);

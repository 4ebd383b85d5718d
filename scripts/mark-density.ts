/**
 * How many marks a reader sees per paragraph, calm (the default) against every mention:
 * `npm run build:cli && npx tsx scripts/mark-density.ts [DIR]` reads the saved pages in
 * DIR (default ../shared/corpus/articles, each DIR/NAME/source.html), annotates them with
 * the command line, and prints, over their paragraphs, the median number of full marks per
 * paragraph and per 100 words, and the lighter marks, both ways. A report, not a test.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { marksOf } from '../src/content/calm-marks';
import type { Analysis } from '../src/core/types';

const dir = resolve(process.argv[2] ?? '../shared/corpus/articles');
const files = readdirSync(dir)
  .map((name) => join(dir, name, 'source.html'))
  .filter((f) => existsSync(f));
const out = execFileSync('node', ['bin/lede.mjs', 'annotate', '--jsonl'], {
  input: files.map((file) => JSON.stringify({ file })).join('\n'),
  maxBuffer: 1 << 30,
}).toString();

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? ((s[(s.length - 1) >> 1] as number) + (s[s.length >> 1] as number)) / 2 : 0;
};

interface Tally {
  full: number[];
  per100: number[];
  lighter: number[];
  headings: number;
  present: number;
}
const tally = (): Tally => ({ full: [], per100: [], lighter: [], headings: 0, present: 0 });
const calm = tally();
const every = tally();
let articles = 0;
for (const line of out.split('\n')) {
  if (!line.trim()) continue;
  const { analysis } = JSON.parse(line) as { analysis: Analysis | null };
  if (!analysis?.isArticle) continue;
  articles++;
  for (const [t, all] of [
    [calm, false],
    [every, true],
  ] as const) {
    const marks = marksOf(analysis, all);
    const kinds = new Map(analysis.blocks.map((b) => [b.id, b]));
    const byBlock = new Map<number, { full: number; lighter: number }>();
    for (const m of marks) {
      const block = kinds.get(m.span.blockId);
      if (block?.kind === 'heading') t.headings++;
      if (m.name.startsWith('lede-date') && /^(now|today|currently)$/iu.test(m.span.text)) t.present++;
      const c = byBlock.get(m.span.blockId) ?? { full: 0, lighter: 0 };
      if (m.name.endsWith('-again')) c.lighter++;
      else c.full++;
      byBlock.set(m.span.blockId, c);
    }
    for (const b of analysis.blocks) {
      if (b.kind !== 'paragraph') continue;
      const words = b.text.split(/\s+/u).filter(Boolean).length;
      if (words < 20) continue;
      const c = byBlock.get(b.id) ?? { full: 0, lighter: 0 };
      t.full.push(c.full);
      t.lighter.push(c.lighter);
      t.per100.push((100 * c.full) / words);
    }
  }
}
const line = (label: string, t: Tally): string =>
  `${label}: full marks per paragraph median ${median(t.full)} (mean ${(t.full.reduce((a, b) => a + b, 0) / t.full.length).toFixed(2)}), per 100 words median ${median(t.per100).toFixed(1)}, lighter marks per paragraph mean ${(t.lighter.reduce((a, b) => a + b, 0) / t.lighter.length).toFixed(2)}, marks in headings ${t.headings}, "now"/"today"/"currently" marked ${t.present}`;
console.log(`${articles} articles, ${calm.full.length} paragraphs of 20 words or more`);
console.log(line('every mention', every));
console.log(line('calm (default)', calm));

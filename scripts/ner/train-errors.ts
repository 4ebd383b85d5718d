/**
 * The errors Lede's names make on all the English train material, one line an error with its
 * document and its site, so that a family can be counted by document and by site rather than
 * by mention (a rule fitted to one page's repeated name does not carry to other sites):
 *
 *   node --import tsx scripts/ner/train-errors.ts [--out FILE] [--score]
 *
 * The material: the train half of Lede's modern-news gold (eval/gold/names, `split: train`:
 * its site is the page's host, or the Readability test page's name for `rd-*`) and the English
 * news pages of our own writing in the `en-train*` splits of eval/gold/lang-news (their site is
 * the outlet the page names in og:site_name), read as `npm run eval` reads them (the article's
 * blocks as Lede extracts them: `npm run build:cli` first; the blocks are kept in
 * /tmp/lede-en-train-blocks.json between runs, since extraction is not what is being changed).
 * With `--preds FILE`, every mention found (document, start, end, type) is written too. With `--score`, the F1 of each part (modern-train, en-train pooled) by type, as the eval gives.
 * The lines hold page text: write them outside the repository.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NerModel } from '../../src/core/entities/model/model';
import { ModelRecogniser } from '../../src/core/entities/model-recogniser';
import type { Block } from '../../src/core/types';
import { modernGold } from './training-data';
import { annotatePages } from '../gold/lang-news.mjs';

interface Span {
  start: number;
  end: number;
  type: string;
}
interface Doc {
  set: 'modern-train' | 'en-train';
  id: string;
  site: string;
  blocks: Block[];
  /** Where each block starts in the text the gold points into. */
  starts: number[];
  text: string;
  gold: Span[];
}

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : undefined;
const predsAt = args.indexOf('--preds');
const predsOut = predsAt >= 0 ? args[predsAt + 1] : undefined;
const predLines: string[] = [];
const corpus = resolve(process.env['LEDE_CORPUS'] ?? '../shared/corpus');
const CACHE = '/tmp/lede-en-train-blocks.json';
const toConll: Record<string, string> = { PERSON: 'PER', ORG: 'ORG', PLACE: 'LOC', OTHER: 'MISC' };

/** A modern page's site: its host, or the Readability test page's name without its number. */
function modernSite(id: string): string {
  if (id.startsWith('rd-')) return id.replace(/-\d+$/u, '');
  if (id.startsWith('pl-'))
    return id
      .slice(3)
      .replace(/^www\./u, '')
      .replace(/--.*$/u, '');
  const file = resolve(corpus, 'articles', id, 'expected.json');
  const url = existsSync(file) ? ((JSON.parse(readFileSync(file, 'utf8')) as { url?: string }).url ?? '') : '';
  try {
    return new URL(url).host.replace(/^www\./u, '');
  } catch {
    return id;
  }
}

const docs: Doc[] = modernGold(resolve('eval', 'gold', 'names'), corpus, 'train').map((d) => ({
  set: 'modern-train',
  id: d.id,
  site: modernSite(d.id),
  blocks: [{ id: 0, kind: 'paragraph', text: d.text }],
  starts: [0],
  text: d.text,
  gold: d.entities,
}));

interface PageGold {
  id: string;
  page: string;
  split: string;
  names?: { start: number; end: number; type: string }[];
}
const goldDir = resolve('eval', 'gold', 'lang-news');
const pages = readdirSync(goldDir)
  .filter((f) => /^en-\d+\.json$/u.test(f))
  .map((f) => JSON.parse(readFileSync(resolve(goldDir, f), 'utf8')) as PageGold)
  .filter((g) => g.names && g.split.startsWith('en-train'));
type Cached = Record<string, { blocks: Block[]; site: string }>;
const cached: Cached = existsSync(CACHE) ? (JSON.parse(readFileSync(CACHE, 'utf8')) as Cached) : {};
const missing = pages.filter((g) => !cached[g.id]);
if (missing.length) {
  const byFile = annotatePages(missing.map((g) => resolve(g.page)));
  for (const g of missing) {
    const analysis = byFile.get(resolve(g.page))?.analysis as { blocks: Block[] } | undefined;
    const html = readFileSync(resolve(g.page), 'utf8');
    const site = /og:site_name" content="([^"]*)"/u.exec(html)?.[1] ?? g.id;
    if (analysis)
      cached[g.id] = { blocks: analysis.blocks.map((b) => ({ id: b.id, kind: b.kind, text: b.text })), site };
  }
  writeFileSync(CACHE, JSON.stringify(cached));
}
for (const g of pages) {
  const c = cached[g.id];
  if (!c) continue;
  const starts: number[] = [];
  let at = 0;
  for (const b of c.blocks) {
    starts.push(at);
    at += b.text.length + 2;
  }
  docs.push({
    set: 'en-train',
    id: g.id,
    site: c.site,
    blocks: c.blocks,
    starts,
    text: c.blocks.map((b) => b.text).join('\n\n'),
    gold: g.names ?? [],
  });
}

const recogniser = ModelRecogniser.fromModel(
  NerModel.fromBytes(new Uint8Array(readFileSync(resolve('models/ner.bin')))),
);
const lines: string[] = [];
const tally = new Map<string, { tp: number; gold: number; pred: number }>();
const count = (key: string, field: 'tp' | 'gold' | 'pred'): void => {
  const t = tally.get(key) ?? { tp: 0, gold: 0, pred: 0 };
  t[field]++;
  tally.set(key, t);
};
for (const doc of docs) {
  const startOf = new Map(doc.blocks.map((b, i) => [b.id, doc.starts[i] ?? 0]));
  const pred: Span[] = recogniser.recognise(doc.blocks).map((m) => ({
    start: (startOf.get(m.blockId) ?? 0) + m.start,
    end: (startOf.get(m.blockId) ?? 0) + m.end,
    type: toConll[m.type] ?? m.type,
  }));
  for (const p of pred) predLines.push([doc.id, p.start, p.end, p.type].join('\t'));
  const key = (e: Span): string => `${e.start}:${e.end}`;
  const predAt = new Map(pred.map((e) => [key(e), e]));
  const goldAt = new Map(doc.gold.map((e) => [key(e), e]));
  const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
  const ctx = (e: Span): string =>
    `${doc.text.slice(Math.max(0, e.start - 40), e.start)}[${doc.text.slice(e.start, e.end)}]${doc.text.slice(e.end, e.end + 40)}`.replace(
      /\s+/gu,
      ' ',
    );
  const line = (kind: string, g: string, p: string, e: Span, extra = ''): void => {
    lines.push([kind, g, p, doc.set, doc.id, doc.site, doc.text.slice(e.start, e.end), ctx(e), extra].join('\t'));
  };
  for (const g of doc.gold) {
    count(`${doc.set} ${g.type}`, 'gold');
    const p = predAt.get(key(g));
    if (p && p.type === g.type) {
      count(`${doc.set} ${g.type}`, 'tp');
      continue;
    }
    if (p) line('type', g.type, p.type, g);
    else {
      const o = pred.filter((q) => overlaps(q, g));
      if (o.length)
        line(
          'bounds',
          g.type,
          o.map((q) => q.type).join('+'),
          g,
          o.map((q) => doc.text.slice(q.start, q.end)).join(' | '),
        );
      else line('missed', g.type, '-', g);
    }
  }
  for (const p of pred) {
    count(`${doc.set} ${p.type}`, 'pred');
    if (goldAt.has(key(p))) continue;
    if (!doc.gold.some((g) => overlaps(g, p))) line('spurious', '-', p.type, p);
  }
}
if (out) writeFileSync(out, `${lines.join('\n')}\n`);
if (predsOut) writeFileSync(predsOut, `${predLines.join('\n')}\n`);
if (args.includes('--score') || !out) {
  const f1 = (t: { tp: number; gold: number; pred: number }): string =>
    ((2 * t.tp) / Math.max(1, t.gold + t.pred)).toFixed(4);
  for (const set of ['modern-train', 'en-train']) {
    const all = { tp: 0, gold: 0, pred: 0 };
    const byType: string[] = [];
    for (const type of ['PER', 'ORG', 'LOC', 'MISC']) {
      const t = tally.get(`${set} ${type}`) ?? { tp: 0, gold: 0, pred: 0 };
      all.tp += t.tp;
      all.gold += t.gold;
      all.pred += t.pred;
      byType.push(`${type} ${f1(t)}`);
    }
    console.log(`${set.padEnd(13)} F1 ${f1(all)} ${byType.join(' ')} docs=${docs.filter((d) => d.set === set).length}`);
  }
  console.log(`errors: ${lines.length}`);
}

/**
 * Dumps every corpus page's extraction (title, authors, dates, sources, verdict, body blocks),
 * one JSON line per page, to compare a change that must keep outputs identical:
 *
 *   npx tsx scripts/eval/dump-extraction.ts > before.jsonl   (then after.jsonl; cmp them)
 *
 * Options: --profile N (extract every page N times more, for `node --cpu-prof`), --pages N.
 * The clock is fixed so that the dumps compare.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractArticle } from '../../src/article/extract';
import { loadDocument } from '../../src/cli/load-document';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const corpus = resolve(process.env['LEDE_CORPUS'] ?? '../shared/corpus');
const now = new Date('2026-12-01T00:00:00Z');
const extra = Number(opt('--profile') ?? 0);
const limit = Number(opt('--pages') ?? Infinity);

let n = 0;
for (const kind of ['articles', 'metadata']) {
  const dir = join(corpus, kind);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name, 'source.html');
    if (!existsSync(file) || n++ >= limit) continue;
    const expected = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as { url?: string };
    const url = expected.url ?? 'https://example.com/';
    const doc = loadDocument(readFileSync(file, 'utf8'), url);
    const { article } = extractArticle(doc, { url, force: true, now });
    for (let r = 0; r < extra; r++) extractArticle(doc, { url, force: true, now });
    doc.defaultView?.close();
    if (!extra) process.stdout.write(`${JSON.stringify({ name, ...article })}\n`);
  }
}

/**
 * Dumps every corpus page's extraction (title, authors, dates, sources, verdict, body blocks),
 * one JSON line per page, to compare a change that must keep outputs identical:
 *
 *   npx tsx scripts/eval/dump-extraction.ts > before.jsonl   (then after.jsonl; cmp them)
 *
 * Options: --profile N (extract every page N times more, for `node --cpu-prof`), --pages N,
 * --only NAME,NAME (those pages alone), --fixtures (the project's own pages under
 * tests/fixtures/pages too, each at its canonical address). The clock is fixed so that the
 * dumps compare.
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
const only = opt('--only')?.split(',');

function dump(name: string, html: string, url: string): void {
  const doc = loadDocument(html, url);
  const { article } = extractArticle(doc, { url, force: true, now });
  for (let r = 0; r < extra; r++) extractArticle(doc, { url, force: true, now });
  doc.defaultView?.close();
  if (!extra) process.stdout.write(`${JSON.stringify({ name, ...article })}\n`);
}

let n = 0;
for (const kind of ['articles', 'metadata']) {
  const dir = join(corpus, kind);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name, 'source.html');
    if (!existsSync(file) || (only && !only.includes(name)) || n++ >= limit) continue;
    const expected = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as { url?: string };
    dump(name, readFileSync(file, 'utf8'), expected.url ?? 'https://example.com/');
  }
}

/** The HTML files under a folder of the project, sorted, as paths relative to it. */
function htmlFiles(dir: string, under = ''): string[] {
  return readdirSync(join(dir, under), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((d) =>
      d.isDirectory() ? htmlFiles(dir, join(under, d.name)) : d.name.endsWith('.html') ? [join(under, d.name)] : [],
    );
}

if (args.includes('--fixtures')) {
  const pages = resolve('tests/fixtures/pages');
  for (const name of htmlFiles(pages)) {
    const html = readFileSync(join(pages, name), 'utf8');
    const canonical = /<link rel="canonical" href="([^"<>]{1,300})"/u.exec(html)?.[1];
    dump(name, html, canonical ?? `https://example.com/${name}`);
  }
}

/**
 * The extraction's one walk over the page (src/article/page-walk.ts) gives what the walks and
 * queries it stands for give: the text nodes a tree walker shows, the body's text length, the
 * h2–h6 headings, the meta, script and paragraph elements, the body's h1s, and the metadata
 * scan; and it stops on markup nested too deep. Pages: the project's fixtures and one written here.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { walkPage } from '../../src/article/page-walk';
import { scanPage } from '../../src/article/metadata/page-scan';
import { fixture, load } from './load';

const PAGE = `<!doctype html><html><head><title>Lanterns</title><meta name="author" content="Ana Lima">
<script>var x = "<h2>not a heading</h2>";</script><style>p { color: red }</style></head>
<body><header><h1 class="entry-title">Lanterns return to the harbour</h1>
<span class="byline">By <a rel="author" href="/author/ana-lima">Ana Lima</a></span>
<time datetime="2025-03-05">5 March 2025</time></header>
<svg><text class="author">not scanned</text></svg>
<article><p>The lanterns came back on Friday.</p><h2>More</h2><div itemprop="author">Tom Reyes</div></article>
<template><h3>inert</h3></template><!-- a comment --><meta name="late" content="x"><h6>End</h6></body></html>`;

function expectSameAsQueries(doc: Document): void {
  const walk = walkPage(doc, 256);
  expect(walk.tooDeep).toBe(false);
  const walker = doc.createTreeWalker(doc, 4 /* SHOW_TEXT */);
  const texts: Node[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n);
  expect(walk.texts).toEqual(texts);
  expect(walk.texts.every((t, i) => t === texts[i])).toBe(true);
  expect(walk.bodyChars).toBe((doc.body?.textContent ?? '').length);
  expect(walk.headings).toEqual(Array.from(doc.querySelectorAll('h2, h3, h4, h5, h6')));
  expect(walk.metas).toEqual(Array.from(doc.getElementsByTagName('meta')));
  const same = (a: readonly Element[], b: readonly Element[]): boolean =>
    a.length === b.length && a.every((el, i) => el === b[i]);
  expect(same(walk.metas, Array.from(doc.getElementsByTagName('meta')))).toBe(true);
  expect(same(walk.scripts, Array.from(doc.getElementsByTagName('script')))).toBe(true);
  expect(same(walk.paragraphs, Array.from(doc.querySelectorAll('p')))).toBe(true);
  expect(same(walk.h1s, Array.from(doc.body?.getElementsByTagName('h1') ?? []))).toBe(true);
  const scan = scanPage(doc);
  for (const key of Object.keys(scan) as (keyof typeof scan)[]) {
    expect(walk.scan[key].length, key).toBe(scan[key].length);
    expect(
      walk.scan[key].every((el, i) => el === scan[key][i]),
      key,
    ).toBe(true);
  }
}

describe('the page walk', () => {
  test('a page written for the test: what the queries find', () => {
    const doc = load(PAGE);
    expectSameAsQueries(doc);
    const walk = walkPage(doc, 256);
    expect(walk.headings.map((h) => h.textContent)).toEqual(['More', 'End']);
    expect(walk.scan.authorLinks.map((a) => a.textContent)).toEqual(['Ana Lima']);
    expect(walk.scan.authorItems.map((a) => a.textContent)).toEqual(['Tom Reyes']);
    expect(walk.metas).toHaveLength(2);
    expect(walk.scripts).toHaveLength(1);
    expect(walk.paragraphs.map((p) => p.textContent)).toEqual(['The lanterns came back on Friday.']);
    expect(walk.h1s.map((h) => h.textContent)).toEqual(['Lanterns return to the harbour']);
  });

  test('every fixture page: what the queries find', () => {
    const dir = resolve('tests/fixtures/pages');
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
    const header = readdirSync(resolve(dir, 'header')).filter((f) => f.endsWith('.html'));
    for (const page of [...pages, ...header.map((f) => `header/${f}`)]) expectSameAsQueries(load(fixture(page)));
  });

  test('markup nested too deep stops the walk', () => {
    const deep = `<!doctype html><html><body>${'<div>'.repeat(300)}x${'</div>'.repeat(300)}</body></html>`;
    expect(walkPage(load(deep), 256).tooDeep).toBe(true);
    // html, body and 254 divs: 256 levels, not too deep.
    const edge = `<!doctype html><html><body>${'<div>'.repeat(254)}x${'</div>'.repeat(254)}</body></html>`;
    expect(walkPage(load(edge), 256).tooDeep).toBe(false);
    const over = `<!doctype html><html><body>${'<div>'.repeat(255)}x${'</div>'.repeat(255)}</body></html>`;
    expect(walkPage(load(over), 256).tooDeep).toBe(true);
  });
});

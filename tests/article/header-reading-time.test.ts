/**
 * Issue 18, authors: a byline with no "By" and no class that says so, on the line of the
 * story's reading time ("Ana Lima · 5 min read · Mar 3, 2025", linked names joined by "&"),
 * as blogs and publishing platforms write it. The line's other words (a section, a date, a
 * stamp) are no one, and a byline the page marks wins over it. Pages written for the project.
 */
import { describe, expect, test } from 'vitest';
import { headerOf } from './load';

const STORY =
  '<p>The harbour authority approved a plan on Monday to deepen the main shipping channel, a project that engineers say will let the largest container ships call at the port for the first time in its history.</p>' +
  '<p>Work is due to begin in the spring and will take about three years. The authority expects the project to cost 1.2 billion, most of it paid for by the European Union.</p>' +
  '<p>Environmental groups warned that dredging could harm fish stocks in the bay. The regional environment office said it would publish its assessment before the end of the year.</p>';

const page = (header: string) =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port plan approved by the council | Harbour Post</title>' +
  '<meta property="og:site_name" content="Harbour Post"></head><body><main><article>' +
  `<h1>Port plan approved by the council</h1>${header}<div class="article-body">${STORY}</div></article></main></body></html>`;

const authorsOf = (header: string) => headerOf(page(header)).byline;

describe("the names on the reading time's line", () => {
  test.each([
    ['<div>Ana Lima · 5 min read · Mar 3, 2025</div>', ['Ana Lima']],
    ['<div><a href="/@analima">Ana Lima</a> · 4 min read</div><p>March 3, 2025</p>', ['Ana Lima']],
    [
      '<div><a href="/@analima">Ana Lima</a> &amp; <a href="/@tortega">Tom Ortega</a> · 6 min read · Mar 3, 2025</div>',
      ['Ana Lima', 'Tom Ortega'],
    ],
    ['<div><span>Ana Lima</span><span>3 minute read</span></div>', ['Ana Lima']],
  ])('%s', (header, names) => {
    expect(authorsOf(header)).toEqual(names);
  });

  test.each([
    ['<div>Opinion · 5 min read · Mar 3, 2025</div>'],
    ['<div>Mar 3, 2025 · 5 min read</div>'],
    ['<div><span>March 3, 2025</span> <span>5 min read</span></div>'],
    ['<div>Harbour Post · 5 min read</div>'],
  ])('no one: %s', (header) => {
    expect(authorsOf(header)).toEqual([]);
  });

  test('a byline the page marks wins', () => {
    expect(authorsOf('<div>Desk notes · 5 min read</div><p class="byline">By Ana Lima</p>')).toEqual(['Ana Lima']);
  });
});

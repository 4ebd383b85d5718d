/**
 * Issue 18, the card's uncertainty: where the page's sources disagree about a field (its
 * tags date it two years after the date under the headline, its author tag names someone
 * the byline does not), the header still gives its best reading but with a confidence below
 * the card's unsure mark, so the popup shows it with less weight. Sources that agree, or an
 * update that differs as updates do, leave it sure. Pages written for the project.
 */
import { describe, expect, test } from 'vitest';
import { UNSURE_BELOW } from '../../src/popup/sections/header';
import { HEADER_STORY, headerOf } from './load';

const page = (head: string, header: string) =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port plan approved by the council | Harbour Post</title>' +
  `<meta property="og:site_name" content="Harbour Post">${head}</head><body><main><article>` +
  `<h1>Port plan approved by the council</h1>${header}<div class="article-body">${HEADER_STORY}</div></article></main></body></html>`;

const SHOWN = '<p class="byline">By Ana Lima</p><p class="date">March 3, 2025</p>';

describe('sources that disagree', () => {
  test('a tag dating the page two years after the date shown: the shown date, unsure', () => {
    const shown = '<p class="byline">By Ana Lima</p><p class="date">March 3, 2023</p>';
    const m = headerOf(page('<meta property="article:published_time" content="2025-05-01T10:00:00Z">', shown));
    expect(m.publishedTime).toBe('2023-03-03');
    expect(m.confidence?.publishedTime).toBeLessThan(UNSURE_BELOW);
  });

  test('a tag dating the page two years before the date shown: unsure whichever is chosen', () => {
    const m = headerOf(page('<meta property="article:published_time" content="2023-05-01T10:00:00Z">', SHOWN));
    expect(m.confidence?.publishedTime).toBeLessThan(UNSURE_BELOW);
  });

  test('an author tag naming someone the byline does not: the byline, unsure', () => {
    const m = headerOf(page('<meta name="author" content="Tom Ortega">', SHOWN));
    expect(m.byline).toEqual(['Ana Lima']);
    expect(m.confidence?.byline).toBeLessThan(UNSURE_BELOW);
  });

  test('a tag and the URL that disagree, nothing shown: the date is unsure', () => {
    const html = page('<meta property="article:published_time" content="2023-05-01T10:00:00Z">', '');
    const m = headerOf(html, 'https://harbour.example/2025/03/03/port-plan');
    expect(m.confidence?.publishedTime).toBeLessThan(UNSURE_BELOW);
  });
});

describe('sources that agree', () => {
  test.each([
    [
      'tags that agree with the page',
      '<meta property="article:published_time" content="2025-03-03T10:00:00Z"><meta name="author" content="Ana Lima">',
      SHOWN,
    ],
    ['the page alone', '', SHOWN],
    [
      'an update that differs as updates do',
      '<meta property="article:published_time" content="2025-03-03T10:00:00Z"><meta property="article:modified_time" content="2025-03-09T10:00:00Z">',
      '<p class="byline">By Ana Lima</p><p class="date">Published March 3, 2025 · Updated March 9, 2025</p>',
    ],
    ['an organisation beside the person', '<meta name="author" content="Harbour Post">', SHOWN],
  ])('%s: sure', (_label, head, header) => {
    const m = headerOf(page(head, header));
    expect(m.publishedTime?.slice(0, 10)).toBe('2025-03-03');
    expect(m.byline).toEqual(['Ana Lima']);
    expect(m.confidence?.publishedTime).toBeGreaterThanOrEqual(UNSURE_BELOW);
    expect(m.confidence?.byline).toBeGreaterThanOrEqual(UNSURE_BELOW);
  });
});

/**
 * Issue 18, dates: a line that labels its own date an update ("Last modified: March 10 2025")
 * before an unlabelled or otherwise labelled publication line ("Created: March 3 2025"). The
 * update's label belongs to the update's date, not to the next line's; a label standing alone
 * before its date ("Updated:" then "March 10, 2025") still marks that date. Pages written for
 * the project.
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
  `<h1>Port plan approved by the council</h1><p class="byline">By Ana Lima</p>${header}<div class="article-body">${STORY}</div></article></main></body></html>`;

const dateOf = (header: string) => headerOf(page(header)).publishedTime?.slice(0, 10);

describe('an update line before the publication line', () => {
  test.each([
    ['<p>Last modified: March 10 2025</p><p>Created: March 3 2025</p>'],
    ['<p>Updated March 10, 2025</p><p>March 3, 2025</p>'],
    ['<div><span>Last updated: March 10, 2025</span> <span>Originally March 3, 2025</span></div>'],
  ])('%s', (header) => {
    expect(dateOf(header)).toBe('2025-03-03');
  });

  test('a label alone before its date still marks that date an update', () => {
    expect(dateOf('<p><span>Updated:</span> <span>March 10, 2025</span></p><p>March 3, 2025</p>')).toBe('2025-03-03');
  });

  test('with no other date, the update is still the date shown', () => {
    expect(dateOf('<p>Last modified: March 10 2025</p>')).toBe('2025-03-10');
  });
});

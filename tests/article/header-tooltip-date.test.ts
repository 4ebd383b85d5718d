/**
 * Issue 18, dates: a date the page shows relative to the reading ("5 years ago") while its
 * tooltip (`title`) holds the full date, on a dated element or a <time> without datetime.
 * A tooltip is read only for such a relative date, not in place of a date the text gives.
 * Pages written for the project.
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

describe('a relative date with the full date in its tooltip', () => {
  test.each([
    ['<span class="date" title="March 3, 2023 10:15 AM">2 years ago</span>'],
    ['<time title="3 March 2023">Yesterday</time>'],
  ])('%s', (header) => {
    expect(dateOf(header)).toBe('2023-03-03');
  });

  test('the date the text gives wins over its tooltip', () => {
    expect(dateOf('<span class="date" title="Updated March 9, 2023">March 3, 2023</span>')).toBe('2023-03-03');
  });

  test('a tooltip beside a text that is no date is not read', () => {
    expect(dateOf('<span class="date" title="March 3, 2023">Transport</span>')).toBeUndefined();
  });
});

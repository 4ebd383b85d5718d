/**
 * Dates of issue 18 that the page marks or writes in ways a reader sees at once: an update
 * called so by its class only, shown before the publication ("<span class=updated>",
 * "date-modified", WordPress's <time class=updated> first); a month's name glued to the
 * byline before it ("By Ana LimaMarch 3, 2025"); a date tag in eight digits ("20250303"); a
 * date inside the deck's sentence, which is the news and not the dateline (the URL's date
 * wins over it). Pages written for the project.
 */
import { describe, expect, test } from 'vitest';
import { toIsoDate } from '../../src/article/metadata/dates';
import { HEADER_STORY, headerOf } from './load';

const page = (header: string, head = '') =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port plan approved by the council | Harbour Post</title>' +
  `<meta property="og:site_name" content="Harbour Post">${head}</head><body><main><article>` +
  `<h1>Port plan approved by the council</h1>${header}<div class="article-body">${HEADER_STORY}</div></article></main></body></html>`;

const dateOf = (header: string, url?: string, head = '') => headerOf(page(header, head), url).publishedTime;

describe('an update marked by its class, shown first', () => {
  test.each([
    [
      '<div class="meta"><span class="updated">March 10, 2025</span> <span class="published">March 3, 2025</span></div>',
    ],
    [
      '<div class="article-info"><span class="date-modified">March 10, 2025</span> <span class="date-published">March 3, 2025</span></div>',
    ],
    [
      '<div class="entry-meta"><time class="updated" datetime="2025-03-10T09:30:00+00:00">March 10, 2025</time> <time class="entry-date published" datetime="2025-03-03T09:30:00+00:00">March 3, 2025</time></div>',
    ],
  ])('%s', (header) => {
    expect(dateOf(header)?.slice(0, 10)).toBe('2025-03-03');
  });

  test('a class that says "update" and "posted" names the time posted', () => {
    const header =
      '<div class="meta"><span id="update_posted_time_1" class="stamp">posted on March 3, 2025</span></div>';
    expect(dateOf(header)).toBe('2025-03-03');
  });
});

describe('dates written with no room around them', () => {
  test('a month glued to the byline before it', () => {
    expect(dateOf('<div class="byline">By Ana LimaMarch 3, 2025 9:30 AM</div>')?.slice(0, 10)).toBe('2025-03-03');
  });

  test.each([
    ['20250303', '2025-03-03'],
    ['20251399', null],
  ])('toIsoDate(%j)', (v, iso) => {
    expect(toIsoDate(v)).toBe(iso);
  });

  test('a pubdate tag in eight digits', () => {
    expect(dateOf('', undefined, '<meta name="pubdate" content="20250303">')).toBe('2025-03-03');
  });
});

describe("a date in the deck's sentence", () => {
  const deck = '<p class="deck">The vote on March 12, 2025 will decide the future of the fishing fleet.</p>';
  test("the URL's date wins over it", () => {
    expect(dateOf(deck, 'https://harbour.example/2025/03/03/port-plan/')).toBe('2025-03-03');
  });
  test('alone, it is still the date the page gives', () => {
    expect(dateOf(deck)).toBe('2025-03-12');
  });
  test('a date line that says it was published is no sentence', () => {
    const line = '<p>This article was published on March 3, 2025 and last updated on March 5, 2025.</p>';
    expect(dateOf(line, 'https://harbour.example/2025/02/27/port-plan/')).toBe('2025-03-03');
  });
});

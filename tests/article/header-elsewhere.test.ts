/**
 * Header families of issue 18 where a page's other parts lend the story their credits and
 * dates: a rail of other stories above the headline (its cards' bylines, its dates), a
 * sidebar's rel=author link that Readability takes for the byline, a dateline element that
 * Readability takes for one too ("HARBOUR CITY, March 3, 2025"); and bylines that label their
 * credits ("Words: … · Pictures: …", "Author: … | Publish date: …") or name the outlet after
 * "of" ("By Ana Lima of the Harbour Post"); a dateline opening the story's first paragraph
 * as its only date. Each page is written for the project.
 */
import { describe, expect, test } from 'vitest';
import { cleanNames } from '../../src/article/metadata/byline';
import { HEADER_STORY, headerOf } from './load';

/** A story page: `before` above the story's <article>, `header` under its headline, `aside` after it. */
const page = ({ before = '', header = '', body = HEADER_STORY, aside = '' }) =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port plan approved by the council | Harbour Post</title>' +
  '<meta property="og:site_name" content="Harbour Post"></head><body>' +
  '<header class="masthead"><a href="/">Harbour Post</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>' +
  `<main>${before}<article><h1>Port plan approved by the council</h1>${header}<div class="article-body">${body}</div></article>${aside}</main>` +
  '<footer><p>© 2025 Harbour Post</p></footer></body></html>';

const RAIL =
  '<aside class="rail"><h3>Latest</h3><ul>' +
  '<li><a href="/news/ferry-fares">Ferry fares rise</a> <span class="date">March 10, 2025</span></li>' +
  '<li><a href="/news/bridge">Bridge closes</a> <span class="date">March 9, 2025</span></li></ul></aside>';

const CARD =
  '<section class="top-stories"><div class="card"><a href="/news/ferry-fares">Ferry fares rise again as the winter begins</a>' +
  '<span class="byline">By Tom Ortega</span></div></section>';

describe('dates', () => {
  test("a rail's dates above the story do not date it: the URL's date does, or none", () => {
    expect(headerOf(page({ before: RAIL }), 'https://harbour.example/2025/03/03/port-plan/').publishedTime).toBe(
      '2025-03-03',
    );
    expect(headerOf(page({ before: RAIL })).publishedTime).toBeNull();
  });

  test("a rail's dates after a short story do not date it either", () => {
    expect(headerOf(page({ aside: RAIL })).publishedTime).toBeNull();
    expect(headerOf(page({ aside: RAIL }), 'https://harbour.example/2025/03/03/port-plan/').publishedTime).toBe(
      '2025-03-03',
    );
  });

  test("the story's own date under its headline still wins over the rail's", () => {
    const html = page({ before: RAIL, header: '<div class="meta">March 3, 2025</div>' });
    expect(headerOf(html).publishedTime).toBe('2025-03-03');
  });

  test("a dateline opening the story's first paragraph dates it", () => {
    const body = HEADER_STORY.replace('<p>The harbour', '<p>HARBOUR CITY, Fla., March 3, 2025 — The harbour');
    expect(headerOf(page({ body })).publishedTime).toBe('2025-03-03');
  });

  test('a date inside a paragraph that opens with no dateline does not', () => {
    const body = HEADER_STORY.replace('on Monday', 'on March 3, 2025');
    expect(headerOf(page({ body })).publishedTime).toBeNull();
  });
});

describe('authors', () => {
  test("a card's byline in a rail above the story credits another story", () => {
    expect(headerOf(page({ before: CARD })).byline).toEqual([]);
    expect(headerOf(page({ before: CARD, header: '<div class="byline">By Ana Lima</div>' })).byline).toEqual([
      'Ana Lima',
    ]);
  });

  test("a sidebar's rel=author link credits another story", () => {
    const aside =
      '<aside><h3>Popular</h3><a href="/news/ferry-fares">Ferry fares rise</a> by <a rel="author" href="/authors/tom-ortega">Tom Ortega</a></aside>';
    expect(headerOf(page({ aside })).byline).toEqual([]);
  });

  test('a dateline element is no byline', () => {
    const body = `<p class="dateline">HARBOUR CITY, March 3, 2025</p>${HEADER_STORY}`;
    const header = headerOf(page({ body }));
    expect(header.byline).toEqual([]);
    expect(header.publishedTime).toBe('2025-03-03');
  });

  test.each([
    ['Words: Ana Lima · Pictures: Tom Ortega', ['Ana Lima']],
    ['Text: Ana Lima | Photos: Tom Ortega | Design: Jo Bloggs', ['Ana Lima']],
    ['Author: Ana Lima | Publish date: March 3, 2025', ['Ana Lima']],
    ['Author: Harbour Post Team, Publish date: March 3, 2025', ['Harbour Post Team']],
    ['By Ana Lima of the Harbour Post', ['Ana Lima']],
    ['By Ana Lima of Reuters', ['Ana Lima']],
    ['By Ana Lima and Tom Ortega of The Harbour Post', ['Ana Lima', 'Tom Ortega']],
  ])('a byline element %j', (byline, names) => {
    expect(headerOf(page({ header: `<div class="byline">${byline}</div>` })).byline).toEqual(names);
  });

  test.each([
    ['Words: Ana Lima', ['Ana Lima']],
    ['Pictures: Tom Ortega', []],
    ['Publish date', []],
  ])('cleanNames(%j)', (input, names) => {
    expect(cleanNames(input)).toEqual(names);
  });
});

describe('title', () => {
  test('a line break in the headline is a space, not glue between its words', () => {
    const html = page({}).replace(
      '<h1>Port plan approved by the council</h1>',
      '<h1>Port plan approved by the council<br><small>Work to start in spring</small></h1>',
    );
    expect(headerOf(html).title).toBe('Port plan approved by the council Work to start in spring');
  });
});

/**
 * The article's header (title, authors, date) on kinds of page where the first source to
 * hand is the wrong one: the site's or a section's name in the `<h1>`, a byline cut to its
 * first author or taken from a photo credit, a staff label next to a real name, a teaser's
 * or an update's date. Each family has a page written for the project (in
 * tests/fixtures/pages/header/ or inline) and the value a reader would give.
 */
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/article/extract';
import { isSiteOnly } from '../../src/article/metadata/index';
import { writesDayFirst } from '../../src/article/metadata/dates';
import { fixture, HEADER_STORY as BODY, headerOf, load } from './load';

const NOW = new Date('2025-06-01T12:00:00Z');
const metaOf = (html: string, url = 'https://harbour.example/news/2025/port-plan') => headerOf(html, url);

const page = (head: string, body: string): string =>
  `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('titles: the site, a section or a series is not the headline', () => {
  test.each([
    [
      "a blog's name in the h1, linking to its home page; the post's title in the tags",
      'blog-name.html',
      'https://tideline.example/2016/05/tide-gauge.html',
      'Rebuilding a 1970s tide gauge with a microcontroller',
      'headline',
    ],
    [
      "a blog's name in the h1 (no link), the same name after the post's title in <title>",
      'blog-name-suffix.html',
      'https://tideline.example/2016/05/tide-gauge.html',
      'Rebuilding a 1970s tide gauge with a microcontroller',
      'headline',
    ],
    [
      "a section's name and a widget's heading in h1s, the site's name in every title tag",
      'section-portal.html',
      'https://portal.example/news/general/ferry-timetable-winter',
      'Ferry timetable changes for the winter season',
      'headline',
    ],
    [
      "a feature's headline marked as such, a series label in the h1",
      'feature.html',
      'https://harbour.example/long-read/hull',
      'Brexit: What the new deal means for the fishing fleet in Hull',
      'headline',
    ],
    [
      'a long title is not cut at its colon',
      'colon-title.html',
      'https://harbour.example/analysis/hull',
      'Brexit: What the new deal means for the fishing fleet in Hull',
      'document-title',
    ],
  ])('%s', (_label, file, url, title, source) => {
    const m = metaOf(fixture(`header/${file}`), url);
    expect(m.title).toBe(title);
    expect(m.sources.title).toBe(source);
    expect(m.confidence?.title).toBeGreaterThan(0);
  });

  test('every title tag names only the site (no og:site_name, the host says it): the heading the article opens with', () => {
    const url = 'https://www.tidelinegazette.example/news/lifeboat-rescue';
    const { article } = extractArticle(load(fixture('header/host-name-title.html'), url), { url, now: NOW });
    expect(article.meta.title).toBe('Lifeboat crew rescue three walkers cut off by the tide');
    expect(article.meta.sources.title).toBe('article-heading');
    // Less sure than a headline the page marks as such; the heading is not repeated in the body.
    expect(article.meta.confidence?.title).toBeLessThan(0.6);
    expect(article.blocks[0]?.text).toMatch(/^Three walkers were rescued/u);
  });

  test.each([
    ['Tide Line Gazette', null, 'www.tidelinegazette.example', true],
    ['Harbour Portal', 'Harbour Portal', null, true],
    ['Harbour Portal', null, 'news.harbour-portal.co.uk', true],
    ['Lifeboat crew rescue three walkers', null, 'www.tidelinegazette.example', false],
    ['Tide Line', null, 'www.tidelinegazette.example', false],
  ])('isSiteOnly(%j, site %j, host %j) is %j', (title, site, host, expected) => {
    expect(isSiteOnly(title, site, host)).toBe(expected);
  });

  test("a section's name in the h1, the headline in an h2 that the title tag names", () => {
    const m = metaOf(
      page(
        '<title>Port plan approved by the council | Harbour News</title>',
        `<h1>News &amp; general</h1><article><h2>Port plan approved by the council</h2>${BODY}</article>`,
      ),
    );
    expect(m.title).toBe('Port plan approved by the council');
    expect(m.sources.title).toBe('headline');
  });

  test('no h1 but the masthead: the element marked as the headline', () => {
    const m = metaOf(
      page(
        '<title>Harbour News</title>',
        `<header><h1><a href="/">Harbour News</a></h1></header><div class="story"><p class="story-headline">Port plan approved by the council</p>${BODY}</div>`,
      ),
    );
    expect(m.title).toBe('Port plan approved by the council');
  });

  test('the h1 the title tags agree with wins over the masthead h1, with high confidence', () => {
    const m = metaOf(
      page(
        '<title>Port plan approved - Salt.com</title><meta property="og:title" content="Port plan approved">',
        '<header><h1><a href="/">Salt</a></h1></header><article><h1>Port plan approved</h1>' + BODY + '</article>',
      ),
    );
    expect(m.title).toBe('Port plan approved');
    expect(m.confidence?.title).toBeGreaterThanOrEqual(0.9);
  });
});

describe('authors: all of them, and only people who wrote it', () => {
  test.each([
    [
      'a multi-author byline where only the first has an author page (the tag names only the first)',
      '<meta name="author" content="Ana Lima">',
      '<article><h1>Port plan approved by the council</h1><p class="byline">By <a href="/authors/ana-lima">Ana Lima</a>, Tom Ortega, Wei Chen and Sara Diaz</p>' +
        BODY +
        '</article>',
      ['Ana Lima', 'Tom Ortega', 'Wei Chen', 'Sara Diaz'],
    ],
    [
      'a byline with a name element per author (no links)',
      '',
      '<article><h1>Port plan approved by the council</h1><div class="byline">By <span class="author-name">Ana Lima</span>, <span class="author-name">Tom Ortega</span> and <span class="author-name">Wei Chen</span></div>' +
        BODY +
        '</article>',
      ['Ana Lima', 'Tom Ortega', 'Wei Chen'],
    ],
    [
      'co-authors each marked up as schema.org authors',
      '',
      '<article><h1>Port plan approved by the council</h1><p>By <span itemprop="author" itemscope><span itemprop="name">Ana Lima</span></span> and <span itemprop="author" itemscope><span itemprop="name">Tom Ortega</span></span></p>' +
        BODY +
        '</article>',
      ['Ana Lima', 'Tom Ortega'],
    ],
    [
      'a role after the name',
      '',
      '<article><h1>Port plan approved by the council</h1><div class="byline">By Andrew Husband, Culture Writer</div>' +
        BODY +
        '</article>',
      ['Andrew Husband'],
    ],
    [
      'a name run into the outlet in capitals',
      '',
      '<article><h1>Port plan approved by the council</h1><div class="byline">Meg WagnerNEW YORK HARBOUR NEWS</div>' +
        BODY +
        '</article>',
      ['Meg Wagner'],
    ],
    [
      "the photographer's credit and a related story's author are not the writer",
      '',
      '<article><h1>Port plan approved by the council</h1><figure><img src="data:," alt=""><figcaption>Cranes at dawn. Photo by <a href="/authors/sam-reyes">Sam Reyes</a></figcaption></figure>' +
        '<p>By Lena Ortiz</p>' +
        BODY +
        '</article><section class="more"><article><h3><a href="/b">Ferries cut winter crossings</a></h3><a href="/authors/jo-bloggs">Jo Bloggs</a></article></section>',
      ['Lena Ortiz'],
    ],
    [
      'a staff label in the tag loses to the name on the page',
      '<meta name="author" content="Harbour Weekly Staff">',
      '<article><h1>Port plan approved by the council</h1><div class="byline">By <a href="/authors/lena-ortiz">Lena Ortiz</a></div>' +
        BODY +
        '</article>',
      ['Lena Ortiz'],
    ],
    [
      'a section label in the byline slot is no author',
      '',
      '<article><h1>Port plan approved by the council</h1><div class="byline">Industry moves this week</div>' +
        BODY +
        '</article>',
      [],
    ],
    [
      'the person the story is about is not its author; the agency credit is',
      '<meta name="author" content="Tomás Ortega">',
      '<article><h1>Mayor Ortega signs the port deal</h1><p class="byline">By The Associated Press</p>' +
        BODY +
        '</article>',
      ['The Associated Press'],
    ],
    [
      'the person the story is about, shown as "By …" with no tag naming him, is no author',
      '',
      '<article><h1>Trump says the port deal is the best ever</h1><p class="byline">By Donald Trump</p>' +
        BODY +
        '</article>',
      [],
    ],
    [
      'an all-caps staff credit, as a reader writes it',
      '<meta property="og:site_name" content="The Harbour Post | HarbourPost.com">',
      '<article><h1>Port plan approved by the council</h1><div class="byline">By HARBOUR POST STAFF</div>' +
        BODY +
        '</article>',
      ['Harbour Post Staff'],
    ],
    [
      'JSON-LD names only the first of the authors the page links under the headline',
      '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ana Lima"}}</script>',
      '<article><h1>Port plan approved by the council</h1><p>By <a href="/ana">Ana Lima</a>, <a href="/tom">Tom Ortega</a> and <a href="/wei">Wei Chen</a></p>' +
        BODY +
        '</article>',
      ['Ana Lima', 'Tom Ortega', 'Wei Chen'],
    ],
    [
      "a handle after the name, and an address glued to another's",
      '',
      '<article><h1>Port plan approved by the council</h1><div class="byline">By Ana Lima @analima and Tom Ortega@tomortega</div>' +
        BODY +
        '</article>',
      ['Ana Lima', 'Tom Ortega'],
    ],
    [
      'the outlet the author wrote for is no part of the name',
      '',
      '<article><h1>Port plan approved by the council</h1><div class="byline">By Ana Lima For The Harbour Weekly</div>' +
        BODY +
        '</article>',
      ['Ana Lima'],
    ],
    [
      'the writer in a line that also credits the photographer (no byline class)',
      '',
      '<article><h1>Port plan approved by the council</h1><p>Written by Ana Lima · Photography by Sam Reyes</p>' +
        BODY +
        '</article>',
      ['Ana Lima'],
    ],
  ])('%s', (_label, head, body, byline) => {
    const m = metaOf(page(`<title>Port</title>${head}`, body));
    expect(m.byline).toEqual(byline);
    if (byline.length) expect(m.confidence?.byline).toBeGreaterThan(0);
  });

  test('a site name with its domain glued on is cleaned', () => {
    const m = metaOf(
      page(
        '<title>Port</title><meta property="og:site_name" content="The Harbour Post | HarbourPost.com">',
        `<article><h1>Port plan approved by the council</h1>${BODY}</article>`,
      ),
    );
    expect(m.siteName).toBe('The Harbour Post');
  });

  test('sources that agree raise the confidence', () => {
    const agreed = metaOf(
      page(
        '<title>Port</title><meta name="author" content="Lena Ortiz">',
        `<article><h1>Port plan approved by the council</h1><p class="byline">By <a rel="author" href="/lena">Lena Ortiz</a></p>${BODY}</article>`,
      ),
    );
    const alone = metaOf(page('<title>Port</title><meta name="author" content="Lena Ortiz">', `<h1>x</h1>${BODY}`));
    expect(agreed.byline).toEqual(['Lena Ortiz']);
    expect(alone.byline).toEqual(['Lena Ortiz']);
    expect(agreed.confidence?.byline).toBeGreaterThan(alone.confidence?.byline ?? 1);
  });
});

describe('dates: the publication, not an update, a teaser or a comment', () => {
  test.each([
    [
      "a teaser's relative time and an update come before the story's <time>",
      '<div class="rail"><a href="/other"><h4>Ferries cut winter crossings</h4><time>An hour ago</time></a><a href="/x"><h4>Cranes</h4><time datetime="2025-05-30T08:00:00Z">Yesterday</time></a></div>' +
        '<article><h1>Port plan approved by the council</h1><div class="meta">Updated <time datetime="2025-03-07T10:00:00+01:00">7 March</time> · Published <time datetime="2025-03-05T09:30:00+01:00">5 March 2025</time></div>' +
        BODY +
        '</article>',
      '2025-03-05T09:30:00+01:00',
      'time',
    ],
    [
      'a <time> without datetime, and a comment date after it',
      '<article><h1>Port plan approved by the council</h1><p><time>5 March 2025, 09:30</time></p>' +
        BODY +
        '<div class="comments"><time datetime="2025-03-09">9 March</time></div></article>',
      '2025-03-05T09:30:00',
      'time-text',
    ],
    [
      'a dateline above the headline only',
      '<article><p class="kicker">Ports · 5 March 2025</p><h1>Port plan approved by the council</h1>' +
        BODY +
        '</article>',
      '2025-03-05',
      'before-headline',
    ],
    [
      "the page's own offset is kept when its header and its tags give the same instant",
      '<meta property="article:published_time" content="2025-03-06T03:32:00Z">' +
        '<article><h1>Port plan approved by the council</h1><p class="dateline">March 5, 2025 10:32 PM EST</p>' +
        BODY +
        '</article>',
      '2025-03-05T22:32:00-05:00',
      'meta:article:published_time',
    ],
    [
      'an update and the publication in one line of text: the publication',
      '<article><h1>Port plan approved by the council</h1><p>Updated March 7, 2025, 10:00 a.m. · Published March 5, 2025</p>' +
        BODY +
        '</article>',
      '2025-03-05',
      'after-headline',
    ],
    [
      'a dateline in Spanish below the headline',
      '<article><h1>Port plan approved by the council</h1><p>Publicado el 5 de marzo de 2025</p>' + BODY + '</article>',
      '2025-03-05',
      'after-headline',
    ],
    [
      'a French dateline in a date element',
      '<article><h1>Port plan approved by the council</h1><div class="meta">Publié le 5 mars 2024 à 10h15</div>' +
        BODY +
        '</article>',
      // French is spoken in many zones: the time is kept without one.
      '2024-03-05T10:15:00',
      'dateline',
    ],
    [
      'a German date in a <time> without datetime',
      '<article><h1>Port plan approved by the council</h1><time>5. März 2025</time>' + BODY + '</article>',
      '2025-03-05',
      'time-text',
    ],
    [
      'a date after the reading is no publication date',
      '<meta property="article:published_time" content="2031-01-01T00:00:00Z"><article><h1>Port plan approved by the council</h1><time datetime="2025-03-05">5 March 2025</time>' +
        BODY +
        '</article>',
      '2025-03-05',
      'time',
    ],
  ])('%s', (_label, body, date, source) => {
    const m = metaOf(page('<title>Port</title>', body));
    expect(m.publishedTime).toBe(date);
    expect(m.sources.publishedTime).toBe(source);
    expect(m.confidence?.publishedTime).toBeGreaterThan(0);
  });

  test.each([
    ['https://harbour.example/world/2016/dec/09/port-plan', '2016-12-09'],
    ['https://harbour.example/news/port-plan-20161209.html', '2016-12-09'],
    ['https://harbour.example/2016/12/09/port-plan', '2016-12-09'],
    ['https://harbour.example/news/port-plan-2016-12-09', '2016-12-09'],
  ])('a date in the URL %s', (url, date) => {
    const m = metaOf(page('<title>Port</title>', `<div>${BODY}</div>`), url);
    expect(m.publishedTime).toBe(date);
    expect(m.sources.publishedTime).toBe('url');
  });

  test.each([
    // British and German pages are dated in their one zone (GMT in March, CET).
    ['en-GB', '2025-03-05T09:30:00+00:00'],
    ['de', '2025-03-05T09:30:00+01:00'],
    // A 24-hour clock is not the American way of writing: no zone is presumed.
    ['en-US', '2025-05-03T09:30:00'],
    [null, '2025-05-03T09:30:00'],
  ])('a numeric date on a page in %j: day first where the language writes it so', (lang, date) => {
    const html = page(
      '<title>Port</title>',
      `<article><h1>Port plan approved by the council</h1><p class="date">05/03/2025 09:30</p>${BODY}</article>`,
    );
    const m = metaOf(lang ? html.replace('<html>', `<html lang="${lang}">`) : html);
    expect(m.publishedTime).toBe(date);
    // A day above 12 is read the same either way.
    const late = metaOf(html.replace('05/03/2025', '25/03/2025'));
    expect(late.publishedTime).toBe('2025-03-25T09:30:00');
  });

  test.each([
    ['en-GB', true],
    ['en_AU', true],
    ['fr-FR', true],
    ['en-US', false],
    ['en', false],
    ['ja', false],
    ['', false],
  ])('writesDayFirst(%j) is %j', (lang, expected) => {
    expect(writesDayFirst(lang)).toBe(expected);
  });

  test('JSON-LD behind CDATA markers is read', () => {
    const m = metaOf(
      page(
        '<title>Port</title><script type="application/ld+json">//<![CDATA[\n{"@type":"NewsArticle","headline":"Port plan approved","datePublished":"2025-03-05T09:30:00+01:00","author":[{"@type":"Person","name":"Stella Kim"},{"@type":"Person","name":"Jennifer Jett"}]}\n//]]></script>',
        `<div>${BODY}</div>`,
      ),
    );
    expect(m.byline).toEqual(['Stella Kim', 'Jennifer Jett']);
    expect(m.publishedTime).toBe('2025-03-05T09:30:00+01:00');
    expect(m.sources).toMatchObject({ byline: 'json-ld', publishedTime: 'json-ld' });
  });
});

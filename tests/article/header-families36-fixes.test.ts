/**
 * The families the header-families36 pages showed Lede missing (tests/fixtures/pages/header-families36/),
 * each fixed as a family, with the page and variants written here: a kicker in capitals typed
 * into the headline ("WATCH: …"); a well-known place of two words after the writer's name ("By
 * Name, New Delhi"); a translator's author card; the full date of a relative one in a scripted
 * tooltip (Bootstrap's data-bs-title, data-original-title, Tippy); Unix time in data-unix and
 * data-epoch; RDFa's dc:date (Drupal 7's "Submitted by").
 */
import { describe, expect, test } from 'vitest';
import { cleanNames } from '../../src/article/metadata';
import { HEADER_STORY, fixture, headerOf, storyPage } from './load';

const page = (file: string, url: string) => headerOf(fixture(`header-families36/${file}`), url);

/** A page of the header tests' story with `h1` as its headline, `header` under it and `head` in its head. */
const withHeadline = (h1: string, head: string, header = '<p class="byline">By Ana Lima</p>'): string =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour Post</title>' +
  `<meta property="og:site_name" content="Harbour Post">${head}</head><body><main><article>` +
  `<h1>${h1}</h1>${header}<div class="article-body">${HEADER_STORY}</div></article></main></body></html>`;

describe('a kicker in capitals typed into the headline', () => {
  const og = '<meta property="og:title" content="Port plan approved by the council">';
  test.each([
    ['WATCH: Port plan approved by the council'],
    ['EXCLUSIVE: Port plan approved by the council'],
    ['BREAKING NEWS: Port plan approved by the council'],
  ])('%s', (h1) => {
    expect(headerOf(withHeadline(h1, og)).title).toBe('Port plan approved by the council');
  });

  test('a label in small letters is the headline’s own', () => {
    expect(headerOf(withHeadline('Review: Port plan approved by the council', og)).title).toBe(
      'Review: Port plan approved by the council',
    );
  });

  test('a kicker the title tags say too is kept', () => {
    const tags = '<meta property="og:title" content="WATCH: Port plan approved by the council">';
    expect(headerOf(withHeadline('WATCH: Port plan approved by the council', tags)).title).toBe(
      'WATCH: Port plan approved by the council',
    );
  });

  test('without title tags that say the rest, the headline stays whole', () => {
    expect(headerOf(withHeadline('WATCH: Port plan approved by the council', '')).title).toBe(
      'WATCH: Port plan approved by the council',
    );
  });

  test('the Express page', () => {
    const meta = page(
      'reach-express-by-name-comma-role-bst-weekday-updated.html',
      'https://www.express.example/news/politics/1907345/rishi-sunak-pensions-triple-lock-pledge',
    );
    expect(meta.title).toBe('Rishi Sunak vows to keep pensions triple lock for the whole of next parliament');
  });
});

describe('a well-known place after the writer’s name', () => {
  test.each([
    ['By Ana Lima, New Delhi', ['Ana Lima']],
    ['By Ana Lima, Hong Kong', ['Ana Lima']],
    ['By Ana Lima and Tom Ortega, Los Angeles', ['Ana Lima', 'Tom Ortega']],
    ['By Ana Lima, Tom Ortega', ['Ana Lima', 'Tom Ortega']],
  ])('cleanNames(%j)', (raw, names) => {
    expect(cleanNames(raw)).toEqual(names);
  });

  test('a linked name then the city in plain text', () => {
    const html = storyPage(
      '<div class="storyBy"><small>By <a href="/author/ana-lima-1">Ana Lima</a>, New Delhi</small></div>',
    );
    expect(headerOf(html).byline).toEqual(['Ana Lima']);
  });

  test('the Hindustan Times page', () => {
    const meta = page(
      'hindustan-times-by-name-comma-city-ist-zero-padded.html',
      'https://www.hindustantimes.example/cities/delhi-news/delhi-air-quality-improves-after-rain-101709601234567.html',
    );
    expect(meta.byline).toEqual(['Jasjeev Gandhiok']);
  });
});

describe('a translator’s author card', () => {
  const cards = (role: string) =>
    storyPage(
      '<div class="author-cards"><div class="author-card"><a href="/author/ana-lima/" class="author-name">Ana Lima</a><span class="author-role">Reporter</span></div>' +
        `<div class="author-card"><a href="/author/tom-ortega/" class="author-name">Tom Ortega</a><span class="author-role">${role}</span></div></div>`,
    );

  test.each([['Translator'], ['Interpreter']])('%s: no author', (role) => {
    expect(headerOf(cards(role)).byline).toEqual(['Ana Lima']);
  });

  test('a co-author’s card stays', () => {
    expect(headerOf(cards('Staff Writer')).byline).toEqual(['Ana Lima', 'Tom Ortega']);
  });

  test('the translated page', () => {
    const meta = page(
      'translated-two-author-cards-reporter-and-translator-roles.html',
      'https://www.borderlandsreport.example/2024/03/05/water-rationing-monterrey/',
    );
    expect(meta.byline).toEqual(['Lucía Benavides']);
  });
});

describe('the full date of a relative one in a scripted tooltip', () => {
  const dateOf = (header: string) =>
    headerOf(storyPage(`<p class="byline">By Ana Lima</p><p>${header}</p>`)).publishedTime?.slice(0, 10);

  test.each([
    ['<span data-bs-toggle="tooltip" data-bs-title="Friday, March 3, 2023 at 10:15 AM">Posted 2 years ago</span>'],
    ['<span data-toggle="tooltip" data-original-title="March 3, 2023">2 years ago</span>'],
    ['<span data-tippy-content="3 March 2023">Posted 2 years ago</span>'],
  ])('%s', (header) => {
    expect(dateOf(header)).toBe('2023-03-03');
  });

  test('a tooltip on a button is no date', () => {
    expect(dateOf('<button data-bs-title="March 3, 2023">Share</button>')).toBeUndefined();
  });

  test('the Bootstrap page', () => {
    const meta = page(
      'posted-days-ago-bootstrap-tooltip-full-date-no-meta.html',
      'https://www.ridgelinetimes.example/news/trail-reopens-after-rockslide',
    );
    expect(meta.publishedTime?.slice(0, 10)).toBe('2024-03-05');
  });
});

describe('Unix time and RDFa dates in attributes', () => {
  const instant = (header: string) =>
    Date.parse(headerOf(storyPage(`<p class="byline">By Ana Lima</p>${header}`)).publishedTime ?? '');

  test.each([
    ['<p><time class="pub-date" data-unix="1709643600000"></time></p>'],
    ['<p><span data-epoch="1709643600"></span></p>'],
    [
      '<div class="meta submitted"><span property="dc:date dc:created" content="2024-03-05T07:00:00-06:00">Submitted by Ana Lima on Tue, 03/05/2024 - 07:00</span></div>',
    ],
  ])('%s', (header) => {
    expect(instant(header)).toBe(Date.parse('2024-03-05T13:00:00Z'));
  });
});

/**
 * More kinds of page where the header's first source to hand is the wrong one: a section's
 * name in the h1 that the title tag also holds (with or without the headline, which og:title
 * gives), every h1 a logo, a short alternative
 * headline in the h1, a blog's name before the title's colon; authors written surname
 * first, named by id in a JSON-LD graph, in brackets after the first, credited as a staff
 * label only, after a label or above the headline, and a link to the reader's own account that is no author.
 * Each page is written for the project (tests/fixtures/pages/header/).
 */
import { describe, expect, test } from 'vitest';
import { cleanNames } from '../../src/article/metadata/byline';
import { fixture, headerOf, headerOfFixture } from './load';

const metaOf = headerOfFixture;

describe('titles', () => {
  test.each([
    [
      "a section's name in the h1 that <title> also holds: the headline the page shows",
      'section-h1-in-title.html',
      'Port plan approved by the council',
      'headline',
    ],
    [
      "every h1 is the site's logo: the heading in the article's header (not a teaser's)",
      'logo-h1-article-header.html',
      'Port plan approved by the council',
      'headline',
    ],
    [
      'a short alternative headline in the h1: the element marked as the headline',
      'alternative-headline.html',
      'Port plan approved by the council after a two-year fight',
      'headline',
    ],
    [
      "the blog's name before the title's colon goes",
      'blog-colon-title.html',
      'Rebuilding a 1970s tide gauge',
      undefined,
    ],
  ])('%s', (_label, file, title, source) => {
    const m = metaOf(file, 'https://tideline.example/2016/05/tide-gauge.html');
    expect(m.title).toBe(title);
    if (source) expect(m.sources.title).toBe(source);
  });

  describe("a section's name in the h1 and in <title>, the headline in og:title", () => {
    /** The section's page title and h1, og:title the story's, and the headline shown as `shown`. */
    const page = (shown: string): string =>
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News &amp; general - Harbour Post</title>' +
      '<meta property="og:title" content="Port plan approved by the council"></head><body><main>' +
      `<h1 class="section-title">News &amp; general</h1><article>${shown}<p class="byline">By Lena Ortiz</p>` +
      '<p>The harbour authority approved a plan on Monday to deepen the main shipping channel, a project that engineers say will let the largest container ships call at the port.</p>'.repeat(
        3,
      ) +
      '</article></main></body></html>';
    test.each([
      ['an element marked as the headline', '<div class="headline">Port plan approved by the council</div>'],
      ['an h2', '<h2>Port plan approved by the council</h2>'],
    ])('the headline shown in %s', (_label, shown) => {
      expect(headerOf(page(shown)).title).toBe('Port plan approved by the council');
    });
  });

  test("a heading's permalink sign is no part of it", () => {
    const html =
      '<!doctype html><html lang="en"><head><title>Evolve: Shared Mutable History — evolve extension</title></head><body>' +
      '<div class="section"><h1>Evolve: Shared Mutable History<a class="headerlink" href="#evolve">¶</a></h1>' +
      '<p>Evolve is an extension that makes it safe to rewrite history that has already been shared with others, by recording what replaced what.</p>'.repeat(
        3,
      ) +
      '</div></body></html>';
    const url = 'https://docs.example/evolve/';
    expect(headerOf(html, url).title).toBe('Evolve: Shared Mutable History');
  });
});

describe('authors', () => {
  test.each([
    [
      'names written surname first, one in capitals, in a list',
      'surname-first-list.html',
      ['Steve Gillman', 'Jane Doe'],
    ],
    ['a JSON-LD graph that names its authors by id', 'json-ld-graph.html', ['Ana Lima', 'Tom Ortega']],
    ['co-authors in brackets after the first', 'co-authors-in-brackets.html', ['Léna Ortiz', 'Tom Ortega', 'Wei Chen']],
    ['a staff credit in capitals in a "posted by" element', 'posted-by-staff.html', ['Harbour News Staff']],
    ['the name after a label that follows "by"', 'label-after-by.html', ['Harbour University Marine Sciences']],
    ["a link to the reader's own profile settings is no author", 'account-link.html', []],
    ['"By …" in the line above the headline (not in a teaser\'s link)', 'byline-above-headline.html', ['Ana Lima']],
  ])('%s', (_label, file, byline) => {
    expect(metaOf(file).byline).toEqual(byline);
  });

  test("a graph's author by reference (the account that posted) yields to the byline the page shows", () => {
    const html = fixture('header/json-ld-graph.html').replace(
      '<h1>Port plan approved by the council</h1>',
      '<h1>Port plan approved by the council</h1><p class="byline">By <a href="/authors/lena-ortiz">Lena Ortiz</a></p>',
    );
    const url = 'https://harbour.example/news/port-plan';
    expect(headerOf(html, url).byline).toEqual(['Lena Ortiz']);
  });

  test('a label after "by" above the headline is no author ("Buscar por" then "Anticipo:")', () => {
    const html = fixture('header/byline-above-headline.html').replace(
      '<p class="kicker">Ports · By Ana Lima</p>',
      '<div class="tools"><span>Buscar por</span> <span>Anticipo:</span></div>',
    );
    const url = 'https://harbour.example/news/port-plan';
    expect(headerOf(html, url).byline).toEqual([]);
  });

  test.each([
    ['Gillman, Steve', ['Steve Gillman']],
    ['GILLMAN, Steve', ['Steve Gillman']],
    ['Gillman, Steve; Doe, Jane A.', ['Steve Gillman', 'Jane A. Doe']],
    ['Ana Lima, Tom Ortega', ['Ana Lima', 'Tom Ortega']],
    ['Ana Lima (with Tom Ortega and Wei Chen)', ['Ana Lima', 'Tom Ortega', 'Wei Chen']],
    ['By Ana Lima, PhD', ['Ana Lima']],
    // Organisations are not turned round.
    ['AFP, Reuters', ['AFP', 'Reuters']],
  ])('cleanNames(%j)', (input, names) => {
    expect(cleanNames(input)).toEqual(names);
  });
});

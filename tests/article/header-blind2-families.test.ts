/**
 * Header families the second blind set showed (issue 18, tests/fixtures/pages/header-blind2/),
 * each on a page or a byline written here: the outlet and its place after a name ("Por Ana
 * Lima, Harbour Post RJ — Rio de Janeiro"), a guest column's writer named only in its italic
 * closing tagline, and a press release's company named on its "SOURCE" line.
 */
import { describe, expect, test } from 'vitest';
import { cleanNames } from '../../src/article/metadata/byline';
import { HEADER_STORY, headerOf, storyPage } from './load';

describe("the outlet, its edition and its place after a writer's name", () => {
  const site = { siteName: 'Harbour Post' };
  test.each([
    ['Por Ana Lima, Harbour Post RJ — Rio de Janeiro', ['Ana Lima']],
    ['By Ana Lima, Harbour Post — Port Town', ['Ana Lima']],
    ['Por Ana Lima e Tom Ortega, Harbour Post SP', ['Ana Lima', 'Tom Ortega']],
  ])('cleanNames(%j)', (byline, names) => {
    expect(cleanNames(byline, site)).toEqual(names);
  });

  test.each([
    ['a co-author after the comma', 'By Ana Lima, Tom Ortega', ['Ana Lima', 'Tom Ortega']],
    [
      "a co-author whose name opens with a word of the site's",
      'By Ana Lima, Harbour Smith',
      ['Ana Lima', 'Harbour Smith'],
    ],
  ])('not %s', (_label, byline, names) => {
    expect(cleanNames(byline, site)).toEqual(names);
  });

  test('on a page: the byline by the headline gives the writer only', () => {
    const html = storyPage('<p class="byline">Por Ana Lima, Harbour Post RJ — Rio de Janeiro</p>');
    expect(headerOf(html).byline).toEqual(['Ana Lima']);
  });
});

const column = (label: string, last: string) =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Opinion: Keep the ferry running | Harbour Post</title>' +
  '<meta property="og:site_name" content="Harbour Post"><meta name="author" content="Guest Columnist"></head><body><main><article>' +
  `<h1>Opinion: Keep the ferry running</h1><div class="byline">${label}</div><p class="date">March 3, 2025</p>` +
  `<div class="article-body">${HEADER_STORY}${last}</div></article></main></body></html>`;

describe("a guest column's italic closing tagline", () => {
  test.each([
    ['<p><em>Ana Lima is a professor of marine biology at the Harbour Institute.</em></p>'],
    ['<p><i>Ana Lima was the harbour master from 2009 to 2021 and lives in Port Town.</i></p>'],
  ])('%s', (last) => {
    expect(headerOf(column('Guest columnist', last)).byline).toEqual(['Ana Lima']);
  });

  test.each([
    ['not in italics', '<p>Ana Lima is a professor of marine biology at the Harbour Institute.</p>'],
    ['only the name in italics', '<p><em>Ana Lima</em> is a professor of marine biology at the Harbour Institute.</p>'],
  ])('not a tagline %s', (_label, last) => {
    expect(headerOf(column('Guest columnist', last)).byline).not.toContain('Ana Lima');
  });

  test('a byline naming the writer is kept over the tagline', () => {
    const last = '<p><em>Tom Ortega is a professor of marine biology at the Harbour Institute.</em></p>';
    expect(headerOf(column('By Ana Lima', last)).byline).toEqual(['Ana Lima']);
  });
});

const release = (title: string, source: string) =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Newsroom</title>' +
  '<meta property="og:site_name" content="Newsroom"></head><body><main><div class="release">' +
  `<p class="date">March 3, 2025</p><h1>${title}</h1><div class="release-body">` +
  '<p>PORT TOWN, March 3, 2025 -- Harbour Energy today reported record quarterly earnings, driven by its new offshore wind farm.</p>' +
  `${HEADER_STORY}<p><strong>Media contact:</strong> Tom Ortega, press@harbour.example</p><p>${source}</p></div></div></main></body></html>`;

describe("a press release's SOURCE line", () => {
  test('the company the release announces is its author', () => {
    expect(headerOf(release('Harbour Energy Reports Record Quarter', 'SOURCE Harbour Energy')).byline).toEqual([
      'Harbour Energy',
    ]);
  });

  test.each([
    ['a source the release does not announce', 'SOURCE Port Statistics Office'],
    ['a source in small letters (a note, not the wire mark)', 'source Harbour Energy'],
  ])('not %s', (_label, source) => {
    expect(headerOf(release('Harbour Energy Reports Record Quarter', source)).byline).toEqual([]);
  });
});

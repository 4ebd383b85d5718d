import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/article/extract';
import { cleanNames, parseDateText, stripSiteSuffix, toIsoDate } from '../../src/article/metadata/index';
import { fixture, HEADER_STORY, load } from './load';

const URL = 'https://harbour.example/news/gdansk';
const metaOf = (html: string, url = URL) => extractArticle(load(html, url), { url }).article.meta;

describe('metadata sources, in order of trust', () => {
  test('JSON-LD (in an @graph, next to malformed JSON-LD) wins over meta tags', () => {
    const m = metaOf(fixture('metadata-jsonld.html'));
    expect(m).toMatchObject({
      title: 'Gdańsk to deepen shipping channel',
      byline: ['Piotr Zieliński', 'Maria Kowalska'],
      publishedTime: '2024-04-08T16:20:00+02:00',
      modifiedTime: '2024-04-09T08:00:00+02:00',
      siteName: 'Harbour Gazette',
      leadImage: 'https://harbour.example/img/gdansk.jpg',
      lang: 'pl',
    });
    expect(m.sources).toMatchObject({ title: 'h1', byline: 'json-ld', publishedTime: 'json-ld', lang: 'html' });
  });

  test('OpenGraph, article:* and citation_* meta tags', () => {
    const m = metaOf(fixture('metadata-meta-tags.html'));
    expect(m).toMatchObject({
      title: 'Gdańsk to deepen shipping channel',
      // citation_author writes the surname first.
      byline: ['Piotr Zieliński'],
      publishedTime: '2024-04-08T14:20:00Z',
      siteName: 'Harbour Gazette',
      excerpt: 'The port will take the largest container ships.',
      dir: 'ltr',
    });
    expect(m.sources).toMatchObject({
      byline: 'meta:citation_author',
      publishedTime: 'meta:article:published_time',
      siteName: 'meta:og:site_name',
    });
  });

  test('the visible byline and <time>, with share bars and related stories dropped from the body', () => {
    const { article } = extractArticle(load(fixture('metadata-visible.html')));
    expect(article.meta).toMatchObject({
      title: 'Gdańsk to deepen shipping channel',
      byline: ['Piotr Zieliński', 'Maria Kowalska'],
      publishedTime: '2024-04-08',
    });
    expect(article.meta.sources).toMatchObject({ byline: 'visible', publishedTime: 'time' });
    const text = article.blocks.map((b) => b.text).join('\n');
    expect(text).not.toMatch(/Share on social media|Szczecin|By Piotr|April 8, 2024/);
    expect(text).toContain('Agnieszka Nowak');
  });
});

const page = (head: string, body: string): string =>
  `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}${HEADER_STORY}</body></html>`;

describe('titles', () => {
  test.each([
    [
      'the on-page headline beats a social title',
      page(
        '<title>Port plan | Harbour Gazette</title><meta property="og:title" content="You will not believe this port">',
        '<article><h1>Gdańsk approves deeper shipping channel</h1></article>',
      ),
      'Gdańsk approves deeper shipping channel',
      'h1',
    ],
    [
      'a logo h1 is not a headline; the site suffix goes',
      page(
        '<title>Gdańsk approves deeper channel - Harbour Gazette</title><meta property="og:site_name" content="Harbour Gazette">',
        '<h1>Harbour Gazette</h1><div>x</div>',
      ),
      'Gdańsk approves deeper channel',
      'readability',
    ],
    [
      'a full-width separator and the host name as suffix',
      page('<title>港湾計画を承認：Harbour</title>', '<div>x</div>'),
      '港湾計画を承認',
      'readability',
    ],
  ])('%s', (_label, html, title, source) => {
    const m = metaOf(html, 'https://www.harbour.example/a');
    expect(m.title).toBe(title);
    expect(m.sources.title).toBe(source);
  });
});

describe('bylines in the page', () => {
  test.each([
    [
      'rel=author links, all of them',
      '<h1>Port plan approved today</h1><p>By <a rel="author" href="/p/a">Ana Lima</a> and <a rel="author" href="/p/t">Tom Ortega</a></p>',
      ['Ana Lima', 'Tom Ortega'],
    ],
    [
      'an author path link after the headline, not a teaser before it',
      '<div class="teaser"><h4>Other story</h4><a href="/author/jo-bloggs/">Jo Bloggs</a></div><h1>Port plan approved today</h1><div class="meta-author"><a href="/author/paul/">Paul</a></div>',
      ['Paul'],
    ],
    [
      'a byline element with noise',
      '<h1>Port plan approved today</h1><div class="byline">Pete Evans · CBC News · Posted: Oct 14, 2022 9:27 AM ET</div>',
      ['Pete Evans'],
    ],
    [
      '"by" right after the headline',
      '<h1>Port plan approved today</h1><div>Posted on <span>2019年4月13日</span> by <span>doumae</span></div>',
      ['doumae'],
    ],
    [
      'a tag link is not an author',
      '<h1>Port plan approved today</h1><p>Tags: <a href="/people/prince/">Prince</a></p>',
      [],
    ],
  ])('%s', (_label, body, byline) => {
    expect(metaOf(page('<title>Port</title>', body)).byline).toEqual(byline);
  });

  test('an organisation in the author tag gives way to the byline in the page', () => {
    const m = metaOf(
      page(
        '<meta name="author" content="Condé Nast"><title>Port</title>',
        '<h1>Port plan approved today</h1><p class="byline">By Alex Hutchinson</p>',
      ),
    );
    expect(m.byline).toEqual(['Alex Hutchinson']);
  });
});

describe('dates in the page', () => {
  test.each([
    [
      'itemprop=datePublished beats other <time>s',
      '<time datetime="2022-10-25T08:00:00-0400">Oct 25</time><time itemprop="datePublished" datetime="2022-10-11 08:00:00">10/11/2022</time>',
      '2022-10-11T08:00:00',
    ],
    [
      'a dateline class, published before updated',
      '<h1>Port plan approved today</h1><p class="story-date">Updated: Dec 13, 2016 · Published: Dec 12, 2016 7:00 AM</p>',
      // An American page's clock time without a zone is US Eastern (winter: -05:00).
      '2016-12-12T07:00:00-05:00',
    ],
    [
      'a date right after the headline',
      '<h1>Port plan approved today</h1><span>December 16, 2016, 4:19 PM</span>',
      '2016-12-16T16:19:00-05:00',
    ],
    ['a Japanese date', '<h1>港湾計画を承認しました本日</h1><div>2019年3月15日 09:43</div>', '2019-03-15T09:43:00'],
    [
      'a lone date closing the page',
      '<h1>Port plan approved today</h1><table><tr><td><p class="x">2019.03.05</p></td></tr></table>',
      '2019-03-05',
    ],
  ])('%s', (_label, body, date) => {
    expect(metaOf(page('<title>Port</title>', body)).publishedTime).toBe(date);
  });

  test('a date in the URL when the page shows none', () => {
    expect(
      metaOf(page('<title>Port</title>', '<div>x</div>'), 'https://harbour.example/2016/12/09/port-plan').publishedTime,
    ).toBe('2016-12-09');
  });

  test('dates in comments and related lists do not count', () => {
    const html = page(
      '<title>Port</title>',
      '<div class="comments"><time datetime="2021-01-01">1 Jan</time></div><aside><time datetime="2020-05-05">5 May</time></aside>',
    );
    expect(metaOf(html, 'https://harbour.example/a').publishedTime).toBeNull();
  });
});

describe('normalising values', () => {
  test.each([
    ['By Carrie Arnold', ['Carrie Arnold']],
    ['by Ana Lima and Tom Ortega', ['Ana Lima', 'Tom Ortega']],
    ['Carrie ArnoldNovember 15, 2019', ['Carrie Arnold']],
    ['ByTravis Haney', ['Travis Haney']],
    ['Joe DavidsonWashington Post', ['Joe Davidson']],
    ['Steven Shepard 10/04/2016 05:07 AM EDT Link Copied', ['Steven Shepard']],
    ['Michael Larabel in Valve on 1 June 2019 at 08:34 PM EDT. 51 Comments', ['Michael Larabel']],
    ['Saibal Dasgupta / TNN / Updated:', ['Saibal Dasgupta']],
    ['投稿者 Masafumi Negishi', ['Masafumi Negishi']],
    ['Diogo Carleto', ['Diogo Carleto']],
    ['Marc Santora, William K. Rashbaum & Al Baker', ['Marc Santora', 'William K. Rashbaum', 'Al Baker']],
    ['Ron DeSantis and Ray McDonald', ['Ron DeSantis', 'Ray McDonald']],
    [['https://www.facebook.com/someone', 'Jo Bloggs'], ['Jo Bloggs']],
    ['mikecason', []],
    ['', []],
    // Surname first, as catalogues and citation tags write it.
    ['Gillman, Steve', ['Steve Gillman']],
    ['Doe, Jane A.', ['Jane A. Doe']],
    // A role after the name is not a second author.
    ['Andrew Husband, Culture Writer', ['Andrew Husband']],
    ['By Jo Bloggs, Special Correspondent', ['Jo Bloggs']],
    // A name run into the outlet in capitals.
    ['Meg WagnerNEW YORK DAILY NEWS', ['Meg Wagner']],
    // A credit in capitals as a reader writes it; an acronym stays.
    ['By JERUSALEM POST STAFF', ['Jerusalem Post Staff']],
    ['TMZ STAFF', ['TMZ Staff']],
    // A site with its domain glued on; an agency alone is the credit.
    ['The Jerusalem Post | JPost.com', ['The Jerusalem Post']],
    ['By The Associated Press', ['The Associated Press']],
    ['By Lena Ortiz, Associated Press', ['Lena Ortiz']],
    // Photographers and illustrators are not the authors.
    ['By Lena Ortiz | Photography by Sam Reyes', ['Lena Ortiz']],
    // Phrases are labels, not names; particles are part of names.
    ['Industry moves this week', []],
    ['Einmal-Passwörtern. Unterstützt wird dabei der', []],
    ['Jan van der Berg and Ana de la Cruz', ['Jan van der Berg', 'Ana de la Cruz']],
    ['adding missing items', []],
    // A newsroom label alone is the credit.
    ['By Editor', ['Editor']],
  ])('cleanNames(%j)', (input, expected) => {
    expect(cleanNames(input)).toEqual(expected);
  });

  test.each([
    ['2024-04-08', '2024-04-08'],
    ['2024-04-08T16:20:00+02:00', '2024-04-08T16:20:00+02:00'],
    ['2018-10-29T10:15-500', '2018-10-29T10:15:00-05:00'],
    ['2016-12-09 09:13:00Z', '2016-12-09T09:13:00Z'],
    ['Mon, 08 Apr 2024 14:20:00 GMT', '2024-04-08T14:20:00+00:00'],
    // The page's own offset is kept.
    ['Mon, 08 Apr 2024 14:20:00 +0200', '2024-04-08T14:20:00+02:00'],
    ['1551235560000', '2019-02-27T02:46:00.000Z'],
    ['yesterday', null],
    ['1870-01-01', null],
    ['0000-00-00T00:00', null],
  ])('toIsoDate(%j)', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });

  test.each([
    ['Dec 13, 2016 at 3:45 pm', '2016-12-13T15:45:00'],
    ['Posted: Oct 14, 2022 9:27 AM EDT', '2022-10-14T09:27:00-04:00'],
    ['最終更新日：2019年4月2日', '2019-04-02'],
    ['05.10.2018, 14:30', '2018-10-05T14:30:00'],
    ['no date here', null],
    // A zone without its season takes the story's season, whatever the day it is read on
    // (one of the two would be wrong on any day before the fix: it took today's).
    ['3:45 PM ET March 12, 2025', '2025-03-12T15:45:00-04:00'],
    ['3:45 PM ET January 12, 2025', '2025-01-12T15:45:00-05:00'],
    ['9:10 AM PT July 4, 2024', '2024-07-04T09:10:00-07:00'],
    // A separator between the time and the date after it keeps the time the date's.
    ['Updated 9:10 AM PT · July 4, 2024', '2024-07-04T09:10:00-07:00'],
    ['9:10 AM PT Dec. 4, 2024', '2024-12-04T09:10:00-08:00'],
  ])('parseDateText(%j)', (input, expected) => {
    expect(parseDateText(input)).toBe(expected);
  });

  test.each([
    ['Gdańsk to deepen shipping channel | Harbour Gazette', 'Harbour Gazette', 'Gdańsk to deepen shipping channel'],
    ['Gdańsk to deepen shipping channel - Harbour Gazette', 'Harbour Gazette', 'Gdańsk to deepen shipping channel'],
    ['Left - right: a history', 'Harbour Gazette', 'Left - right: a history'],
    ['No separator here', null, 'No separator here'],
    // A head that holds the site's name is the headline's own words, not the site.
    ['The Guardian view on Hong Kong | Editorial', 'the Guardian', 'The Guardian view on Hong Kong | Editorial'],
    ['Harbour Gazette | Gdańsk to deepen shipping channel', 'Harbour Gazette', 'Gdańsk to deepen shipping channel'],
  ])('stripSiteSuffix(%j)', (title, site, expected) => {
    expect(stripSiteSuffix(title, site)).toBe(expected);
  });
});

describe('the section and schema.org types a summary reads its genre from', () => {
  const ld = (o: object): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
  test('from JSON-LD: its articleSection (the first of a list) and its types', () => {
    const meta = metaOf(
      page(
        ld({
          '@type': ['NewsArticle', 'OpinionNewsArticle'],
          headline: 'Port plan',
          articleSection: ['Opinion', 'Ports'],
        }),
        '<article><h1>Port plan</h1></article>',
      ),
    );
    expect(meta.section).toBe('Opinion');
    expect(meta.schemaTypes).toEqual(['NewsArticle', 'OpinionNewsArticle']);
  });
  test('from the article:section tag when JSON-LD gives none; nothing when the page says nothing', () => {
    const tagged = metaOf(
      page('<meta property="article:section" content=" Sport ">', '<article><h1>Port plan</h1></article>'),
    );
    expect(tagged.section).toBe('Sport');
    expect(tagged.schemaTypes).toBeUndefined();
    const plain = metaOf(page('', '<article><h1>Port plan</h1></article>'));
    expect(plain.section).toBeUndefined();
    expect(plain.schemaTypes).toBeUndefined();
  });
});

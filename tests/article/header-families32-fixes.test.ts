/**
 * The families the header-families32 pages showed Lede missing (tests/fixtures/pages/header-families32/),
 * each fixed as a family, with the page and variants written here: a surname that opens with a
 * particle written as one word ("VanderKlippe", "MacDonald") is no name glued to an outlet; a
 * name holding Spanish "los"/"las" ("Luis de los Santos"); a press release's "News provided by"
 * is its source, not its byline; a local site that runs an agency's story ("By Reuters") and
 * names its own web editor in a "Posted by" line credits the agency; (round 2) a byline block
 * named only by its component (data-component, data-testid, hashed classes), each contributor
 * in blocks of their own with a role line under the name and no "By" (BBC's).
 */
import { describe, expect, test } from 'vitest';
import { cleanNames } from '../../src/article/metadata';
import { bylineAfter } from '../../src/article/metadata/near-headline';
import { postedBy } from '../../src/article/metadata/posted-by';
import { HEADER_STORY, fixture, headerOf } from './load';

const page = (file: string, url: string) => headerOf(fixture(`header-families32/${file}`), url);

/** A page of the header tests' story with `header` (markup) under its headline and `head` in its head. */
const withHeader = (header: string, head = ''): string =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour Post</title>' +
  `<meta property="og:site_name" content="Harbour Post">${head}</head><body><main><article>` +
  `<h1>Port plan approved by the council</h1>${header}<div class="article-body">${HEADER_STORY}</div></article></main></body></html>`;

describe('a surname opening with a particle written as one word is one name', () => {
  test.each([
    ['Marcus Gee, Nathan VanderKlippe', ['Marcus Gee', 'Nathan VanderKlippe']],
    ['By Fiona MacDonald and Ana Lima', ['Fiona MacDonald', 'Ana Lima']],
    ['Rosa DelVecchio', ['Rosa DelVecchio']],
    ['Joan FitzGerald', ['Joan FitzGerald']],
  ])('cleanNames(%j)', (raw, names) => {
    expect(cleanNames(raw)).toEqual(names);
  });

  test('a name glued to its outlet is still parted ("Joe DavidsonWashington Post")', () => {
    expect(cleanNames('Joe DavidsonWashington Post')).toEqual(['Joe Davidson']);
  });

  test('the live blog names both writers in full', () => {
    const meta = page(
      'liveblog-per-post-authors-header-two.html',
      'https://www.theglobeish.example/world/live/2024/11/05/us-election-live-updates/',
    );
    expect(meta.byline).toEqual(['Marcus Gee', 'Nathan VanderKlippe']);
  });
});

describe('Spanish "los" and "las" inside a name', () => {
  test.each([
    ['Luis de los Santos', ['Luis de los Santos']],
    ['Por Ana de la Cruz y María de las Nieves Ruiz', ['Ana de la Cruz', 'María de las Nieves Ruiz']],
  ])('cleanNames(%j)', (raw, names) => {
    expect(cleanNames(raw)).toEqual(names);
  });

  test('two author links side by side, no separator', () => {
    const meta = page(
      'es-por-particle-names-y-cet.html',
      'https://www.elpais-ish.example/espana/2024-03-12/el-gobierno-aprueba-la-ley-de-vivienda.html',
    );
    expect(meta.byline).toEqual(['Ana de la Cruz', 'Luis de los Santos']);
  });
});

describe('"News provided by" names a release\'s source, not its writer', () => {
  test('no byline read from it', () => {
    expect(bylineAfter(['News provided by', 'AcmeCloud, Inc.', 'Mar 04, 2024, 08:00 ET'])).toBeNull();
  });

  test('the byline after it is still read', () => {
    expect(bylineAfter(['News provided by', 'Harbour Energy', 'By Ana Lima'])).toBe('Ana Lima');
  });

  test('a label of a record\'s author ("Information provided by (Responsible Party):") still reads', () => {
    expect(bylineAfter(['Information provided by (Responsible Party):', 'Harbour University'])).toBe(
      'Harbour University',
    );
  });

  test('the company is not split into two one-word names', () => {
    const meta = page(
      'prnewswire-news-provided-by-company.html',
      'https://www.prnewswire.example/news-releases/acmecloud-reports-record-first-quarter-revenue-302080123.html',
    );
    expect(meta.byline).not.toContain('Acme');
  });
});

describe('an agency credited under the headline, the local web editor in "Posted by"', () => {
  test('postedBy reads the name in its own text or the next', () => {
    expect([...postedBy(['Posted by Kyle Brandt, digital editor'])]).toEqual(['kyle brandt']);
    expect([...postedBy(['June 11, 2024', 'Posted by', 'Megan Tull'])]).toEqual(['megan tull']);
    expect([...postedBy(['By Ana Lima'])]).toEqual([]);
  });

  test.each([
    [
      'atex-local-by-the-ap-posted-by-editor.html',
      'https://www.plainsdailynews.example/news/state/article_5c1d2e80-ap-wildfire-evacuations.html',
      ['The Associated Press'],
    ],
    [
      'reuters-republished-local-posted-by-editor.html',
      'https://www.valleystar-ish.example/business/2024/06/11/oil-prices-opec-output/',
      ['Reuters'],
    ],
  ])('%s', (file, url, byline) => {
    expect(page(file, url).byline).toEqual(byline);
  });

  test('variant: "By AFP" and "Posted by" in the meta line, the editor in the author tag', () => {
    const html = withHeader(
      '<p class="credit">By AFP</p><p class="meta">Posted by <a href="/author/tom-ortega/">Tom Ortega</a> on March 3, 2025</p>',
      '<meta name="author" content="Tom Ortega">',
    );
    expect(headerOf(html).byline).toEqual(['AFP']);
  });

  test('"Posted by" the writer, with no other credit, is the byline', () => {
    const html = withHeader(
      '<p class="meta">Posted by <a href="/author/tom-ortega/">Tom Ortega</a> on March 3, 2025</p>',
      '<meta name="author" content="Tom Ortega">',
    );
    expect(headerOf(html).byline).toEqual(['Tom Ortega']);
  });

  test('"By" a writer and "Posted by" the same writer: the writer', () => {
    const html = withHeader('<p class="byline">By Tom Ortega</p><p class="meta">Posted by Tom Ortega</p>');
    expect(headerOf(html).byline).toEqual(['Tom Ortega']);
  });

  test('"By" a writer and "Posted by" a web editor: the writer', () => {
    const html = withHeader(
      '<p class="byline">By Ana Lima</p><p class="meta">Posted by Tom Ortega, web producer</p>',
      '<meta name="author" content="Tom Ortega">',
    );
    expect(headerOf(html).byline).toEqual(['Ana Lima']);
  });
});

describe('contributors in blocks of their own, the block named by its component', () => {
  test('the BBC page names both contributors', () => {
    const meta = page('bbc-contributor-block-role-no-by.html', 'https://www.bbc.example/news/articles/c9w8x2lq0ejo');
    expect(meta.byline).toEqual(['Nadia McAllister', 'Tomás Ó Briain']);
  });

  test('variant: data-testid on the block, hashed classes, a role and a place line, JSON-LD the organisation', () => {
    const html = withHeader(
      '<div data-testid="byline"><div class="x1a"><span class="x2b">Ana Lima</span><div class="x3c">Health editor</div></div>' +
        '<div class="x1a"><span class="x2b">Tom Ortega</span><div class="x3c">Reporting from Lisbon</div></div></div>',
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Port plan approved by the council",' +
        '"author":{"@type":"Organization","name":"Harbour Post"}}</script>',
    );
    expect(headerOf(html).byline).toEqual(['Ana Lima', 'Tom Ortega']);
  });

  test.each([
    ['Ana Lima | Culture Writer | Tom Ortega', ['Ana Lima', 'Tom Ortega']],
    ['Ana Lima | Tom Ortega | Reporting from Birmingham', ['Ana Lima', 'Tom Ortega']],
    ['Ana Lima, Senior Entertainment Reporter, Harbour Screen', ['Ana Lima']],
  ])('cleanNames(%j)', (raw, names) => {
    expect(cleanNames(raw)).toEqual(names);
  });

  test('a block of recent stories after the story, in blocks of its own, credits no one', () => {
    const html = withHeader('').replace(
      '</article>',
      '</article><div class="author-block"><h3>Recent stories</h3><div><a href="/s/1">Ferry fares rise again this winter</a><p>By Ruth Ellis</p></div></div>',
    );
    expect(headerOf(html).byline).toEqual([]);
  });
});

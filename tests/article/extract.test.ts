import { describe, expect, test } from 'vitest';
import { decideArticle, extractArticle, rangeOf } from '../../src/article/extract';
import { analyse } from '../../src/core/analyse';
import { loadRecogniser } from '../../src/cli/model';
import { demo, fixture, load } from './load';

describe('extractArticle on the demo article', () => {
  const doc = load(demo());
  const { article, blockTexts } = extractArticle(doc);
  const text = article.blocks.map((b) => b.text).join('\n');

  test('finds the article and its metadata', () => {
    expect(article.isArticle).toBe(true);
    expect(article.meta).toMatchObject({
      title: 'Rhine shippers cut loads as river falls to record low',
      byline: ['Hannah Weiss', 'Tomás Ortega'],
      publishedTime: '2025-08-14T07:30:00+02:00',
      modifiedTime: '2025-08-14T11:05:00+02:00',
      siteName: 'The Meridian Ledger',
      lang: 'en-GB',
    });
    expect(article.meta.sources).toMatchObject({ title: 'h1', byline: 'json-ld', publishedTime: 'json-ld' });
  });

  test('keeps the story and drops the bio, promos, related stories, byline and dateline', () => {
    expect(article.blocks[0]?.text).toMatch(/^COLOGNE, Germany — Barge operators/);
    expect(text).toContain('Every morning I check Kaub');
    for (const chrome of [
      'Read full bio',
      'covers European trade',
      'Get the Ledger Daily',
      'Related stories',
      'Alpine glaciers',
      'Privacy',
      'By Hannah Weiss',
      '14 August 2025',
    ]) {
      expect(text).not.toContain(chrome);
    }
  });

  test('marks captions as captions', () => {
    expect(article.blocks.find((b) => b.text.startsWith('Sandbanks exposed'))?.kind).toBe('caption');
  });

  test('maps every block and every analysed span back to the same text in the DOM', () => {
    article.blocks.forEach((b, i) => {
      expect(blockTexts[i]?.toRange(0, b.text.length)?.toString().replace(/\s+/g, ' ').trim()).toBe(b.text);
    });
    const a = analyse(article, { now: new Date('2025-08-15T00:00:00Z'), recogniser: loadRecogniser() });
    const spans = [...a.entities.flatMap((e) => e.mentions), ...a.dates];
    expect(spans.length).toBeGreaterThan(20);
    for (const s of spans) expect(rangeOf({ article, blockTexts }, s)?.toString()).toBe(s.text);
  });

  test('leaves the page untouched', () => {
    const before = load(demo()).documentElement.outerHTML;
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('pages that are not articles, or not well formed', () => {
  test('a front page is not an article; annotate anyway still gives blocks', () => {
    const doc = load(fixture('front-page.html'));
    const plain = extractArticle(doc);
    expect(plain.article.isArticle).toBe(false);
    expect(plain.article.reason).toMatch(/words|article/);
    const forced = extractArticle(doc, { force: true });
    expect(forced.article.blocks.map((b) => b.text)).toContain(
      'Alpine glaciers lose record ice as heat persists across Europe',
    );
    // Page chrome (nav, footer) stays out even then.
    expect(forced.article.blocks.map((b) => b.text).join(' ')).not.toContain('© 2025');
  });

  test.each([
    ['an empty page', ''],
    ['a page with only a title', '<title>Nothing</title>'],
    ['binary-looking junk', '\u0000\u0001<<<>>>&&&'],
  ])('%s gives a clear "no article" result', (_label, html) => {
    const { article } = extractArticle(load(html));
    expect(article.isArticle).toBe(false);
    expect(article.reason).toMatch(/^(No article text was found|Only \d+ words of article text)/);
    expect(article.blocks.length).toBeLessThanOrEqual(1);
  });

  test('malformed HTML still yields the story', () => {
    const { article } = extractArticle(load(fixture('malformed.html')));
    expect(article.isArticle).toBe(true);
    const text = article.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('Agnieszka Nowak');
    expect(text).toContain('The regional environment office said it would publish');
  });

  test('text in editable regions and form fields is never part of the article', () => {
    const { article } = extractArticle(load(fixture('editable.html')));
    const text = article.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('Readers from Kraków wrote in:');
    expect(text).not.toContain('Warsaw');
    expect(text).not.toContain('Berlin');
  });
});

describe('decideArticle: is this an article?', () => {
  const base = { found: true, words: 0, cjkChars: 0, readerable: false, articleMetadata: false };
  test.each([
    ['a long text', { words: 600 }, true, /article of 600 words/],
    ['a short text Readability finds readerable', { words: 90, readerable: true }, true, /short article.*its layout/],
    ['a short text with a byline or date', { words: 70, articleMetadata: true }, true, /its metadata/],
    [
      'a short Japanese text with metadata',
      { cjkChars: 300, words: 20, articleMetadata: true },
      true,
      /300 characters/,
    ],
    ['a short text and no sign of an article', { words: 120 }, false, /nothing on the page says/],
    ['a few words', { words: 12, readerable: true }, false, /Only 12 words/],
    ['nothing found', { found: false, words: 800 }, false, /No article text/],
  ])('%s', (_label, patch, isArticle, reason) => {
    const d = decideArticle({ ...base, ...patch });
    expect(d.isArticle).toBe(isArticle);
    expect(d.reason).toMatch(reason);
  });
});

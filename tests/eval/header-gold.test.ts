import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain ES module of the evaluation scripts, without types
import { expectedOf, headerSplit, htmlText } from '../../scripts/eval/header-gold.mjs';

describe('the header gold of our own (eval/gold/headers)', () => {
  test('a span of the page reads as a reader sees it: tags out, entities decoded, spaces collapsed', () => {
    expect(htmlText('Why <em>Stadia</em>&#8217;s  launch &amp; price\n matter &mdash; &#x201C;now&#x201D;')).toBe(
      'Why Stadia’s launch & price matter — “now”',
    );
    expect(htmlText('&unknown; stays')).toBe('&unknown; stays');
  });

  test('spans into source.html become the expected.json the shared scorer reads', () => {
    const html = '<h1>Council &amp; town vote</h1><a>Ann Lee</a> and <a>Bo Kim</a>';
    const span = (s: string) => ({ start: html.indexOf(s), end: html.indexOf(s) + s.length });
    const gold = {
      id: 'sh-x',
      title: span('Council &amp; town vote'),
      authors: [span('Ann Lee'), span('Bo Kim')],
      published: { value: '2019-11-19', hasTime: false, from: 'visible' },
    };
    expect(expectedOf({ gold, html })).toEqual({
      title: 'Council & town vote',
      byline: 'Ann Lee, Bo Kim',
      publishedTime: '2019-11-19',
      publishedTimeHasTime: false,
      publishedDate: '2019-11-19',
      annotated: ['title', 'byline', 'publishedTime'],
    });
    const none = expectedOf({ gold: { ...gold, title: null, authors: [], published: null }, html });
    expect([none.title, none.byline, none.publishedTime]).toEqual([null, null, null]);
  });

  test('the split by a hash of the id divides the pages about in half', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `sh-${i.toString(16).padStart(16, '0')}`);
    const train = ids.filter((id) => headerSplit(id) === 'train').length;
    expect(train).toBeGreaterThan(70);
    expect(train).toBeLessThan(130);
  });
});

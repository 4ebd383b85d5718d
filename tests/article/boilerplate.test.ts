/**
 * Each kind of boilerplate that sits inside an article container, on a page written for
 * the project: the story stays, the furniture goes, captions become caption blocks.
 */
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/article/extract';
import { fixture, load } from './load';

const { article } = extractArticle(load(fixture('boilerplate.html'), 'https://courier.example/ferries'));
const body = article.blocks.filter((b) => b.kind !== 'caption').map((b) => b.text);
const text = body.join('\n');

describe('boilerplate inside the article container', () => {
  test('the story is all there, in order', () => {
    expect(body).toEqual([
      expect.stringMatching(/^LISBON, Portugal — Ferry operators/),
      expect.stringMatching(/^The operators' association said/),
      expect.stringMatching(/^Transport minister Miguel Pinto/),
      expect.stringMatching(/^Commuter groups said/),
      'The association will meet the ministry again on November 12, its president said.',
    ]);
  });

  test.each([
    ['the byline', 'By Ines Carvalho'],
    ['an "Updated" line', 'Updated: Nov. 2, 2024'],
    ['a share bar', 'Share on Facebook'],
    ['a newsletter promo', 'Morning Briefing'],
    ['a "READ MORE" link line', 'READ MORE'],
    ['a related-stories list', 'Porto bridge closure'],
    ['an author bio', 'covers transport and infrastructure'],
    ['a "Read full bio" link', 'Read full bio'],
    ['comments', 'make my commute impossible'],
    ['a footer inside the article', 'All rights reserved'],
    ['a photo credit', 'Rui Duarte'],
  ])('drops %s', (_kind, phrase) => {
    expect(text).not.toContain(phrase);
  });

  test('keeps the caption as a caption block, without its credit in the body', () => {
    const captions = article.blocks.filter((b) => b.kind === 'caption').map((b) => b.text);
    expect(captions).toContain('A ferry leaves the Cais do Sodré terminal in Lisbon.');
  });

  test('Dublin Core metadata', () => {
    expect(article.meta).toMatchObject({
      title: 'Ferry operators warn of winter cuts',
      byline: ['Ines Carvalho'],
      publishedTime: '2024-11-02',
      siteName: 'Coastline Courier',
    });
    expect(article.meta.sources).toMatchObject({ byline: 'meta:dc.creator', publishedTime: 'meta:dc.date.issued' });
  });
});

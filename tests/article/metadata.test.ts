import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/article/extract';
import { parseByline, stripSiteSuffix, toIsoDate } from '../../src/article/metadata';
import { fixture, load } from './load';

const metaOf = (name: string) =>
  extractArticle(load(fixture(name), 'https://harbour.example/news/gdansk')).article.meta;

describe('metadata sources, in order of trust', () => {
  test('JSON-LD (in an @graph, next to malformed JSON-LD) wins over meta tags', () => {
    const m = metaOf('metadata-jsonld.html');
    expect(m).toMatchObject({
      title: 'Gdańsk to deepen shipping channel',
      byline: ['Piotr Zieliński', 'Maria Kowalska'],
      publishedTime: '2024-04-08T16:20:00+02:00',
      modifiedTime: '2024-04-09T08:00:00+02:00',
      siteName: 'Harbour Gazette',
      leadImage: 'https://harbour.example/img/gdansk.jpg',
      lang: 'pl',
    });
    expect(m.sources).toMatchObject({ title: 'json-ld', byline: 'json-ld', publishedTime: 'json-ld', lang: 'html' });
  });

  test('OpenGraph, article:* and citation_* meta tags', () => {
    const m = metaOf('metadata-meta-tags.html');
    expect(m).toMatchObject({
      title: 'Gdańsk to deepen shipping channel',
      byline: ['Zieliński', 'Piotr'],
      publishedTime: '2024-04-08T14:20:00Z',
      siteName: 'Harbour Gazette',
      excerpt: 'The port will take the largest container ships.',
      dir: 'ltr',
    });
    expect(m.sources).toMatchObject({
      title: 'meta:og:title',
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
    expect(article.meta.sources).toMatchObject({ byline: 'readability', publishedTime: 'time' });
    const text = article.blocks.map((b) => b.text).join('\n');
    expect(text).not.toMatch(/Share on social media|Szczecin|By Piotr|April 8, 2024/);
    expect(text).toContain('Agnieszka Nowak');
  });
});

describe('normalising values', () => {
  test.each([
    ['By Carrie Arnold', ['Carrie Arnold']],
    ['by Ana Lima and Tom Ortega', ['Ana Lima', 'Tom Ortega']],
    ['Carrie ArnoldNovember 15, 2019', ['Carrie Arnold']],
    ['Marc Santora, William K. Rashbaum & Al Baker', ['Marc Santora', 'William K. Rashbaum', 'Al Baker']],
    [['https://www.facebook.com/someone', 'Jo Bloggs'], ['Jo Bloggs']],
    ['', null],
  ])('parseByline(%j)', (input, expected) => {
    expect(parseByline(input)).toEqual(expected);
  });

  test.each([
    ['2024-04-08', '2024-04-08'],
    ['2024-04-08T16:20:00+02:00', '2024-04-08T16:20:00+02:00'],
    ['Mon, 08 Apr 2024 14:20:00 GMT', '2024-04-08T14:20:00.000Z'],
    ['yesterday', null],
    ['1870-01-01', '1870-01-01'],
    ['0000-00-00T00:00', null],
  ])('toIsoDate(%j)', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });

  test.each([
    ['Gdańsk to deepen shipping channel | Harbour Gazette', 'Harbour Gazette', 'Gdańsk to deepen shipping channel'],
    ['Gdańsk to deepen shipping channel - Harbour Gazette', 'Harbour Gazette', 'Gdańsk to deepen shipping channel'],
    ['Left - right: a history', 'Harbour Gazette', 'Left - right: a history'],
    ['No separator here', null, 'No separator here'],
  ])('stripSiteSuffix(%j)', (title, site, expected) => {
    expect(stripSiteSuffix(title, site)).toBe(expected);
  });
});

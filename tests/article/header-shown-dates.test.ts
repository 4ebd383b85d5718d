/**
 * The date a page shows against the one its data gives (issue 18): JSON-LD and the date tag
 * that give the page's modification as its publication, days after the date under the
 * headline; and a page that declares British English only in og:locale (`<html lang="en">`
 * or an empty `lang`), whose "03/04/2024" is 3 April; an instant in UTC on the day after the
 * one the page shows, written in the page's zone.
 * Each page is written for the project (tests/fixtures/pages/header/).
 */
import { describe, expect, test } from 'vitest';
import { declaredLanguage } from '../../src/article/metadata';
import { fixture, headerOf, headerOfFixture } from './load';

describe('data dated days after the date the page shows', () => {
  test('the time under the headline, not the JSON-LD and tag dated a week later', () => {
    const meta = headerOfFixture('ld-modified-date.html');
    expect(meta.publishedTime).toBe('2025-03-05T09:15:00-05:00');
    expect(meta.sources.publishedTime).toBe('time');
  });

  test('the date shown as text under the headline, when no <time> marks it', () => {
    const html = fixture('header/ld-modified-date.html').replace(
      /<time [^>]*>([^<]*)<\/time>/u,
      '<span class="posted">Posted $1</span>',
    );
    expect(headerOf(html).publishedTime?.slice(0, 10)).toBe('2025-03-05');
  });

  test('the data wins when the address dates the story as it does', () => {
    const meta = headerOfFixture('ld-modified-date.html', 'https://harbour.example/2025/03/12/ferry-fares');
    expect(meta.publishedTime).toBe('2025-03-12T16:40:00-05:00');
  });

  test('the data wins over a date the page calls an update', () => {
    const html = fixture('header/ld-modified-date.html').replace(
      '<div class="meta"><time',
      '<div class="meta">Updated <time',
    );
    expect(headerOf(html).publishedTime).toBe('2025-03-12T16:40:00-05:00');
  });

  test('the data wins over a date a day earlier (a time zone apart)', () => {
    const html = fixture('header/ld-modified-date.html')
      .replace('datetime="2025-03-05T09:15:00-05:00"', 'datetime="2025-03-11T23:15:00-05:00"')
      .replace('March 5, 2025 9:15 AM', 'March 11, 2025 11:15 PM');
    expect(headerOf(html).publishedTime).toBe('2025-03-12T16:40:00-05:00');
  });
});

describe("an instant in UTC on another day than the page's", () => {
  const page = (lang: string, shown: string): string =>
    fixture('header/ld-modified-date.html')
      .replace('<html lang="en">', `<html lang="${lang}">`)
      .replace(/<meta property="article:published_time"[^>]*>/u, '')
      .replace(/"datePublished":"[^"]*","dateModified":"[^"]*"/u, '"datePublished":"2025-03-12T01:10:00Z"')
      .replace(/<time [^>]*>[^<]*<\/time>/u, shown);

  test("the same instant in the page's zone, which gives the day it shows", () => {
    // 9:10 PM in New York on 11 March is 01:10 UTC on 12 March.
    expect(headerOf(page('en', 'March 11, 2025')).publishedTime).toBe('2025-03-11T21:10:00-04:00');
  });

  test('in UTC when the page shows the same day', () => {
    expect(headerOf(page('en', 'March 12, 2025')).publishedTime).toBe('2025-03-12T01:10:00Z');
  });

  test('midnight in UTC stays as written: a day written as an instant', () => {
    const html = page('en', 'March 11, 2025').replace('2025-03-12T01:10:00Z', '2025-03-12T00:00:00Z');
    expect(headerOf(html).publishedTime).toBe('2025-03-12T00:00:00Z');
  });

  test("in UTC when the page's zone does not give the day it shows", () => {
    // In London 01:10 UTC is still 12 March.
    expect(headerOf(page('en-GB', '11 March 2025')).publishedTime).toBe('2025-03-12T01:10:00Z');
  });
});

describe('numeric dates on a page whose region only og:locale gives', () => {
  test('<html lang="en"> and og:locale en_GB: day first, in British time', () => {
    expect(headerOfFixture('locale-day-first.html').publishedTime).toBe('2024-04-03T10:15:00+01:00');
  });

  test('an empty lang and og:locale en_IN: day first, in Indian time', () => {
    const html = fixture('header/locale-day-first.html')
      .replace('<html lang="en">', '<html lang="">')
      .replace('en_GB', 'en_IN');
    expect(headerOf(html).publishedTime).toBe('2024-04-03T10:15:00+05:30');
  });

  test('og:locale en_US: month first', () => {
    const html = fixture('header/locale-day-first.html').replace('en_GB', 'en_US');
    expect(headerOf(html).publishedTime?.slice(0, 10)).toBe('2024-03-04');
  });

  test.each([
    [['en', 'en_GB'], 'en_GB'],
    [['', 'en-AU', 'en'], 'en-AU'],
    [['en-US', 'en_GB'], 'en-US'],
    [['en', 'fr_FR'], 'en'],
    [['de', 'de_AT'], 'de_AT'],
    [[null, undefined, ' '], undefined],
  ])('declaredLanguage(%j)', (declared, language) => {
    expect(declaredLanguage(declared)).toBe(language);
  });
});

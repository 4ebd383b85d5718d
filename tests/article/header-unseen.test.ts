/**
 * Header families found on pages never tuned on (issue 18, the sh-* header gold's train
 * split): a credential or a surname that reads as furniture ("Dana Link, MS, RDN"), an
 * agency story credited to the agency with its reporters in the closing credit, an
 * organisation the only credit (even the site itself), a fact check's claimant in an
 * "author" box; a Yoast graph's WebPage dates when the article block is malformed, JSON-LD
 * with a trailing comma, a day in JSON-LD and the time in a `<time>`, hAtom's only
 * class="updated" time, The New York Times' `article:published`, JSON-LD and a tag that
 * write the same clock time with different offsets.
 * Each page is written for the project (tests/fixtures/pages/header/).
 */
import { describe, expect, test } from 'vitest';
import { cleanNames } from '../../src/article/metadata/byline';
import { reportersOf } from '../../src/article/metadata/end-credit';
import { fixture, headerOf, headerOfFixture } from './load';

describe('authors', () => {
  test.each([
    [
      'a name with credentials after it, whose surname is also a word of furniture',
      'credential-byline.html',
      ['Dana Link'],
    ],
    [
      'an agency story credited to the agency: the reporters of its closing credit',
      'agency-end-credit.html',
      ['Maria Okafor', 'Joshua Brandt', 'Koh Wei Ling'],
    ],
    ['no one credited but the organisation JSON-LD names, the site itself', 'organisation-author.html', ['HW']],
    [
      "a fact check: its publisher, not the claimant in the claim's author box",
      'fact-check-claimant.html',
      ['CHECKPOINT.info'],
    ],
  ])('%s', (_label, file, byline) => {
    expect(headerOfFixture(file).byline).toEqual(byline);
  });

  test('the closing credit is read only when the byline names no person', () => {
    const html = fixture('header/agency-end-credit.html').replace(
      'rel="author">Reuters</a>',
      'rel="author">Ana Lima</a>',
    );
    expect(headerOf(html).byline).toEqual(['Ana Lima']);
  });

  test('a person the page credits wins over the organisation in JSON-LD', () => {
    const html = fixture('header/organisation-author.html').replace(
      '<div class="date">',
      '<div class="byline">By Tom Ortega</div><div class="date">',
    );
    expect(headerOf(html).byline).toEqual(['Tom Ortega']);
  });

  test.each([
    ['Reporting by Ana Lima and Tom Ortega; Editing by Jo Bloggs', ['Ana Lima', 'Tom Ortega']],
    [
      '(Reporting by Greg Stone, Wei Chen, Koh Gui Qing, with reporting by Herb Lash, editing by Martin Howe.)',
      ['Greg Stone', 'Wei Chen', 'Koh Gui Qing'],
    ],
    ['Reporting by Ana Lima in London; Writing by Tom Ortega; Editing by Jo Bloggs', ['Ana Lima', 'Tom Ortega']],
    ['Reporting by Ana Lima; Additional reporting by Tom Ortega', ['Ana Lima']],
    ['Editing by Jo Bloggs', []],
  ])('reportersOf(%j)', (credit, names) => {
    expect(reportersOf(credit)).toEqual(names);
  });

  test.each([
    ['Rachael Stone, MS, RD', ['Rachael Stone']],
    ['Ana Lima, PharmD, CDCES', ['Ana Lima']],
    ['MS, RD', []],
    ['Steven Shepard 10/04/2016 05:07 AM EDT Link Copied', ['Steven Shepard']],
    ['The Harbour and Northern port authorities', []],
    ['Jane Doe and John Smith in Washington', ['Jane Doe', 'John Smith']],
    ['Ana Lima with additional reporting by Joe Bloggs', ['Ana Lima']],
  ])('cleanNames(%j)', (input, names) => {
    expect(cleanNames(input)).toEqual(names);
  });
});

describe('dates', () => {
  test.each([
    [
      "a malformed article block: the Yoast graph's WebPage date, not the update shown by the byline",
      'yoast-webpage-date.html',
      '2018-04-18T14:39:09+02:00',
    ],
    ['JSON-LD with a trailing comma is still read', 'trailing-comma-json-ld.html', '2019-11-18T16:06:51-05:00'],
    ["JSON-LD's day alone takes the time of the page's <time>", 'day-only-json-ld.html', '2019-11-18T20:28:55+00:00'],
    [
      "a blog's only <time>, class=\"updated\" by hAtom's rule: the post's time",
      'hentry-updated-time.html',
      '2018-08-13T08:04:08+00:00',
    ],
  ])('%s', (_label, file, date) => {
    expect(headerOfFixture(file).publishedTime).toBe(date);
  });

  test('JSON-LD and a tag at the same clock time with different offsets: the time the page shows decides', () => {
    expect(Date.parse(headerOfFixture('offset-clash.html').publishedTime ?? '')).toBe(
      Date.parse('2019-11-20T04:31:00Z'),
    );
    // Without the page's time, neither is dropped and the more trusted JSON-LD stands.
    const html = fixture('header/offset-clash.html').replace(' - <span>Nov 19, 2019, 10:31 pm CST</span>', '');
    expect(headerOf(html).publishedTime).toBe('2019-11-20T04:31:13-06:00');
  });

  test('a time labelled "Updated" beside the only class="updated" time stays an update', () => {
    const html = fixture('header/hentry-updated-time.html').replace(
      'Posted on <a',
      'Posted on <span class="posted">August 10, 2018</span> · Updated <a',
    );
    expect(headerOf(html).publishedTime?.slice(0, 10)).toBe('2018-08-10');
  });

  test('an Article day alone takes the WebPage time of the same day in the graph', () => {
    const html = fixture('header/yoast-webpage-date.html').replace(
      /"description": "[^\n]*\n/u,
      '"description": "An installation",\n',
    );
    expect(headerOf(html).publishedTime).toBe('2018-04-18T14:39:09+02:00');
  });

  test("The New York Times' article:published tag", () => {
    const html =
      '<!doctype html><html lang="en"><head><title>Harbour plan - The Harbour Times</title>' +
      '<meta data-rh="true" property="article:published" itemprop="datePublished dateCreated" content="2019-11-19T11:00:09.000Z">' +
      '</head><body><article><h1>Harbour plan</h1>' +
      '<p>The harbour authority approved a plan on Monday to deepen the main shipping channel for the largest container ships.</p>'.repeat(
        4,
      ) +
      '</article></body></html>';
    expect(headerOf(html).publishedTime).toBe('2019-11-19T11:00:09Z');
  });
});

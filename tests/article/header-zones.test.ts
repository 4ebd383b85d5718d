/**
 * The publication time in the page's own zone: a zone written after the time, given by
 * another writing of the same time, or presumed from the page's language (a Japanese
 * page's 09:43 is Tokyo's; an American page's "4:19 PM" is US Eastern). Pages written for
 * the project, one per family.
 */
import { describe, expect, test } from 'vitest';
import { presumedZone, withPresumedZone } from '../../src/article/metadata/zones';
import { HEADER_STORY as BODY, headerOf } from './load';

const page = (lang: string | null, head: string, body: string): string =>
  `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><meta charset="utf-8"><title>Port</title>${head}</head><body>${body}</body></html>`;
const metaOf = headerOf;
const H1 = '<h1>Port plan approved by the council</h1>';

describe('the publication time in the zone the page gives or implies', () => {
  test.each([
    [
      "a <time> whose datetime has no offset, shown with the zone's abbreviation",
      'en',
      '',
      `<article>${H1}<time datetime="2022-10-17 16:01:26">10/17/2022 04:01 PM EDT</time>${BODY}</article>`,
      '2022-10-17T16:01:26-04:00',
    ],
    [
      'the zone glued to the next word in one element, written whole in another',
      'en',
      '',
      `<article>${H1}<div class="byline-wrap"><div class="byline">Ana Lima / Updated: Oct 9, 2019, 11:05 IST</div><span>Share</span></div>` +
        `<div class="meta-bar">Ana Lima / Oct 9, 2019, 11:05 ISTShare</div>${BODY}</article>`,
      '2019-10-09T11:05:00+05:30',
    ],
    [
      "a Japanese page's time without a zone is Tokyo's",
      'ja',
      '',
      `<article>${H1}<p>2019年3月15日 09:43</p>${BODY}</article>`,
      '2019-03-15T09:43:00+09:00',
    ],
    [
      "an American page's time written the American way is US Eastern, summer time included",
      'en-US',
      '',
      `<article>${H1}<p class="date">June 12, 2016, 7:00 AM</p>${BODY}</article>`,
      '2016-06-12T07:00:00-04:00',
    ],
    [
      'a datetime attribute on an element that is no <time>',
      'en',
      '',
      `<article>${H1}<div class="post-timestamp" datetime="2016-10-13 17:00:00 -0400">Oct 13, 2016</div>${BODY}</article>`,
      '2016-10-13T17:00:00-04:00',
    ],
    [
      "a tag that writes the page's clock time as UTC: the time the page shows with its offset",
      'ja',
      '<meta property="article:published_time" content="2019-04-19T20:00:00.000Z">',
      `<article>${H1}<time datetime="2019-04-19T20:00:00+09:00">2019.04.19 20:00</time>${BODY}</article>`,
      '2019-04-19T20:00:00+09:00',
    ],
  ])('%s', (_label, lang, head, body, date) => {
    expect(metaOf(page(lang, head, body)).publishedTime).toBe(date);
  });

  test("a tag's instant in UTC stays when the page shows no other clock time", () => {
    const m = metaOf(
      page(
        'ja',
        '<meta property="article:published_time" content="2019-04-19T11:00:00Z">',
        `<article>${H1}<p>2019年4月19日</p>${BODY}</article>`,
      ),
    );
    expect(m.publishedTime).toBe('2019-04-19T11:00:00Z');
  });

  test.each([
    ['ja', 'Asia/Tokyo', false],
    ['en-IN', 'Asia/Kolkata', false],
    ['de-AT', 'Europe/Berlin', false],
    ['en', 'America/New_York', true],
    [null, 'America/New_York', true],
    ['fr', null, false],
    ['es-MX', null, false],
    ['en-AU', null, false],
  ])('presumedZone(%j) is %j (American way only: %j)', (lang, zone, americanOnly) => {
    const z = presumedZone(lang);
    expect(z?.timeZone ?? null).toBe(zone);
    if (z) expect(z.americanOnly).toBe(americanOnly);
  });

  test.each([
    ['2016-12-16T16:19:00', 'December 16, 2016, 4:19 PM', '2016-12-16T16:19:00-05:00'],
    ['2016-07-16T16:19:00', 'July 16, 2016, 4:19 p.m.', '2016-07-16T16:19:00-04:00'],
    // A 24-hour clock or the day first is not the American way: no zone is presumed.
    ['2016-12-16T16:19:00', 'December 16, 2016, 16:19', '2016-12-16T16:19:00'],
    ['2016-12-16T16:19:00', '16 December 2016, 4:19 PM', '2016-12-16T16:19:00'],
  ])('withPresumedZone(%j, US Eastern, %j) is %j', (local, text, expected) => {
    expect(withPresumedZone(local, presumedZone('en-US'), text)).toBe(expected);
  });
});

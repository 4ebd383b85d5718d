/**
 * Header families the blind pages showed (issue 18, tests/fixtures/pages/header-blind/), each
 * on a page written here around the header tests' story.
 */
import { describe, expect, test } from 'vitest';
import { cleanNames } from '../../src/article/metadata/byline';
import { readDateText } from '../../src/article/metadata/dates';
import { headerOf, storyPage } from './load';

describe('a line break in the byline', () => {
  test.each([
    [
      'two names in capitals, then the staff line after a <br>',
      '<p class="byline">By ANA LIMA and JOSE PAUL REYES<br><span class="byline-title">Weekend Edition Staff Writers</span></p>',
      ['Ana Lima', 'Jose Paul Reyes'],
    ],
    [
      'a name, then its role line',
      '<div class="byline">By TOM ORTEGA<br>Weekend Edition Correspondent</div>',
      ['Tom Ortega'],
    ],
    ['"By" on a line of its own', '<div class="byline">By<br>Tom Ortega</div>', ['Tom Ortega']],
    ['a name on each line', '<div class="byline">Ana Lima<br>Tom Ortega</div>', ['Ana Lima', 'Tom Ortega']],
  ])('%s', (_label, header, byline) => {
    expect(headerOf(storyPage(header)).byline?.map((n) => n.toLowerCase())).toEqual(byline.map((n) => n.toLowerCase()));
  });
});

describe('a separator between the date and its time', () => {
  test.each([
    ['Jun 2, 2025 / 05:12 PM CDT', '2025-06-02T17:12:00-05:00'],
    ['Feb. 9, 2025 · 4:15 PM ET', '2025-02-09T16:15:00-05:00'],
    ['March 3, 2025 | 10:05 AM EST', '2025-03-03T10:05:00-05:00'],
    ['2025/03/04', '2025-03-04'],
  ])('readDateText(%j)', (text, iso) => {
    expect(readDateText(text)?.value).toBe(iso);
  });

  test('the byline line "By … · Feb. 9, 2025 · 4:15 PM ET" dates the story to the minute', () => {
    const html = storyPage(
      '<div class="byline">By <a href="/authors/ana-lima">Ana Lima</a> · <span class="date">Feb. 9, 2025 · 4:15 PM ET</span></div>',
    );
    expect(headerOf(html).publishedTime).toBe('2025-02-09T16:15:00-05:00');
  });
});

describe('a local clock written as UTC, its zone shown to the reader', () => {
  const ld = (iso: string) =>
    `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Port plan approved by the council","datePublished":"${iso}"}</script>`;

  test('JSON-LD and the <time> say +00:00, the page shows 05:12 PM CDT: the shown zone', () => {
    const html = storyPage(
      '<div class="article-date"><p>Posted: <time datetime="2025-05-02T17:12:00+00:00">May 2, 2025 / 05:12 PM CDT</time></p></div>',
    ).replace('</head>', `${ld('2025-05-02T17:12:00+00:00')}</head>`);
    expect(headerOf(html).publishedTime).toBe('2025-05-02T17:12:00-05:00');
  });

  test('a <time> alone, datetime in UTC at the clock time it shows with its zone', () => {
    const html = storyPage(
      '<p class="meta">Posted: <time datetime="2025-05-02T17:12:00Z">May 2, 2025 at 5:12 PM CDT</time></p>',
    );
    expect(headerOf(html).publishedTime).toBe('2025-05-02T17:12:00-05:00');
  });

  test('a true UTC instant shown at its local clock stays the same instant', () => {
    const html = storyPage(
      '<p class="meta">Posted: <time datetime="2025-05-02T22:12:00Z">May 2, 2025 at 5:12 PM CDT</time></p>',
    ).replace('</head>', `${ld('2025-05-02T22:12:00+00:00')}</head>`);
    const got = headerOf(html).publishedTime ?? '';
    expect(Date.parse(got)).toBe(Date.parse('2025-05-02T22:12:00Z'));
  });
});

describe("the paper's short name before a role, on one line with the name", () => {
  test.each([
    ['By JOSE PAUL REYES Sentinel Staff Writers', 'Mesa Verde Sentinel', ['Jose Paul Reyes']],
    ['By Ana Lima Times Staff Writer', 'Harbour Times', ['Ana Lima']],
    ['By Ana Lima and Tom Ortega Times Staff Writers', 'Harbour Times', ['Ana Lima', 'Tom Ortega']],
    ['By Ana Lima Globe Staff', 'The Harbour Globe', ['Ana Lima']],
    ['By Ana Lima Daily News Staff Writer', 'Harbour Daily News', ['Ana Lima']],
    // A name of one word would be left: the site's word is the surname.
    ['By Tom Harbour Staff Writer', 'Harbour Times', ['Tom Harbour']],
    // Not the site's words: kept.
    ['By Ana Lima Globe Staff', 'Harbour Post', ['Ana Lima Globe Staff']],
  ])('cleanNames(%j) on %s', (byline, siteName, names) => {
    expect(cleanNames(byline, { siteName })).toEqual(names);
  });

  test('on a page: "By Ana Lima Post Staff Writer" on the Harbour Post', () => {
    expect(headerOf(storyPage('<p class="byline">By Ana Lima Post Staff Writer</p>')).byline).toEqual(['Ana Lima']);
  });
});

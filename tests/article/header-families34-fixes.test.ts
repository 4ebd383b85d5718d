/**
 * The families the header-families34 pages showed Lede missing (tests/fixtures/pages/header-families34/),
 * each fixed as a family, with the page and variants written here: a dotted day-first date run
 * into the text before it ("correspondent05.01.2024"); contributors after the writer ("with
 * reporting by"); a writer's bio after the name (", a news writer who covers …"); "Insider" and
 * "Commentator" as roles; a report's "Authors" label without a colon; GlobeNewswire's "| Source:"
 * line under a release's title; and, as the last resort, a relative stamp under the headline
 * ("3h") and a wire dateline without its year, completed by the reading's day.
 */
import { describe, expect, test } from 'vitest';
import { cleanNames } from '../../src/article/metadata';
import { readDateText } from '../../src/article/metadata/dates';
import { bylineAfter } from '../../src/article/metadata/near-headline';
import { stampDay, yearlessDatelineDay } from '../../src/article/metadata/reading-day';
import { HEADER_STORY, fixture, headerOf } from './load';

const page = (file: string, url: string) => headerOf(fixture(`header-families34/${file}`), url);

/** A page of the header tests' story with `header` (markup) under its headline and `head` in its head. */
const withHeader = (header: string, head = '', story = HEADER_STORY): string =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour Post</title>' +
  `<meta property="og:site_name" content="Harbour Post">${head}</head><body><main><article>` +
  `<h1>Port plan approved by the council</h1>${header}<div class="article-body">${story}</div></article></main></body></html>`;

describe('a dotted day-first date run into the text before it', () => {
  test.each([
    ['Economics correspondent05.01.2024 - 09:30', '2024-01-05'],
    ['05.01.2024 - 09:30', '2024-01-05'],
    ['Stand: 12.03.2024, 08:15 Uhr', '2024-03-12T08:15:00'],
  ])('readDateText(%j)', (text, value) => {
    expect(readDateText(text)?.value).toBe(value);
  });

  test('no date inside a longer run of dotted numbers', () => {
    expect(readDateText('version 1.05.01.2024')?.value).not.toBe('2024-01-05');
  });

  test('the Swiss English page: 5 January, not 1 May', () => {
    const meta = page(
      'en-dotted-day-first-date-swiss.html',
      'https://www.alpinedispatch.example/en/business/watch-exports-fall-for-the-first-time-in-three-years/49011223',
    );
    expect(meta.publishedTime?.slice(0, 10)).toBe('2024-01-05');
  });
});

describe('contributors and a bio after the writer end the byline', () => {
  test.each([
    ['By Daniel Kim, with reporting by Sarah Levin and Omar Haddad', ['Daniel Kim']],
    ['Ana Lima; additional reporting by Tom Ortega', ['Ana Lima']],
    ['By Ana Lima with additional reporting from Tom Ortega', ['Ana Lima']],
    ['Reporting by Ana Lima and Tom Ortega', ['Ana Lima', 'Tom Ortega']],
    ['By Emma Roth, a news writer who covers the streaming wars, consumer tech, crypto, and more.', ['Emma Roth']],
    ['Ana Lima, the paper’s chief critic', ['Ana Lima']],
    ['Ana Lima, an editor at large', ['Ana Lima']],
  ])('cleanNames(%j)', (raw, names) => {
    expect(cleanNames(raw)).toEqual(names);
  });

  test('a phrase in small letters after a linked name is no co-author', () => {
    expect(bylineAfter(['By', 'Emma Roth', ',', 'a news writer who covers tech, games and more.'])).toBe('Emma Roth');
    expect(bylineAfter(['By', 'Ana Lima', 'and', 'Tom Ortega'])).toBe('Ana Lima and Tom Ortega');
  });

  test.each([
    [
      'with-reporting-by-in-header-byline.html',
      'https://www.pacificobserver.example/2024/09/03/world/asia/typhoon-shanshan-japan.html',
      ['Daniel Kim'],
    ],
    [
      'verge-by-name-comma-bio-sentence.html',
      'https://www.theverge.example/2024/5/16/24158120/sony-headphones-hinge-fix',
      ['Emma Roth'],
    ],
  ])('%s', (file, url, byline) => {
    expect(page(file, url).byline).toEqual(byline);
  });

  test('variant: a bio after the name in plain text, no JSON-LD', () => {
    const html = withHeader(
      '<p class="byline">By Ana Lima, a reporter who covers ports, shipping and the harbour authority</p>',
    );
    expect(headerOf(html).byline).toEqual(['Ana Lima']);
  });
});

describe('"Insider" and "Commentator" are roles after a name', () => {
  test.each([
    ['Tori NakamuraESPN NBA Insider', ['Tori Nakamura']],
    ['Ana Lima, Senior NFL Insider', ['Ana Lima']],
    ['Ana Lima, Football Commentator', ['Ana Lima']],
  ])('cleanNames(%j)', (raw, names) => {
    expect(cleanNames(raw)).toEqual(names);
  });

  test('ESPN: two author blocks, each with its role, no "By"', () => {
    const meta = page(
      'espn-two-author-blocks-roles-no-by.html',
      'https://www.espn.example/nba/story/_/id/39481122/inside-trade-reshaped-western-conference',
    );
    expect(meta.byline).toEqual(['Marcus Delaney', 'Tori Nakamura']);
  });
});

describe('a report\'s "Authors" label without a colon', () => {
  test('bylineAfter reads the names in the next text', () => {
    expect(bylineAfter(['Published', '18 June 2024', 'Authors', 'Amina Diallo, Pierre Kaboré'])).toBe(
      'Amina Diallo, Pierre Kaboré',
    );
    expect(bylineAfter(['Author', 'Ana Lima'])).toBe('Ana Lima');
  });

  test('the word inside a longer text is no label', () => {
    expect(bylineAfter(['Our authors', 'Ana Lima'])).toBeNull();
  });

  test('the NGO report page', () => {
    const meta = page(
      'ngo-report-landing-authors-dl-foreword.html',
      'https://www.horizonrelief.example/research/drought-and-displacement-in-the-sahel-2024',
    );
    expect(meta.byline).toEqual(['Amina Diallo', 'Pierre Kaboré']);
  });
});

describe('GlobeNewswire\'s "| Source:" line under a release\'s title', () => {
  const release = (company: string): string =>
    withHeader(
      `<p class="article-published-source"><time datetime="2025-03-05T13:00:00Z">March 05, 2025 08:00 ET</time> | Source: <a href="/org">${company}</a></p>`,
      '',
      '<p>HARBOUR CITY, March 05, 2025 (GLOBE NEWSWIRE) -- Harbour Energy Inc. today announced a plan to deepen the main shipping channel, a project its engineers say will let the largest ships call at the port.</p>' +
        HEADER_STORY,
    );

  test('the company the release opens with is its author', () => {
    expect(headerOf(release('Harbour Energy Inc.')).byline?.map((n) => n.replace(/\.$/u, ''))).toEqual([
      'Harbour Energy Inc',
    ]);
  });

  test('a source the release never names again is not taken', () => {
    expect(headerOf(release('Data Services Ltd.')).byline ?? []).toEqual([]);
  });

  test('the GlobeNewswire page', () => {
    const meta = page(
      'globenewswire-source-line-dateline-ir-contact.html',
      'https://www.globenewswire.example/news-release/2024/03/05/2840011/0/en/Northwind-Robotics-Reports-Fourth-Quarter-and-Full-Year-2023-Results.html',
    );
    expect(meta.byline?.map((n) => n.replace(/\.$/u, ''))).toEqual(['Northwind Robotics Inc']);
  });
});

describe('dates against the reading day, when nothing else dates the page', () => {
  const now = new Date('2025-06-01T12:00:00Z');

  test.each([
    [['Story by Ana Silva', '•', '3h', '•', '2 min read'], '2025-06-01'],
    [['Story by Ana Silva • 14h • 2 min read'], '2025-05-31'],
    [['By Ana Lima', '2 days ago'], '2025-05-30'],
    [['By Ana Lima', '45 mins ago'], '2025-06-01'],
  ])('stampDay(%j)', (texts, day) => {
    expect(stampDay(texts, now)).toBe(day);
  });

  test.each([[['By Ana Lima', '3 min read']], [['Updated 2h ago']], [['Views 5M']], [['3 weeks ago']]])(
    'no stamp in %j',
    (texts) => {
      expect(stampDay(texts, now)).toBeNull();
    },
  );

  test.each([
    ['LONDON, March 5 (Reuters) - British inflation fell.', now, '2025-03-05'],
    ['WASHINGTON, Jan. 5 (Reuters) – The Senate voted.', now, '2025-01-05'],
    ['NEW YORK, N.Y., Sept 12 (AP) — Stocks fell.', now, '2024-09-12'],
    ['LONDON, March 5 (Reuters) - British inflation fell.', new Date('2025-03-01T00:00:00Z'), '2024-03-05'],
  ])('yearlessDatelineDay(%j)', (text, at, day) => {
    expect(yearlessDatelineDay([text], at)).toBe(day);
  });

  test('no day from a word that only begins like a month, nor without an agency', () => {
    expect(yearlessDatelineDay(['PARIS, Marchers 5 (AFP) - x'], now)).toBeNull();
    expect(yearlessDatelineDay(['LONDON, March 5 - British inflation fell.'], now)).toBeNull();
  });

  test.each([
    [
      'msn-story-by-bullet-relative-hours-only.html',
      'https://www.msn.example/en-gb/news/uk/train-drivers-announce-new-strike-dates/ar-BB1nQz4K',
      '2025-06-01',
    ],
    [
      'dateline-only-date-no-year-wire-end-credit.html',
      'https://lakesidegazette.example/world/uk-inflation-falls-to-three-year-low',
      '2025-03-05',
    ],
  ])('%s', (file, url, day) => {
    expect(page(file, url).publishedTime?.slice(0, 10)).toBe(day);
  });

  test('a date the page states wins over a stamp', () => {
    const html = withHeader('<p class="meta">By Ana Lima • 3h • March 3, 2025</p>');
    expect(headerOf(html).publishedTime?.slice(0, 10)).toBe('2025-03-03');
  });
});

describe("a post's taxonomy classes are no region", () => {
  test('an article filed under Events keeps its date (WordPress\'s "category-events" on the <article>)', () => {
    const html =
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour Post</title></head><body><main>' +
      '<article class="post type-post category-events tag-comments"><h1>Port plan approved by the council</h1>' +
      '<div class="meta"><span class="author">By Ana Lima</span> <time class="entry-date updated" datetime="2025-03-03T09:15:00-05:00">March 3, 2025</time></div>' +
      `<div class="article-body">${HEADER_STORY}</div></article></main></body></html>`;
    expect(headerOf(html, 'https://harbour.example/news/port-plan').publishedTime).toBe('2025-03-03T09:15:00-05:00');
  });

  test('a region its own class names is still one ("related-posts")', () => {
    const html = withHeader(
      '<p class="byline">By Ana Lima</p>',
      '',
      `${HEADER_STORY}<div class="related-posts category-events"><time datetime="2025-02-01T09:00:00-05:00">February 1, 2025</time></div>`,
    );
    expect(headerOf(html, 'https://harbour.example/news/port-plan').publishedTime).toBeNull();
  });

  test('the tagDiv page, read without the date in its address', () => {
    const meta = page(
      'tagdiv-newspaper-published-time-class-updated.html',
      'https://bayviewcourier.example/harbor-fest',
    );
    expect(meta.publishedTime).toBe('2024-07-02T09:15:22-04:00');
  });
});

describe("GOV.UK's first publication tag", () => {
  test('govuk:first-published-at dates the page', () => {
    const html = withHeader('', '<meta name="govuk:first-published-at" content="2024-03-05T00:01:00+00:00">');
    expect(headerOf(html).publishedTime).toBe('2024-03-05T00:01:00+00:00');
  });
});

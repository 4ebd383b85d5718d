/**
 * The families the header-families31 pages showed Lede missing (tests/fixtures/pages/header-families31/),
 * each fixed as a family, with the page and variants written here: a kicker or label element
 * opening the <h1> ("LIVE", "Exclusive"); an agency credited on the line under the headline
 * as the page writes it ("Associated Press", not its dateline's "(AP)"); picture credits in
 * Portuguese, Italian, French and Dutch; a role with its possessive before the name ("Door
 * onze correspondent …", "de notre envoyée spéciale …"); a Next.js page whose authors and date
 * are only in its __NEXT_DATA__; a numeric date's time followed by its zone's abbreviation
 * ("2024-05-07 08:10 KST"); (round 2) an unclassed label opening the <h1> ("<strong>WATCH:</strong>")
 * that the title tags leave out, an agency's credit closing the story ("— Reuters"), and a
 * byline element named as a signature ("firma", "signature"); (round 3) Dutch "Door" opening
 * the line under the headline ("Door ANP").
 */
import { describe, expect, test } from 'vitest';
import { cleanNames, parseDateText } from '../../src/article/metadata';
import { readNextData } from '../../src/article/metadata/next-data';
import { closingAgency } from '../../src/article/metadata/end-credit';
import { bylineAfter } from '../../src/article/metadata/near-headline';
import { pictureCredits } from '../../src/article/metadata/picture-credits';
import { HEADER_STORY, fixture, headerOf, load } from './load';

const page = (file: string) => fixture(`header-families31/${file}`);

/** A page of the header tests' story with `h1` (markup) as its headline and `header` under it. */
const withHeadline = (h1: string, header = '<p class="byline">By Ana Lima</p>', head = ''): string =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour Post</title>' +
  `<meta property="og:site_name" content="Harbour Post">${head}</head><body><main><article>` +
  `${h1}${header}<div class="article-body">${HEADER_STORY}</div></article></main></body></html>`;

describe('a kicker element opening the headline is no part of it', () => {
  test.each([
    ['<h1><span class="story-headline-kicker">Exclusive</span>Port plan approved by the council</h1>'],
    ['<h1><span class="live-label">LIVE</span> Port plan approved by the council</h1>'],
    ['<h1>\n  <em class="flag">Breaking news</em>: Port plan approved by the council</h1>'],
    ['<h1 class="headline"><span class="eyebrow">Analysis</span> Port plan approved by the council</h1>'],
  ])('%s', (h1) => {
    expect(headerOf(withHeadline(h1)).title).toBe('Port plan approved by the council');
  });

  test('a span of the headline that is no label stays', () => {
    expect(
      headerOf(withHeadline('<h1><span class="highlight">Port</span> plan approved by the council</h1>')).title,
    ).toBe('Port plan approved by the council');
    expect(
      headerOf(withHeadline('<h1><span class="accent">Council</span> approves the port plan after a long debate</h1>'))
        .title,
    ).toBe('Council approves the port plan after a long debate');
  });

  test('a label with too little after it is the headline (two words are no headline of their own)', () => {
    expect(headerOf(withHeadline('<h1><span class="label">Port plan</span> approved today</h1>')).title).toBe(
      'Port plan approved today',
    );
  });

  test.each([['reach-live-label-in-h1-two-authors.html'], ['newscorp-au-exclusive-kicker-morning.html']])(
    'on a page: %s',
    (file) => {
      const title = headerOf(page(file)).title ?? '';
      expect(title).not.toMatch(/^(?:LIVE|Exclusive)/u);
    },
  );
});

describe('the agency on the line under the headline, as the page writes it', () => {
  test('"Associated Press" under the headline, "(AP)" in the dateline', () => {
    const html = withHeadline(
      '<h1>Port plan approved by the council</h1>',
      '<div class="source">Associated Press</div><p>HARBOUR CITY (AP) — The harbour authority approved a plan on Monday.</p>',
    );
    expect(headerOf(html).byline).toEqual(['Associated Press']);
  });

  test('the dateline alone still credits its agency', () => {
    const html = withHeadline(
      '<h1>Port plan approved by the council</h1>',
      '<p>HARBOUR CITY (Reuters) - The harbour authority approved a plan on Monday.</p>',
    );
    expect(headerOf(html).byline).toEqual(['Reuters']);
  });

  test('on a page: a person the lead names "by" is not the author', () => {
    expect(headerOf(page('person-in-story-post-by-agency-credit.html')).byline).toEqual(['Associated Press']);
  });
});

describe('picture credits in Portuguese, Italian, French and Dutch', () => {
  test.each([
    ['Texto de Rui Costa • Fotografia de Nuno Ferreira', 'nuno ferreira'],
    ['Fotografias de Nuno Ferreira', 'nuno ferreira'],
    ['di Marco Rossi, foto di Luca Neri', 'luca neri'],
    ['Par Jeanne Martin. Photos : Paul Roux', 'paul roux'],
    ["Door Sanne de Vries. Foto's: Jan Smit", 'jan smit'],
    ['Tekst en fotografie: Jan Smit', null],
    ['Texto e fotografia de Ana Lima', null],
  ])('%s', (text, name) => {
    const credited = pictureCredits([text]);
    if (name) expect(credited.has(name)).toBe(true);
    else expect(credited.size).toBe(0);
  });

  test('on a page: the photographer listed by the author tag is no author', () => {
    expect(headerOf(page('pt-texto-fotografia-lisboa.html')).byline).toEqual(['Rui Costa']);
  });
});

describe('a role and whose it is, before the name', () => {
  test.each([
    ['Door onze correspondent Pieter de Boer', ['Pieter de Boer']],
    ['Van onze verslaggever Sanne van der Linden', ['Sanne van der Linden']],
    ['De notre envoyée spéciale Marie Dupont', ['Marie Dupont']],
    ['dal nostro inviato Marco Bello', ['Marco Bello']],
    ['Von unserem Korrespondenten Jonas Weber', ['Jonas Weber']],
    ['By our correspondent Ana Lima', ['Ana Lima']],
    ['Senior Reporter Ana de Lima', ['Ana de Lima']],
  ])('cleanNames(%j)', (byline, names) => {
    expect(cleanNames(byline)).toEqual(names);
  });

  test('a name that begins like a possessive stays whole', () => {
    expect(cleanNames('By Van Morrison')).toEqual(['Van Morrison']);
    expect(cleanNames('Door Dirk de Vries')).toEqual(['Dirk de Vries']);
  });

  test('on a page', () => {
    expect(headerOf(page('nl-door-onze-correspondent-gepubliceerd.html')).byline).toEqual(['Pieter de Boer']);
  });
});

describe("a Next.js page's data: the story its headline names", () => {
  const nextPage = (data: unknown, byline = ''): string =>
    withHeadline('<h1>Port plan approved by the council</h1>', byline) +
    `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script>`;
  const data = {
    props: {
      pageProps: {
        related: [{ title: 'Ferry fares rise', publishedAt: '2025-03-01T08:00:00Z', author: { name: 'Tom Reyes' } }],
        article: {
          title: 'Port plan approved by the council',
          authors: [{ displayName: 'Ana Lima' }, { displayName: 'Wei Chen' }],
          firstPublished: '2025-03-03T09:30:00-05:00',
          updatedAt: '2025-03-04T10:00:00-05:00',
        },
      },
    },
  };

  test('readNextData: the authors and first publication of the object titled as the headline', () => {
    const doc = load(nextPage(data));
    expect(readNextData(doc, 'Port plan approved by the council')).toEqual({
      authors: ['Ana Lima', 'Wei Chen'],
      datePublished: '2025-03-03T09:30:00-05:00',
    });
    // Another headline: no object is titled so.
    expect(readNextData(doc, 'Council rejects the port plan')).toBeNull();
  });

  test('on a page without JSON-LD or tags: the header takes them', () => {
    const meta = headerOf(nextPage(data, ''));
    expect(meta.byline).toEqual(['Ana Lima', 'Wei Chen']);
    expect(meta.publishedTime).toBe('2025-03-03T09:30:00-05:00');
  });

  test('a byline the page shows still wins', () => {
    expect(headerOf(nextPage(data, '<p class="byline">By Omar Reyes</p>')).byline).toEqual(['Omar Reyes']);
  });

  test('a malformed script is no data', () => {
    const html =
      withHeadline('<h1>Port plan approved by the council</h1>', '') +
      '<script id="__NEXT_DATA__" type="application/json">{"props": {</script>';
    expect(readNextData(load(html), 'Port plan approved by the council')).toBeNull();
  });

  test.each([['nextjs-next-data-date-only.html'], ['nextjs-next-data-authors-array-relative.html']])(
    'on a page: %s',
    (file) => {
      expect(headerOf(page(file)).publishedTime).toMatch(/^2024-07-22|^2025-05-06/u);
    },
  );
});

describe("a numeric date's time and its zone's abbreviation", () => {
  test.each([
    ['Published : 2024-05-07 08:10 KST', '2024-05-07T08:10:00+09:00'],
    ['2024.05.07 08:10 JST', '2024-05-07T08:10:00+09:00'],
    ['05.03.2025, 18:42 CET', '2025-03-05T18:42:00+01:00'],
    ['2024-11-03 23:30 (PST)', '2024-11-03T23:30:00-08:00'],
    ['2024-05-07 08:10 GMT', '2024-05-07T08:10:00Z'],
  ])('%s', (text, value) => {
    expect(parseDateText(text)).toBe(value);
  });

  test('an abbreviation several zones share, or none, gives no offset', () => {
    expect(parseDateText('2024-05-07 08:10 IST')).toBe('2024-05-07T08:10:00');
    expect(parseDateText('2024-05-07 08:10')).toBe('2024-05-07T08:10:00');
  });

  test('on a page', () => {
    expect(headerOf(page('zone-kst-visible-only.html')).publishedTime).toBe('2024-05-07T08:10:00+09:00');
  });
});

describe('an unclassed label opening the headline, which the title tags leave out', () => {
  const og = '<meta property="og:title" content="Port plan approved by the council">';
  test('"<strong>WATCH:</strong>" with og:title the rest', () => {
    expect(
      headerOf(withHeadline('<h1><strong>WATCH:</strong> Port plan approved by the council</h1>', undefined, og)).title,
    ).toBe('Port plan approved by the council');
  });

  test('without the tags saying the rest, the headline stays whole', () => {
    expect(headerOf(withHeadline('<h1><strong>WATCH:</strong> Port plan approved by the council</h1>')).title).toBe(
      'WATCH: Port plan approved by the council',
    );
  });

  test('the tags saying the whole: it stays whole', () => {
    const whole = '<meta property="og:title" content="Watch: Port plan approved by the council">';
    expect(
      headerOf(withHeadline('<h1><em>Watch:</em> Port plan approved by the council</h1>', undefined, whole)).title,
    ).toBe('Watch: Port plan approved by the council');
  });

  test('on a page', () => {
    expect(headerOf(page('kicker-strong-watch-no-class.html')).title).toBe(
      'Crews pull a minivan from the river after driver escapes',
    );
  });
});

describe("an agency's credit closing the story", () => {
  const closing = (line: string, header = ''): string =>
    withHeadline('<h1>Port plan approved by the council</h1>', header).replace(
      '</div></article>',
      `<p class="credit">${line}</p></div></article>`,
    );

  test.each([
    ['— Reuters', 'Reuters'],
    ['-- AFP', 'AFP'],
    ['(Associated Press)', 'Associated Press'],
    ['© dpa', 'dpa'],
  ])('%s', (line, agency) => {
    expect(closingAgency(load(closing(line)))).toBe(agency);
    expect(headerOf(closing(line)).byline).toEqual([agency]);
  });

  test('a sentence naming an agency, or another word after a dash, is no credit', () => {
    expect(closingAgency(load(closing('— Reuters contributed to this report about the harbour.')))).toBeNull();
    expect(closingAgency(load(closing('— Harbour Council')))).toBeNull();
  });

  test('a writer credited in the header wins', () => {
    expect(headerOf(closing('— Reuters', '<p class="byline">By Ana Lima</p>')).byline).toEqual(['Ana Lima']);
  });

  test('on a page: people chips under the headline are not the authors', () => {
    expect(headerOf(page('person-chips-under-headline-agency-end.html')).byline).toEqual(['Reuters']);
  });
});

describe('a byline element named as a signature', () => {
  test.each([
    ['<div class="firma">dal nostro inviato Marco Bello</div>', ['Marco Bello']],
    ['<div class="article-signature">Jeanne Martin</div>', ['Jeanne Martin']],
  ])('%s', (header, names) => {
    expect(headerOf(withHeadline('<h1>Port plan approved by the council</h1>', header)).byline).toEqual(names);
  });

  test('on a page', () => {
    expect(headerOf(page('it-dal-nostro-inviato.html')).byline).toEqual(['Marco Bello']);
  });
});

describe('Dutch "Door" opening the line under the headline', () => {
  test.each([
    [['Door ANP', '8 oktober 2024 06:50'], 'ANP'],
    [['Door', 'Sanne de Vries'], 'Sanne de Vries'],
  ])('bylineAfter(%j)', (texts, byline) => {
    expect(bylineAfter(texts)).toBe(byline);
  });

  test('on a page, in an element no class calls a byline', () => {
    const html = withHeadline(
      '<h1>Port plan approved by the council</h1>',
      '<div class="source">Door Sanne de Vries</div>',
    );
    expect(headerOf(html).byline).toEqual(['Sanne de Vries']);
  });

  test('a sentence opening with "Door" ("because of") names no one', () => {
    const html = withHeadline(
      '<h1>Port plan approved by the council</h1>',
      '<p class="intro">Door een storing in de seinen reden er urenlang geen treinen.</p>',
    );
    expect(headerOf(html).byline).toEqual([]);
  });

  test('on a page', () => {
    expect(headerOf(page('nl-door-anp-agency.html')).byline).toEqual(['ANP']);
  });
});

/**
 * The header (title, authors, date) and the body on pages written in the markup real
 * publishing systems and newsrooms use: WordPress, Arc, Gannett, BBC, Guardian, NYT,
 * Medium, Substack, Ghost, Drupal, AP, Reuters, an agency's story on another site, and
 * German, Spanish and French sites. As on the pages Lede is scored on, the pages carry no
 * JSON-LD (their scripts are stripped): the date and the authors come from the tags and
 * from what the page shows. Each page is written for the project
 * (tests/fixtures/pages/header/sites/).
 */
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/article/extract';
import { cleanNames } from '../../src/article/metadata/byline';
import { parseDateText } from '../../src/article/metadata/dates';
import { presumedZone } from '../../src/article/metadata/zones';
import { fixture, HEADER_STORY, load } from './load';

const NOW = new Date('2025-06-01T12:00:00Z');
const read = (file: string, url: string) => {
  const { article } = extractArticle(load(fixture(`header/sites/${file}`), url), { url, now: NOW });
  return { meta: article.meta, texts: article.blocks.map((b) => b.text) };
};

describe('the header on the pages of publishing systems and newsrooms', () => {
  test.each([
    [
      'WordPress: "Posted on <time> by <vcard>", an updated <time> beside, a comment dated later',
      'wordpress.html',
      'https://quaysidecourier.example/2025/03/05/harbour-dredging-to-start-in-spring/',
      'Harbour dredging to start in spring',
      ['Maeve Brennan'],
      '2025-03-05T14:30:00+00:00',
    ],
    [
      'Arc: three linked authors, the date as text with its zone, no date tag',
      'arc.html',
      'https://www.capitalledger.example/local/port-plan-approved/',
      'Port plan approved by the council after a two-year fight',
      ['Dana Whitfield', 'Omar Haddad', 'Rita Pereira'],
      '2025-03-05T18:12:00-05:00',
    ],
    [
      'Gannett: the outlet under the name, "Published … | Updated …" with the time before the date',
      'gannett.html',
      'https://www.lakeshoresentinel.example/story/news/local/port-plan-approved/8712345001/',
      'Port plan approved by the council after a two-year fight',
      ['Kyle Brandt'],
      '2025-03-05T05:00:00-05:00',
    ],
    [
      'BBC: the name and the role in spans, a <time> in UTC',
      'bbc.html',
      'https://www.bbc.example/news/uk-wales-68412345',
      'Port plan approved after two-year fight',
      ['Rhian Evans'],
      '2025-03-05T09:30:21Z',
    ],
    [
      'Guardian: a section and the site after the title, "in Cardiff" after the name, "09.30 GMT"',
      'guardian.html',
      'https://www.theguardian.example/uk-news/port-plan-approved',
      'Port plan approved after two-year fight',
      ['Rhian Evans'],
      '2025-03-05T09:30:00+00:00',
    ],
    [
      'NYT: names in itemprop=name spans, a <time> that also holds the update',
      'nyt.html',
      'https://www.nyledger.example/nyregion/port-plan-approved.html',
      'Port Plan Approved After Two-Year Fight',
      ['Dana Whitfield', 'Omar Haddad'],
      '2025-03-05T05:00:03-05:00',
    ],
    [
      'Medium: "| by Author | Publication | Medium" in the title, the date in a span',
      'medium.html',
      'https://medium.example/harbour-engineering/rebuilding-a-1970s-tide-gauge-5d3a1b2c',
      'Rebuilding a 1970s tide gauge with a microcontroller',
      ['Ines Carvalho'],
      '2025-03-05',
    ],
    [
      'Substack: "- by Author" in the title, the date in a div of utility classes',
      'substack.html',
      'https://tidewater.substack.example/p/what-the-port-plan-means',
      'What the port plan means for the bay',
      ['Ines Carvalho'],
      '2025-03-05',
    ],
    [
      'Ghost: two authors in one heading, a teaser card with its own date after the post',
      'ghost.html',
      'https://tideline.example/rebuilding-a-1970s-tide-gauge/',
      'Rebuilding a 1970s tide gauge',
      ['Ines Carvalho', 'Tom Ortega'],
      '2025-03-05T09:30:00Z',
    ],
    [
      'Drupal: "Submitted by … on Wed, 03/05/2025 - 09:30", the title in a field span in the h1',
      'drupal.html',
      'https://harbourdistrict.example/news/ferry-timetable-changes-winter-season',
      'Ferry timetable changes for the winter season',
      ['Niamh Kelly'],
      '2025-03-05T09:30:00',
    ],
    [
      'AP: names in capitals, only "Updated … EST, March 5, 2025" shown',
      'ap.html',
      'https://apnews.example/article/port-plan-harbor-dredging-1a2b3c4d5e',
      'Port plan approved after two-year fight over the harbor',
      ['Dana Whitfield', 'Omar Haddad'],
      '2025-03-05T21:42:00-05:00',
    ],
    [
      'Reuters: "By <a>A</a> and <a>B</a>" in an address, a <time> of three spans',
      'reuters.html',
      'https://www.reuters.example/world/europe/port-plan-approved-after-two-year-fight-2025-03-05/',
      'Port plan approved after two-year fight',
      ['Dana Whitfield', 'Omar Haddad'],
      '2025-03-05T14:31:22Z',
    ],
    [
      'a German site: the headline in an h2 after its kicker, "Von A und B", "05.03.2025, 18.42 Uhr"',
      'german.html',
      'https://www.nordkurier-rundschau.example/wirtschaft/hafen-stadtrat-genehmigt-ausbau-a-1234',
      null,
      ['Anna Schmidt', 'Jonas Becker'],
      '2025-03-05T18:42:00+01:00',
    ],
    [
      'a Spanish site: authors linked under /autor/, "12 mar 2025 - 18:42 CET"',
      'spanish.html',
      'https://diariodelpuerto.example/espana/dragado-puerto.html',
      'El Ayuntamiento aprueba el dragado del puerto tras dos años de disputa',
      ['Lucía Fernández', 'Pablo Ruiz'],
      '2025-03-12T18:42:00+01:00',
    ],
    [
      'a French site: "Par A et B", "Publié le 12 mars 2025 à 18h42, modifié le 13 mars"',
      'french.html',
      'https://gazette-littoral.example/economie/article/dragage-du-port_123.html',
      'Le conseil municipal approuve le dragage du port après deux ans de bataille',
      ['Claire Moreau', 'Yann Le Gall'],
      '2025-03-12T18:42:00',
    ],
    [
      'CNN: "By <a>A</a> and <a>B</a>, CNN", only "Updated 10:41 AM EST, Wed March 5, 2025" shown',
      'cnn.html',
      'https://www.cnn.example/2025/03/05/europe/port-plan-approved-intl/index.html',
      'Port plan approved after two-year fight',
      ['Ana Lima', 'Tom Ortega'],
      '2025-03-05',
    ],
    [
      "Blogger: the blog's name in the h1, the date above the post's title, \"Posted by\" and an <abbr> in the post's footer",
      'blogger.html',
      'https://harbournotes.blogspot.example/2025/03/rebuilding-1970s-tide-gauge.html',
      'Rebuilding a 1970s tide gauge',
      ['Ines Carvalho'],
      '2025-03-05T09:30:00-08:00',
    ],
    [
      'an Italian site: "di Marco Rossi", "5 marzo 2025 (modifica il 6 marzo 2025 | 10:12)"',
      'italian.html',
      'https://corrieredelporto.example/cronaca/25_marzo_05/dragaggio-porto.shtml',
      'Porto, via libera al dragaggio del canale dopo due anni di scontri',
      ['Marco Rossi'],
      '2025-03-05',
    ],
  ])('%s', (_label, file, url, title, byline, date) => {
    const { meta } = read(file, url);
    if (title) expect(meta.title).toBe(title);
    expect(meta.byline).toEqual(byline);
    expect(meta.publishedTime?.startsWith(date)).toBe(true);
    expect(meta.confidence?.byline).toBeGreaterThan(0);
  });

  test("a German headline after its kicker: the headline's words, as og:title gives them", () => {
    const { meta } = read('german.html', 'https://www.nordkurier-rundschau.example/wirtschaft/hafen-a-1234');
    expect(meta.title).toMatch(/Stadtrat genehmigt Ausbau der Fahrrinne nach zwei Jahren Streit$/u);
  });

  test("an agency's story on another site: the agency, not a teaser's author", () => {
    const { meta } = read('agency-credit.html', 'https://islandtimes.example/world/europe/ferry-strike-ends');
    expect(meta.byline).toHaveLength(1);
    expect(meta.byline[0]).toMatch(/^(?:AFP|Agence France-Presse)$/u);
    expect(meta.publishedTime?.slice(0, 10)).toBe('2025-03-05');
  });
});

describe('the body on the same pages: the story, not the furniture around it', () => {
  test('the dateline line of stamps, a photo credit, a "More:" aside and the bio go (Gannett)', () => {
    const { texts } = read('gannett.html', 'https://www.lakeshoresentinel.example/story/news/local/port-plan/1/');
    expect(texts[0]).toMatch(/^The harbour authority approved/u);
    expect(texts.some((t) => /Published 5:00|Photo by|More:|covers the waterfront/u.test(t))).toBe(false);
    expect(texts).toHaveLength(5);
  });

  test('a caption keeps its words, not the "Credit..." (or a hidden "Credit") glued to them (NYT)', () => {
    const { texts } = read('nyt.html', 'https://www.nyledger.example/nyregion/port-plan-approved.html');
    expect(texts.some((t) => /Credit|Erik Carter/u.test(t))).toBe(false);
    expect(texts).toContain('Council members voted on Tuesday.');
    // A photo's hidden label alone is no caption.
    expect(texts).not.toContain('Photo');
  });

  test.each([
    ['medium.html', 'https://medium.example/p/5d3a', /min read/u],
    ['substack.html', 'https://tidewater.substack.example/p/port', /Thanks for reading/u],
    ['reuters.html', 'https://www.reuters.example/world/port-2025-03-05/', /Our Standards/u],
    ['wordpress.html', 'https://quaysidecourier.example/2025/03/05/dredging/', /About time too|Ferry timetable/u],
    ['ghost.html', 'https://tideline.example/gauge/', /logbook/u],
  ])('%s: the reading time, a subscription call, a trust badge, comments and teasers go', (file, url, gone) => {
    const { texts } = read(file, url);
    expect(texts.length).toBeGreaterThanOrEqual(4);
    expect(texts.some((t) => gone.test(t))).toBe(false);
  });
});

describe('dates in words with their time, in the languages read', () => {
  test.each([
    ['Publié le 12 mars 2025 à 18h42, modifié le 13 mars 2025', null, '2025-03-12T18:42:00'],
    ['3. März 2025, 10:15 Uhr', 'de', '2025-03-03T10:15:00+01:00'],
    ['12 de marzo de 2025 a las 18:42', null, '2025-03-12T18:42:00'],
    ['5 maart 2025 om 10.15 uur', 'nl', '2025-03-05T10:15:00+01:00'],
    ['5 marzo 2025 - 10:12', 'it', '2025-03-05T10:12:00+01:00'],
    // A time that is not right after the date is not its time.
    ['5 marzo 2025 (modifica il 6 marzo 2025 | 10:12)', 'it', '2025-03-05'],
    ['12 de marzo de 2025', null, '2025-03-12'],
  ])('parseDateText(%j) on a page in %j', (text, lang, date) => {
    expect(parseDateText(text, true, presumedZone(lang))).toBe(date);
  });
});

describe('bylines as newsrooms write them', () => {
  test.each([
    // A list with its last comma ("A, B, and C").
    ['Ana Lima, Tom Ortega, Wei Chen, and Sara Diaz', ['Ana Lima', 'Tom Ortega', 'Wei Chen', 'Sara Diaz']],
    // A place after the name, by comma, bar or in brackets.
    ['Von Anna Schmidt, Berlin', ['Anna Schmidt']],
    ['Por Lucía Fernández | Madrid', ['Lucía Fernández']],
    ['Par Claire Moreau (Marseille, correspondante)', ['Claire Moreau']],
    ['Ana Lima - BBC News, Cardiff', ['Ana Lima']],
    // Brackets inside a name, or holding a handle, stay.
    ['Richard (R.J.) Eskow', ['Richard (R.J.) Eskow']],
    ['史蒂文的家_藍天 (stevenhgm)', ['史蒂文的家_藍天 (stevenhgm)']],
    ['“Ana Lima”)', ['Ana Lima']],
    // A stamp after more than a name leaves the byline to another element.
    ['Elliot Brownstein Florida Today Published 2:16 a.m.', []],
    ['Last Updated: January 7, 2025', []],
    // A role run on after the name; a stamp after it.
    ['By Ana Lima Staff Writer', ['Ana Lima']],
    ['Tom Ortega Reporter', ['Tom Ortega']],
    ['By Ana Lima\nUpdated 3 hours ago', ['Ana Lima']],
    ['Compiled by Ana Lima', ['Ana Lima']],
    // Agency credits, alone or after people.
    ['By AP', ['AP']],
    ['By Reuters Staff', ['Reuters Staff']],
    ['Von dpa', ['dpa']],
    ['By Ana Lima and Tom Ortega, Associated Press', ['Ana Lima', 'Tom Ortega']],
    ['By Ana Lima and The Associated Press', ['Ana Lima']],
    // A one-word name alone is still a name.
    ['By Prince', ['Prince']],
  ])('cleanNames(%j)', (input, names) => {
    expect(cleanNames(input)).toEqual(names);
  });

  test("the site's name without its article, under the writer's, is the outlet", () => {
    expect(cleanNames('Kyle Brandt, Lakeshore Sentinel', { siteName: 'The Lakeshore Sentinel' })).toEqual([
      'Kyle Brandt',
    ]);
    expect(cleanNames('Lakeshore Sentinel', { siteName: 'The Lakeshore Sentinel' })).toEqual(['Lakeshore Sentinel']);
  });
});

describe('a byline split over elements, or only in microdata', () => {
  const BODY = HEADER_STORY;
  const bylineOf = (byline: string): string[] => {
    const url = 'https://harbour.example/news/port-plan';
    const html = `<!doctype html><html lang="en"><head><title>Port</title></head><body><article><h1>Port plan approved by the council</h1>${byline}${BODY}</article></body></html>`;
    return extractArticle(load(html, url), { url, now: NOW }).article.meta.byline;
  };
  test.each([
    [
      'the given name and the surname in spans of their own',
      '<p>By <span>Ana</span> <span>Lima</span></p>',
      ['Ana Lima'],
    ],
    ['…inside a link', '<div>By <a href="/u/1"><span>Ana</span> <span>Lima</span></a></div>', ['Ana Lima']],
    [
      '"By", each name and "and" in spans',
      '<div><span>By</span> <span>Ana Lima</span> <span>and</span> <span>Tom Ortega</span></div>',
      ['Ana Lima', 'Tom Ortega'],
    ],
    [
      'a schema.org author whose name is only in a meta element',
      '<div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Ana Lima"></div>',
      ['Ana Lima'],
    ],
    ['a link marked itemprop=author', '<p><a itemprop="author" href="/x">Ana Lima</a></p>', ['Ana Lima']],
    [
      '"By" then a name and its outlet in capitals',
      '<p>By <span>Ana Lima</span> <span>REUTERS</span></p>',
      ['Ana Lima'],
    ],
  ])('%s', (_label, byline, names) => {
    expect(bylineOf(byline)).toEqual(names);
  });
});

describe("the post's own footer is the post's, the page's footer is not", () => {
  const BODY =
    '<p>The tide gauge on the north pier was built in 1974 and stopped working in 2003, when the chart recorder motor burned out, so we kept the float and replaced the rest.</p>' +
    '<p>A rotary encoder on the pulley gives the water level to the millimetre, and a small microcontroller reads it every ten seconds and averages the readings over a minute.</p>' +
    '<p>After a month of readings, the new gauge agrees with the radar gauge to within four millimetres, and the code and drawings are online for other harbours.</p>';
  const metaOf = (html: string) => {
    const url = 'https://tideline.example/gauge/';
    return extractArticle(
      load(`<!doctype html><html lang="en"><head><title>Gauge</title></head><body>${html}</body></html>`, url),
      {
        url,
        now: NOW,
      },
    ).article.meta;
  };
  test('a WordPress entry-footer with the byline and the date (as Twenty Fifteen puts them)', () => {
    const m = metaOf(
      `<article class="post type-post hentry"><header class="entry-header"><h1 class="entry-title">Rebuilding a 1970s tide gauge</h1></header><div class="entry-content">${BODY}</div>` +
        '<footer class="entry-footer"><span class="byline"><span class="author vcard"><a class="url fn n" href="/author/ines/">Ines Carvalho</a></span></span> <span class="posted-on"><a href="/gauge/" rel="bookmark"><time class="entry-date published" datetime="2025-03-05T09:30:00+00:00">March 5, 2025</time></a></span></footer></article>',
    );
    expect(m.byline).toEqual(['Ines Carvalho']);
    expect(m.publishedTime).toBe('2025-03-05T09:30:00+00:00');
  });
  test('"Posted by" a writer under the headline wins over the account named in the post\'s footer', () => {
    const m = metaOf(
      `<div class="post hentry"><h3 class="post-title entry-title">Rebuilding a 1970s tide gauge</h3><div class="post-body entry-content"><p><em>Posted by Ines Carvalho, Software Engineer on the Tideline team</em></p>${BODY}</div>` +
        '<div class="post-footer"><span class="post-author vcard">Posted by <span class="fn"><a href="https://www.blogger.example/profile/1" rel="author">Tideline Developers</a></span></span></div></div>',
    );
    expect(m.byline).toEqual(['Ines Carvalho']);
  });
  test("the page's footer, outside the post, names no author and dates nothing", () => {
    const m = metaOf(
      `<article class="post"><h1>Rebuilding a 1970s tide gauge</h1>${BODY}${BODY}</article>` +
        '<footer class="site-footer"><p>Site by <a href="/author/webmaster-jo/">Jo Webmaster</a></p><time datetime="2025-05-01T00:00:00Z">May 1, 2025</time></footer>',
    );
    expect(m.byline).toEqual([]);
    expect(m.publishedTime).toBeNull();
  });
});

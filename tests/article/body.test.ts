/**
 * The article's body on kinds of page where the extraction once lost the story's text or
 * kept what is not the story (issue 18): a paragraph next to an embedded tweet, a "More:"
 * list of teasers, a caption's screen-reader label glued to the caption, a dateline in
 * another language as the first paragraph. The page is written for the project
 * (tests/fixtures/pages/body/families.html).
 */
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/article/extract';
import { isDroppedBlock } from '../../src/article/block-filter';
import { fixture, load } from './load';

const url = 'https://harbour.example/news/2025/dredging';
const { article } = extractArticle(load(fixture('body/families.html'), url), {
  url,
  now: new Date('2025-06-01T12:00:00Z'),
});
const texts = article.blocks.map((b) => b.text);
const has = (s: string): boolean => texts.some((t) => t.includes(s));

describe('body: the story whole, and nothing else', () => {
  test('a paragraph in the wrapper of an embedded tweet is kept, in its place; the tweet is not', () => {
    const at = texts.findIndex((t) => t.startsWith("The port's director, Anna Nowak"));
    expect(at).toBeGreaterThan(texts.findIndex((t) => t.startsWith('Environmental groups')));
    expect(at).toBeLessThan(texts.findIndex((t) => t.startsWith('The plan sets out')));
    expect(has('Big day for the port')).toBe(false);
  });

  test('a "More:" label and its list of teasers go; a list that is the story stays', () => {
    expect(texts).not.toContain('More:');
    expect(has('Ferries cut winter crossings')).toBe(false);
    expect(has('Cranes arrive at the container terminal')).toBe(false);
    expect(has('MORE:')).toBe(false);
    expect(has('Ferry operator orders')).toBe(false);
    expect(texts).toContain('no dredging during the spawning season in May and June;');
    expect(texts).toContain('monthly reports on the water quality near the beaches.');
  });

  test("a caption's hidden label is not glued to the caption", () => {
    const caption = article.blocks.find((b) => b.kind === 'caption');
    expect(caption?.text).toBe('Who pays for the dredging? Our reporter explains');
    expect(has('Media caption')).toBe(false);
    expect(has('Toggle navigation')).toBe(false);
  });

  test('a dateline in Spanish is not the first paragraph, and it dates the article', () => {
    expect(texts[0]).toMatch(/^The harbour authority approved/u);
    expect(has('12 de marzo')).toBe(false);
    expect(article.meta.publishedTime).toBe('2025-03-12');
  });

  test('paragraphs of other stories, asides and promos are not put back', () => {
    expect(has('A long teaser for another story')).toBe(false);
    expect(has('An aside about the history of the harbour')).toBe(false);
    expect(has('Get the harbour newsletter')).toBe(false);
  });
});

describe('body: other posts under a "You may also like" heading', () => {
  const posts = 'https://harbour.example/notes/why-the-quay-matters';
  const blocksOf = (html: string): string[] =>
    extractArticle(load(html, posts), { url: posts, now: new Date('2025-06-01T12:00:00Z') }).article.blocks.map(
      (b) => b.text,
    );

  test('the teasers after the heading go, cut excerpts or whole short posts; the story stays whole', () => {
    const texts = blocksOf(fixture('body/related-posts.html'));
    expect(texts.filter((t) => /^(?:Our quay|Fishermen|The council)/u.test(t))).toHaveLength(3);
    expect(texts.some((t) => /Lighthouse keepers|A short poem|Ferries and their captains/u.test(t))).toBe(false);
  });

  test('a heading like it at the top of a story cuts nothing', () => {
    // Before the heading there is less than a story's opening: the heading is no end of the story.
    const html = fixture('body/related-posts.html')
      .replace(
        '<h1>Why the quay matters</h1>',
        '<h1>Why the quay matters</h1><section><h2>Related</h2><p>A first line.</p>',
      )
      .replace('</article>\n<article id="post-101"', '</section></article>\n<article id="post-101"');
    expect(blocksOf(html).some((t) => t.startsWith('Our quay is older'))).toBe(true);
  });
});

describe('isDroppedBlock: teaser labels and datelines in other languages', () => {
  const block = (text: string, linkDensity = 0) => ({ kind: 'paragraph' as const, text, linkDensity });
  const context = { title: null, authors: [] };
  test.each([
    ['More:', 0],
    ['READ MORE:', 0],
    ['Lee también:', 0],
    ['More: Port strike ends after three weeks | Ferry operator orders two new ships for the route', 0.8],
    ['12 de marzo de 2025', 0],
    ['5 mars 2024', 0],
    ['3. März 2023, 10:15', 0],
    ['More Great Harbour Stories', 0],
    ['Start your day with the Morning Tide, read by every skipper in the bay. for the free daily newsletter.', 0],
    ['More from Harbour Daily', 0],
  ])('%s is dropped', (text, density) => {
    expect(isDroppedBlock(block(text, density), context)).toBe(true);
  });
  test.each([
    'More than 300 people attended the meeting on the quay, the organisers said.',
    'On 12 de marzo the council meets again, the mayor said.',
    'More about that later.',
    'The council sends a free newsletter to every house on the quay, the mayor said.',
    'Related: the council said the vote on the harbour would be held in public, as the law requires.',
  ])('%s is kept', (text) => {
    expect(isDroppedBlock(block(text), context)).toBe(false);
  });
});

describe('body: a "Most read" rail of teasers inside the story', () => {
  const story = 'https://harbour.example/news/2025/dredging-starts';
  const texts = extractArticle(load(fixture('body/most-read-rail.html'), story), {
    url: story,
    now: new Date('2025-06-01T12:00:00Z'),
  }).article.blocks.map((b) => b.text);

  test("the rail's teasers go, though its heading sits in a wrapper of its own", () => {
    expect(texts.some((t) => /STORM WARNING|Lighthouse keeper recalls|Seal pup|Ferry passengers/u.test(t))).toBe(false);
  });

  test('an empty "Trending" box inside the story cuts nothing after it', () => {
    const html = fixture('body/most-read-rail.html').replace(
      /<div class="row">[^]*?<\/div><\/div><\/div><\/div><\/div>/u,
      '<div class="box"><header><h3>Trending</h3></header><ul class="top"></ul></div>',
    );
    const kept = extractArticle(load(html, story), { url: story, now: new Date('2025-06-01T12:00:00Z') }).article
      .blocks;
    expect(kept.filter((b) => /^(?:Environmental groups|The authority said)/u.test(b.text))).toHaveLength(2);
  });

  test('a "More Great Harbour Stories" label and its list of linked teasers go', () => {
    expect(
      texts.some((t) => /More Great Harbour Stories|Why the old quay|The ferry captain|Seven places/u.test(t)),
    ).toBe(false);
  });

  test('the story around the rail stays whole', () => {
    expect(
      texts.filter((t) =>
        /^(?:The first dredger|Work will go on|Residents of the old quay|Environmental groups|The authority said)/u.test(
          t,
        ),
      ),
    ).toHaveLength(5);
  });
});

describe('isDroppedBlock: a review’s star rating is kept', () => {
  const block = (text: string) => ({ kind: 'paragraph' as const, text, linkDensity: 0 });
  const context = { title: null, authors: [] };
  test.each(['★★★★☆', '★★★½', '⭐⭐⭐⭐', '★ ★ ★ ☆ ☆'])('keeps %s', (text) => {
    expect(isDroppedBlock(block(text), context)).toBe(false);
  });
  test.each(['☆☆☆', '* * *', '•', '—', '4'])('still drops the letterless %s', (text) => {
    expect(isDroppedBlock(block(text), context)).toBe(true);
  });
});

describe("a list's point that is only a link", () => {
  const notes = 'https://harbour.example/notes/week-12';
  const texts = extractArticle(load(fixture('body/link-points.html'), notes), {
    url: notes,
    now: new Date('2025-06-01T12:00:00Z'),
  }).article.blocks.map((b) => b.text);

  test("beside points written in sentences, it is one of the story's points", () => {
    expect(texts).toContain('Read our dredging report for the first quarter!');
    expect(texts.some((t) => t.startsWith('The north breakwater'))).toBe(true);
  });

  test('a list of links only is still no part of the story', () => {
    expect(texts.some((t) => /Lantern festival|Ferry fares/u.test(t))).toBe(false);
  });
});

describe("a list's points that are only links, away from the points in sentences", () => {
  const notes = 'https://harbour.example/notes/week-14';
  const texts = extractArticle(load(fixture('body/link-points-nested.html'), notes), {
    url: notes,
    now: new Date('2025-06-01T12:00:00Z'),
  }).article.blocks.map((b) => b.text);

  test('two links before the points in sentences are points of the story too', () => {
    expect(texts).toContain('Read our quay report for the spring!');
    expect(texts).toContain('See the results of the lamp survey!');
  });

  test('links in a list nested under a point ("Still to do:") are the points it introduces', () => {
    expect(texts).toContain('Ticket 4121 – Replace the worn chains on berth six');
    expect(texts).toContain('Ticket 4188 – Repaint the mooring bollards on the east quay');
  });

  test('a list of links only is still no part of the story', () => {
    expect(texts.some((t) => /Lantern festival|Ferry fares/u.test(t))).toBe(false);
  });
});

describe('body: a story told in items, a table of figures, prompts to watch', () => {
  const page = 'https://harbour.example/news/2025/cleanest-ferries';
  const { blocks } = extractArticle(load(fixture('body/data-and-items.html'), page), {
    url: page,
    now: new Date('2025-06-01T12:00:00Z'),
  }).article;
  const texts = blocks.map((b) => b.text);

  test('an item whose class says it has no caption is the story, not a caption', () => {
    const standfirst = blocks.find((b) => b.text.startsWith('The harbour authority measured'));
    expect(standfirst?.kind).toBe('heading');
    expect(blocks.find((b) => b.text.startsWith('The oldest ship'))?.kind).toBe('paragraph');
  });

  test('a sentence of the story that opens with "Watch" stays; prompts to watch, listen or follow go', () => {
    expect(texts.some((t) => t.startsWith('Watch how much the soot falls'))).toBe(true);
    expect(texts.some((t) => /WATCH:|Watch the video|Listen to Harbour Radio|Follow Harbour News/u.test(t))).toBe(
      false,
    );
  });

  test("a table's linked names stay beside their figures; a list of links does not", () => {
    expect(texts).toEqual(expect.arrayContaining(['Seagull', 'North Star', 'Island Queen', '-12%']));
    expect(texts.some((t) => /Ferries cut winter|Cranes arrive/u.test(t))).toBe(false);
  });
});

describe("isDroppedBlock: the page's notes around the story", () => {
  const block = (text: string) => ({ kind: 'paragraph' as const, text, linkDensity: 0 });
  const context = { title: null, authors: [] };
  test.each([
    '(Reporting by Ana Lima and Tom Ortega in Gdansk; additional reporting by Jan Kowal; Editing by Mark Price)',
    'Reporting by Ana Lima; Editing by Mark Price',
    'Keith Lane contributed reporting from Hong Kong.',
    'Tom Ortega contributed to this report.',
    'Write to Ana Lima at alima@news.example',
    '1 of 13',
    '1 of / 13',
    'Citation: Dredging the bay (2025, March 3) retrieved 4 March 2025 from https://harbour.example/news/dredging.html',
    'More AP harbour news: https://apnews.example/harbour',
    'Like this story? Share it with a friend!',
    'Harbour News may earn an affiliate commission if you buy something through links in this article.',
    'Order Reprints',
    'Print Article',
    'Text size',
    'By',
    'Tempo de leitura: 1 minuto',
    'WATCH: The harbour master explains the new rules',
    'Listen to Harbour Radio live at 12:45 and 17:45 on weekdays - or listen back here.',
    'Follow Harbour News on Instagram, Facebook, Twitter and YouTube.',
    'sexta-feira, 22 de outubro de 2025 às 20:13',
    'martes, 12 de marzo de 2025 a las 10:15',
    'lundi 5 mars 2024 à 10:15',
    'Dienstag, 3. März 2023, 10:15 Uhr',
  ])('%s is dropped', (text) => {
    expect(isDroppedBlock(block(text), context)).toBe(true);
  });
  test.each([
    'Reporting by the council shows the harbour lost money for the third year running, the auditors said in their report.',
    'Three people contributed reporting of the fire to the police, who said the harbour would stay closed.',
    'The mayor said she would write to the minister at the end of the month.',
    'By 2030 the port expects to double its traffic.',
    'Watch how the tide comes in.',
    'Follow-up checks found the water near the beaches was clean, the office said.',
    'A las 10:15 el alcalde habló.',
    'Sexta-feira foi um dia difícil para o porto.',
    'Am Dienstag, 3. März 2023, sprach der Bürgermeister.',
  ])('%s is kept', (text) => {
    expect(isDroppedBlock(block(text), context)).toBe(false);
  });
});

/**
 * Header families of issue 18 seen only on held-out pages, or left open: another story's
 * teaser or a related link between the headline and the byline, a picture's author named
 * like a byline, each author in an element, a card or a list item of their own (the byline
 * cut to its first name), a writer named only in a bio at the story's end (or the newsroom
 * credited over the writer it introduces), JSON-LD naming a CMS account the page never
 * shows, a surname-first byline in capitals, a JSON-LD time without its zone that the
 * page's script data gives; JSON-LD naming a co-author the byline by the headline does not,
 * a section's label in an author element, a staff credit with the site's domain in
 * capitals, the writer named only in a rel=author link of the page's footer, the story's
 * subject in the byline's place, RDFa author tags.
 * Each page is written for the project (tests/fixtures/pages/header/).
 */
import { describe, expect, test } from 'vitest';
import { cleanNames } from '../../src/article/metadata/byline';
import { fixture, headerOf, headerOfFixture } from './load';

describe('authors', () => {
  test.each([
    ["other stories' teasers above the article, with bylines of their own", 'teaser-block-before.html', ['Ana Lima']],
    [
      'a related link with its author between the headline and the byline',
      'related-link-after-headline.html',
      ['Ana Lima'],
    ],
    ["the lead picture's author, named like a byline", 'picture-author.html', ['Ana Lima']],
    ['each author in an element of their own', 'author-siblings.html', ['Ana Lima', 'Tom Ortega']],
    ['each author linked in a card of their own', 'author-cards.html', ['Ana Lima', 'Tom Ortega']],
    [
      'each author linked in a list item of their own',
      'author-link-items.html',
      ['Ana Lima', 'Tom Ortega', 'Wei Chen'],
    ],
    ['no byline: the writer the "About the author" box introduces', 'bio-only.html', ['Ana Lima']],
    [
      'JSON-LD naming an account the page never shows, against the byline it shows',
      'unseen-ld-account.html',
      ['Ana Lima'],
    ],
  ])('%s', (_label, file, byline) => {
    expect(headerOfFixture(file).byline).toEqual(byline);
  });

  test("an illustrator's link beside the author's is no co-author", () => {
    const html = fixture('header/author-link-items.html').replace(
      /<ul class="authors">[^]*?<\/ul>/u,
      '<div class="bylines"><p class="byline">By <a href="/author/ana-lima">Ana Lima</a></p>' +
        '<p class="byline">Illustration by <a href="/author/tom-ortega">Tom Ortega</a></p></div>',
    );
    expect(headerOf(html).byline).toEqual(['Ana Lima']);
  });

  test("a bio in the story's last paragraph, no box around it", () => {
    const html = fixture('header/bio-only.html').replace(
      /<div class="about-author">[^]*?<\/div>/u,
      '<p><em>Ana Lima is a freelance journalist based in Lisbon.</em></p>',
    );
    expect(headerOf(html).byline).toEqual(['Ana Lima']);
  });

  test('a bio is read only when the header credits no one', () => {
    const html = fixture('header/bio-only.html').replace(
      '<p>The harbour',
      '<p class="byline">By Tom Ortega</p><p>The harbour',
    );
    expect(headerOf(html).byline).toEqual(['Tom Ortega']);
  });

  test('only the newsroom credited ("Harbour Staff"): the writer the page\'s bio introduces', () => {
    const html = fixture('header/bio-only.html').replace(
      '<p>The harbour',
      '<div class="byline">By Harbour Staff</div><p>The harbour',
    );
    expect(headerOf(html).byline).toEqual(['Ana Lima']);
  });

  test('a person the last paragraph introduces as no writer is not the author', () => {
    const html = fixture('header/bio-only.html').replace(
      /<div class="about-author">[^]*?<\/div>/u,
      "<p>Tom Ortega is the port's director and has run it since 2019.</p>",
    );
    expect(headerOf(html).byline).toEqual([]);
  });

  test("the bio's writer is shown with less confidence than a byline", () => {
    const bio = headerOfFixture('bio-only.html').confidence?.byline ?? 1;
    const byline = headerOfFixture('ld-agrees-with-byline.html').confidence?.byline ?? 0;
    expect(bio).toBeLessThan(byline);
    expect(bio).toBeLessThan(0.5);
  });

  test('JSON-LD naming a person the page shows elsewhere is still believed', () => {
    const html = fixture('header/unseen-ld-account.html').replace(
      '</article>',
      '<p class="editor-note">Edited by John Webster.</p></article>',
    );
    expect(headerOf(html).byline).toEqual(['John Webster']);
  });

  test.each([
    ['By GILLMAN, STEVE', ['Steve Gillman']],
    ['GILLMAN, STEVE J.', ['Steve J. Gillman']],
    ['By Ana Lima, Tom Ortega', ['Ana Lima', 'Tom Ortega']],
  ])('cleanNames(%j)', (raw, names) => {
    expect(cleanNames(raw)).toEqual(names);
  });
});

describe("authors the page's own byline or other sources name", () => {
  test.each([
    [
      'JSON-LD naming [A, C], the byline by the headline [A, B]: the byline the reader sees',
      'ld-other-co-author.html',
      ['Ana Lima', 'Tom Ortega'],
    ],
    ["a section's label in the author element, the writer after it", 'section-label-author.html', ['Tom Ortega']],
    [
      'a staff credit in capitals: the domain as the site writes it',
      'staff-domain-credit.html',
      ['HarbourPost.com Staff'],
    ],
    ["no byline: the one person a rel=author link in the page's footer names", 'footer-rel-author.html', ['Ana Lima']],
    [
      'the person the lead has speak, in the byline of an agency story about her: the agency',
      'subject-in-byline.html',
      ['Reuters'],
    ],
    ['an RDFa tag naming the creator over an author tag naming an account', 'rdfa-creator-tag.html', ['Ana Lima']],
    ['a name in capitals run on into its agency', 'caps-name-agency.html', ['Ana Lima']],
  ])('%s', (_label, file, byline) => {
    expect(headerOfFixture(file).byline).toEqual(byline);
  });

  test("JSON-LD naming all of the byline's authors and more keeps them all", () => {
    const html = fixture('header/ld-other-co-author.html').replace(
      / and <a href="\/author\/tom-ortega">Tom Ortega<\/a>/u,
      '',
    );
    expect(headerOf(html).byline).toEqual(['Ana Lima', 'Wei Chen']);
  });

  test("the subject named as the author by the page's author tag is believed", () => {
    const html = fixture('header/subject-in-byline.html').replace(
      '</head>',
      '<meta name="author" content="Marta Kowalski"></head>',
    );
    expect(headerOf(html).byline).toEqual(['Marta Kowalski']);
  });

  test('a writer the lead introduces, neither titled nor speaking, stays the author', () => {
    const html = fixture('header/subject-in-byline.html').replace(
      'WARSAW (Reuters) - Prime Minister Marta Kowalski said on Monday',
      'Marta Kowalski reports on how',
    );
    expect(headerOf(html).byline).toEqual(['Marta Kowalski']);
  });

  test('rel=author links naming different people (a list of posts) name no one', () => {
    const html = fixture('header/footer-rel-author.html').replace(
      '</div>\n</body>',
      '<p>Also: <a rel="author" href="/u/tom-ortega">Tom Ortega</a></p></div>\n</body>',
    );
    expect(headerOf(html).byline).toEqual([]);
  });

  test.each([
    ['Industry Moves This Week', []],
    ['Notes From The Field', []],
    ['By Ana Lima, This Week', ['Ana Lima']],
    ['The Associated Press', ['The Associated Press']],
    ['Harbour Daily News', ['Harbour Daily News']],
    ['The Week Staff', ['The Week Staff']],
    ['Jan van der Berg', ['Jan van der Berg']],
    ['By JPOST.COM STAFF', ['JPOST.COM Staff']],
    ['Ana Lima Special To The Harbour Post', ['Ana Lima']],
    ['By ANA LIMA Associated Press', ['Ana Lima']],
  ])('cleanNames(%j)', (raw, names) => {
    expect(cleanNames(raw)).toEqual(names);
  });

  test("the site's staff after a name goes", () => {
    expect(cleanNames('By Ana Lima Harbour Post Staff', { siteName: 'The Harbour Post' })).toEqual(['Ana Lima']);
  });
});

describe('publication date', () => {
  test("a JSON-LD time without its zone takes the offset the page's script data writes for it", () => {
    expect(headerOfFixture('zone-less-json-ld.html').publishedTime).toBe('2025-03-03T17:45:10-08:00');
  });

  test('without script data the time stays as written', () => {
    const html = fixture('header/zone-less-json-ld.html').replace(/<script>window\.pageData[^]*?<\/script>/u, '');
    expect(headerOf(html).publishedTime).toBe('2025-03-03T17:45:10');
  });
});

/**
 * The families the header-families30 pages showed Lede missing (tests/fixtures/pages/header-families30/),
 * each fixed as a family, with the page and variants written here: the newsroom and the agencies
 * credited together ("Staff and agencies"), a photographer the header credits for the pictures
 * that JSON-LD lists as an author, a recent-stories block's byline after the end of a short
 * story's <article>, a date tag's offset over the zone presumed for the same clock time shown
 * without one; (round 2) a bio box that holds its text with no paragraph, and an agency's
 * name alone on the line under the headline; (round 3) a handle without its "@" beside a bio
 * naming the writer, "From staff and wire reports", and Spanish and German picture credits.
 */
import { describe, expect, test } from 'vitest';
import { cleanNames } from '../../src/article/metadata/byline';
import { agencyLine } from '../../src/article/metadata/dateline-agency';
import { pictureCredits } from '../../src/article/metadata/picture-credits';
import { HEADER_STORY, fixture, headerOf } from './load';

const page = (file: string) => fixture(`header-families30/${file}`);

describe('the newsroom and the agencies credited together', () => {
  test.each([
    ['Staff and agencies', ['Staff and agencies']],
    ['By Times staff and wire services', ['Times staff and wire services']],
    ['Staff & wire reports', ['Staff & wire reports']],
    ['From staff and wire reports', ['staff and wire reports']],
  ])('cleanNames(%j)', (byline, names) => {
    expect(cleanNames(byline)).toEqual(names);
  });

  test('not a person joined to the staff', () => {
    expect(cleanNames('By Ana Lima and staff')).not.toEqual(['Ana Lima and staff']);
  });

  test('on a page: the one credit', () => {
    expect(headerOf(page('agency-staff-and-agencies.html')).byline).toEqual(['Staff and agencies']);
  });
});

describe('a photographer the header credits for the pictures is no author, whatever JSON-LD lists', () => {
  test('"Story by A · Photography by B", JSON-LD listing both', () => {
    expect(headerOf(page('photo-credit-spans-arc.html')).byline).toEqual(['Ellis Grant']);
  });

  test('"By A | Photos by B" in plain text, JSON-LD listing both', () => {
    const html = page('photo-credit-pipe-wp.html').replace(
      '</head>',
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","author":[{"@type":"Person","name":"Nora Bell"},{"@type":"Person","name":"Ivan Petrov"}]}</script></head>',
    );
    expect(headerOf(html).byline).toEqual(['Nora Bell']);
  });

  test.each([
    ['Story by Ellis Grant', 'Photography by Mina Cho', ['mina cho']],
    ['By Nora Bell | Photos by Ivan Petrov', 'July 19, 2024', ['ivan petrov']],
    ['Words by Anke Vos, illustrations by Jo Park', '', ['jo park']],
    ['Words and photos by Anke Vos', '', []],
    ['Texto: Camila Ortiz / Fotos: Diego Fuentes', '', ['diego fuentes']],
    ['Von Anna Berg', 'Fotos von Jonas Weber', ['jonas weber']],
    ['Texto y fotos: Camila Ortiz', '', []],
  ])('pictureCredits(%j, %j)', (a, b, names) => {
    expect([...pictureCredits([a, b])]).toEqual(names);
  });

  test('one credit for the words and the pictures is still the author', () => {
    const html = page('photo-credit-spans-arc.html').replace(
      /<div class="byline">.*?<\/div>/su,
      '<div class="byline">Story and photography by <a href="/people/ellis-grant/">Ellis Grant</a></div>',
    );
    expect(headerOf(html).byline).toContain('Ellis Grant');
  });
});

describe("a recent-stories block after the end of a short story's <article>", () => {
  test('its bylines are no credit of the story', () => {
    expect(headerOf(page('related-authors-after-no-credit.html')).byline).toEqual([]);
  });

  test('a byline inside the story is still read', () => {
    const html = page('related-authors-after-no-credit.html').replace(
      '<p class="post-date">',
      '<p class="post-by">By Ines Duarte</p><p class="post-date">',
    );
    expect(headerOf(html).byline).toEqual(['Ines Duarte']);
  });

  test('an <article> holding only the headline is no story that ends', () => {
    const html =
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port plan approved | Harbour Post</title></head><body><main>' +
      '<article class="headline-card"><h1>Port plan approved by the council</h1></article>' +
      `<p class="credit">By Ines Duarte</p><div class="article-body">${HEADER_STORY}</div></main></body></html>`;
    expect(headerOf(html).byline).toEqual(['Ines Duarte']);
  });
});

describe("a date tag's offset over the zone presumed for the clock time the page shows without one", () => {
  test('the tag says -06:00, the page shows the same 12:30 PM with no zone', () => {
    expect(headerOf(page('surname-first-role-parens.html')).publishedTime).toBe('2023-11-20T12:30:00-06:00');
  });
});

describe('a bio box that holds its text with no paragraph', () => {
  test('the writer it introduces, the byline showing only a handle', () => {
    expect(headerOf(page('handle-byline-drupal-x-link-bio.html')).byline).toEqual(['Hanna Kowal']);
  });

  test('the box of a related story after the article is not read', () => {
    const html = page('handle-byline-drupal-x-link-bio.html')
      .replace(
        '<div class="author-bio">',
        '<div class="author-bio">Not this: </div><div class="related"><div class="author-bio">',
      )
      .replace('tip line.</div>', 'tip line.</div></div>');
    expect(headerOf(html).byline).not.toEqual(['Hanna Kowal']);
  });
});

describe("an agency's name alone on the line under the headline", () => {
  test('on a page crediting no one else', () => {
    expect(headerOf(page('agency-afp-hyphen-alone.html')).byline).toEqual(['Agence France-Presse']);
  });

  test.each([
    [['Agence France-Presse', '21 August 2024'], 'Agence France-Presse'],
    [['21 August 2024', 'Reuters'], 'Reuters'],
    [['Glaciers in the Alps lost 4% of their volume last year.', 'Bloomberg'], 'Bloomberg'],
    [['21 August 2024', 'Photo: Reuters'], null],
    [['The harbour authority approved a plan.', 'It will cost 1.2 billion.', 'Work starts soon.', 'AFP'], null],
  ])('agencyLine(%j)', (texts, agency) => {
    expect(agencyLine(texts)).toBe(agency);
  });
});

describe('a handle without its "@" shown as the byline, a bio naming the writer', () => {
  test('the writer the bio names', () => {
    expect(headerOf(page('handle-byline-no-at-underscore.html')).byline).toEqual(['Dana Reyes']);
  });

  test('a Spanish photographer listed by JSON-LD is no author', () => {
    expect(headerOf(page('es-texto-fotos-slash.html')).byline).toEqual(['Camila Ortiz']);
  });

  test('"From staff and wire reports" on a page', () => {
    expect(headerOf(page('agency-from-staff-and-wire-reports.html')).byline).toEqual(['staff and wire reports']);
  });
});

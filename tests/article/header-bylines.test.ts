/**
 * Byline families of issue 18 that no development page shows: a role written before the
 * name or with its desk after it ("Senior Reporter Ana Lima", "Tom Ortega Deputy Politics
 * Editor"), a name run into the site's own name with a space, a byline after a label
 * ("Author: Ana Lima"), authors each "in" a place, names surname first joined by "and", an agency
 * credited only in the dateline ("GDAŃSK, March 3 (Reuters) -"), names in an `<address>`, the
 * bylines of a list of other stories, a section's name or link in the byline's place.
 * Each page is written for the project (tests/fixtures/pages/header/).
 */
import { describe, expect, test } from 'vitest';
import { cleanNames } from '../../src/article/metadata/byline';
import { headerOfFixture } from './load';

describe('authors', () => {
  test.each([
    ['a role before one name and a desk and rank after another', 'roles-around-names.html', ['Ana Lima', 'Tom Ortega']],
    ["a name run into the site's own name", 'name-run-into-site.html', ['Meg Wagner']],
    ['the name after an "Author:" label, in the next element', 'labelled-author.html', ['Ana Lima']],
    ['each author "in" a place', 'authors-in-places.html', ['Ana Lima', 'Tom Ortega']],
    [
      'an agency story whose dateline alone credits the agency (not the photo\'s "(AFP)")',
      'agency-dateline.html',
      ['Reuters'],
    ],
    ['the names in an <address> under the headline', 'address-byline.html', ['Ana Lima', 'Tom Ortega']],
    [
      'the writer, not the bylines of a list of other stories after the article',
      'related-list-byline.html',
      ['Lena Ortiz'],
    ],
    [
      "a section's name and a link to a category in the byline's place are no one",
      'section-label-byline.html',
      ['Ana Lima'],
    ],
  ])('%s', (_label, file, byline) => {
    expect(headerOfFixture(file).byline).toEqual(byline);
  });

  test.each([
    ['Senior Reporter Ana Lima', ['Ana Lima']],
    ['Culture Writer Andrew Husband', ['Andrew Husband']],
    ['Ana Lima Culture Editor', ['Ana Lima']],
    ['By Ana Lima, Senior Culture Writer', ['Ana Lima']],
    // Alone, a role word may be a surname.
    ['Ann Writer', ['Ann Writer']],
    // A section's name in the byline's place is no one.
    ['Opinion', []],
    ['Gillman, Steve and Doe, Jane', ['Steve Gillman', 'Jane Doe']],
    ['By Ana Lima in Gdańsk and Tom Ortega in Brussels', ['Ana Lima', 'Tom Ortega']],
    ['Michael Larabel in Valve on 1 June 2019', ['Michael Larabel']],
  ])('cleanNames(%j)', (input, names) => {
    expect(cleanNames(input)).toEqual(names);
  });

  test("the site's name goes only after a name: alone it is the outlet", () => {
    expect(cleanNames('By Meg Wagner Harbour Daily News', { siteName: 'The Harbour Daily News' })).toEqual([
      'Meg Wagner',
    ]);
    expect(cleanNames('Harbour Daily News', { siteName: 'The Harbour Daily News' })).toEqual(['Harbour Daily News']);
  });
});

describe('the byline shown under the headline against JSON-LD and author tags', () => {
  test.each([
    [
      'a byline element without "By" naming all the authors JSON-LD names the first of',
      'ld-first-author-full-byline.html',
      ['Ana Lima', 'Tom Ortega', 'Mia Novak'],
    ],
    [
      'a "By A, B and C" line after the headline over an article:author tag naming A',
      'tag-first-author-by-line.html',
      ['Ana Lima', 'Tom Ortega', 'Mia Novak'],
    ],
    ['JSON-LD and the byline agreeing', 'ld-agrees-with-byline.html', ['Ana Lima', 'Tom Ortega']],
    [
      'JSON-LD with all the authors, the byline with the first only',
      'ld-all-byline-first.html',
      ['Ana Lima', 'Tom Ortega', 'Mia Novak'],
    ],
    ['JSON-LD, not a "By" line naming a person the story quotes', 'quoted-by-line.html', ['Ana Lima']],
  ])('%s', (_label, file, byline) => {
    expect(headerOfFixture(file).byline).toEqual(byline);
  });
});

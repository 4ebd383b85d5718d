/**
 * What a byline credits besides its authors: where the author works, written after the role
 * ("Ana Lima, Senior Entertainment Reporter, Harbour Screen"), the colleagues who
 * contributed reporting ("By Ana Lima. Tom Ortega contributed reporting."), the outlet of a
 * role after the name ("Ana Lima, Harbour Screen Contributor"), a staff label beside a name:
 * none is an author (eval/gold/guidelines/headers.md). Where no one is credited but the
 * organisation an author tag names, that organisation is the credit. Each page is written for
 * the project (tests/fixtures/pages/header/).
 */
import { describe, expect, test } from 'vitest';
import { cleanNames } from '../../src/article/metadata/byline';
import { fixture, headerOf, headerOfFixture } from './load';

describe('a byline that credits more than its authors', () => {
  test.each([
    ['the outlet written after the role is no co-author', 'role-then-outlet.html', ['Ana Lima']],
    ['a colleague who contributed reporting is no author', 'contributed-reporting.html', ['Ana Lima']],
    ['a role held at an outlet, after the name: the outlet is no co-author', 'role-at-outlet.html', ['Ana Lima']],
    ["a newsroom's staff label beside a person is no co-author", 'staff-label-beside-name.html', ['Ana Lima']],
  ])('%s', (_label, file, byline) => {
    expect(headerOfFixture(file).byline).toEqual(byline);
  });

  test.each([
    ['Ana Lima, Senior Entertainment Reporter, Harbour Screen', ['Ana Lima']],
    ['Ana Lima, Staff Writer, Harbour Post', ['Ana Lima']],
    // Joined by "and", or holding a role of its own, the part after a role is a co-author.
    ['Ana Lima, Staff Writer, and Tom Ortega', ['Ana Lima', 'Tom Ortega']],
    ['Ana Lima, Senior Reporter, Tom Ortega, Staff Writer', ['Ana Lima', 'Tom Ortega']],
    ['By Ana Lima. Tom Ortega contributed reporting.', ['Ana Lima']],
    ['Ana Lima; Contributing: Tom Ortega, Harbour Today', ['Ana Lima']],
    ['Ana Lima and Wei Chen. Tom Ortega contributed to this report.', ['Ana Lima', 'Wei Chen']],
    ['Ana Lima, Harbour Screen Contributor', ['Ana Lima']],
    ['Ana Lima, Harbour Screen Staff', ['Ana Lima']],
    // Alone, the staff label is the credit.
    ['By Harbour Screen Staff', ['Harbour Screen Staff']],
    // Each with a role of their own, or joined by "and", the names are co-authors.
    ['Ana Lima Staff Writer, Tom Ortega Staff Writer', ['Ana Lima', 'Tom Ortega']],
    ['Ana Lima and Tom Ortega Staff Writers', ['Ana Lima', 'Tom Ortega']],
    // A contributing writer's role is no contributor's sentence.
    ['By Ana M. Lima, Contributing Writer', ['Ana M. Lima']],
  ])('cleanNames(%j)', (input, names) => {
    expect(cleanNames(input)).toEqual(names);
  });
});

describe('no one credited but the organisation an author tag names', () => {
  test('an organisation whose name reads as a phrase ("Friends of the Harbour")', () => {
    const m = headerOfFixture('organisation-tag.html');
    expect(m.byline).toEqual(['Friends of the Harbour']);
    expect(m.sources.byline).toBe('meta:author');
  });

  test("the site's own name", () => {
    const html = fixture('header/organisation-tag.html').replace(/Friends of the Harbour/gu, 'Harbour Daily News');
    expect(headerOf(html).byline).toEqual(['Harbour Daily News']);
  });

  test("a CMS account's one word is no credit", () => {
    expect(headerOfFixture('cms-account-tag.html').byline).toEqual([]);
  });

  test('a byline on the page wins over the tag', () => {
    const html = fixture('header/organisation-tag.html').replace(
      '<h1>Port plan approved by the council</h1>',
      '<h1>Port plan approved by the council</h1><p class="byline">By Ana Lima</p>',
    );
    expect(headerOf(html).byline).toEqual(['Ana Lima']);
  });
});

describe("the pictures' credit in the byline's line", () => {
  test.each([
    ['By Ana Lima. Photos by Tom Ortega', ['Ana Lima']],
    ['Words: Ana Lima. Pictures: Tom Ortega', ['Ana Lima']],
    ['Words: Ana Lima Pictures: Tom Ortega', ['Ana Lima']],
    ['By Ana Lima and Tom Ortega. Photographs by Wei Chen', ['Ana Lima', 'Tom Ortega']],
    ['ANA LIMA; Video: Tom Ortega', ['Ana Lima']],
    ['Ana Lima. Illustrations: Tom Ortega', ['Ana Lima']],
    // One person credited for both: the name is the author.
    ['Words and pictures by Ana Lima', ['Ana Lima']],
    ['Text and photos: Ana Lima', ['Ana Lima']],
  ])('cleanNames(%j)', (byline, names) => {
    expect(cleanNames(byline)).toEqual(names);
  });

  test('under the headline, the photographer after a full stop is no author', () => {
    const html =
      '<!doctype html><html lang="en"><head><title>Ferry fares to rise</title></head><body><article>' +
      '<h1>Ferry fares to rise</h1><p class="byline">By Ana Lima. Photos by Tom Ortega</p>' +
      `<p>${'The ferry company will raise its fares by eight per cent from April, it said on Wednesday. '.repeat(8)}</p>` +
      `<p>${'Passenger groups said the rise was the third in as many years and asked for a review. '.repeat(8)}</p>` +
      '</article></body></html>';
    expect(headerOf(html).byline).toEqual(['Ana Lima']);
  });
});

/**
 * Bylines written surname first (issue 18) beyond "Lima, Ana": the given name as initials
 * alone ("Lima, A."), and a name so written followed by its outlet ("LIMA, ANA, Reuters"),
 * turned round only when the given name is a known first name ("Smith, Jones, Reuters"
 * lists two surnames). The bylines are written for the project.
 */
import { describe, expect, test } from 'vitest';
import { cleanNames } from '../../src/article/metadata/byline';
import { headerOf } from './load';

describe('surname first', () => {
  test.each([
    ['Lima, A.', ['A. Lima']],
    ['Doe, J.R.', ['J.R. Doe']],
    ['Doe, J. R.', ['J. R. Doe']],
    ['LIMA, ANA, Reuters', ['Ana Lima']],
    ['Lima, Ana, Harbour News', ['Ana Lima']],
    ['By Gillman, Steve, The Harbour Times', ['Steve Gillman']],
    ['Smith, Jones, Reuters', ['Smith', 'Jones']],
    ['Ana Lima, Reuters', ['Ana Lima']],
    ['Lima, Ana', ['Ana Lima']],
  ])('cleanNames(%j)', (byline, names) => {
    expect(cleanNames(byline)).toEqual(names);
  });

  test('a byline under the headline, surname first, then the outlet', () => {
    const html =
      '<!doctype html><html lang="en"><head><title>Ferry fares to rise</title></head><body><article>' +
      '<h1>Ferry fares to rise</h1><div class="byline">By OKAFOR, MARIA, Harbour News</div>' +
      `<p>${'The ferry company will raise its fares by eight per cent from April, it said on Wednesday. '.repeat(8)}</p>` +
      `<p>${'Passenger groups said the rise was the third in as many years and asked for a review. '.repeat(8)}</p>` +
      '</article></body></html>';
    expect(headerOf(html).byline).toEqual(['Maria Okafor']);
  });
});

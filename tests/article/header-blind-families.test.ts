/**
 * Header families the blind pages showed (issue 18, tests/fixtures/pages/header-blind/), each
 * on a page written here around the header tests' story.
 */
import { describe, expect, test } from 'vitest';
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

/**
 * Issue 18, authors: a byline with no "By" and no class that says so, on the line of the
 * story's reading time ("Ana Lima · 5 min read · Mar 3, 2025", linked names joined by "&"),
 * as blogs and publishing platforms write it. The line's other words (a section, a date, a
 * stamp) are no one, and a byline the page marks wins over it. Pages written for the project.
 */
import { describe, expect, test } from 'vitest';
import { headerOf, storyPage } from './load';

const page = storyPage;

const authorsOf = (header: string) => headerOf(page(header)).byline;

describe("the names on the reading time's line", () => {
  test.each([
    ['<div>Ana Lima · 5 min read · Mar 3, 2025</div>', ['Ana Lima']],
    ['<div><a href="/@analima">Ana Lima</a> · 4 min read</div><p>March 3, 2025</p>', ['Ana Lima']],
    [
      '<div><a href="/@analima">Ana Lima</a> &amp; <a href="/@tortega">Tom Ortega</a> · 6 min read · Mar 3, 2025</div>',
      ['Ana Lima', 'Tom Ortega'],
    ],
    ['<div><span>Ana Lima</span><span>3 minute read</span></div>', ['Ana Lima']],
  ])('%s', (header, names) => {
    expect(authorsOf(header)).toEqual(names);
  });

  test.each([
    ['<div>Opinion · 5 min read · Mar 3, 2025</div>'],
    ['<div>Mar 3, 2025 · 5 min read</div>'],
    ['<div><span>March 3, 2025</span> <span>5 min read</span></div>'],
    ['<div>Harbour Post · 5 min read</div>'],
  ])('no one: %s', (header) => {
    expect(authorsOf(header)).toEqual([]);
  });

  test('a byline the page marks wins', () => {
    expect(authorsOf('<div>Desk notes · 5 min read</div><p class="byline">By Ana Lima</p>')).toEqual(['Ana Lima']);
  });
});

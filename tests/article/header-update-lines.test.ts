/**
 * Issue 18, dates: a line that labels its own date an update ("Last modified: March 10 2025")
 * before an unlabelled or otherwise labelled publication line ("Created: March 3 2025"). The
 * update's label belongs to the update's date, not to the next line's; a label standing alone
 * before its date ("Updated:" then "March 10, 2025") still marks that date. Pages written for
 * the project.
 */
import { describe, expect, test } from 'vitest';
import { headerOf, storyPage } from './load';

const page = (header: string) => storyPage(`<p class="byline">By Ana Lima</p>${header}`);

const dateOf = (header: string) => headerOf(page(header)).publishedTime?.slice(0, 10);

describe('an update line before the publication line', () => {
  test.each([
    ['<p>Last modified: March 10 2025</p><p>Created: March 3 2025</p>'],
    ['<p>Updated March 10, 2025</p><p>March 3, 2025</p>'],
    ['<div><span>Last updated: March 10, 2025</span> <span>Originally March 3, 2025</span></div>'],
  ])('%s', (header) => {
    expect(dateOf(header)).toBe('2025-03-03');
  });

  test('a label alone before its date still marks that date an update', () => {
    expect(dateOf('<p><span>Updated:</span> <span>March 10, 2025</span></p><p>March 3, 2025</p>')).toBe('2025-03-03');
  });

  test('with no other date, the update is still the date shown', () => {
    expect(dateOf('<p>Last modified: March 10 2025</p>')).toBe('2025-03-10');
  });
});

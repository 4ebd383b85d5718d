/**
 * Issue 18, dates: a date the page shows relative to the reading ("5 years ago") while its
 * tooltip (`title`) holds the full date, on a dated element or a <time> without datetime.
 * A tooltip is read only for such a relative date, not in place of a date the text gives.
 * Pages written for the project.
 */
import { describe, expect, test } from 'vitest';
import { headerOf, storyPage } from './load';

const page = (header: string) => storyPage(`<p class="byline">By Ana Lima</p>${header}`);

const dateOf = (header: string) => headerOf(page(header)).publishedTime?.slice(0, 10);

describe('a relative date with the full date in its tooltip', () => {
  test.each([
    ['<span class="date" title="March 3, 2023 10:15 AM">2 years ago</span>'],
    ['<time title="3 March 2023">Yesterday</time>'],
  ])('%s', (header) => {
    expect(dateOf(header)).toBe('2023-03-03');
  });

  test('the date the text gives wins over its tooltip', () => {
    expect(dateOf('<span class="date" title="Updated March 9, 2023">March 3, 2023</span>')).toBe('2023-03-03');
  });

  test('a tooltip beside a text that is no date is not read', () => {
    expect(dateOf('<span class="date" title="March 3, 2023">Transport</span>')).toBeUndefined();
  });
});

describe("a microformat's <abbr>: the day shown without its year, the date in its title", () => {
  test('the title gives the date and its time', () => {
    expect(
      headerOf(page('<abbr class="published" title="2023-03-03T10:15:00-05:00">March 3</abbr>')).publishedTime,
    ).toBe('2023-03-03T10:15:00-05:00');
  });

  test('a title that is no date is not read', () => {
    expect(dateOf('<abbr class="published" title="Eastern Time">March 3</abbr>')).toBeUndefined();
  });
});

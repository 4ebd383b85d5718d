// The publisher's description above the summary (issue 16): a standfirst written without its
// full stop is a real summary, a description cut by the site is not; the site's own title before
// a bar, undecoded character references and inflected words do not hide a real one; a teaser
// is not one. Texts of our own.
import { describe, expect, test } from 'vitest';
import { publisherSummary } from '../../src/core/summary/description';
import type { ArticleMeta } from '../../src/core/types';
import { metaWithDescription, para } from './summary-text';

const meta = (excerpt: string, title = 'The harbour that outlived its port'): ArticleMeta =>
  metaWithDescription(excerpt, title);

const body = [
  para(0, 'For two centuries the harbour at Kelmouth loaded slate for the whole of northern Europe.'),
  para(1, 'The last quarry closed in 1962, and the town council has argued over the empty quays ever since.'),
  para(2, 'Now a cooperative of fishermen and boat builders wants to turn the old slate sheds into workshops.'),
  para(
    3,
    'Two lawsuit filings by the harbour trust have delayed the plan, and the council meets on the matter in May.',
  ),
];

describe("a publisher's description without its full stop", () => {
  test('a standfirst that ends on a word of the article is whole, however long', () => {
    const d =
      'A cooperative of fishermen and boat builders wants the empty quays of Kelmouth back, sixty years after the last quarry closed and the slate sheds';
    expect(d.length).toBeGreaterThan(120);
    expect(publisherSummary(meta(d), body)).toBe(d);
  });

  test('one cut by the site, in a word or after a function word, is not', () => {
    const inWord =
      'A cooperative of fishermen and boat builders wants the empty quays of Kelmouth back, sixty years after the last quarry closed and the slate she';
    const afterFunctionWord =
      'A cooperative of fishermen and boat builders wants the empty quays of Kelmouth back, sixty years after the last quarry closed and the slate of';
    expect(publisherSummary(meta(inWord), body)).toBe(null);
    expect(publisherSummary(meta(afterFunctionWord), body)).toBe(null);
  });
});

describe('what does not hide a real description', () => {
  test("the page's title before a bar, when the title carries the site's name", () => {
    const d = 'Fishermen and boat builders want to turn the slate sheds of Kelmouth into workshops.';
    expect(
      publisherSummary(
        meta(`The harbour that outlived its port | ${d}`, 'The harbour that outlived its port - KELMOUTH POST'),
        body,
      ),
    ).toBe(d);
  });

  test('undecoded character references are read as the characters they stand for', () => {
    expect(
      publisherSummary(meta('The harbour&#8217;s slate sheds could become workshops for boat builders.'), body),
    ).toBe('The harbour’s slate sheds could become workshops for boat builders.');
    // "&#8230;" is an ellipsis: the site cut the description.
    expect(
      publisherSummary(meta('The harbour&#8217;s slate sheds could become workshops for boat b&#8230;'), body),
    ).toBe(null);
  });

  test("its words meet the article's in other forms (lawsuits, lawsuit; delaying, delayed)", () => {
    const d = 'Lawsuits by trustees are delaying the cooperatives, councillors argue, as builders wait.';
    expect(publisherSummary(meta(d), body)).toBe(d);
  });

  test('a teaser that promises everything is not a summary', () => {
    expect(
      publisherSummary(
        meta('Everything you need to know about the Kelmouth harbour plan before the council meets.'),
        body,
      ),
    ).toBe(null);
  });
});

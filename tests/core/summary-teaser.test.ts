import { describe, expect, test } from 'vitest';
import { summarise } from '../../src/core/summary/extractive';
import { fillerOf, para } from './summary-text';

// Below the lead (issue 16): a page may open on a short teaser ("The mayor is feuding with the
// ferry company … what a week") and tell it in full in the next sentence. The teaser wins the
// lede's weight, and the fuller sentence, too like it to sit beside it, was dropped: the summary
// then carried fewer facts than the page's first sentences. The fuller sentence takes the
// teaser's place. Texts of our own.

const filler = fillerOf('qt');
const meta = { url: null, title: 'Monday briefing' };

const teaser = 'Mayor Ruth Okafor is feuding with the Lakeline Ferry Company ... what a week ...';
const full =
  'Brace yourselves, commuters: Mayor Ruth Okafor may halt the night ferries from March because the Lakeline Ferry Company has not paid its harbour fees for two years.';

const told = (first: string, second: string): string[] =>
  summarise([para(0, `${first} ${second}`), para(1, filler(6))], [], { maxSentences: 2, meta }).map((s) => s.text);

describe('a teaser and the sentence that tells it in full', () => {
  test('the fuller sentence takes the teaser’s place', () => {
    const out = told(teaser, full);
    expect(out).toContain(full);
    expect(out).not.toContain(teaser);
  });

  test('two sentences alike and of about the same length: the second is still dropped as a repeat', () => {
    const again = 'Mayor Ruth Okafor is feuding with the Lakeline Ferry Company over its fees this week.';
    const out = told(teaser, again);
    expect(out).toContain(teaser);
    expect(out).not.toContain(again);
  });

  test('a longer sentence that is a quote does not take the teaser’s place', () => {
    const quoted =
      '“Mayor Ruth Okafor is feuding with the Lakeline Ferry Company because it has not paid its harbour fees for two years, and what a week it has been,” one commuter said.';
    const out = told(teaser, quoted);
    expect(out).toContain(teaser);
    expect(out).not.toContain(quoted);
  });

  test('a sentence unlike the lede sits beside it', () => {
    const other =
      'Fares on the morning buses will rise by ten cents in April, the transport board said after a long meeting on Friday night.';
    const out = told(teaser, other);
    expect(out).toEqual([teaser, other]);
  });
});

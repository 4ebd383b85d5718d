import { describe, expect, test } from 'vitest';
import { fastTokens } from '../../../src/core/context/fast-tokens';
import { findQuoteMarks } from '../../../src/core/context/marks';
import { tokenize } from '../../../src/core/segment/tokens';

describe('the context tokeniser', () => {
  test.each([
    'U.S. Gov. Kristi Noem’s plan, it’s said, cost $449,000.',
    "Jones's rock 'n' roll in the '90s — e.g. Ph.D. 3.5 a.m.",
    'naïve Ægir ΑΒΓ. x\u00a0y 😀emoji👍 co-founder ‐x.',
    'She said: “We won.”\n“Again.”',
  ])('the same tokens and offsets as segment/tokens: %s', (text) => {
    // tokenize leaves an empty token before a lone full stop; the context tokeniser does not.
    const expected = tokenize(text)
      .filter((t) => t.text !== '')
      .map((t) => [t.start, t.end]);
    expect(fastTokens(text).map((t) => [t.start, t.end])).toEqual(expected);
  });

  test('lower case with straight apostrophes, capitals and words marked', () => {
    expect(fastTokens('Can’t Stop,').map((t) => [t.lower, t.cap, t.word])).toEqual([
      ["can't", true, true],
      ['stop', true, true],
      [',', false, false],
    ]);
  });
});

describe('quotation marks', () => {
  const spans = (text: string) =>
    findQuoteMarks(text).map((q) => text.slice(q.open + 1, q.close < 0 ? text.length : q.close));

  test.each([
    ['straight', 'He said "yes, now" and left.', ['yes, now']],
    ['curly, with a quote inside', '“I thought, ‘Oh no,’ at once,” she said.', ['I thought, ‘Oh no,’ at once,']],
    ['German', '„Wir schaffen das“, sagte sie.', ['Wir schaffen das']],
    ['guillemets', '« Non », dit-il.', [' Non ']],
    ['single, at the top level', "'We will win,' he said.", ['We will win,']],
    ['open at the end of the paragraph', '"We will win. We will', ['We will win. We will']],
  ])('%s', (_, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  test.each([
    ['apostrophes', 'Don’t say the players’ union won’t.'],
    ['a year', "Back in the '90s it was calm."],
  ])('no quotation: %s', (_, text) => {
    expect(findQuoteMarks(text)).toEqual([]);
  });
});

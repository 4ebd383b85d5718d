/**
 * The cheap look before a whole-block pattern (block-words.ts, speed, issue 15) never says no
 * where the pattern matches: the trigger words read from a pattern's source, a block's words
 * read once, and the patterns the corrections guard with it. Texts of our own.
 */
import { describe, expect, test } from 'vitest';
import { mayMatch, triggerWords, wordList } from '../../src/core/entities/block-words';
import { PRODUCT_PATTERNS } from '../../src/core/entities/misc-products';

const FILMS = /\b(?:comedy|film|movies?|kick-off|relegat(?:ed|ion)|3-pointers?|home opener)\b/u;
const PRODUCTS = /(?:^|[^\p{L}-])(?:rovers?|e-readers?|smartwatch(?:es)?|documentar(?:y|ies)|follow-up)(?![\p{L}-])/u;
const TRAINS = /\b(?:trains?|stations?|shuttle buses)\b/iu;

const TEXTS = [
  'The film opened on Friday.',
  'A FILM, a movie and two movies.',
  'She filmed it; the filmmaker left.',
  'After the kick-off the side was relegated; relegation followed.',
  'He made 3-pointers and one 3-pointer.',
  'the home opener',
  'a comedy-drama',
  'the e-readers and a smartwatches sale; documentaries',
  'a rover, the rovers, and a follow-up',
  'unrelated words only',
  'the ſtation and the Station',
  'Stationary trainspotters',
  'SHUTTLE BUSES ran',
  '',
];

describe('the trigger words of a pattern', () => {
  test.each([FILMS, PRODUCTS, TRAINS])('a block the pattern matches always may hold one of its words (%s)', (p) => {
    const words = triggerWords(p);
    expect(words).not.toBeNull();
    for (const t of TEXTS) if (p.test(t)) expect(mayMatch(t, words)).toBe(true);
  });

  test('a block with none of the words is ruled out', () => {
    expect(mayMatch('She filmed it; the filmmaker left.', triggerWords(FILMS))).toBe(false);
    expect(mayMatch('unrelated words only', triggerWords(PRODUCTS))).toBe(false);
    expect(mayMatch('Stationary trainspotters', triggerWords(TRAINS))).toBe(false);
  });

  test('a pattern of another form has no trigger words, and is always run', () => {
    const other = /\btennis\b|Grand Slam/u;
    expect(triggerWords(other)).toBeNull();
    expect(mayMatch('nothing here', triggerWords(other))).toBe(true);
    expect(triggerWords(/\b(?:\d+ points)\b/u)).toBeNull();
  });

  test("the products pass's cheap check has trigger words", () => {
    expect(triggerWords(PRODUCT_PATTERNS[0] as RegExp)).not.toBeNull();
  });

  test('a word list is of runs of ASCII letters only', () => {
    expect(() => wordList(['kick-off'])).toThrow();
    expect(mayMatch('Kick it', wordList(['kick']))).toBe(true);
  });
});

import { describe, expect, test } from 'vitest';
import { hasSpace, isAcronym, isCapitalisedWord, wordsIn } from '../../src/core/entities/text-words';

describe('text words', () => {
  test('acronyms: two to eight letters or digits, a capital first, two capitals at least', () => {
    expect(['NATO', 'AT&T', 'BBC2', 'GmbH', 'ÜBER', 'ÀB', 'AB', 'ABCDEFGH'].filter(isAcronym)).toEqual([
      'NATO',
      'AT&T',
      'BBC2',
      'GmbH',
      'ÜBER',
      'ÀB',
      'AB',
      'ABCDEFGH',
    ]);
    expect(['A', 'Ab', 'aB', '&A', 'A-B', 'U.S.', 'ABCDEFGHI', 'Nato', '2AB', 'Über'].filter(isAcronym)).toEqual([]);
  });

  test('the character scan agrees with the Unicode expression on any short text', () => {
    const reference = (w: string): boolean =>
      w.length >= 2 && w.length <= 8 && /^\p{Lu}[\p{L}\p{N}&]+$/u.test(w) && (w.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
    const alphabet = ['A', 'Z', 'a', 'z', '0', '9', '&', '.', '-', 'É', 'é', 'Ü', 'ß', '٣', ' '];
    let seed = 11;
    const random = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let k = 0; k < 4000; k++) {
      let w = '';
      const length = 1 + random(10);
      for (let j = 0; j < length; j++) w += alphabet[random(alphabet.length)];
      expect([w, isAcronym(w)]).toEqual([w, reference(w)]);
    }
  });

  test('a capital first, in any script', () => {
    expect(['Paris', 'Über', 'Ωmega', 'paris', 'über', '1st', '', '"Paris'].map(isCapitalisedWord)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  test('words with offsets, cut at spaces', () => {
    expect(wordsIn('  New  York\u00a0City ', 0, 17)).toEqual([
      { start: 2, end: 5, text: 'New' },
      { start: 7, end: 11, text: 'York' },
      { start: 12, end: 16, text: 'City' },
    ]);
    expect([hasSpace('New York'), hasSpace('Paris')]).toEqual([true, false]);
  });
});

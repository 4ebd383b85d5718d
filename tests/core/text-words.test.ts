import { describe, expect, test } from 'vitest';
import {
  bare,
  firstLetters,
  mayStartWordOf,
  firstWordIn,
  forEachOccurrence,
  GLUE,
  hasSpace,
  isAcronym,
  isCapitalisedWord,
  isGlueAt,
  isLettersOrHyphens,
  isLowerAt,
  isTitleCaseWord,
  lastWordIn,
  occurrences,
  withoutStop,
  wordsIn,
} from '../../src/core/entities/text-words';

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

  test('the letter scans agree with their Unicode expressions on any short text', () => {
    // Astral letters too: a mathematical capital and small letter, each two code units.
    const alphabet = [
      'A',
      'Z',
      'a',
      'z',
      'm',
      '0',
      '-',
      '.',
      "'",
      'É',
      'é',
      'ß',
      'ǅ',
      '٣',
      ' ',
      '\u{1d400}',
      '\u{1d41a}',
    ];
    let seed = 7;
    const random = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let k = 0; k < 4000; k++) {
      let w = '';
      const length = random(7);
      for (let j = 0; j < length; j++) w += alphabet[random(alphabet.length)];
      expect([w, isTitleCaseWord(w)]).toEqual([w, /^\p{Lu}\p{Ll}+$/u.test(w)]);
      expect([w, isLettersOrHyphens(w)]).toEqual([w, /^[\p{L}-]+$/u.test(w)]);
      for (let i = -1; i <= w.length; i++) expect([w, i, isLowerAt(w, i)]).toEqual([w, i, /\p{Ll}/u.test(w.charAt(i))]);
    }
    expect(['Jan', 'Élodie', 'JAN', 'J', 'jan', 'Jan-Erik'].map(isTitleCaseWord)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
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

  test('the first and last word of a span, read without cutting the others, are those wordsIn cuts', () => {
    const alphabet = ['a', 'B', ' ', ' ', '\n', '\t', '\u00a0', '.', "'", 'é', '&', '1'];
    let seed = 7;
    const random = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let k = 0; k < 3000; k++) {
      let text = '';
      const length = random(16);
      for (let j = 0; j < length; j++) text += alphabet[random(alphabet.length)];
      const start = random(text.length + 1);
      const end = start + random(text.length - start + 1);
      const words = wordsIn(text, start, end);
      expect([text, start, end, firstWordIn(text, start, end)]).toEqual([text, start, end, words[0]]);
      expect([text, start, end, lastWordIn(text, start, end)]).toEqual([text, start, end, words[words.length - 1]]);
    }
  });

  test('the character tests agree with the expressions they stand for', () => {
    const text = 'Aa0&.-_ éß٣É"\u00a0\n’';
    for (let i = -1; i <= text.length; i++) expect([i, isGlueAt(text, i)]).toEqual([i, GLUE.test(text.charAt(i))]);
    for (const w of ['Gov.', 'GOV', 'St..', '.', '', 'Über.', 'a.b'])
      expect(bare(w)).toBe(w.toLowerCase().replace(/\.$/u, ''));
    for (const w of ['Inc.', 'said,', 'one;', 'two:', 'a.,', '', ',', 'word'])
      expect(withoutStop(w)).toBe(w.replace(/[.,;:]$/u, ''));
  });

  test('each occurrence, name by name, is one that `occurrences` lists, until the visitor stops a name', () => {
    const text = 'Mars and Marsden met Mars-Wrigley; Vega saw Mars, Vega2 and Vega. Orion: Orion’s belt.';
    const names = new Set(['Mars', 'Vega', 'Orion', 'Lyra']);
    const seen: string[] = [];
    forEachOccurrence(text, names, (name, start, end) => {
      seen.push(`${name}@${start}-${end}`);
      return false;
    });
    const listed = occurrences(text, names).map((w) => `${w.text}@${w.start}-${w.end}`);
    expect([...seen].sort()).toEqual([...listed].sort());
    // A possessive may follow a name; a name glued to letters or digits is none ("Marsden", "Vega2").
    const at = text.indexOf('Orion’s');
    expect(seen).toContain(`Orion@${at}-${at + 5}`);
    expect(seen.filter((s) => s.startsWith('Vega'))).toHaveLength(2);
    // Stopped at its first occurrence, a name yields one.
    const first: string[] = [];
    forEachOccurrence(text, names, (name) => {
      first.push(name);
      return true;
    });
    expect(first).toEqual(['Mars', 'Vega', 'Orion']);
  });
});

describe('the cheap check of a word by its first letter', () => {
  test("an ASCII character no listed word begins with says no; a listed word's first letter, or any other character, says maybe", () => {
    const first = firstLetters(new Set(['founder', 'ceo']), true);
    const text = 'Acme founder Ana; Acme Founder; Acme board; Acme Éclair';
    expect(mayStartWordOf(text, text.indexOf('founder'), first)).toBe(true);
    expect(mayStartWordOf(text, text.indexOf('Founder'), first)).toBe(true);
    expect(mayStartWordOf(text, text.indexOf('board'), first)).toBe(false);
    expect(mayStartWordOf(text, text.indexOf('Éclair'), first)).toBe(true);
    const lower = firstLetters(new Set(['coach']), false);
    expect(mayStartWordOf('Coach', 0, lower)).toBe(false);
  });
});

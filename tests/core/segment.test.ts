import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../src/core/segment/sentences';
import { countWords, nextToken, tokenize, TOKEN } from '../../src/core/segment/tokens';

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  test.each([
    ['One sentence. Another one.', ['One sentence.', 'Another one.']],
    ['Mr. Smith went to Washington. He stayed.', ['Mr. Smith went to Washington.', 'He stayed.']],
    ['John F. Kennedy spoke. It rained.', ['John F. Kennedy spoke.', 'It rained.']],
    ['The U.S. economy grew. Prices fell.', ['The U.S. economy grew.', 'Prices fell.']],
    ['“We are done,” she said. “Really?” Yes!', ['“We are done,” she said.', '“Really?”', 'Yes!']],
    ['Prices rose 3.5 percent in 2024. Wages did not.', ['Prices rose 3.5 percent in 2024.', 'Wages did not.']],
    ['  Leading and trailing space.  ', ['Leading and trailing space.']],
    // A short quoted slogan or title with stops inside stays in its sentence when it goes on after it.
    [
      'South Dakota’s viral “Meth. We’re on it.” awareness campaign drew mockery. Hege was worried.',
      ['South Dakota’s viral “Meth. We’re on it.” awareness campaign drew mockery.', 'Hege was worried.'],
    ],
    ['He said, "Stop. Now," and left. Then he sat.', ['He said, "Stop. Now," and left.', 'Then he sat.']],
    // A quotation that ends its sentence, or a long one, is cut as before.
    ['She said "Go." He went.', ['She said "Go."', 'He went.']],
    [
      '“I am here. You are there. We will meet in the middle of the long road,” he said.',
      ['“I am here.', 'You are there.', 'We will meet in the middle of the long road,” he said.'],
    ],
    // An amount in a currency with a one-letter unit ends its sentence; an initial does not.
    ['The club paid £6m. Its new owner is pleased.', ['The club paid £6m.', 'Its new owner is pleased.']],
    ['Rents rose by $1,250.5k. Tenants left.', ['Rents rose by $1,250.5k.', 'Tenants left.']],
    ['Bids reached €20m. A sale is near.', ['Bids reached €20m.', 'A sale is near.']],
    ['Agent 6 M. Dupont spoke.', ['Agent 6 M. Dupont spoke.']],
    // White space outside ASCII (a no-break space, an em space) parts sentences as a space does.
    ['He left.\u00a0Then she came.\u2003Rain fell.\u00a0', ['He left.', 'Then she came.', 'Rain fell.']],
    ['Tabs\tand breaks.\nNew line.\r\nLast one.\f', ['Tabs\tand breaks.', 'New line.', 'Last one.']],
    // A full stop whose space is missing ends its sentence; "U.S.Army", "e.g.The" and "St.Louis" do not.
    [
      'A physician.Police said so. Then the U.S.Army came.',
      ['A physician.', 'Police said so.', 'Then the U.S.Army came.'],
    ],
    [
      'Ginger Nut.These may seem names, e.g.These ones in St.Louis.',
      ['Ginger Nut.', 'These may seem names, e.g.These ones in St.Louis.'],
    ],
    ['', []],
  ])('%j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('tokenize', () => {
  const texts = (s: string): string[] => tokenize(s).map((t) => t.text);
  test.each([
    ['Kim Jong-un met Putin.', ['Kim', 'Jong-un', 'met', 'Putin', '.']],
    ["Russia's army", ['Russia', "'s", 'army']],
    ['Russia’s army', ['Russia', '’s', 'army']],
    ["O’Neill and O'Brien", ['O’Neill', 'and', "O'Brien"]],
    ['the U.S. and J. R. R. Tolkien', ['the', 'U.S.', 'and', 'J.', 'R.', 'R.', 'Tolkien']],
    ['war — again', ['war', '—', 'again']],
    ['Zürich, São Paulo', ['Zürich', ',', 'São', 'Paulo']],
    // A period after a quote or a bracket is one token, with no empty token before it.
    ['muy "bella". (2019).', ['muy', '"', 'bella', '"', '.', '(', '2019', ')', '.']],
    // A full stop whose space is missing ends the word before a capitalised one; dotted acronyms,
    // abbreviations, "e.g." and file names keep their periods.
    ['a physician.Police said', ['a', 'physician', '.', 'Police', 'said']],
    ['Ginger Nut.These may seem', ['Ginger', 'Nut', '.', 'These', 'may', 'seem']],
    ['in St.Louis, e.g.The U.S.Army', ['in', 'St.Louis', ',', 'e.g.The', 'U.S.Army']],
    ['node.js and Node.JS', ['node.js', 'and', 'Node.JS']],
  ])('%j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  test('offsets point into the text, shifted by the given offset', () => {
    const text = 'Hello, Jong-un’s world.';
    for (const t of tokenize(text, 10)) expect(text.slice(t.start - 10, t.end - 10)).toBe(t.text);
  });

  test('the scanner cuts exactly what the reference expression matches, on any text', () => {
    // Letters of several scripts, marks, digits, astral characters (a letter and an emoji),
    // a lone surrogate, the inner joiners, spaces of several kinds and punctuation.
    const alphabet = [
      'a',
      'Z',
      '7',
      'é',
      'ß',
      'Ж',
      '中',
      '\u0301',
      '٣',
      '𝐀',
      '😀',
      '\ud800',
      '-',
      '‐',
      "'",
      '’',
      '.',
      's',
      'S',
      ' ',
      '\u00a0',
      '\u2009',
      '\n',
      '\t',
      ',',
      '"',
      '(',
      '—',
      '&',
    ];
    let seed = 7;
    const random = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const spans = (text: string): string[] => {
      const out: string[] = [];
      const span = { start: 0, end: 0 };
      for (let at = 0; nextToken(text, at, span); at = span.end) out.push(`${span.start}:${span.end}`);
      return out;
    };
    const reference = (text: string): string[] =>
      [...text.matchAll(TOKEN)].map((m) => `${m.index}:${m.index + m[0].length}`);
    for (let k = 0; k < 3000; k++) {
      let text = '';
      const length = 1 + random(14);
      for (let j = 0; j < length; j++) text += alphabet[random(alphabet.length)];
      expect([text, spans(text)]).toEqual([text, reference(text)]);
    }
  });

  test('countWords', () => {
    expect(countWords('Kim Jong-un’s 3 visits — in 2019.')).toBe(6);
    expect(countWords('')).toBe(0);
    // Counting can stop early, for thresholds.
    expect(countWords('one two three four five', 3)).toBe(3);
    expect(countWords('one two', 3)).toBe(2);
  });
});

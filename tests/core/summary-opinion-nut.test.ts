import { describe, expect, test } from 'vitest';
import { summarise } from '../../src/core/summary/extractive';
import { genreOf } from '../../src/core/summary/genre';
import { isArgument, sumsUp } from '../../src/core/summary/cues';
import { para } from './summary-text';

// Issue 16, part 1: columns and editorials told by what the page carries (a kicker line, an
// editorial's title, the writer calling it a column) and summarised by their claim; company
// announcements told by their headline; a sentence that repeats the publisher's description. Texts of our own.

describe('an opinion piece, from what the page carries', () => {
  const opening = ['The council voted on Tuesday to close the last public library in the east of the town.'];

  test.each(['Opinion', 'Comment', 'Opinion Columnist', 'Guest column', 'EDITORIAL'])(
    'a kicker line %j among the first lines says opinion',
    (kicker) => {
      const lines = [kicker, opening[0]!];
      expect(genreOf(opening, opening, { title: 'Keep the library open', lines })).toBe('opinion');
    },
  );

  test('a kicker-like word inside a sentence, or far down the page, says nothing', () => {
    const inSentence = ['In a comment to reporters, the mayor said the vote was final.', opening[0]!];
    expect(genreOf(opening, opening, { title: 'Library to close', lines: inSentence })).toBe('other');
    const late = [...Array.from({ length: 8 }, (_, i) => `Paragraph ${i} of the story about the vote.`), 'Opinion'];
    expect(genreOf(opening, opening, { title: 'Library to close', lines: late })).toBe('other');
  });

  test("an editorial's title and a writer who calls the piece a column", () => {
    expect(genreOf([], [], { title: 'The Gazette view on the library: a town without books' })).toBe('opinion');
    expect(genreOf([], [], { title: 'Our view: keep the library open' })).toBe('opinion');
    const column = [...opening, 'One of the authors of this column used the library every week as a child.'];
    expect(genreOf(opening, column, { title: 'A town without books' })).toBe('opinion');
    expect(genreOf(opening, opening, { title: 'A town without books' })).toBe('other');
  });
});

describe("an opinion's claim", () => {
  test.each([
    ['In short, the library is likely to close for good.', true],
    ['The town will never get its books back.', true],
    ['The idea that the cuts save money is a lie.', true],
    ["Let's hope the council thinks again.", true],
    ['The library opened in 1904 with 300 books.', false],
  ])('%j argues: %s', (sentence, expected) => {
    expect(isArgument(sentence)).toBe(expected);
  });

  test('a summing-up sentence is no aside', () => {
    expect(sumsUp('In short, the library is likely to close for good.')).toBe(true);
    expect(sumsUp('In the morning the library opens at nine.')).toBe(false);
  });
});

describe("a company's announcement in the headline", () => {
  test.each([
    ['Acme announces a distribution partnership with Widgets in Europe', 'business'],
    ['Widgets names former bank chief Jane Roe Chief Strategy Officer', 'business'],
    ['Acme reports record quarterly results', 'business'],
    ['The new game will launch in December for $10', 'business'],
    ['Mayor announces new bus routes for the winter', 'other'],
    ['Club names new captain before the derby', 'other'],
  ])('%j is %s', (title, genre) => {
    expect(genreOf([], [], { title })).toBe(genre);
  });
});

describe("a sentence that half repeats the publisher's description", () => {
  test('is left out for one that adds to it (five of its nine words given)', () => {
    const shown = 'The council will close the east side library at the end of the year to save money.';
    const again = 'The east side library will close, the council said, leaving readers without a room.';
    const other = 'Four other branches across the county have closed since the budget cuts began in the spring.';
    const blocks = [para(0, again), para(1, other)];
    expect(summarise(blocks, [], { maxSentences: 1 }).map((s) => s.text)).toEqual([again]);
    expect(summarise(blocks, [], { maxSentences: 1, shown }).map((s) => s.text)).toEqual([other]);
  });
});

import { afterEach, describe, expect, test } from 'vitest';
import { summarise, WEIGHTS } from '../../src/core/summary/extractive';
import { genreOf } from '../../src/core/summary/genre';
import { isArgument, isNutCue, sumsUp } from '../../src/core/summary/cues';
import { fillerOf, para } from './summary-text';

// Issue 16, part 1: columns and editorials told by what the page carries (a kicker line, an
// editorial's title, the writer calling it a column) and summarised by their claim; company
// announcements told by their headline; a nut graf's words; a sentence that repeats the
// publisher's description. Texts of our own.

const filler = fillerOf('qq');

const saved = { ...WEIGHTS };
afterEach(() => Object.assign(WEIGHTS, saved));

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

  const title = 'Why the council will close the library';
  const opinion = { url: 'https://example.com/opinion/library', title };
  const lede = 'The council met on Tuesday night in the old town hall to discuss the budget for next year.';
  const thesis = 'In the end the council will close the library, whatever the readers of the east side say.';
  const blocks = [para(0, lede), para(1, filler(5)), para(2, thesis), para(3, filler(5))];

  test("the sentence that carries the headline's claim is the thesis, over anecdote", () => {
    expect(summarise(blocks, [], { maxSentences: 2, meta: opinion }).map((s) => s.text)).toEqual([lede, thesis]);
  });

  test('without the thesis and headline weights it is not chosen', () => {
    WEIGHTS.thesis = 0;
    WEIGHTS.headline = 0;
    WEIGHTS.genreCue = 0;
    expect(summarise(blocks, [], { maxSentences: 2, meta: opinion }).map((s) => s.text)).not.toContain(thesis);
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

describe("a nut graf's words", () => {
  test.each([
    ['The move comes as the town faces its largest budget gap in a decade.', true],
    ['It is the latest in a series of closures across the county.', true],
    ['That matters because the library is the only free place to study.', true],
    ['The library opens at nine on weekdays.', false],
  ])('%j: %s', (sentence, expected) => {
    expect(isNutCue(sentence)).toBe(expected);
  });

  test('a sentence of the opening that says why the story matters is preferred to one that does not', () => {
    const lede = 'The council voted on Tuesday to close the east side library at the end of the year.';
    const plain = 'Readers queued outside the building for an hour before the doors opened in the morning.';
    const nut = 'The vote comes as the county faces a budget gap that has already closed four other branches.';
    const blocks = [para(0, lede), para(1, plain), para(2, nut), para(3, filler(4))];
    const meta = { url: 'https://example.com/news/library', title: 'Council votes to close library' };
    expect(summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text)).toEqual([lede, nut]);
    WEIGHTS.nutCue = 0;
    expect(summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text)).not.toContain(nut);
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

import { describe, expect, test } from 'vitest';
import { genreOf } from '../../src/core/summary/genre';
import { isResult } from '../../src/core/summary/cues';

// Genre detection (issue 16): a page whose genre is missed never gets its genre's rules.
// What a sports or a research page says of itself besides its address. Texts of our own.

describe('a sports page known by its kicker, a race and the end of a match', () => {
  test.each([
    ['Race report', 'sports'],
    ['Match report:', 'sports'],
    ['Match preview', 'sports'],
    ['Player ratings', 'sports'],
    // The words inside a sentence are no kicker.
    ['The race report was sent to the council on Monday.', 'other'],
    ['Report', 'other'],
  ])('a first line %j makes the page %s', (kicker, genre) => {
    const opening = ['The council met on Monday evening to hear the plans for the new library.'];
    expect(genreOf(opening, opening, { title: 'A day in town', lines: [kicker, opening[0]!] })).toBe(genre);
  });

  test('a kicker further down than the first lines says nothing', () => {
    const opening = ['The council met on Monday evening to hear the plans for the new library.'];
    const lines = [...Array.from({ length: 8 }, () => opening[0]!), 'Race report'];
    expect(genreOf(opening, opening, { title: 'A day in town', lines })).toBe('other');
  });

  test.each([
    // A race: the grand prix and its laps, a marathon and its course record.
    [
      'Ana Vidal started from the back of the grid with a car her team had rebuilt overnight.',
      'She won the Northport Grand Prix by two seconds after leading the last 20 laps.',
    ],
    [
      'A cold rain fell on the runners all morning along the river.',
      'Mia Sorel won the Lakeside Marathon in a course record, a minute clear of the field.',
    ],
    // A match's end and the table: the final whistle, the winless run, relegation.
    [
      'The jeers started before the final whistle at Mill Lane.',
      'The defeat extends the club’s winless run to seven games and leaves it two points above relegation.',
    ],
  ])('an opening told in a sport’s words is sports: %j', (first, second) => {
    expect(genreOf([first, second], [first, second], { title: 'A long afternoon' })).toBe('sports');
  });

  test('one such word alone is not enough', () => {
    const opening = [
      'The city will hold its first marathon next spring, the mayor said on Tuesday.',
      'Roads in the centre will close for the day.',
    ];
    expect(genreOf(opening, opening, { title: 'City plans' })).toBe('other');
  });

  test('a loss told as "beaten" with its score is a result', () => {
    expect(isResult('Northvale were beaten 3-1 at home by Eastport on Tuesday night.')).toBe(true);
    expect(isResult('Northvale were beaten by Eastport on Tuesday night.')).toBe(false);
  });
});

describe('a research page known by its section and a case report’s words', () => {
  test.each([
    ['https://example.com/science-and-health/2019/11/8/123/air-quality', 'science'],
    ['https://example.com/health-news/a-rare-lung-disease', 'science'],
    ['https://example.com/health/a-rare-lung-disease', 'science'],
    // A section that only begins with the letters is none.
    ['https://example.com/healthcare-jobs/listing', 'other'],
  ])('%s is %s', (url, genre) => {
    expect(genreOf([], [], { url, title: 'A page' })).toBe(genre);
  });

  test('a case report told in a disease’s words is science', () => {
    const opening = [
      'A 50-year-old woman was diagnosed with a rare lung disease after months of coughing.',
      'Her symptoms began when she moved into a house with a damp cellar, according to a case report.',
    ];
    expect(genreOf(opening, opening, { title: 'A cough that would not stop' })).toBe('science');
    const plain = [
      'A 50-year-old woman moved into a house with a damp cellar last winter.',
      'Her neighbours say the street has flooded twice since then.',
    ];
    expect(genreOf(plain, plain, { title: 'A cough that would not stop' })).toBe('other');
  });
});

describe('the genre from where the publisher files the page and how it types it', () => {
  const opening = ['The council met on Monday evening to hear the plans for the new library.'];
  test.each([
    [{ section: 'Opinion' }, 'opinion'],
    [{ section: 'Ideas' }, 'opinion'],
    [{ section: 'Sport' }, 'sports'],
    [{ section: 'Science & Health' }, 'science'],
    [{ section: 'Business' }, 'business'],
    [{ section: 'Features' }, 'feature'],
    [{ schemaTypes: ['NewsArticle', 'OpinionNewsArticle'] }, 'opinion'],
    [{ schemaTypes: ['Review'] }, 'review'],
    [{ schemaTypes: ['ScholarlyArticle'] }, 'science'],
    // A section or a type that names no genre says nothing.
    [{ section: 'Homepage', schemaTypes: ['NewsArticle'] }, 'other'],
    [{ section: 'Local news' }, 'other'],
    // A word inside a section's name is not the section ("Sporting life" is no sport section).
    [{ section: 'Sporting life' }, 'other'],
  ])('%j is %s', (meta, genre) => {
    expect(genreOf(opening, opening, { title: 'A day in town', ...meta })).toBe(genre);
  });
});

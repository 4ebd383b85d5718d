import { describe, expect, test } from 'vitest';
import { datesAt, timelineAt, valueOf } from '../helpers/timeline-story';

// Families of wrong timeline entries left on the fourth English train set (en-train4) after the
// fifteenth session (issue 16), fixed as families on texts of our own.

describe('"A year ago" as a narrative frame is the year before (ruling of 3 December 2026)', () => {
  test('in a quote, told by the story, or mid-sentence: the year', () => {
    // Published on Thursday 4 October 2018.
    const lines = datesAt(
      '2018-10-04T00:15:00Z',
      '"A year ago everyone here feared a slump," the mayor said.',
      'A year ago, the council announced a new budget.',
      'The side led the league in scoring a year ago.',
    );
    expect(lines).toEqual(['A year ago=2017', 'A year ago=2017', 'a year ago=2017']);
  });
});

describe('"a year earlier" after a quarter is that quarter a year back', () => {
  test('the figures are the quarter’s, not the month they were told in', () => {
    // Published on Friday 17 July 2020.
    const lines = datesAt(
      '2020-07-17T19:00:00Z',
      'The chain reported a first-quarter loss of $80 million in May, compared with a profit of $40 million a year earlier.',
    );
    expect(valueOf(lines, 'a year earlier')).toBe('2019-Q1');
  });

  test('"the first three months of 2024" is the first quarter, and a year earlier 2023-Q1', () => {
    // Published on Monday 1 April 2024.
    const lines = timelineAt(
      '2024-04-01T12:00:00Z',
      'Home sales in the valley rose 12% in the first three months of 2024 compared with a year earlier.',
      'Rentals fell in the first six months of 2023.',
    );
    expect(lines).toContain('the first three months of 2024=2024-Q1');
    expect(lines).toContain('a year earlier=2023-Q1');
    expect(lines).toContain('the first six months of 2023=2023-H1');
  });

  test('a duration of months that names no year stays a duration', () => {
    const lines = timelineAt('2024-04-01T12:00:00Z', 'Sales rose in the first three months of the trial.');
    expect(lines).toEqual([]);
  });
});

describe('"since last spring" counts from the spring just over', () => {
  test('in August, "since last spring" is this year’s; "last spring" alone stays last year’s', () => {
    // Published on Monday 15 August 2016.
    const lines = datesAt(
      '2016-08-15T03:05:00Z',
      'Parents have asked for a later bell since last spring.',
      'The board met last spring.',
      'Neighbours have complained since last autumn.',
    );
    expect(lines).toEqual(['last spring=2016-SP', 'last spring=2015-SP', 'last autumn=2015-FA']);
  });
});

// Families of the fifth English train set (en-train5), first figures 0.871.

describe('a forecast for the weekend looks ahead', () => {
  test('"is on the way for the weekend", "Saturday looks like the coldest day"', () => {
    // Published on Tuesday 16 January 2024.
    const lines = datesAt(
      '2024-01-16T20:30:00Z',
      'The chill should lift by Thursday afternoon, but more Arctic air is on the way for the weekend.',
      'Saturday looks like the coldest day of the season so far.',
      'The film took $40 million for the weekend.',
    );
    expect(lines).toEqual([
      'Thursday afternoon=2024-01-18',
      'the weekend=2024-W03-WE',
      'Saturday=2024-01-20',
      'the weekend=2024-W02-WE',
    ]);
  });
});

describe('a guide’s days, each opening a list item, are the days to come', () => {
  test('"Friday: … ¶ Saturday: … ¶ Sunday: …" in a Wednesday guide', () => {
    // Published on Wednesday 22 November 2023.
    const lines = datesAt(
      '2023-11-22T15:00:00Z',
      'Friday: The harbour fair, which opened on November 16, stays open late.',
      'Saturday: Skate at the rink from noon.',
      'Sunday: Walk the lantern trail at the glasshouse.',
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        'Friday=2023-11-24',
        'November 16=2023-11-16',
        'Saturday=2023-11-25',
        'Sunday=2023-11-26',
      ]),
    );
  });

  test('one weekday opening a paragraph, with no list after it, keeps its reading', () => {
    const lines = datesAt('2023-11-22T15:00:00Z', 'Monday: the council voted to close the pool.');
    expect(lines).toEqual(['Monday=2023-11-20']);
  });
});

describe('"the last week of January" is the month, and "the last" is no past', () => {
  test('an outlook for the last week of January and into early February', () => {
    // Published on Tuesday 16 January 2024.
    const lines = datesAt(
      '2024-01-16T20:30:00Z',
      'The outlook favors mild weather for the last week of January and into early February.',
    );
    expect(lines).toEqual(['the last week of January=2024-01', 'early February=2024-02']);
  });

  test('a month far from the week read keeps its reading', () => {
    expect(datesAt('2024-01-16T20:30:00Z', 'The shop closed the last week of December.')).not.toContain(
      'the last week of December=2024-12',
    );
  });
});

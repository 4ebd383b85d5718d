import { describe, expect, test } from 'vitest';
import { datesAt, valueOf } from '../../helpers/timeline-story';

// Weekdays that a future-pointing cue puts ahead although the story around them is told in the
// past, on sentences of our own.

describe('a weekday ahead of the story', () => {
  test('"a strike that would have grounded flights from Tuesday", told on a Sunday, is the coming Tuesday', () => {
    // Published on Sunday 15 October 2017.
    const dates = datesAt(
      '2017-10-15T20:00:00Z',
      "The carrier and its pilots reached a deal on Sunday, averting a strike that would have grounded the Denver-based carrier's flights from Tuesday.",
    );
    expect(valueOf(dates, 'Tuesday')).toBe('2017-10-17');
  });

  test('"warned of heavy rain from Friday" is the coming Friday', () => {
    // Published on Wednesday 15 January 2025.
    const dates = datesAt(
      '2025-01-15T06:00:00Z',
      'The weather office said a low could deepen next week, and warned of heavy rain in the capital from Friday.',
    );
    expect(valueOf(dates, 'Friday')).toBe('2025-01-17');
  });

  test('"are weighing a day of action on Saturday", said on a Monday, is the coming Saturday', () => {
    // Published on Monday 6 March 2023.
    const dates = datesAt(
      '2023-03-06T17:30:00Z',
      'The unions are also weighing a national day of action on Saturday, which would let more workers march.',
    );
    expect(valueOf(dates, 'Saturday')).toBe('2023-03-11');
  });

  test('a stretch "from Thursday\'s practice to the race" keeps the weekday just gone', () => {
    // Published on Sunday 23 November 2025.
    const dates = datesAt(
      '2025-11-23T07:55:00Z',
      "Organizers said about 300,000 fans attended across the three days, from Thursday's practice sessions to the race.",
    );
    expect(valueOf(dates, 'Thursday')).toBe('2025-11-20');
  });

  test('a spell told as begun keeps the weekday just gone', () => {
    // Published on Wednesday 15 January 2025.
    const dates = datesAt(
      '2025-01-15T06:00:00Z',
      'The bridge was closed to lorries from Monday after cracks were found.',
    );
    expect(valueOf(dates, 'Monday')).toBe('2025-01-13');
  });
});

import { describe, expect, test } from 'vitest';
import { datesAt, timelineAt, valueOf } from '../helpers/timeline-story';

// Families of wrong weekdays and clock times found on the en-train2 pages of the lang-news set
// (English news written blind for issue 16), on texts of our own.

describe('a bare number beside a weekday is no clock time', () => {
  test('a score or a vote before "on Tuesday" is the other side\'s number; the date is the weekday', () => {
    const dates = datesAt(
      '2023-09-27T21:00:00Z',
      'The Senate voted 77-19 on Tuesday night to advance the bill.',
      'Leeds won 3-1 on Saturday.',
    );
    expect(dates.filter((d) => /T\d{2}/u.test(d))).toEqual([]);
    expect(dates).toContain('Tuesday=2023-09-26');
    expect(dates).toContain('Saturday=2023-09-23');
  });

  test('"Tuesday 21" is the 21st that falls on a Tuesday, nearest the story', () => {
    const dates = datesAt('2018-08-17T12:00:00Z', 'At the Old Hall until 26 August (not Tuesday 21), at 7.15pm.');
    expect(valueOf(dates, 'Tuesday 21')).toBe('2018-08-21');
  });
});

describe('a weekday told ahead', () => {
  test('a fixture in the present after a relative clause in the past; "an unranked" is no verb', () => {
    const entries = timelineAt(
      '2025-11-12T19:00:00Z',
      'The champions, who won the title in January, are unbeaten, and they play an unranked Rutgers team on Saturday.',
    );
    expect(valueOf(entries, 'Saturday')).toBe('2025-11-15');
  });

  test('what someone said would happen on a weekday, and a forecast for one', () => {
    const dates = datesAt(
      '2024-02-16T19:40:00Z',
      'The judge said she would hear arguments on his request at 10 a.m. on Tuesday.',
      'Gusts of up to 30 mph are forecast for Saturday afternoon in the valley.',
    );
    expect(valueOf(dates, '10 a.m. on Tuesday')).toBe('2024-02-20T10:00');
    expect(valueOf(dates, 'Saturday afternoon')).toBe('2024-02-17');
  });
});

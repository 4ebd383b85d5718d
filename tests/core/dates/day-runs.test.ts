import { describe, expect, test } from 'vitest';
import { datesAt, valueOf } from '../../helpers/timeline-story';

// Days of a month told in the past right after a day with its year, in the same paragraph, keep
// that year (day-runs.ts), on sentences of our own.

describe('a run of days after a dated day', () => {
  const story =
    'On the morning of March 3, 2022, depositors began pulling their savings. The bank halted withdrawals ' +
    'shortly after 9 p.m. Eastern time on March 5. It filed for protection in Delaware on March 7.';

  test('days after "March 3, 2022" told in the past are of 2022, past a clock time with its zone', () => {
    // Published on Tuesday 11 February 2025.
    const dates = datesAt('2025-02-11T15:00:00Z', story);
    expect(valueOf(dates, 'March 5')).toBe('2022-03-05');
    expect(valueOf(dates, 'March 7')).toBe('2022-03-07');
  });
});

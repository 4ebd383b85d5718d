import { describe, expect, test } from 'vitest';
import { describeDate } from '../../src/core/dates/label';
import { datesAt, timelineAt, valueOf } from '../helpers/timeline-story';

// Families of wrong timeline entries over the English train sets (issue 16, part 2), fixed as
// families on texts of our own.

describe('"midnight" told with its day is the end of that day', () => {
  test('"until midnight on July 28", "at midnight Thursday", "midnight tonight": …T24:00', () => {
    // Thursday 14 August 2025.
    const lines = timelineAt(
      '2025-08-14T09:00:00Z',
      'The truce took effect at midnight on July 28.',
      'Ticket sales close at midnight tonight.',
    );
    expect(valueOf(lines, 'midnight on July 28')).toBe('2025-07-28T24:00');
    expect(valueOf(lines, 'midnight tonight')).toBe('2025-08-14T24:00');
    // Wednesday 20 November 2019.
    expect(
      valueOf(
        datesAt('2019-11-20T12:00:00Z', 'A shutdown would have begun at midnight Thursday.'),
        'midnight Thursday',
      ),
    ).toBe('2019-11-21T24:00');
  });

  test('"after midnight Thursday" is not the day\'s end', () => {
    expect(
      valueOf(datesAt('2019-11-20T12:00:00Z', 'Rain will turn to snow after midnight Thursday.'), 'midnight Thursday'),
    ).toBe('2019-11-21');
  });

  test('the card reads it as that day at 24:00, not the next day', () => {
    expect(describeDate('2025-07-28T24:00', undefined, undefined, 'en-US')).toBe('Jul 28, 2025, 24:00');
  });
});

describe('quarters and halves without a year', () => {
  test('"expects to reach … by the end of the quarter" is the quarter under way', () => {
    // Tuesday 17 September 2024 ("installed" is no verb in the past).
    expect(
      valueOf(
        datesAt(
          '2024-09-17T12:00:00Z',
          'The company expects to reach one million installed units by the end of the quarter.',
        ),
        'the end of the quarter',
      ),
    ).toBe('2024-Q3');
  });

  test("a deadline at the end of a quarter already over, told ahead, is next year's", () => {
    // Wednesday 15 November 2023.
    const said = datesAt(
      '2023-11-15T12:00:00Z',
      'She said the shelter money would last until the end of the first quarter.',
    );
    expect(valueOf(said, 'the end of the first quarter')).toBe('2024-Q1');
    // Told in the past, it is this year's.
    const past = datesAt('2023-11-15T12:00:00Z', 'Sales fell by the end of the first quarter.');
    expect(valueOf(past, 'the end of the first quarter')).toBe('2023-Q1');
  });

  test('"the second half of the year" told in the present is this year\'s', () => {
    // Thursday 5 March 2026.
    const lines = datesAt(
      '2026-03-05T12:00:00Z',
      '"The strike was a hit to the first quarter, but the bigger question is demand in the second half of the year," said an analyst.',
    );
    expect(valueOf(lines, 'the second half')).toBe('2026-H2');
    // In the past, last year's ("sales fell in the second half of the year", of annual results).
    const past = datesAt(
      '2026-03-05T12:00:00Z',
      'Revenue was weak in the second half of the year, the company said in its annual results.',
    );
    expect(valueOf(past, 'the second half')).toBe('2025-H2');
  });
});

describe('a weekday ahead', () => {
  test('"which began on Tuesday and run until Saturday": the coming Saturday', () => {
    // Wednesday 18 June 2025.
    const lines = datesAt(
      '2025-06-18T12:00:00Z',
      'The championships, which began on Tuesday and run until Saturday, were moved from Bengaluru.',
    );
    expect(valueOf(lines, 'Saturday')).toBe('2025-06-21');
    expect(valueOf(lines, 'Tuesday')).toBe('2025-06-17');
    // "ran until Saturday": the one gone.
    const past = datesAt(
      '2025-06-18T12:00:00Z',
      'The strike, which began on Monday and ran until Saturday, closed the port.',
    );
    expect(valueOf(past, 'Saturday')).toBe('2025-06-14');
  });

  test('"he is due to throw … on Friday": the coming Friday', () => {
    const lines = datesAt(
      '2025-06-18T12:00:00Z',
      'The champion is not competing here; he is due to throw at the Paris Diamond League on Friday.',
    );
    expect(valueOf(lines, 'Friday')).toBe('2025-06-20');
  });
});

describe('"last summer" in November', () => {
  test('is this year\'s summer, and "last fall" still last year\'s', () => {
    // Wednesday 26 November 2025.
    const lines = datesAt(
      '2025-11-26T12:00:00Z',
      'Their return was first rumoured last summer, and they met again last fall.',
    );
    expect(valueOf(lines, 'last summer')).toBe('2025-SU');
    expect(valueOf(lines, 'last fall')).toBe('2024-FA');
    // In October, the summer of last year (as TimeBank reads it).
    expect(valueOf(datesAt('2025-10-26T12:00:00Z', 'It was first rumoured last summer.'), 'last summer')).toBe(
      '2024-SU',
    );
  });
});

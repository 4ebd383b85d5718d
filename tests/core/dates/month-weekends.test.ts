import { describe, expect, test } from 'vitest';
import { datesAt, valueOf } from '../../helpers/timeline-story';

// A weekend counted in a month is the month (lang-news rulings of the thirty-sixth and
// thirty-seventh sessions), on sentences of our own.

describe('"the first/last weekend of <month>" is the month', () => {
  test('ahead, in the past, with a written year, and with "this year"', () => {
    // Published on Wednesday 12 November 2025.
    const dates = datesAt(
      '2025-11-12T19:00:00Z',
      'The league ends with derby week, followed by the playoffs on the first weekend in December.',
      'The fair was held on the last weekend of June.',
      'The race returns on the second weekend of May 2026.',
    );
    expect(valueOf(dates, 'the first weekend in December')).toBe('2025-12');
    expect(valueOf(dates, 'the last weekend of June')).toBe('2025-06');
    expect(valueOf(dates, 'the second weekend of May 2026')).toBe('2026-05');
  });

  test('"the last weekend of March this year", said in February, is this March', () => {
    // Published on Wednesday 28 February 2024.
    const dates = datesAt(
      '2024-02-28T09:00:00Z',
      'Agents expect sales to build until the holiday, which falls on the last weekend of March this year.',
    );
    expect(valueOf(dates, 'the last weekend of March this year')).toBe('2024-03');
  });

  test('"the last weekend of October" told ahead in January is this October', () => {
    const dates = datesAt('2026-01-20T09:00:00Z', 'The playoffs will start on the last weekend of October.');
    expect(valueOf(dates, 'the last weekend of October')).toBe('2026-10');
  });
});

import { describe, expect, test } from 'vitest';
import { recogniseDates } from '../../src/core/dates/chrono-dates';
import { at, blocksOf } from '../helpers/timeline-story';

// A year named by its last quarter ("over the year to the June quarter") is its four quarters, one
// span, the quarter its words name being the last (lang-news guidelines, rulings of the thirty-first
// session); "the year" inside it is no date of its own.

const spans = (iso: string, text: string): string[] =>
  recogniseDates(blocksOf(text), at(iso)).map((d) => `${d.text}=${d.value}${d.endValue ? `/${d.endValue}` : ''}`);

describe('a year named by its last quarter', () => {
  test('"over the year to the September quarter": four quarters, one span', () => {
    const lines = spans(
      '2024-11-06T12:00:00Z',
      'Rents rose 5.1 per cent over the year to the September quarter, the bureau said.',
    );
    expect(lines).toContain('the year to the September quarter=2023-Q4/2024-Q3');
    expect(lines.some((l) => l.startsWith('the year='))).toBe(false);
  });

  test('"the 12 months to the December quarter"', () => {
    const lines = spans('2022-02-09T12:00:00Z', 'Exports grew by a fifth in the 12 months to the December quarter.');
    expect(lines).toContain('the 12 months to the December quarter=2021-Q1/2021-Q4');
  });
});

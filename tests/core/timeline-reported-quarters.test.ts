import { describe, expect, test } from 'vitest';
import { storyAt } from '../helpers/timeline-story';

// A quarter whose results are still to be put out ("will report fourth-quarter results", in March) is
// one already over: the "will" is the report's, not the quarter's.

describe('a quarter whose results are to be put out', () => {
  test('"will report fourth-quarter … results" in March: last year\'s fourth quarter', () => {
    const { dates } = storyAt(
      '2026-03-05T12:00:00Z',
      'The carmaker will report fourth-quarter and full-year results on March 12.',
    );
    expect(dates).toContain('fourth-quarter=2025-Q4');
  });

  test('"will publish final figures for the fourth quarter" in January', () => {
    const { dates } = storyAt(
      '2025-01-24T12:00:00Z',
      'The statistics office will publish final figures for the fourth quarter in mid-February.',
    );
    expect(dates).toContain('the fourth quarter=2024-Q4');
  });

  test("a launch in the fourth quarter, told in July, stays this year's", () => {
    const { dates } = storyAt('2025-07-24T12:00:00Z', 'The carmaker will release its new model in the fourth quarter.');
    expect(dates).toContain('the fourth quarter=2025-Q4');
  });
});

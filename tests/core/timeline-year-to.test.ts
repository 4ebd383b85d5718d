import { describe, expect, test } from 'vitest';
import { timelineAt } from '../helpers/timeline-story';

// A year of results named by its last month is its twelve months.

describe('a year named by its last month', () => {
  test('"the year to March": April of the year before to March', () => {
    const lines = timelineAt('2025-06-10T12:00:00Z', 'Exports of cheese fell 6% in the year to March, the board said.');
    expect(lines).toContain('the year to March=2024-04/2025-03');
  });

  test('"the financial year to March 31": the latest one ended', () => {
    const lines = timelineAt(
      '2025-08-02T12:00:00Z',
      'The mill earned $2 billion in the financial year to March 31, up 9%.',
    );
    expect(lines).toContain('the financial year to March 31=2024-04/2025-03');
  });

  test('a written year: "the year to May 31, 2023"', () => {
    const lines = timelineAt(
      '2024-02-01T12:00:00Z',
      'Its accounts for the year to May 31, 2023, showed a small profit.',
    );
    expect(lines).toContain('the year to May 31, 2023=2022-06/2023-05');
  });

  test('a month and a year: "the year to June 2025"', () => {
    const lines = timelineAt('2026-03-01T12:00:00Z', 'The report for the year to June 2025 showed a loss.');
    expect(lines).toContain('the year to June 2025=2024-07/2025-06');
  });

  test("a month not yet over is last year's", () => {
    const lines = timelineAt('2025-06-10T12:00:00Z', 'Prices rose 3% in the year to June, the agency said.');
    expect(lines).toContain('the year to June=2023-07/2024-06');
  });
});

describe('what is not such a year', () => {
  test('a forecast for a fiscal year not yet over: the fiscal year is its months, one span with its end', () => {
    // (The lang-news guidelines' ruling of the thirty-first session: a fiscal year with its stated
    // year-end is its months, read by fiscal-year.ts; year-to.ts still leaves such a year alone; the
    // thirty-ninth session's: named with its end, one span.)
    const lines = timelineAt(
      '2025-11-20T12:00:00Z',
      'The firm kept its forecast for the fiscal year ending March 2026.',
    );
    expect(lines).toContain('the fiscal year ending March 2026=2025-04/2026-03');
    expect(lines.some((line) => line.startsWith('March 2026='))).toBe(false);
  });

  test('"the year to date" and a day mid-month', () => {
    const lines = timelineAt(
      '2025-06-10T12:00:00Z',
      'Shares are up 4% in the year to date. The year to March 5 is odd.',
    );
    expect(lines.some((l) => l.includes('2024-04/2025-03'))).toBe(false);
  });
});

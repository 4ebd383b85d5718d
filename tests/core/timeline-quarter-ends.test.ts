import { describe, expect, test } from 'vitest';
import { datesAt, timelineAt, valueOf } from '../helpers/timeline-story';

// A company's quarter whose end its clause gives, and the page's other quarters of that company
// (issue 16, fiscal periods; sentences of our own).

describe('a quarter with its end stated', () => {
  test('"the fiscal second quarter, which ended March 29": its months, and the page follows its grid', () => {
    const story = [
      'Sales at the toy maker fell 4% in the fiscal second quarter, which ended March 29, to $880 million.',
      'Stock on hand at the end of the first quarter had been $1.1 billion.',
      'It expects sales in the current quarter to be flat, and the fourth quarter of fiscal 2024 was its best.',
    ];
    const lines = timelineAt('2025-05-06T12:00:00Z', ...story);
    expect(lines).toContain('the fiscal second quarter, which ended March 29=2025-01/2025-03');
    expect(lines).toContain('the end of the first quarter=2024-10/2024-12');
    // The quarter under way (off the timeline, as a period running at the publication).
    expect(valueOf(datesAt('2025-05-06T12:00:00Z', ...story), 'the current quarter')).toBe('2025-04');
    expect(lines).toContain('the fourth quarter of fiscal 2024=2024-07/2024-09');
  });

  test('"the third quarter, which ended Aug. 31": the months June to August', () => {
    const lines = timelineAt(
      '2025-10-02T12:00:00Z',
      'Profit at the shoe chain rose 9% in the third quarter, which ended Aug. 31, on strong school sales.',
    );
    expect(lines).toContain('the third quarter, which ended Aug. 31=2025-06/2025-08');
  });

  test('a calendar quarter closing a few days into the next month keeps its code', () => {
    const lines = timelineAt(
      '2025-04-30T12:00:00Z',
      'For the first quarter, which ended April 5, revenue at the chip maker rose 7%.',
    );
    expect(lines).toContain('the first quarter, which ended April 5=2025-Q1');
  });

  test('a quarter without its end stays the calendar quarter', () => {
    const lines = timelineAt('2025-05-06T12:00:00Z', 'Sales fell 4% in the first quarter, the company said.');
    expect(lines).toContain('the first quarter=2025-Q1');
  });
});

describe("the company's grid stays with the company", () => {
  test("a quarter in a quoted speaker's words about a central bank stays the calendar quarter", () => {
    const lines = timelineAt(
      '2025-05-20T12:00:00Z',
      'The retailer will report results for its fiscal first quarter, which ended on April 26, on Thursday.',
      '"Nobody at the central bank is in a hurry, and rates may not move until the fourth quarter," one strategist said.',
    );
    expect(lines).toContain('fiscal first quarter, which ended on April 26=2025-02/2025-04');
    expect(lines).toContain('the fourth quarter=2025-Q4');
  });
});

describe('a year named by its last month and year, still running', () => {
  test('"a deficit for the year to June 2026", told in March 2026: the twelve months', () => {
    const lines = timelineAt(
      '2026-03-14T05:00:00Z',
      'The December update forecast a deficit for the year to June 2026 of $9 billion.',
    );
    expect(lines).toContain('the year to June 2026=2025-07/2026-06');
  });
});

import { describe, expect, test } from 'vitest';
import { storyAt } from '../helpers/timeline-story';

// A fiscal year named without a clause that gives its months ("the 2024-25 financial year", "FY26",
// "the current financial year") is its twelve months where the page tells which months its years run
// over: by a stated year-end, or by the country whose money it counts in (lang-news guidelines, rulings
// of the thirty-first session). Else it stays off the timeline.

describe('a fiscal year named by its number or from the publication', () => {
  test('pounds: "the 2022-23 financial year" runs April to March', () => {
    const { timeline } = storyAt(
      '2023-09-14T12:00:00Z',
      'The council overspent by £4m in the 2022-23 financial year, its auditors found.',
    );
    expect(timeline).toContain('the 2022-23 financial year=2022-04/2023-03');
  });

  test('rupees: "FY24" and "the next financial year" at an Indian firm', () => {
    const { timeline } = storyAt(
      '2023-11-20T12:00:00Z',
      'The lender earned ₹900 crore in FY23 and plans 40 branches in the next financial year.',
    );
    expect(timeline).toContain('FY23=2022-04/2023-03');
    expect(timeline).toContain('the next financial year=2024-04/2025-03');
  });

  test('Kenyan shillings: "the current financial year" runs July to June', () => {
    const { timeline } = storyAt(
      '2024-03-02T12:00:00Z',
      'The ministry has spent Sh2.1 billion on roads in the current financial year.',
    );
    expect(timeline).toContain('the current financial year=2023-07/2024-06');
  });

  test('a stated year-end wins over the money: "whose financial year ends in September"', () => {
    const { timeline } = storyAt(
      '2024-02-08T12:00:00Z',
      'The brewer, whose financial year ends in September, expects £80m of profit in the 2023/24 financial year.',
    );
    expect(timeline).toContain('the 2023/24 financial year=2023-10/2024-09');
  });

  test('"fiscal 2025, the year to February 2025" gives the months to "the new financial year"', () => {
    const { timeline } = storyAt(
      '2024-05-03T12:00:00Z',
      'Analysts expect flat sales in the new financial year and £12m of profit for fiscal 2025, the year to February 2025.',
    );
    expect(timeline).toContain('the new financial year=2024-03/2025-02');
  });

  test('a page that does not tell the months keeps the year off the timeline', () => {
    const { timeline } = storyAt(
      '2024-05-03T12:00:00Z',
      'The agency expects to spend $40 million in the 2024-25 fiscal year.',
    );
    expect(timeline.some((line) => line.includes('fiscal year='))).toBe(false);
  });
});

describe('a day of a fiscal year named by its number', () => {
  test('"April 1, the first day of the 2026-27 financial year": the day, not the year', () => {
    const { timeline } = storyAt(
      '2026-02-10T12:00:00Z',
      'Fares rise by £1 on April 1, the first day of the 2026-27 financial year.',
    );
    expect(timeline.some((line) => line.includes('financial year=2026-04/2027-03'))).toBe(false);
  });
});

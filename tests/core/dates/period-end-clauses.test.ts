import { describe, expect, test } from 'vitest';
import { storyAt } from '../../helpers/timeline-story';

// A fiscal period named with its end is one span, the whole phrase, valued as the period (lang-news
// ruling of the thirty-ninth session), on sentences of our own.

describe('a fiscal period and the clause that gives its end are one span', () => {
  test('"the fiscal year ending June 30" and "its 2022 fiscal year, which ended June 30"', () => {
    const { dates, timeline } = storyAt(
      '2025-11-12T15:00:00Z',
      'The chain expects sales to rise 4% in the fiscal year ending June 30, its chief executive said.',
      'The brewer lost money in its 2022 fiscal year, which ended June 30, before returning to profit.',
    );
    expect(dates).toContain('the fiscal year ending June 30=2025-07');
    expect(dates).toContain('2022 fiscal year, which ended June 30=2021-07');
    expect(dates.some((d) => d.startsWith('June 30='))).toBe(false);
    expect(timeline).toContain('the fiscal year ending June 30=2025-07/2026-06');
    expect(timeline).toContain('2022 fiscal year, which ended June 30=2021-07/2022-06');
    expect(timeline.filter((e) => e.includes('June 30'))).toHaveLength(2);
  });

  test('a quarter whose clause gives its end is one span with its months', () => {
    const { dates } = storyAt(
      '2016-02-03T16:00:00Z',
      'Revenue fell 3% to $1.4 billion in the fiscal first quarter, which ended Dec. 26, the company said.',
    );
    expect(dates).toContain('the fiscal first quarter, which ended Dec. 26=2015-10');
    expect(dates.some((d) => d.startsWith('Dec. 26='))).toBe(false);
  });

  test('a year-end as a property and an end told as a deadline keep their own day', () => {
    const { dates } = storyAt(
      '2023-09-20T15:00:00Z',
      'Lawmakers must pass a budget before the fiscal year ends on Sept. 30, the aide said.',
    );
    expect(dates).toContain('Sept. 30=2023-09-30');
  });
});

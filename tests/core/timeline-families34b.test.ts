import { describe, expect, test } from 'vitest';
import { datesAt, valueOf } from '../helpers/timeline-story';

// Rules of the batch timeline34b, reverted whole, brought back one by one (timeline36): each kept
// after an eval of its own that raised a train set and moved no measure-only entry.

describe('dates from the batch timeline34 reverted, each kept after an eval of its own', () => {
  test('"the previous weekend" counts from the day the story speaks of', () => {
    // Tuesday 10 March 2026; Thursday 19 February 2026: the weekend before is 14-15 February (week 7).
    const lines = datesAt(
      '2026-03-10T12:00:00Z',
      'The nurses walked out on Feb. 19 after mediation failed the previous weekend.',
    );
    expect(valueOf(lines, 'the previous weekend')).toBe('2026-W07-WE');
  });

  test('a quarter named by its months, with its results after it, is the last such quarter ended', () => {
    // In late January 2025: October-December is last year's fourth quarter.
    const lines = datesAt('2025-01-28T12:00:00Z', 'The brewer publishes October-December earnings on Feb. 12.');
    expect(valueOf(lines, 'October-December')).toBe('2024-Q4');
    const ahead = datesAt('2025-01-28T12:00:00Z', 'The brewer sees a rebound in the April-June quarter.');
    expect(valueOf(ahead, 'April-June')).toBe('2025-Q2');
  });

  test('"next Saturday" said on a Wednesday is the Saturday of next week; "next Monday" on a Thursday four days on', () => {
    // Wednesday 7 August 2024.
    expect(
      valueOf(datesAt('2024-08-07T12:00:00Z', 'The club opens its season next Saturday at home.'), 'next Saturday'),
    ).toBe('2024-08-17');
    // Thursday 8 August 2024.
    expect(valueOf(datesAt('2024-08-08T12:00:00Z', 'A hearing is set for next Monday.'), 'next Monday')).toBe(
      '2024-08-12',
    );
  });

  test('"The January sales window opens on Thursday", on 30 December, is the coming January', () => {
    const lines = datesAt(
      '2024-12-30T12:00:00Z',
      'The January registration window opens on Thursday, and the director confirmed the league had hired extra staff.',
    );
    expect(valueOf(lines, 'January')).toBe('2025-01');
  });
});

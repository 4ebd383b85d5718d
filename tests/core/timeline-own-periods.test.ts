import { describe, expect, test } from 'vitest';
import { datesAt, timelineAt, valueOf } from '../helpers/timeline-story';

// "the year", "the month" and "this week's" told of the story's own period: families found on
// the seventh and eighth English sets of the lang-news pages (issue 16), on sentences of our own.

describe('"in the year", "in the month": the story’s own', () => {
  test('"later in the year" and "days left in the year" are this year, not the next', () => {
    const lines = timelineAt(
      '2025-11-09T10:00:00Z',
      'A second crewed flight is planned for later in the year.',
      'There are 52 days left in the year.',
    );
    expect(valueOf(lines, 'the year')).toBe('2025');
    expect(lines.some((l) => l.endsWith('=2026'))).toBe(false);
  });

  test('"later in the month" is this month', () => {
    expect(
      valueOf(datesAt('2025-11-09T10:00:00Z', 'The board meets again later in the month.'), 'later in the month'),
    ).toBe('2025-11');
  });
});

describe('"this week’s" after a preposition', () => {
  test('"After this week’s holiday matches" is this week; "before next week’s vote" next week', () => {
    // Monday 30 December 2024: ISO week 1 of 2025.
    const lines = timelineAt(
      '2024-12-30T08:00:00Z',
      "After this week's holiday matches, every club plays five more before the deadline.",
      "Before next week's vote, the party will meet.",
    );
    expect(valueOf(lines, 'this week')).toBe('2025-W01');
    expect(valueOf(lines, 'next week')).toBe('2025-W02');
    expect(lines.some((l) => l.startsWith('After this week='))).toBe(false);
  });
});

import { describe, expect, test } from 'vitest';
import { storyAt } from '../../helpers/timeline-story';

// A weekday told from a holiday "last year" is in the holiday of the year before the
// publication's (holidays.ts, weekday-runs.ts); "the day after <day>" is the day it reaches
// (day-from-day.ts). Sentences of our own.

describe('days told from a holiday', () => {
  test('"the Friday before Easter last year" and "the Sunday before Thanksgiving last year"', () => {
    const { dates } = storyAt(
      '2025-03-12T10:00:00Z',
      'On the Friday before Easter last year, the queue reached 30 kilometres.',
      'Airports screened a record number on the Sunday before Thanksgiving last year.',
    );
    expect(dates).toContain('Friday=2024-03-29');
    expect(dates).toContain('Sunday=2024-11-24');
  });

  test('"the day after Easter Monday" is the Tuesday after it, one span', () => {
    const { dates } = storyAt('2025-03-15T10:00:00Z', 'Pupils return on the day after Easter Monday.');
    expect(dates).toContain('the day after Easter Monday=2025-04-22');
    expect(dates.some((d) => d.startsWith('Easter Monday='))).toBe(false);
  });
});

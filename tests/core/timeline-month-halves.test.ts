import { describe, expect, test } from 'vitest';
import { datesAt } from '../helpers/timeline-story';

// A half or a quarter named by the month it ends in, as results write them.

describe('a half named by its last month', () => {
  test('"the June half" and "The December half" in August: the latest ones ended', () => {
    const lines = datesAt(
      '2025-08-20T12:00:00Z',
      'Margins held in the June half. The December half had been weaker, the grocer said.',
    );
    expect(lines).toContain('the June half=2025-H1');
    expect(lines).toContain('The December half=2024-H2');
  });

  test('"the March quarter of 2023": that year', () => {
    const lines = datesAt('2025-08-20T12:00:00Z', 'Sales have grown since the March quarter of 2023.');
    expect(lines).toContain('the March quarter of 2023=2023-Q1');
  });

  test('"the September half" is no half', () => {
    const lines = datesAt('2025-08-20T12:00:00Z', 'They led at the September half of the match.');
    expect(lines.some((l) => l.endsWith('-H2') || l.endsWith('-H1'))).toBe(false);
  });
});

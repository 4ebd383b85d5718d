import { describe, expect, test } from 'vitest';
import { storyAt } from '../../helpers/timeline-story';

// Stretches the timeline shows as one range (range-more-ends.ts), on sentences of our own.

describe('more stretches written as one', () => {
  test('two decades, "to at least", "starting on … until"', () => {
    const { timeline } = storyAt(
      '2025-05-05T10:00:00Z',
      'The mill, built in stages from the 1920s to the 1950s, is to close.',
      'The scheme ran from June 2018 to at least May 2022, the regulator found.',
      'Buses will be free on weekdays, starting on Monday, May 12, until July 4.',
    );
    expect(timeline).toContain('the 1920s to the 1950s=192/195');
    expect(timeline).toContain('June 2018 to at least May 2022=2018-06/2022-05');
    expect(timeline).toContain('Monday, May 12, until July 4=2025-05-12/2025-07-04');
    expect(timeline).not.toContain('the 1950s=195');
  });

  test('a day to the end of a later month', () => {
    const { timeline } = storyAt(
      '2025-11-20T10:00:00Z',
      'From Dec. 20 until the end of January the museum will open an hour earlier.',
    );
    expect(timeline).toContain('Dec. 20 until the end of January=2025-12-20/2026-01');
  });

  test('"starting" with "and", or a year before "and at least", stays apart', () => {
    const { timeline } = storyAt('2025-05-05T10:00:00Z', 'Shops open early starting Monday and Tuesday.');
    expect(timeline.some((e) => e.includes('/'))).toBe(false);
  });
});

describe('three months joined by hyphens', () => {
  test('"the October-November-December rains" is one stretch', () => {
    const { timeline } = storyAt(
      '2025-02-13T10:00:00Z',
      'The October-November-December rains had been below normal, the forecasters said.',
    );
    expect(timeline).toContain('October-November-December=2024-10/2024-12');
  });
});

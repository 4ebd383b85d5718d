import { describe, expect, test } from 'vitest';
import { storyAt } from '../../helpers/timeline-story';

// "the week to <day>", a wire's reporting week, is the ISO week of its last day (period-ended.ts),
// on sentences of our own.

describe('"the week to Aug. 11" is the ISO week holding the day', () => {
  test('a week to a Sunday and to a Friday; "the week ending" keeps its seven days', () => {
    const { dates } = storyAt(
      '2024-08-20T10:00:00Z',
      'Clinics logged 410 cases in the week to Aug. 11, up from 380.',
      'Shares fell 2% in the week to Aug. 16.',
      'Sales rose in the week ending Aug. 4.',
    );
    expect(dates).toContain('the week to Aug. 11=2024-W32');
    expect(dates).toContain('the week to Aug. 16=2024-W33');
    expect(dates).toContain('the week ending Aug. 4=2024-07-29');
  });
});

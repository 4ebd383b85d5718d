import { describe, expect, test } from 'vitest';
import { storyAt } from '../../helpers/timeline-story';

// A "later" count set beside the day it reaches is that day (later-on-day.ts; the lang-news
// ruling of the thirty-sixth session). Sentences of our own.

describe('"a week later, on Monday, September 16" is the day', () => {
  test('a week and two days later, each beside its day', () => {
    const { dates } = storyAt(
      '2024-09-06T10:00:00Z',
      'Classes were due to start on September 9 but will now start a week later, on Monday, September 16.',
      'The hearing was set for May 2 and took place two days later, on Thursday, May 4.',
    );
    expect(dates).toContain('a week later, on Monday, September 16=2024-09-16');
    expect(dates).toContain('two days later, on Thursday, May 4=2024-05-04');
  });
});

import { describe, expect, test } from 'vitest';
import { storyAt } from '../helpers/timeline-story';

// A quarter written by its code ("Q4", "Q1 2026") is the quarter (lang-news guidelines: en-89, en-99,
// en-145, en-453 write them so).

describe('a quarter by its code', () => {
  test('"For Q4" in October: the quarter running', () => {
    const { timeline } = storyAt(
      '2021-10-19T12:00:00Z',
      'For Q4, the streamer expects to add 4.1 million subscribers.',
    );
    expect(timeline).toContain('Q4=2021-Q4');
  });

  test('"Q4 growth" in January, not told ahead: last year\'s', () => {
    const { timeline } = storyAt(
      '2026-01-26T12:00:00Z',
      'The first estimate of Q4 growth comes out Thursday, a week after the retail figures.',
    );
    expect(timeline).toContain('Q4=2025-Q4');
  });

  test('"Closings fell 4% in Q1" on the first day of April, and "Q1 2026" with its year', () => {
    expect(storyAt('2024-04-01T12:00:00Z', 'Home closings fell 4% in Q1, to 8,412.').timeline).toContain('Q1=2024-Q1');
    expect(storyAt('2025-09-09T12:00:00Z', 'Developer kit: Q1 2026').timeline).toContain('Q1 2026=2026-Q1');
  });

  test('a car named by a code is no quarter', () => {
    expect(storyAt('2025-09-09T12:00:00Z', 'She drove an Audi Q3 to the meeting.').dates).toEqual([]);
  });

  test("a code without its year in a sentence without figures is no quarter (a game's period)", () => {
    expect(storyAt('2025-03-09T12:00:00Z', 'The Tigers led by six points at the end of Q2.').dates).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { storyAt } from '../helpers/timeline-story';

// "The first half of the year" is a half of the publication year (lang-news guidelines: a half of a
// year is the half, `2024-H1`), last year's only when told in the past before it has begun.

describe('a half "of the year"', () => {
  test("told in the past after it: this year's first half", () => {
    const { timeline } = storyAt(
      '2019-07-23T12:00:00Z',
      '"The first half of the year was our best ever," the founder said.',
    );
    expect(timeline).toContain('The first half=2019-H1');
  });

  test('told ahead: "the second half of the year is going to look different"', () => {
    const { timeline } = storyAt(
      '2023-04-27T12:00:00Z',
      '"The second half of the year is going to look very different," the chief executive told analysts.',
    );
    expect(timeline).toContain('The second half=2023-H2');
  });

  test('"the second half of the calendar year" said in July', () => {
    const { timeline } = storyAt(
      '2024-07-24T12:00:00Z',
      'The orders tell us the second half of the calendar year looks a lot like the first.',
    );
    expect(timeline).toContain('the second half=2024-H2');
  });

  test("told in the past before it has begun: last year's", () => {
    const { dates } = storyAt('2025-03-05T12:00:00Z', 'Demand slumped in the second half of the year, the miner said.');
    expect(dates).toContain('the second half=2024-H2');
  });

  test('a half of a month stays off ("the first half of May")', () => {
    const { dates } = storyAt('2025-06-11T12:00:00Z', 'Rain fell on most days in the first half of May.');
    expect(dates.some((d) => d.startsWith('the first half='))).toBe(false);
  });
});

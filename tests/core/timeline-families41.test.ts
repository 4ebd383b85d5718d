import { describe, expect, test } from 'vitest';
import { datesAt, storyAt, valueOf } from '../helpers/timeline-story';

// Families of wrong dates found on the en-train15 pages of the lang-news set, on texts of our own.

describe('a stretch of months that writes its year only at its end is of that year', () => {
  test('"October-December 2021", a quarter\'s months, is that quarter; never a start after its end', () => {
    const story = storyAt(
      '2024-05-14T09:00:00Z',
      'The bakery chain has lost money in every quarter since October-December 2021, its owners said.',
    );
    expect(valueOf(story.dates, 'October-December 2021')).toBe('2021-Q4');
    expect(story.timeline).toContain('October-December 2021=2021-Q4');
  });

  test('other months keep a stretch: "June-August 2019" in 2019, "November-February 2020" from November 2019', () => {
    const story = storyAt(
      '2024-05-14T09:00:00Z',
      'The lake was closed to swimmers in June-August 2019.',
      'Snowfall over November-February 2020 was the lightest on record.',
    );
    expect(story.timeline).toContain('June-August 2019=2019-06/2019-08');
    expect(story.timeline).toContain('November-February 2020=2019-11/2020-02');
  });

  test('a stretch that writes both years is left as written', () => {
    const dates = datesAt('2024-05-14T09:00:00Z', 'Prices rose between June 2021 and August 2022.');
    expect(valueOf(dates, 'June 2021')).toBe('2021-06');
    expect(valueOf(dates, 'August 2022')).toBe('2022-08');
  });
});

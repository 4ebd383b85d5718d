import { describe, expect, test } from 'vitest';
import { storyAt } from '../../helpers/timeline-story';

// Seasons of several years told together: each year is that year's season (season-years.ts),
// on sentences of our own.

describe('"the summers of 2017 and 2018" is each year\'s summer', () => {
  test('two years, with and without an adjective, and a list of three', () => {
    const { dates, timeline } = storyAt(
      '2025-03-04T10:00:00Z',
      'The survey compared the wet winters of 2013 and 2020 with the average.',
      'Crews logged the fires of the summers of 2019, 2021 and 2023 for the report.',
    );
    expect(dates).toContain('the wet winters of 2013=2013-WI');
    expect(dates).toContain('2020=2020-WI');
    expect(dates).toContain('the summers of 2019=2019-SU');
    expect(dates).toContain('2021=2021-SU');
    expect(dates).toContain('2023=2023-SU');
    expect(timeline).not.toContain('2020=2020');
  });

  test('a year after a season in the singular, or after other words, is left alone', () => {
    const { dates } = storyAt(
      '2025-03-04T10:00:00Z',
      'The works began in the summer of 2019 and ended in 2021.',
      'Prices of 2019 and 2021 were higher.',
    );
    expect(dates).toContain('the summer of 2019=2019-SU');
    expect(dates).toContain('2021=2021');
    expect(dates).toContain('2019=2019');
  });
});

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

describe('a weekday in apposition to a date is that date', () => {
  test('"on Dec 12, a Friday, from 10am to 4pm": the Friday of Dec 12 and its hours, not the coming Friday', () => {
    const story = storyAt(
      '2025-11-19T22:00:00Z',
      'Visitors can tour the new depot for free at an open day on Dec 12, a Friday, from 10am to 4pm.',
      'The museum reopens on Jan. 9, a Friday.',
    );
    expect(valueOf(story.dates, 'Friday, from 10am')).toBe('2025-12-12T10:00');
    expect(valueOf(story.dates, '4pm')).toBe('2025-12-12T16:00');
    expect(valueOf(story.dates, 'Friday')).toBe('2026-01-09');
    expect(story.timeline).toContain('Friday, from 10am to 4pm=2025-12-12T10:00/2025-12-12T16:00');
  });

  test("a weekday that is not the date's own is left to the other rules", () => {
    const dates = datesAt('2025-11-19T22:00:00Z', 'The depot opens on Dec 12, a Saturday.');
    expect(valueOf(dates, 'Saturday')).not.toBe('2025-12-12');
  });
});

describe('a person\'s doings in a year: "a client in 2022 who …" gives its months that year', () => {
  test('"on the last day of February", "in April", "in the summer" after "a reader in 2022 who"', () => {
    const dates = datesAt(
      '2025-02-08T12:00:00Z',
      'A reader in 2022 who borrowed money on the last day of February, got a refund in April and spent it in the summer regrets it.',
    );
    expect(valueOf(dates, 'the last day of February')).toBe('2022-02-28');
    expect(valueOf(dates, 'April')).toBe('2022-04');
    expect(valueOf(dates, 'the summer')).toBe('2022-SU');
  });

  test('a year with no clause of its own leaves the months to the publication', () => {
    const dates = datesAt('2025-02-08T12:00:00Z', 'Prices rose in 2022 and the new rules take effect in April.');
    expect(valueOf(dates, 'April')).not.toBe('2022-04');
  });
});

describe('a plan told in the past points ahead: "they planned to hold a vigil on Wednesday"', () => {
  test('told on a Monday evening, "planned to … on Wednesday at 8 p.m." is the coming Wednesday', () => {
    const dates = datesAt(
      '2021-07-12T20:00:00Z',
      'Divers searched the lake on Monday for a missing swimmer.',
      'His family said they planned to hold a vigil at the park on Wednesday at 8 p.m.',
    );
    expect(valueOf(dates, 'Wednesday at 8 p.m')).toBe('2021-07-14T20:00');
  });
});

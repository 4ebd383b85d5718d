import { describe, expect, test } from 'vitest';
import { datesAt, storyAt, valueOf } from '../helpers/timeline-story';

// Families of wrong timeline entries on the English train pages (issue 16), on texts of our own.

describe('a day and what stands after its comma are two dates', () => {
  test('"on Saturday, December 2, the weekend the market opens": the day, and that day\'s weekend', () => {
    // Friday 27 October 2023.
    const { dates } = storyAt(
      '2023-10-27T15:00:00Z',
      'The ferry crews will walk out again on Saturday, December 2, the weekend the harbour market opens.',
    );
    expect(valueOf(dates, 'Saturday, December 2')).toBe('2023-12-02');
    expect(valueOf(dates, 'the weekend')).toBe('2023-W48-WE');
  });

  test("a weekend told from another time after the comma is not the day's", () => {
    const { dates } = storyAt(
      '2023-10-27T15:00:00Z',
      'The vote is on Tuesday, November 7, the weekend after the recess ends.',
    );
    expect(valueOf(dates, 'Tuesday, November 7')).toBe('2023-11-07');
    expect(valueOf(dates, 'the weekend')).not.toBe('2023-W45-WE');
  });

  test("a game's quarter before a weekday is no date; the weekday is its own", () => {
    // Monday 15 April 2024.
    const { dates } = storyAt(
      '2024-04-15T07:00:00Z',
      'The guard scored 14 points in the fourth quarter on Sunday as the Hawks held on to win 98-95.',
    );
    expect(valueOf(dates, 'Sunday')).toBe('2024-04-14');
    expect(dates.some((d) => d.startsWith('the fourth quarter on'))).toBe(false);
  });
});

describe('"tomorrow" quoted with the day it was said', () => {
  test('"…tomorrow…," she said on Thursday night, in a Friday story: the Friday', () => {
    // Friday 24 January 2025.
    const { dates } = storyAt(
      '2025-01-24T07:00:00Z',
      '"If the bank moves tomorrow, it loses room it will want by the summer," the economist said on Thursday night.',
    );
    expect(valueOf(dates, 'tomorrow')).toBe('2025-01-24');
  });

  test('said before the quote opens, in the same sentence', () => {
    const { dates } = storyAt(
      '2025-01-24T07:00:00Z',
      'On Thursday evening the coach told reporters: "Tomorrow we find out who we are."',
    );
    expect(valueOf(dates, 'Tomorrow')).toBe('2025-01-24');
  });

  test('said on the publication day, or with no day, "tomorrow" is the day after it', () => {
    const today = storyAt('2025-01-24T07:00:00Z', '"We vote tomorrow," the senator said on Friday.');
    expect(valueOf(today.dates, 'tomorrow')).toBe('2025-01-25');
    // A day in the sentence before is no attribution.
    const before = storyAt(
      '2025-01-24T07:00:00Z',
      'On Thursday the club lost again. "Tomorrow we train at nine," the coach said.',
    );
    expect(valueOf(before.dates, 'Tomorrow')).toBe('2025-01-25');
  });
});

describe('"this week" said on a Sunday', () => {
  test('what continues this week, told in the present on a Sunday, is the coming week', () => {
    // Sunday 14 August 2016 (ISO week 32); the week from Monday 15 August is week 33.
    const lines = datesAt('2016-08-14T20:00:00Z', 'Enrolment for new pupils continues at each school this week.');
    expect(valueOf(lines, 'this week')).toBe('2016-W33');
  });

  test('what happened this week, told in the past on a Sunday, is the week ending', () => {
    const lines = datesAt('2016-08-14T20:00:00Z', 'Shares of the miner rose 4 percent this week.');
    expect(valueOf(lines, 'this week')).toBe('2016-W32');
  });
});

describe('a quoted weekday offered after one ahead', () => {
  test('"I will be back Friday," she said. "Maybe Saturday.": the Saturday after that Friday', () => {
    // Monday 3 March 2025.
    const { dates } = storyAt('2025-03-03T19:00:00Z', '"We will reopen Friday," the baker said. "Perhaps Saturday."');
    expect(valueOf(dates, 'Friday')).toBe('2025-03-07');
    expect(valueOf(dates, 'Saturday')).toBe('2025-03-08');
  });

  test('a weekday in a sentence of its own with a verb in the past stays gone by', () => {
    const { dates } = storyAt(
      '2025-03-03T19:00:00Z',
      '"We will reopen Friday," the baker said. "Maybe Saturday was the worst day."',
    );
    expect(valueOf(dates, 'Saturday')).toBe('2025-03-01');
  });
});

describe("a period's first day in apposition to a date", () => {
  test('"on April 1, the first day of fiscal 2026": that day, not the year', () => {
    const { dates, timeline } = storyAt(
      '2026-01-16T07:00:00Z',
      'The higher tariff applies from April 1, the first day of fiscal 2026, to all new contracts.',
    );
    expect(valueOf(dates, 'the first day of fiscal 2026')).toBe('2026-04-01');
    expect(timeline.some((e) => e.endsWith('=2026'))).toBe(false);
  });

  test('"fiscal 2026" alone stays the year', () => {
    const lines = datesAt('2026-01-16T07:00:00Z', 'Sales should recover in fiscal 2026, the company said.');
    expect(valueOf(lines, 'fiscal 2026')).toBe('2026');
  });
});

describe('what someone said would come in a month or a season', () => {
  test('"and that the board would take it up again in the spring", in November, is next spring', () => {
    const lines = datesAt(
      '2023-11-15T18:00:00Z',
      'The treasurer said the fund would last until March, and that the board would take it up again in the spring.',
    );
    expect(valueOf(lines, 'the spring')).toBe('2024-SP');
  });

  test('"that he would back starting the new fees in January", in June, is next January', () => {
    const lines = datesAt(
      '2016-06-01T18:00:00Z',
      'The councillor said at the time that he would back starting the new fees in January.',
    );
    expect(valueOf(lines, 'January')).toBe('2017-01');
  });

  test('"would have" and a season told in the past keep the one gone by', () => {
    expect(valueOf(datesAt('2023-11-15T18:00:00Z', 'The mill shut in the spring.'), 'the spring')).toBe('2023-SP');
    const lines = datesAt(
      '2023-11-15T18:00:00Z',
      'Critics said that the mill would have survived with help in the spring.',
    );
    expect(valueOf(lines, 'the spring')).toBe('2023-SP');
  });
});

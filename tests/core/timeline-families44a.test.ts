import { describe, expect, test } from 'vitest';
import { datesAt, storyAt, valueOf } from '../helpers/timeline-story';

// Families of wrong dates found on the en-train16 and en-train17 pages of the lang-news set
// (issue 16), on sentences of our own.

describe('a weekday in a past clause beside a future one', () => {
  test('"will ... next week, after she filed ... on Wednesday": the filing is past', () => {
    // Thursday 14 November 2024.
    const dates = datesAt(
      '2024-11-14T15:00:00Z',
      'The council seat will be decided by a second count next week, after the runner-up lodged an appeal with the clerk on Wednesday.',
    );
    expect(valueOf(dates, 'Wednesday')).toBe('2024-11-13');
  });

  test('an opening participle with its weekday, then "said he would": the day is past', () => {
    // Wednesday 21 January 2026.
    const dates = datesAt(
      '2026-01-21T15:00:00Z',
      'Closing the hearing at Leeds on Tuesday, the coroner said she would write to the highways agency within a month.',
    );
    expect(valueOf(dates, 'Tuesday')).toBe('2026-01-20');
  });
});

describe('a weekday told ahead', () => {
  test('a deadline "by Sunday" in an imperative is the coming Sunday', () => {
    // Thursday 29 May 2025.
    const dates = datesAt('2025-05-29T15:00:00Z', 'Ring the venue this week and make up your mind by Sunday.');
    expect(valueOf(dates, 'Sunday')).toBe('2025-06-01');
  });

  test('a preview in the present after its weekday: "On Saturday night the champion meets ..."', () => {
    // Thursday 16 October 2025.
    const dates = datesAt(
      '2025-10-16T15:00:00Z',
      'On Saturday night in Manchester the 31-year-old champion meets a late replacement for the vacant belt.',
    );
    expect(valueOf(dates, 'Saturday night')).toBe('2025-10-18');
  });
});

describe('a weekday that keeps its past reading', () => {
  test('a summit that opened on a weekday and closes on another; a caption "before Wednesday\'s meeting"', () => {
    // Thursday 14 November 2024.
    const dates = datesAt(
      '2024-11-14T15:00:00Z',
      'The forum, which opened on Monday and closes on Saturday, drew 3,000 delegates.',
      "Tenants wait outside the town hall before Wednesday's council meeting.",
      'Under the deal approved by the cabinet on Tuesday night, the bridge will be open to lorries again.',
    );
    expect(valueOf(dates, 'Monday')).toBe('2024-11-11');
    expect(valueOf(dates, 'Wednesday')).toBe('2024-11-13');
    expect(valueOf(dates, 'Tuesday night')).toBe('2024-11-12');
  });
});

test('a weekday before "which is forecast to" stays ahead', () => {
  // Sunday 27 July 2025.
  const dates = datesAt(
    '2025-07-27T12:00:00Z',
    'Thursday also brings the first reading of factory orders, which is forecast to show a small rise.',
  );
  expect(valueOf(dates, 'Thursday')).toBe('2025-07-31');
});

test('two months hyphenated as one word ("the April-to-June rains") are one stretch', () => {
  const { timeline } = storyAt(
    '2026-03-02T12:00:00Z',
    'Farmers are watching the April-to-June rains, which decide how much wheat the valley grows.',
  );
  expect(timeline).toContain('April-to-June=2026-04/2026-06');
});

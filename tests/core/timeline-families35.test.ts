import { describe, expect, test } from 'vitest';
import { storyAt, valueOf } from '../helpers/timeline-story';

// Families of wrong timeline entries found on en-train13 (politics, courts and local news written
// blind for issue 16), on texts of our own (plan-cues.ts).

describe('a weekday something is cancelled for, or unlikely before, is ahead', () => {
  test('"cancelled games for Monday and Tuesday", told on a Saturday, are the coming days', () => {
    const { timeline } = storyAt(
      '2024-03-16T18:00:00Z',
      'The league cancelled games for Monday and Tuesday after the storm.',
    );
    expect(valueOf(timeline, 'Monday')).toBe('2024-03-18');
    expect(valueOf(timeline, 'Tuesday')).toBe('2024-03-19');
  });

  test('"unlikely before Friday" in reported speech is the coming Friday', () => {
    const { timeline } = storyAt('2024-03-19T18:00:00Z', 'Officials said a decision was unlikely before Friday.');
    expect(valueOf(timeline, 'Friday')).toBe('2024-03-22');
  });

  test('a weekday a past sale ran for stays past', () => {
    const { timeline } = storyAt('2024-03-19T18:00:00Z', 'The shop offered discounts for Saturday only.');
    expect(valueOf(timeline, 'Saturday')).toBe('2024-03-16');
  });
});

describe('a date a vote was pushed back to is ahead, the one a case was first set for past', () => {
  test('"postponed the referendum to November 3", told in March, is this November', () => {
    const { timeline } = storyAt(
      '2024-03-05T12:00:00Z',
      'On Monday, lawmakers voted to put the referendum back to February 2.',
    );
    expect(valueOf(timeline, 'February 2')).toBe('2025-02-02');
  });

  test('"was originally scheduled for October, then moved", told in June, is last October', () => {
    const { dates } = storyAt(
      '2024-06-05T12:00:00Z',
      'The hearing was originally scheduled for October, then moved twice after the defence changed lawyers.',
    );
    expect(valueOf(dates, 'October')).toBe('2023-10');
  });

  test('a date something cancelled was originally scheduled for keeps its nearest reading', () => {
    const { dates } = storyAt(
      '2020-07-16T12:00:00Z',
      'The federation has cancelled its championships, originally scheduled for December.',
    );
    expect(valueOf(dates, 'December')).toBe('2020-12');
  });
});

describe('months in sequence, a day after a month, a holiday recess', () => {
  test('"in March, followed by another in September", told in October, are next year\'s', () => {
    const { timeline } = storyAt(
      '2024-10-20T12:00:00Z',
      'The group will meet again in Nairobi in March, followed by a final round in September.',
    );
    expect(valueOf(timeline, 'March')).toBe('2025-03');
    expect(valueOf(timeline, 'September')).toBe('2025-09');
  });

  test('"detained in June and freed the next day" is that month', () => {
    const { timeline } = storyAt(
      '2025-02-10T12:00:00Z',
      'He was detained in June after a protest in Leeds and freed on bail the next day.',
    );
    expect(valueOf(timeline, 'the next day')).toBe('2024-06');
  });

  test('"the Fourth of July recess" is the holiday\'s week', () => {
    const { timeline } = storyAt('2022-06-20T12:00:00Z', 'Lawmakers will vote before the Fourth of July recess.');
    expect(valueOf(timeline, 'the Fourth of July')).toBe('2022-W27');
  });
});

describe('the rest of the week on a weekend, a clock time with its zone, and two left off', () => {
  test('"the rest of the week" told on a Sunday is the coming week', () => {
    const { timeline } = storyAt('2024-03-17T12:00:00Z', 'Rain is forecast for the rest of the week.');
    expect(valueOf(timeline, 'the week')).toBe('2024-W12');
  });

  test('"(1400 GMT)" is a clock time, never the year 1400', () => {
    const { dates, timeline } = storyAt('2024-05-04T20:00:00Z', 'The count began at 3 p.m. (1400 GMT) in the capital.');
    expect(dates.some((d) => d.endsWith('=1400'))).toBe(false);
    expect(timeline.some((d) => d.endsWith('=1400'))).toBe(false);
  });

  test('"two and a half years later" is not read as half a year, on the timeline', () => {
    const { timeline } = storyAt('2024-05-04T20:00:00Z', 'Two and a half years later, the road is still closed.');
    expect(timeline.filter((e) => /half/u.test(e))).toEqual([]);
  });

  test('a heading "Last week before Christmas" is not the week before', () => {
    const { timeline } = storyAt('2024-12-20T20:00:00Z', 'Last week before Christmas');
    expect(timeline).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { datesAt, storyAt, valueOf } from '../helpers/timeline-story';

// Families of wrong dates found on the en-train16 to en-train18 pages of the lang-news set
// (issue 16), on sentences of our own.

describe('a weekday in a clause told ahead', () => {
  test('a passive still to come ("will be announced on Thursday") is no reporting in the past', () => {
    // Monday 15 November 2021.
    const dates = datesAt(
      '2021-11-15T09:00:00Z',
      'The readers’ prize, chosen by postal vote over the summer, will be announced on Thursday.',
    );
    expect(valueOf(dates, 'Thursday')).toBe('2021-11-18');
  });

  test('a forecaster forecasting in the present ("forecasts highs of 31C on Thursday") is ahead', () => {
    // Monday 22 December 2025.
    const dates = datesAt(
      '2025-12-22T09:00:00Z',
      'The weather office forecasts highs of 31C inland on Thursday, with a cooler change at the coast.',
    );
    expect(valueOf(dates, 'Thursday')).toBe('2025-12-25');
  });

  test('an end in the present at a clock time ("ends at midnight on Friday") is ahead', () => {
    // Monday 9 March 2026.
    const dates = datesAt('2026-03-09T09:00:00Z', 'Voting by post ends at midnight on Friday.');
    expect(valueOf(dates, 'midnight on Friday')).toBe('2026-03-13T24:00');
  });

  test('a weekday whose phrase gives its date later ("a Saturday night trip to Leeds on Dec. 23")', () => {
    // Sunday 10 December 2023.
    const dates = datesAt(
      '2023-12-10T20:00:00Z',
      'The club hosts the leaders next, then makes a Saturday night trip to Leeds on Dec. 23 before the holiday break.',
    );
    expect(valueOf(dates, 'Saturday night')).toBe('2023-12-23');
  });

  test('a weekday whose later date is not that weekday keeps its own reading', () => {
    // Sunday 10 December 2023: 22 December is a Friday.
    const dates = datesAt(
      '2023-12-10T20:00:00Z',
      'The club lost at home on Saturday night to the leaders on a day of heavy rain, its ninth defeat.',
    );
    expect(valueOf(dates, 'Saturday night')).toBe('2023-12-09');
  });

  test('a reporting verb in the past keeps the day it was said', () => {
    // Monday 15 November 2021.
    const dates = datesAt('2021-11-15T09:00:00Z', 'The result was announced on Thursday.');
    expect(valueOf(dates, 'Thursday')).toBe('2021-11-11');
  });
});

describe('a month without its year', () => {
  test('what someone said would come, far back in the sentence, is ahead of the saying', () => {
    // Wednesday 13 November 2019.
    const dates = datesAt(
      '2019-11-13T12:00:00Z',
      'A spokeswoman for the trust said the charity would publish fresh advice on diet and memory for its awareness week in May.',
      'The league said it would chase the fine through the courts if the club did not pay by the end of February.',
    );
    expect(valueOf(dates, 'May')).toBe('2020-05');
    expect(valueOf(dates, 'the end of February')).toBe('2020-02');
  });

  test('the month of publication, told ahead on its last day, is this month', () => {
    // Friday 31 January 2025.
    const dates = datesAt(
      '2025-01-31T21:00:00Z',
      'Shares slid after the levies were confirmed, cutting short a rally and leaving the index to finish a rough January with a gain.',
    );
    expect(valueOf(dates, 'January')).toBe('2025-01');
  });

  test('a month after a verb in the past that follows the "would" keeps its past reading', () => {
    // Thursday 20 October 2022.
    const dates = datesAt(
      '2022-10-20T12:00:00Z',
      'The chief executive said the railway would raise its forecast to 12%, from the 9% it gave in July.',
      'The bank said it would hold a drill on Thursday, the first since March.',
    );
    expect(valueOf(dates, 'July')).toBe('2022-07');
    expect(dates.find((d) => d.includes('March'))).toMatch(/=2022-03$/u);
  });
});

describe("a name's number is no clock time", () => {
  test('"the Orbit 14 today", "Windows 10 on October 14th, 2025": the dates alone', () => {
    // Tuesday 10 September 2024.
    const dates = datesAt(
      '2024-09-10T17:00:00Z',
      'Brightline is launching the Orbit 14 today, a laptop with a screen you can swap.',
      'Support for Windows 10 ends on October 14th, 2025, for most home users.',
    );
    expect(valueOf(dates, 'today')).toBe('2024-09-10');
    expect(valueOf(dates, 'October 14th, 2025')).toBe('2025-10-14');
  });

  test('"At 10 on Monday" keeps its clock time', () => {
    // Tuesday 10 September 2024.
    const dates = datesAt('2024-09-10T17:00:00Z', 'The doors opened at 10 on Monday.');
    expect(dates.some((d) => d.includes('T10:00'))).toBe(true);
  });
});

describe('a stretch between two clock times on two days', () => {
  test('"from 2pm Tuesday until 9am Wednesday" is one range', () => {
    // Monday 22 December 2025.
    const { timeline } = storyAt(
      '2025-12-22T09:00:00Z',
      'A fire ban is in force from 2pm Tuesday until 9am Wednesday across the inland districts.',
    );
    expect(timeline).toContain('from 2pm Tuesday until 9am Wednesday=2025-12-23T14:00/2025-12-24T09:00');
  });

  test('"from 3am Wednesday March 5 to 3am Thursday March 6", the first date read apart, is one range', () => {
    // Thursday 27 February 2025.
    const { timeline } = storyAt(
      '2025-02-27T09:00:00Z',
      'The ferry crews stop work from 3am Wednesday March 5 to 3am Thursday March 6.',
    );
    expect(timeline).toContain('from 3am Wednesday March 5 to 3am Thursday March 6=2025-03-05T03:00/2025-03-06T03:00');
  });
});

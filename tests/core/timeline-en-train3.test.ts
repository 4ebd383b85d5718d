import { describe, expect, test } from 'vitest';
import { datesAt, timelineAt, valueOf } from '../helpers/timeline-story';

// Families of wrong timeline entries found on the en-train3 pages of the lang-news set
// (English news written blind for issue 16), on texts of our own.

describe('a weekday in a fixture or a schedule told in the present is the coming one', () => {
  test('"face … on Monday night", "returns on Thursday", "rises for the recess on Thursday", "comes out Thursday"', () => {
    // Published on Tuesday 1 January 2019.
    const dates = datesAt(
      '2019-01-01T19:45:00Z',
      'Rovers face City at the Crescent on Monday night.',
      'The former senator returns on Thursday for a bus tour of the state.',
      'The assembly rises for the winter recess on Wednesday.',
      'The first estimate of fourth-quarter growth comes out Friday at 8:30 a.m.',
    );
    expect(valueOf(dates, 'Monday night')).toBe('2019-01-07');
    expect(valueOf(dates, 'Thursday')).toBe('2019-01-03');
    expect(valueOf(dates, 'Wednesday')).toBe('2019-01-02');
    expect(valueOf(dates, 'Friday at 8:30 a.m')).toBe('2019-01-04T08:30');
  });

  test('"tax returns on Monday" and a fixture told in the past stay in the past', () => {
    const dates = datesAt(
      '2019-01-01T19:45:00Z',
      'The clerk filed their tax returns on Monday.',
      'Rovers faced City at the Crescent on Saturday night.',
    );
    expect(valueOf(dates, 'Monday')).toBe('2018-12-31');
    expect(valueOf(dates, 'Saturday night')).toBe('2018-12-29');
  });

  test('what someone said or wrote on a weekday is past, even after a quote that looks ahead', () => {
    // Published on Friday 20 January 2023 and Tuesday 19 October 2021.
    expect(
      valueOf(
        datesAt(
          '2023-01-20T08:14:00Z',
          'The holiday runs from Saturday to Jan. 27.',
          'A health official said on Saturday that most of the city had been infected.',
        ),
        'Saturday',
      ),
    ).toBe('2023-01-21');
    expect(
      datesAt(
        '2023-01-20T08:14:00Z',
        'The holiday runs from Saturday to Jan. 27.',
        'A health official said on Saturday that most of the city had been infected.',
      ).filter((d) => d === 'Saturday=2023-01-14'),
    ).toHaveLength(1);
    expect(
      valueOf(
        datesAt(
          '2021-10-19T20:48:00Z',
          '"The big releases are finally coming," one analyst wrote in a note on Monday.',
        ),
        'Monday',
      ),
    ).toBe('2021-10-18');
  });
});

describe('months told together share a year', () => {
  test('a quarter named by its months is the quarter; its end is in its own year', () => {
    const dates = datesAt(
      '2017-11-13T08:35:00Z',
      'Profit rose in the July-September quarter. Sales in the April-June quarter rose just 9 percent.',
      'The chain expects a busy October-December quarter.',
    );
    expect(valueOf(dates, 'July-September')).toBe('2017-Q3');
    expect(valueOf(dates, 'April-June')).toBe('2017-Q2');
    expect(valueOf(dates, 'October-December')).toBe('2017-Q4');
  });

  test('"in November and December" in a November story: both this year', () => {
    const lines = timelineAt(
      '2017-11-13T08:35:00Z',
      'The chain expected the wedding season in November and December to lift its sales.',
    );
    expect(lines).toEqual(['November=2017-11', 'December=2017-12']);
  });

  test('"between September and December" with no tense, in January: the stretch just past', () => {
    const dates = datesAt(
      '2026-01-26T11:00:00Z',
      'The committee cut rates by three-quarters of a point between September and December.',
    );
    expect(valueOf(dates, 'September')).toBe('2025-09');
    expect(valueOf(dates, 'December')).toBe('2025-12');
  });

  test('"was in 2019, when it cut three times from July to October": that year\'s months', () => {
    const dates = datesAt(
      '2026-01-26T11:00:00Z',
      'The last pause after a run of cuts was in 2019, when it cut three times from July to October.',
    );
    expect(valueOf(dates, 'July')).toBe('2019-07');
    expect(valueOf(dates, 'October')).toBe('2019-10');
  });
});

describe('what runs until now began before it', () => {
  test('"ready since October" after dates of next year is this October', () => {
    const dates = datesAt(
      '2020-12-18T09:27:00Z',
      'The probe will reach lunar orbit in early April.',
      'It has been ready since October.',
    );
    expect(valueOf(dates, 'October')).toBe('2020-10');
  });

  test('"since the fall", "since the summer", "for most of the autumn" in January are last year\'s', () => {
    const dates = datesAt(
      '2023-01-10T12:30:00Z',
      'Grocers have warned since the fall that prices would keep rising.',
      'Turnout has not been this low since the summer.',
      'We did it for most of the autumn.',
    );
    expect(valueOf(dates, 'the fall')).toBe('2022-FA');
    expect(valueOf(dates, 'the summer')).toBe('2022-SU');
    expect(valueOf(dates, 'the autumn')).toBe('2022-FA');
  });

  test("a season said or meant to come keeps this year's", () => {
    const dates = datesAt(
      '2023-01-10T12:30:00Z',
      'The council announced that the pool reopens in the summer.',
      'The club has an option to buy him in the summer.',
    );
    expect(valueOf(dates, 'the summer')).toBe('2023-SU');
    expect(dates.filter((d) => d === 'the summer=2023-SU')).toHaveLength(2);
  });

  test('"which peaked in June", in January, is last June though "would" follows', () => {
    const dates = datesAt(
      '2023-01-10T12:30:00Z',
      'Inflation, which peaked at 9.1% in June, would make this a hard season.',
    );
    expect(valueOf(dates, 'June')).toBe('2022-06');
  });
});

describe('a quarter of next year, a stretch of weekdays, an anniversary', () => {
  test('"the first quarter of next year" in December is next year\'s', () => {
    const dates = datesAt(
      '2020-12-18T09:27:00Z',
      'The firm expects to close a funding round in the first quarter of next year.',
      'Sales fell in the fourth quarter of last year.',
    );
    expect(valueOf(dates, 'the first quarter of next year')).toBe('2021-Q1');
    expect(valueOf(dates, 'the fourth quarter of last year')).toBe('2019-Q4');
  });

  test('"between Tuesday and Sunday" is one week\'s stretch, not a year\'s', () => {
    // Published on Tuesday 22 November 2022.
    const lines = timelineAt(
      '2022-11-22T15:15:00Z',
      'The club expects 5,000 visitors between Tuesday and Sunday.',
      'Snow will fall across the hills between Wednesday afternoon and Thursday morning.',
    );
    expect(lines).toEqual([
      'Tuesday and Sunday=2022-11-22/2022-11-27',
      'Wednesday afternoon and Thursday morning=2022-11-23/2022-11-24',
    ]);
  });

  test('"Twenty years ago today" is that day twenty years back', () => {
    const dates = datesAt('2025-08-29T09:00:00Z', 'Twenty years ago today, the river broke through the levee.');
    expect(valueOf(dates, 'Twenty years ago today')).toBe('2005-08-29');
  });
});

describe('months in a narrative of an old year', () => {
  test('"the flood of March 1982, when … in late June" and "two tournaments in 1977: one in January"', () => {
    const dates = datesAt(
      '2017-01-26T12:00:00Z',
      'After the flood of March 1982, when the river rose over the weekend of Mar. 6-7, the mayor lost the primary in late June.',
      'There were two regattas in 1977: one in January and one in December.',
    );
    expect(valueOf(dates, 'late June')).toBe('1982-06');
    expect(valueOf(dates, 'January')).toBe('1977-01');
    expect(valueOf(dates, 'December')).toBe('1977-12');
  });

  test('"the following year" after "in 2013 … still open today" is 2014', () => {
    const dates = datesAt(
      '2021-02-26T16:32:00Z',
      'Three of the mills were bought by a trust in 2013 and are still open today. The fourth closed the following year.',
    );
    expect(valueOf(dates, 'the following year')).toBe('2014');
  });
});

describe('more weekdays that look ahead', () => {
  test('"preorders open Friday"', () => {
    // Published on Saturday 19 November 2022.
    const dates = datesAt('2022-11-19T07:45:00Z', 'Preorders open Friday at 9 a.m.');
    expect(valueOf(dates, 'Friday at 9 a.m')).toBe('2022-11-25T09:00');
  });

  test('"the shop was open Monday" and "talks ended at midday on Tuesday" stay past', () => {
    const dates = datesAt('2022-11-19T07:45:00Z', 'The shop was open Monday.', 'Talks ended at midday on Tuesday.');
    expect(valueOf(dates, 'Monday')).toBe('2022-11-14');
    expect(valueOf(dates, 'midday on Tuesday')).toBe('2022-11-15T12:00');
  });
});

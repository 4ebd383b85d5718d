import { describe, expect, test } from 'vitest';
import { datesAt, timelineAt, valueOf } from '../helpers/timeline-story';

// Families of wrong timeline entries left on the English train pages of the lang-news set after
// the third round (issue 16), fixed as families on texts of our own.

describe('a schedule stretch written without "from" is one range', () => {
  test('"Market: Nov. 29 to Dec. 24", "is Dec. 19 to 22", two dated weekdays joined by "to"', () => {
    // Published on Friday 29 November 2019.
    const lines = timelineAt(
      '2019-11-29T14:00:00Z',
      'Harbour craft fair, Pier 9: Nov. 29 to Dec. 24, free.',
      'The choir’s carol concert is Dec. 19 to 22 at the old church.',
      'Saturday, January 18 to Monday, January 20: heats',
    );
    expect(lines).toContain('Nov. 29 to Dec. 24=2019-11-29/2019-12-24');
    expect(lines).toContain('Dec. 19 to 22=2019-12-19/2019-12-22');
    expect(lines).toContain('Saturday, January 18 to Monday, January 20=2020-01-18/2020-01-20');
  });

  test('a date moved to another is two points, not a stretch', () => {
    const lines = timelineAt('2019-11-29T14:00:00Z', 'The board postponed the hearing Dec. 3 to Dec. 10.');
    expect(lines).toContain('Dec. 3=2019-12-03');
    expect(lines).toContain('Dec. 10=2019-12-10');
  });
});

describe('a stretch told in the past may run to the month of publication', () => {
  test('"between January and early October", in an October story, is this year’s', () => {
    // Published on Tuesday 8 October 2019.
    const lines = timelineAt(
      '2019-10-08T09:00:00Z',
      'More than 40,000 cases were logged between January and early October, the ministry said.',
    );
    expect(lines).toContain('January and early October=2019-01/2019-10');
  });

  test('a past stretch that ends after the month of publication is last year’s', () => {
    const lines = timelineAt('2019-10-08T09:00:00Z', 'Rainfall was low between March and November.');
    expect(lines).toContain('March and November=2018-03/2018-11');
  });
});

describe('a month used as the label of its figures is the month just gone, not next year’s', () => {
  test('"October inflation data", "the December jobs report", "December retail sales"', () => {
    // Published on Monday 13 November 2017.
    expect(
      valueOf(datesAt('2017-11-13T09:00:00Z', 'The bureau will publish October inflation data on Tuesday.'), 'October'),
    ).toBe('2017-10');
    // Published on Thursday 29 December 2022 and Tuesday 10 January 2023.
    expect(
      datesAt(
        '2022-12-29T21:00:00Z',
        'Investors will get the minutes on Wednesday, Jan. 4, and the December jobs report two days later.',
      ),
    ).toContain('December=2022-12');
    expect(
      valueOf(datesAt('2023-01-10T12:00:00Z', 'The agency will release December retail sales next week.'), 'December'),
    ).toBe('2022-12');
  });

  test('a month that is not a label keeps its tense', () => {
    expect(valueOf(datesAt('2017-11-13T09:00:00Z', 'The bureau will move offices in October.'), 'October')).toBe(
      '2018-10',
    );
  });
});

describe('seasons around the turn of the year', () => {
  test('"last summer" in December is this year’s; in January it is last year’s', () => {
    expect(valueOf(datesAt('2025-12-16T19:00:00Z', 'The review was due last summer.'), 'last summer')).toBe('2025-SU');
    expect(valueOf(datesAt('2026-01-16T19:00:00Z', 'The review was due last summer.'), 'last summer')).toBe('2025-SU');
  });

  test('"the winter" in November is the coming one unless told in the past', () => {
    const dates = datesAt(
      '2019-11-29T14:00:00Z',
      'The snow ploughs are back on the roads and the cold has settled in for the winter.',
      'Shelters were full during the winter, the charity said.',
    );
    expect(dates).toContain('the winter=2019-WI');
    expect(dates).toContain('the winter=2018-WI');
  });

  test('"returns in the spring", in November, is next spring; "In the fall …, rose", in May, the fall past', () => {
    expect(valueOf(datesAt('2019-11-29T14:00:00Z', 'The night market returns in the spring.'), 'the spring')).toBe(
      '2020-SP',
    );
    expect(
      valueOf(
        datesAt(
          '2026-05-14T10:00:00Z',
          'In the fall term, enrolment rose 4 percent, according to figures the district released.',
        ),
        'the fall',
      ),
    ).toBe('2025-FA');
  });
});

describe('a weekday that other words place', () => {
  test('"the Sunday after Thanksgiving" and "the Friday before Christmas", this year’s or the one written', () => {
    // Published on Tuesday 22 November 2022 (Thanksgiving: Thursday 24 November).
    const dates = datesAt(
      '2022-11-22T15:00:00Z',
      'Airlines expect the Sunday after Thanksgiving to be the busiest day.',
      'The previous record came on the Sunday after Thanksgiving in 2019.',
      'Offices close on the Friday before Christmas.',
    );
    expect(dates).toContain('Sunday=2022-11-27');
    expect(dates).toContain('Sunday=2019-12-01');
    expect(valueOf(dates, 'Friday')).toBe('2022-12-23');
  });

  test('"on Sunday or Monday", in a Saturday story: the Monday after that Sunday', () => {
    // Published on Saturday 19 November 2022.
    const dates = datesAt(
      '2022-11-19T09:00:00Z',
      'Travellers with tickets for today may use them on Sunday or Monday.',
    );
    expect(valueOf(dates, 'Sunday')).toBe('2022-11-20');
    expect(valueOf(dates, 'Monday')).toBe('2022-11-21');
  });

  test('a list’s bare weekday after its dated items is the next one after them', () => {
    // Published on Tuesday 13 December 2016.
    const dates = datesAt(
      '2016-12-13T19:00:00Z',
      'Thursday, December 15: Opening concert, 6.30 p.m.',
      'Saturday, December 17: Dance recital',
      'Sunday: Lecture on the composers of the court',
    );
    expect(valueOf(dates, 'Sunday')).toBe('2016-12-18');
  });

  test('a weekday alone in a past sentence keeps the one just gone', () => {
    const dates = datesAt('2016-12-13T19:00:00Z', 'The recital was held on Sunday.');
    expect(valueOf(dates, 'Sunday')).toBe('2016-12-11');
  });
});

describe('weeks counted from a dated day are the week they reach (thirty-third session ruling)', () => {
  test('"two weeks after the plot was sold on March 3, 2015", "a week after the fair opens on Jan. 25"', () => {
    // Published on Thursday 18 April 2019 and Wednesday 8 January 2020: 17 March 2015 is in
    // 2015-W12, Saturday 1 February 2020 in 2020-W05.
    expect(
      valueOf(
        datesAt('2019-04-18T06:00:00Z', 'The payment arrived two weeks after the plot was sold on March 3, 2015.'),
        'two weeks after',
      ),
    ).toBe('2015-W12');
    expect(
      valueOf(
        datesAt('2020-01-08T06:00:00Z', 'The parade is on Saturday, Feb. 1, a week after the fair opens on Jan. 25.'),
        'a week after',
      ),
    ).toBe('2020-W05');
  });

  test('"three weeks before the opening on 9 October": the week, counted back; "ten days after" stays a day', () => {
    // Published on Monday 1 September 2025: 18 September 2025 is in 2025-W38.
    const lines = datesAt(
      '2025-09-01T08:00:00Z',
      'The permits were signed three weeks before the opening on 9 October, and the first tenants moved in ten days after the opening on 9 October.',
    );
    expect(valueOf(lines, 'three weeks before')).toBe('2025-W38');
    expect(valueOf(lines, 'ten days after')).toBe('2025-10-19');
  });
});

describe('the quarter just ahead, in the last month of the one before', () => {
  test('"bracing for the third quarter" in late June, "estimates for the first quarter … will" in December', () => {
    // Published on Monday 27 June 2016 and Thursday 29 December 2022.
    expect(
      valueOf(datesAt('2016-06-27T06:00:00Z', 'Exporters are bracing for the third quarter.'), 'the third quarter'),
    ).toBe('2016-Q3');
    expect(
      valueOf(
        datesAt('2022-12-29T21:00:00Z', 'Margins for the first quarter will shrink, the chain warned.'),
        'the first quarter',
      ),
    ).toBe('2023-Q1');
  });

  test('a quarter told in the past stays in the past', () => {
    expect(valueOf(datesAt('2016-06-27T06:00:00Z', 'Exports fell in the third quarter.'), 'the third quarter')).toBe(
      '2015-Q3',
    );
    expect(valueOf(datesAt('2022-12-29T21:00:00Z', 'Margins shrank in the first quarter.'), 'the first quarter')).toBe(
      '2022-Q1',
    );
  });
});

describe('a deadline set at a clock time on a weekday is still to come', () => {
  test('"hand in his passport by 4pm on Monday", "before midday on Thursday", in a Friday story', () => {
    // Published on Friday 10 June 2016.
    const dates = datesAt(
      '2016-06-10T16:00:00Z',
      'She was released on condition that she reports to the station by 4pm on Monday.',
      'The club can sign him if the papers are filed before midday on Thursday.',
    );
    expect(valueOf(dates, '4pm on Monday')).toBe('2016-06-13T16:00');
    expect(valueOf(dates, 'midday on Thursday')).toBe('2016-06-16T12:00');
  });

  test('one the sentence tells as over stays in the past', () => {
    expect(
      valueOf(datesAt('2016-06-10T16:00:00Z', 'By 4pm on Monday the marchers had gone home.'), '4pm on Monday'),
    ).toBe('2016-06-06T16:00');
  });
});

import { describe, expect, test } from 'vitest';
import { datesAt, timelineAt, valueOf } from '../helpers/timeline-story';

// Families of wrong timeline entries left on the English train pages of the lang-news set after
// the fourth round (issue 16), fixed as families on texts of our own.

describe('a clock time that ends its sentence is not joined to the weekday that opens the next', () => {
  test('"… at 6 p.m. On Sunday, the club …": Sunday alone, the coming one', () => {
    // Published on Thursday 14 March 2024.
    const lines = timelineAt(
      '2024-03-14T09:00:00Z',
      'The lantern walk sets off from the harbour at 6 p.m. On Sunday, the rowing club will hold its open day.',
    );
    expect(lines).toContain('Sunday=2024-03-17');
    expect(lines.some((l) => l.startsWith('6 p.m. On Sunday'))).toBe(false);
  });

  test('"9 a.m. The …" and "5 p.m. Saturday": only a word that opens a sentence cuts the date off', () => {
    // Published on Thursday 14 March 2024.
    const lines = timelineAt(
      '2024-03-14T09:00:00Z',
      'The ferry leaves at 9 a.m. The return will be at 5 p.m. Saturday, weather permitting.',
    );
    expect(lines).toContain('5 p.m. Saturday=2024-03-16T17:00');
  });
});

describe('a weekday written with its month and day places the year', () => {
  test('"at 8 p.m. on Saturday, March 9", beside last year’s edition, is the year it is a Saturday', () => {
    // Published on Tuesday 19 December 2023: 9 March is a Saturday in 2024, not in 2023.
    const lines = datesAt(
      '2023-12-19T10:00:00Z',
      'The gala starts later than the 2023 gala did, at 8 p.m. on Saturday, March 9, at the old theatre.',
    );
    expect(valueOf(lines, '8 p.m. on Saturday, March 9')).toBe('2024-03-09T20:00');
  });

  test('a weekday that agrees with the nearest year leaves it alone', () => {
    // Published on Friday 10 February 2023: Friday, Jan. 27 was two weeks before.
    expect(datesAt('2023-02-10T10:00:00Z', 'The vote was held on Friday, Jan. 27.')).toContain(
      'Friday, Jan. 27=2023-01-27',
    );
  });
});

describe('a holiday named with its year is that day', () => {
  test('"Christmas 2015", "Easter Sunday 2019", "New Year’s Eve of 1999"', () => {
    // Published on Monday 6 March 2023.
    const lines = datesAt(
      '2023-03-06T10:00:00Z',
      'The cellar flooded at Christmas 2015 and again on Easter Sunday 2019.',
      'He last played the hall on New Year’s Eve of 1999.',
    );
    expect(lines).toContain('Christmas 2015=2015-12-25');
    expect(lines).toContain('Easter Sunday 2019=2019-04-21');
    expect(lines).toContain('New Year’s Eve of 1999=1999-12-31');
  });

  test('a weekday told from the holiday keeps its own date', () => {
    const lines = datesAt('2023-03-06T10:00:00Z', 'The busiest day was the Monday after Easter in 2019.');
    expect(lines).toContain('Monday=2019-04-22');
  });
});

describe('words that only look like dates', () => {
  test('"the battery lasts", "the quarter-finals"', () => {
    // Published on Tuesday 9 September 2025.
    const lines = datesAt(
      '2025-09-09T17:00:00Z',
      'The battery lasts about nine hours.',
      'Seats for the quarter-finals are still on sale.',
    );
    expect(lines.some((l) => /^lasts=|^the quarter=/u.test(l))).toBe(false);
    // A quarter of a company's year still is one.
    expect(datesAt('2025-09-09T17:00:00Z', 'Sales fell in the second quarter.')).toContain(
      'the second quarter=2025-Q2',
    );
  });
});

describe('a weekend or a weekday ahead of a story told early in the week', () => {
  test('"before the weekend" in a clause about what is still to happen is the coming weekend', () => {
    // Published on Tuesday 14 May 2024.
    const lines = datesAt(
      '2024-05-14T16:00:00Z',
      '"Nobody expects a deal before the weekend," one negotiator said.',
      'The talks broke up before the weekend.',
    );
    expect(lines).toContain('the weekend=2024-W20-WE');
    expect(lines).toContain('the weekend=2024-W19-WE');
  });

  test('"the schedule for Friday" is the coming Friday', () => {
    expect(
      datesAt('2024-05-14T16:00:00Z', 'This story has been updated with the council’s schedule for Friday.'),
    ).toContain('Friday=2024-05-17');
  });
});

describe('a month a result sets up is ahead', () => {
  test('"won the primary on Tuesday, setting up a November matchup", in May, is this November', () => {
    // Published on Wednesday 15 May 2024.
    const lines = datesAt(
      '2024-05-15T03:00:00Z',
      'The mayor won the party’s primary on Tuesday, beating two rivals and setting up a November race against the sheriff.',
    );
    expect(lines).toContain('November=2024-11');
  });
});

describe('"a year earlier" after a period the sentence names is that period a year back', () => {
  test('after a season, after two months joined by "and", after a month', () => {
    // Published on Thursday 14 May 2026.
    const lines = datesAt(
      '2026-05-14T10:00:00Z',
      'In the spring term, library loans rose 9 percent from a year earlier, the district said.',
      'Ticket sales in November and December fell 4% from a year earlier, the theatre said.',
      'Exports in March rose 6% from a year ago.',
    );
    expect(lines).toContain('a year earlier=2025-SP');
    expect(
      timelineAt('2026-05-14T10:00:00Z', 'Ticket sales in November and December fell 4% from a year earlier.'),
    ).toContain('a year earlier=2024-11/2024-12');
    expect(lines).toContain('a year ago=2025-03');
  });

  // (A figure compared with "a year ago" is the month a year back: the rulings of the thirty-second
  // and thirty-fifth sessions; "a year earlier" after a figure stays the year.)
  test('without a period before it in its sentence, the year before ("a year ago" beside a figure: the month)', () => {
    expect(datesAt('2026-05-14T10:00:00Z', 'Membership is up 3% from a year earlier.')).toContain(
      'a year earlier=2025',
    );
    expect(
      datesAt(
        '2026-05-14T10:00:00Z',
        'Diesel cost $4.10 this week, down from a peak of $5.20 in early March but 30 cents higher than a year ago.',
      ),
    ).toContain('a year ago=2025-05');
  });
});

describe('two days written as one stretch', () => {
  test('"open Saturday through Monday" is one range; "Tuesday to Thursday" after a move is not', () => {
    // Published on Thursday 23 May 2019.
    expect(timelineAt('2019-05-23T15:00:00Z', 'The pool will be open Saturday through Monday.')).toContain(
      'Saturday through Monday=2019-05-25/2019-05-27',
    );
    const moved = timelineAt('2019-05-23T15:00:00Z', 'The board moved the vote Tuesday to Thursday.');
    expect(moved.some((l) => l.includes('/'))).toBe(false);
  });

  test('"January 25 and 26" is two days, each its own point, as "March 3 and 10"', () => {
    // Published on Saturday 17 January 2026.
    const lines = datesAt('2026-01-17T04:00:00Z', 'January 25 and 26: semi-finals', 'Votes on March 3 and 10 count.');
    expect(timelineAt('2026-01-17T04:00:00Z', 'January 25 and 26: semi-finals')).toEqual([
      'January 25=2026-01-25',
      '26=2026-01-26',
    ]);
    expect(lines).toEqual(['January 25=2026-01-25', '26=2026-01-26', 'March 3=2026-03-03', '10=2026-03-10']);
  });
});

describe('"the next day" after a clock time counts from that time’s day', () => {
  test('"detained at about 7am on March 4, and freed the next day"', () => {
    // Published on Thursday 20 June 2019; a schedule's day stands in the paragraph before.
    const lines = timelineAt(
      '2019-06-20T06:00:00Z',
      'August 2: verdict',
      'She was detained at about 7am on March 4, and freed on bail the next day.',
    );
    expect(lines).toContain('the next day=2019-03-05');
  });
});

describe('a listing’s dates and hours', () => {
  test('"Nov. 28 to Jan. 2, 5:30 to 10 p.m. nightly": the stretch of days, not a time of its last day', () => {
    // Published on Wednesday 27 November 2024.
    const lines = timelineAt(
      '2024-11-27T12:00:00Z',
      'Winter lanterns, Riverside Park: Nov. 28 to Jan. 2, 5:30 to 10 p.m. nightly.',
    );
    expect(lines).toContain('Nov. 28 to Jan. 2=2024-11-28/2025-01-02');
    expect(lines.some((l) => l.startsWith('Jan. 2, 5:30'))).toBe(false);
  });

  test('"Sunday, Dec. 8, from 11 a.m. to 3 p.m." is the day’s hours, one range', () => {
    const lines = timelineAt(
      '2024-11-27T12:00:00Z',
      'The toy swap is Sunday, Dec. 8, from 11 a.m. to 3 p.m. at the library.',
    );
    expect(lines).toContain('Sunday, Dec. 8, from 11 a.m. to 3 p.m=2024-12-08T11:00/2024-12-08T15:00');
  });
});

describe('a weekend counted in a month', () => {
  test('"the first weekend in December" ahead, "the last weekend of June" past, with a year as written', () => {
    // Published on Wednesday 12 November 2025.
    const lines = datesAt(
      '2025-11-12T19:00:00Z',
      'The league ends with derby week, followed by the playoffs on the first weekend in December.',
      'The fair was held on the last weekend of June.',
      'The race returns on the second weekend of May 2026.',
    );
    // The month, by the lang-news rulings of the thirty-sixth and thirty-seventh sessions.
    expect(lines).toContain('the first weekend in December=2025-12');
    expect(lines).toContain('the last weekend of June=2025-06');
    expect(lines).toContain('the second weekend of May 2026=2026-05');
  });
});

describe('"this time last year" and "two decades ago"', () => {
  test('"This time last year" is the week holding the same date a year back; after a week the sentence names, that week a year back', () => {
    // Published on Thursday 31 December 2015: 31 December 2014 lies in 2015-W01.
    expect(datesAt('2015-12-31T18:00:00Z', 'This time last year, few traders expected a glut.')).toContain(
      'This time last year=2015-W01',
    );
    // Published on Tuesday 18 October 2022 (2022-W42).
    const lines = datesAt(
      '2022-10-18T15:00:00Z',
      'About 30% of pupils had been tested as of last week, up from the same time last year.',
    );
    expect(lines).toContain('the same time last year=2021-W41');
  });

  test('"Two decades ago" is the year twenty years back; "more than four decades ago" no year', () => {
    // Published on Monday 30 June 2025.
    const lines = datesAt(
      '2025-06-30T12:00:00Z',
      'Two decades ago, the river ran dry.',
      'The mill closed more than four decades ago.',
    );
    expect(lines).toContain('Two decades ago=2005');
    expect(lines.some((l) => l.startsWith('more than four decades ago=') && /=\d{4}$/u.test(l))).toBe(false);
  });
});

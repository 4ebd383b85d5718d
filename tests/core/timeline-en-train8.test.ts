import { describe, expect, test } from 'vitest';
import { datesAt, timelineAt, valueOf } from '../helpers/timeline-story';

// Families of wrong timeline entries left on the English train pages of the lang-news set after
// the sixth round (issue 16), fixed as families on texts of our own.

describe('a weekday the story has placed ahead keeps that day when named again', () => {
  test('a guide’s "Friday:" then "a weekday schedule on Friday, the transit agency says"', () => {
    // Published on Wednesday 22 November 2023.
    const lines = datesAt(
      '2023-11-22T15:00:00Z',
      'Here is what is worth going out for, from Thursday to Sunday.',
      'Thursday: The lantern parade leaves the park at 8am.',
      'Friday: The craft fair opens at 10am.',
      'Ferries run on a holiday timetable on Thursday and a weekday timetable on Friday, the port says.',
    );
    expect(lines.filter((l) => l.startsWith('Friday='))).toEqual(['Friday=2023-11-24', 'Friday=2023-11-24']);
  });

  test('"reopen on Friday with extended hours": a participle after a preposition is no past', () => {
    // Published on Wednesday 12 November 2025; "Friday, Nov. 14" placed first.
    const lines = datesAt(
      '2025-11-12T15:00:00Z',
      'The gallery closes for a rehang until Friday, Nov. 14.',
      'The library shuts on Thursday, though the gallery reopens on Friday with extended hours.',
    );
    expect(lines).toContain('Friday=2025-11-14');
    expect(lines).not.toContain('Friday=2025-11-07');
  });

  test('told in the past, or "last Friday", it stays the one before', () => {
    const lines = datesAt(
      '2025-11-12T15:00:00Z',
      'The gallery closes for a rehang until Friday, Nov. 14.',
      'Its shop sold out of prints on Friday.',
      'The board met last Friday.',
    );
    expect(lines).toContain('Friday=2025-11-07');
    expect(lines).toContain('last Friday=2025-11-07');
  });
});

describe('"the weekend" in a guide’s item opened by a Saturday or Sunday ahead', () => {
  test('"Sunday: Close out the weekend at the garden" is the coming weekend', () => {
    // Published on Wednesday 22 November 2023: the weekend of Sunday 26 November is 2023-W47.
    const lines = timelineAt(
      '2023-11-22T15:00:00Z',
      'Our pick of the long weekend, from Thursday to Sunday.',
      'Saturday: The model railway show is on at the old depot.',
      'Sunday: Close out the weekend at the botanic garden’s light trail.',
    );
    expect(valueOf(lines, 'the weekend')).toBe('2023-W47-WE');
  });
});

describe('a season told in the past', () => {
  test('"told analysts that buyers who stocked up in the spring had …", in January: last year’s', () => {
    // Published on Wednesday 30 January 2019.
    const lines = datesAt(
      '2019-01-30T21:00:00Z',
      'The chief executive told investors that shops which ordered heavily in the spring and early summer had spent the autumn clearing stock.',
      'The board announced that the flagship store reopens in the summer.',
    );
    expect(valueOf(lines, 'the spring')).toBe('2018-SP');
    expect(valueOf(lines, 'early summer')).toBe('2018-SU');
    // What was announced, not when: the coming summer.
    expect(valueOf(lines, 'the summer')).toBe('2019-SU');
  });

  test('"since the spring" just after a month of an earlier year is that year’s spring', () => {
    // Published on Saturday 14 March 2020, of a mill shut in 1993.
    const lines = datesAt(
      '2020-03-14T06:00:00Z',
      'The mill shut in November 1993, with a last shift of 80 weavers. "We had felt it coming since the spring," one of them said.',
      'The foundry closed in June 1994. Its owners had warned since the winter.',
    );
    expect(valueOf(lines, 'the spring')).toBe('1993-SP');
    // "since the winter" in June: the winter that began the December before.
    expect(valueOf(lines, 'the winter')).toBe('1993-WI');
  });

  test('a stretch that runs until now ("has been training since the summer") is told from now', () => {
    // Published on Wednesday 20 March 2024.
    const lines = datesAt(
      '2024-03-20T06:00:00Z',
      'The bowler broke his ankle on December 30, 2022, and has been training at the academy since the summer.',
    );
    expect(valueOf(lines, 'the summer')).toBe('2023-SU');
  });
});

describe('clock times and the days they run over', () => {
  // Published on Wednesday 1 June 2016.
  const iso = '2016-06-01T23:05:00Z';

  test('"between midnight and 4 a.m. Saturday" is one range on Saturday', () => {
    const lines = timelineAt(iso, 'Walkers may use the towpath except between midnight and 4 a.m. Saturday.');
    expect(lines).toContain('between midnight and 4 a.m. Saturday=2016-06-04T00:00/2016-06-04T04:00');
  });

  test('overnight: "from 10 p.m. to 5 a.m. Sunday" starts the evening before', () => {
    const lines = timelineAt(
      iso,
      'The ring road will close from 10 p.m. to 5 a.m. Sunday.',
      'The tunnel will shut between 11 p.m. and 6 a.m. Saturday.',
    );
    expect(lines).toContain('10 p.m. to 5 a.m. Sunday=2016-06-04T22:00/2016-06-05T05:00');
    expect(lines).toContain('between 11 p.m. and 6 a.m. Saturday=2016-06-03T23:00/2016-06-04T06:00');
  });

  test('"from 11 p.m. Friday until the start of service on Monday morning" is the days', () => {
    const lines = timelineAt(
      iso,
      'Buses will replace the trams from 11 p.m. Friday until the start of service on Monday morning.',
    );
    expect(lines).toContain('11 p.m. Friday until the start of service on Monday morning=2016-06-03/2016-06-06');
  });

  test('daily hours on a run of days: the days, not the hours', () => {
    const lines = timelineAt(
      iso,
      'The lantern trail opens on select nights through July 7, from 5pm to 10pm.',
      'The fair will be open from 8 a.m. to 6 p.m. Saturday through Monday.',
    );
    expect(lines).toContain('July 7=2016-07-07');
    expect(lines).toContain('Saturday through Monday=2016-06-04/2016-06-06');
    expect(lines.some((l) => /T1[78]:00|T08:00/u.test(l))).toBe(false);
  });

  test('one day’s hours stay that day’s times', () => {
    const lines = timelineAt(iso, 'The hall will be open from 9 a.m. to 5 p.m. Saturday.');
    expect(lines).toContain('9 a.m. to 5 p.m. Saturday=2016-06-04T09:00/2016-06-04T17:00');
  });
});

describe('a month or a weekday looked ahead to', () => {
  test('"evenings in early December were already gone", in late November: the coming December', () => {
    // Published on Wednesday 22 November 2023.
    const lines = datesAt(
      '2023-11-22T15:00:00Z',
      'Skating slots in early December were already sold when we rang on Monday.',
      'The rink was shut for repairs in late June.',
    );
    expect(valueOf(lines, 'early December')).toBe('2023-12');
    expect(valueOf(lines, 'late June')).toBe('2023-06');
  });

  test('"investors are now focused on the jobs report on Friday", on a Wednesday: the coming Friday', () => {
    // Published on Wednesday 31 March 2021.
    const lines = datesAt(
      '2021-03-31T15:00:00Z',
      'Bond traders are now focused on the payrolls report on Friday.',
      'Dealers await the central bank’s minutes on Thursday.',
      'Traders sold gilts on Monday.',
    );
    expect(valueOf(lines, 'Friday')).toBe('2021-04-02');
    expect(valueOf(lines, 'Thursday')).toBe('2021-04-01');
    expect(valueOf(lines, 'Monday')).toBe('2021-03-29');
  });
});

describe('a quarter named by the month it ends in', () => {
  test('"the December quarter" in January is last year’s fourth quarter, "a year earlier" the one before', () => {
    // Published on Thursday 11 January 2024.
    const lines = datesAt(
      '2024-01-11T13:35:00Z',
      'The lender’s profit rose 6% in the December quarter, against a fall a year earlier.',
    );
    expect(valueOf(lines, 'the December quarter')).toBe('2023-Q4');
    expect(valueOf(lines, 'a year earlier')).toBe('2022-Q4');
  });

  test('"the September quarter" in September is the one running, "the June quarter" the one before', () => {
    // Published on Thursday 19 September 2019.
    const lines = datesAt(
      '2019-09-19T01:58:00Z',
      'Figures for the September quarter are due next month; pay rose 2.3% over the year to the June quarter.',
      'The miner’s output in the March 2018 quarter was a record.',
    );
    expect(valueOf(lines, 'the September quarter')).toBe('2019-Q3');
    // "over the year to the June quarter": the four quarters up to it, one span (2018-Q3 to 2019-Q2;
    // the ruling of the thirty-first session).
    expect(valueOf(lines, 'the year to the June quarter')).toBe('2018-Q3');
    expect(valueOf(lines, 'the March 2018 quarter')).toBe('2018-Q1');
  });
});

describe('a month placed by the words around it', () => {
  test('"early October of that year" is the month of the year the story last wrote', () => {
    // Published on Monday 15 May 2023.
    const lines = datesAt(
      '2023-05-15T20:00:00Z',
      'Porters last struck in September 2016. That dispute ended in early October of that year.',
    );
    expect(valueOf(lines, 'early October of that year')).toBe('2016-10');
  });

  test('"a summit that was brought forward from November" is the nearest November', () => {
    // Published on Sunday 22 September 2019.
    const lines = datesAt(
      '2019-09-22T10:40:00Z',
      'Leaders meet on Oct 9, at a summit that was brought forward from November.',
    );
    expect(valueOf(lines, 'November')).toBe('2019-11');
  });

  test('"at the October meeting" names a fixture: the nearest October, whatever the tense', () => {
    // Published on Thursday 19 September 2019.
    const lines = datesAt(
      '2019-09-19T01:58:00Z',
      'Bets on a cut at the October meeting rose to 78 per cent.',
      'Prices fell sharply in October.',
    );
    expect(lines).toContain('October=2019-10');
    // A month told in the past that names no fixture stays the one before.
    expect(lines).toContain('October=2018-10');
  });
});

describe('a weekday of what was said would happen, or of next week', () => {
  test('"said new stock would arrive on Wednesday", on a Sunday: the coming Wednesday', () => {
    // Published on Sunday 22 September 2019.
    const lines = datesAt(
      '2019-09-22T10:40:00Z',
      'Chemists said their masks ran out on Saturday, and that new stock would arrive on Wednesday.',
      'The ferry company said it would post revised sailings on its website by Thursday evening.',
      'The mayor said she would look into what happened on Friday.',
    );
    expect(valueOf(lines, 'Wednesday')).toBe('2019-09-25');
    expect(valueOf(lines, 'Thursday evening')).toBe('2019-09-26TEV');
    // A verb in the past just before it tells another event: the Friday just gone.
    expect(valueOf(lines, 'Friday')).toBe('2019-09-20');
  });

  test('"on Wednesday and Thursday of next week" are next week’s days', () => {
    // Published on Tuesday 16 May 2023: next week runs from Monday 22 May.
    const lines = datesAt(
      '2023-05-16T06:30:00Z',
      'Members will vote at depots on Wednesday and Thursday of next week.',
    );
    expect(valueOf(lines, 'Wednesday')).toBe('2023-05-24');
    expect(lines.some((l) => l.endsWith('=2023-05-25'))).toBe(true);
  });
});

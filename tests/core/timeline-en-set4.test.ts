import { describe, expect, test } from 'vitest';
import { datesAt, timelineAt, valueOf } from '../helpers/timeline-story';

// Families of wrong timeline entries on the fourth English set of the lang-news pages (issue 16,
// part 2), fixed as families on texts of our own.

describe('"this time last year" is the week holding the same date a year back, not the whole year', () => {
  test('in an ordinary week, at a turn of year, and after a year of 53 weeks', () => {
    // Published on Wednesday 12 June 2024 (2024-W24).
    expect(
      valueOf(
        datesAt('2024-06-12T09:00:00Z', 'The lake is 80% full, against 95% this time last year.'),
        'this time last year',
      ),
    ).toBe('2023-W24');
    // Thursday 30 December 2021: Wednesday 30 December 2020 lies in 2020-W53.
    expect(
      valueOf(datesAt('2021-12-30T15:00:00Z', 'This time last year the roads were dry.'), 'This time last year'),
    ).toBe('2020-W53');
    // Thursday 31 December 2015 (2015-W53): Wednesday 31 December 2014 lies in 2015-W01.
    expect(
      valueOf(
        datesAt('2015-12-31T15:00:00Z', 'At this point last year, traders were hopeful.'),
        'this point last year',
      ),
    ).toBe('2015-W01');
  });

  test('"last year" alone stays the year', () => {
    expect(valueOf(datesAt('2024-06-12T09:00:00Z', 'Sales fell last year, the firm said.'), 'last year')).toBe('2023');
  });
});

describe('"two decades ago" is the year twenty years back, as "a decade ago" is ten', () => {
  test('counted decades ago are years; "more than four decades ago" stays a decade', () => {
    const lines = datesAt(
      '2022-05-20T12:00:00Z',
      'Two decades ago the council first warned of floods.',
      'Three decades ago the pier was rebuilt.',
      'The mill closed more than four decades ago.',
    );
    expect(valueOf(lines, 'Two decades ago')).toBe('2002');
    expect(valueOf(lines, 'Three decades ago')).toBe('1992');
    expect(valueOf(lines, 'more than four decades ago')).toBe('198');
  });
});

describe('"lasts" is a verb, never "last s(econd)"', () => {
  test('no clock time is read from "a night there lasts two hours"', () => {
    const lines = timelineAt(
      '2023-06-29T08:00:00Z',
      'A full day on the comet lasts about six hours, and the battery lasts longer.',
      'The probe woke up last week.',
    );
    expect(lines.filter((l) => l.startsWith('lasts'))).toEqual([]);
    expect(lines).toContain('last week=2023-W25');
  });
});

describe('a day of Easter is that day, not the weekday nearest the story', () => {
  test('"Easter Monday", "Easter Sunday", "Good Friday" in a guide published before Easter', () => {
    // Published on Friday 31 March 2023; Easter Sunday fell on 9 April.
    const lines = timelineAt(
      '2023-03-31T09:00:00Z',
      'The ferry runs a reduced timetable on Good Friday and stops on Easter Monday.',
      'The bakery opens as usual on Easter Sunday.',
      'The museum opens on Sunday.',
    );
    expect(lines).toContain('Good Friday=2023-04-07');
    expect(lines).toContain('Easter Monday=2023-04-10');
    expect(lines).toContain('Easter Sunday=2023-04-09');
    expect(lines).toContain('Sunday=2023-04-02');
  });

  test('the Easter nearest the story, or the year written after it', () => {
    // Published on Friday 2 June 2023, after Easter: that spring's.
    expect(timelineAt('2023-06-02T09:00:00Z', 'The bridge has been shut since Easter Monday.')).toContain(
      'Easter Monday=2023-04-10',
    );
    expect(timelineAt('2024-02-16T09:00:00Z', 'They last played together on Easter Sunday 2021.')).toContain(
      'Easter Sunday 2021=2021-04-04',
    );
  });

  test('a weekday after another capitalised word keeps its reading', () => {
    const lines = datesAt('2023-03-31T09:00:00Z', 'The Black Friday sale starts early.');
    expect(lines.filter((l) => /Friday/u.test(l))).toEqual([]);
  });
});

describe('a weekday after a present or a modal that schedules is the coming one', () => {
  test('"can return as early as", "is expected", "meets", "go on general sale", "start over"', () => {
    // Published on Thursday 30 December 2021.
    const lines = datesAt(
      '2021-12-30T15:00:00Z',
      'The striker can rejoin the squad as early as Saturday if his scan is clear.',
      'A verdict is expected Tuesday night.',
      'The council meets Tuesday at 7 p.m. in the library.',
      'Seats go on general sale at 10am on Monday.',
      'The club starts again Sunday at home, and its manager says nobody has forgotten how the spring ended.',
    );
    expect(lines).toContain('Saturday=2022-01-01');
    expect(lines).toContain('Tuesday night=2022-01-04');
    expect(lines).toContain('Tuesday at 7 p.m=2022-01-04T19:00');
    expect(lines).toContain('10am on Monday=2022-01-03T10:00');
    expect(lines).toContain('Sunday=2022-01-02');
  });

  test('the same words in the past keep the day gone by', () => {
    const lines = datesAt(
      '2021-12-30T15:00:00Z',
      'The ruling, which was expected Tuesday, was put off.',
      'The council met Tuesday at 7 p.m. in the library.',
    );
    expect(lines).toContain('Tuesday=2021-12-28');
    expect(lines).toContain('Tuesday at 7 p.m=2021-12-28T19:00');
  });
});

describe('days joined by "and" are each their own point; "between" makes them one stretch', () => {
  test('"on Nov. 14 and 15", "meets June 30 and July 1", "met on May 6 and 13"', () => {
    // Published on Monday 2 June 2025.
    const lines = timelineAt(
      '2025-06-02T12:00:00Z',
      'Last autumn a gale on Nov. 14 and 15 brought down the old elm.',
      'The rate-setting committee meets June 30 and July 1.',
      'The committee met on May 6 and 13.',
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        'Nov. 14=2024-11-14',
        '15=2024-11-15',
        'June 30=2025-06-30',
        'July 1=2025-07-01',
        'May 6=2025-05-06',
        '13=2025-05-13',
      ]),
    );
    expect(lines.some((l) => l.includes('/'))).toBe(false);
  });

  test('a count after "and" is no day; "between Nov. 14 and 15" is one stretch', () => {
    const lines = timelineAt(
      '2025-06-02T12:00:00Z',
      'The river rose on May 20 and 21 inches of rain fell in a week.',
      'Talks with the union resumed on May 12 and 27 others joined.',
      'Last autumn the line was shut between Nov. 14 and 15 for repairs.',
    );
    expect(lines).toContain('May 20=2025-05-20');
    expect(lines).toContain('May 12=2025-05-12');
    expect(lines.filter((l) => /^\d+=/u.test(l))).toEqual([]);
    expect(lines).toContain('Nov. 14 and 15=2024-11-14/2024-11-15');
    // The date mention of a stretch stays its first day, as TimeML writes it.
    expect(datesAt('2025-06-02T12:00:00Z', 'The line was shut between Nov. 14 and 15.')).toContain(
      'Nov. 14=2024-11-14',
    );
  });
});

describe('a stretch whose two ends are of different kinds is one range on the timeline', () => {
  test('"from 1998 until last year", "between Monday morning and noon Tuesday", a run of days with its hours', () => {
    // Published on Sunday 14 August 2016.
    const lines = timelineAt(
      '2016-08-14T12:00:00Z',
      'He chaired the rowing club from 1998 until last year.',
      'Forecasters expect rain between Monday morning and noon Tuesday.',
      'Garden lanterns: from May 2 to June 20, 7 p.m. to 10 p.m. each evening.',
    );
    expect(lines).toContain('1998 until last year=1998/2015');
    expect(lines).toContain('Monday morning and noon Tuesday=2016-08-15/2016-08-16');
    expect(lines).toContain('May 2 to June 20, 7 p.m=2016-05-02/2016-06-20');
  });

  test('two clock times on two days are one range of times', () => {
    const lines = timelineAt(
      '2016-08-14T12:00:00Z',
      'The warning runs from 3 p.m. Monday until noon Tuesday.',
      'Crews will shut the bypass from 10 p.m. Saturday until 6 a.m. Monday.',
    );
    expect(lines).toContain('3 p.m. Monday until noon Tuesday=2016-08-15T15:00/2016-08-16T12:00');
    // "6 a.m. Monday" alone would be the Monday gone by; after Saturday it is the one after it.
    expect(lines).toContain('10 p.m. Saturday until 6 a.m. Monday=2016-08-20T22:00/2016-08-22T06:00');
  });
});

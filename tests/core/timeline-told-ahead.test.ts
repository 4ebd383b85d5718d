import { describe, expect, test } from 'vitest';
import { timelineAt, valueOf } from '../helpers/timeline-story';

// Families of wrong entries found on the en-train7 pages of the lang-news set (English news
// written blind for issue 16), on texts of our own: weekdays told ahead in the present, spells
// of days shown as two points, and months told in the past placed after the publication.

describe('a weekday told ahead in the present', () => {
  // Published on Wednesday 8 March 2023: the coming Friday is 10 March, the last one 3 March.
  const iso = '2023-03-08T15:00:00Z';

  test('"expects the river to crest on Friday", after a verb in the past', () => {
    const lines = timelineAt(
      iso,
      'The agency said it had opened two shelters and expects the river to crest on Friday.',
    );
    expect(valueOf(lines, 'Friday')).toBe('2023-03-10');
  });

  test('"the deadline is Friday", "the fair is on Friday this year"', () => {
    expect(valueOf(timelineAt(iso, 'The filing deadline is Friday.'), 'Friday')).toBe('2023-03-10');
    expect(valueOf(timelineAt(iso, 'The spring fair, held on a weekday, is on Friday this year.'), 'Friday')).toBe(
      '2023-03-10',
    );
  });

  test('"also on the agenda: a hearing Friday"', () => {
    const lines = timelineAt(iso, 'Also on the agenda: a hearing Friday on the new zoning map.');
    expect(valueOf(lines, 'Friday')).toBe('2023-03-10');
  });

  test('"the team begin with … : Hull on Friday", a fixture told in the present', () => {
    const lines = timelineAt(
      iso,
      'The leaders begin with two home games in a week: Hull on Friday and Derby on March 14.',
    );
    expect(valueOf(lines, 'Friday')).toBe('2023-03-10');
  });

  test('still the last one: "the deadline was Friday", "rain fell on Friday"', () => {
    expect(valueOf(timelineAt(iso, 'The filing deadline was Friday.'), 'Friday')).toBe('2023-03-03');
    expect(valueOf(timelineAt(iso, 'Rain fell on Friday.'), 'Friday')).toBe('2023-03-03');
  });
});

describe('a spell of days is one range', () => {
  // Published on Tuesday 7 March 2023.
  const iso = '2023-03-07T15:00:00Z';

  test('"Saturday into Sunday", "from Thursday night until at least noon Friday"', () => {
    expect(timelineAt(iso, 'Heavy rain is forecast Saturday into Sunday.')).toContain(
      'Saturday into Sunday=2023-03-11/2023-03-12',
    );
    expect(
      timelineAt(iso, 'People should stay home from Thursday night until at least noon Friday, the county said.'),
    ).toContain('Thursday night until at least noon Friday=2023-03-09/2023-03-10');
  });

  test('a spell that ends on a Sunday ends that Sunday', () => {
    expect(timelineAt(iso, 'The market is open from Thursday evening to Sunday.')).toContain(
      'Thursday evening to Sunday=2023-03-09/2023-03-12',
    );
  });

  test('a day moved from one weekday to another is two points', () => {
    const lines = timelineAt(iso, 'The board moved its vote from Thursday evening to Friday.');
    expect(lines.some((l) => l.includes('/'))).toBe(false);
  });

  test('"Thursday from 2 p.m. to 6 p.m." is one range of times on that day', () => {
    expect(timelineAt(iso, 'The library will hold a book sale Thursday from 2 p.m. to 6 p.m. in its annex.')).toContain(
      'Thursday from 2 p.m. to 6 p.m=2023-03-09T14:00/2023-03-09T18:00',
    );
  });
});

describe('a month told in the past is not one after the publication', () => {
  test('"down 12% since the start of February", on the last day of January: last February', () => {
    const lines = timelineAt('2023-01-31T15:00:00Z', 'The stock closed at $14, down 12% since the start of February.');
    expect(valueOf(lines, 'the start of February')).toBe('2022-02');
  });

  test("a month and day told in the past weeks after the publication is last year's", () => {
    const lines = timelineAt(
      '2023-12-28T15:00:00Z',
      'The shares slid for weeks after the recall, and reached their low for the year on Feb. 9.',
    );
    expect(valueOf(lines, 'Feb. 9')).toBe('2023-02-09');
  });

  test('still ahead: a fixture in the present, a date after "to", a past verb in another phrase', () => {
    const iso = '2023-12-28T15:00:00Z';
    expect(
      valueOf(timelineAt(iso, 'Leeds hosts Hull on Jan. 9 in a rematch of an October game, which Hull won.'), 'Jan. 9'),
    ).toBe('2024-01-09');
    expect(valueOf(timelineAt(iso, 'The council extended the consultation to Jan. 9.'), 'Jan. 9')).toBe('2024-01-09');
    expect(
      valueOf(
        timelineAt(
          iso,
          'The play, which toured last year, opens in limited runs on Jan. 4 and moves to London on Jan. 9.',
        ),
        'Jan. 9',
      ),
    ).toBe('2024-01-09');
  });
});

describe('"the following month" and "the following week" of an old story', () => {
  test('counted from "late September 2016", a month with its year written', () => {
    const lines = timelineAt(
      '2018-06-13T15:00:00Z',
      'In late October 2015, volunteers stacked sandbags along the levee. The sandbags held, and they were cleared the following month.',
    );
    expect(valueOf(lines, 'the following month')).toBe('2015-11');
  });

  test('the week after a day the text does not give is no point of the timeline', () => {
    const lines = timelineAt(
      '2023-01-10T15:00:00Z',
      'She sat on the council from 2001 to 2009. In her first term, a zoning bill reached the floor late one night. It passed the following week.',
    );
    expect(lines.some((l) => l.startsWith('the following week='))).toBe(false);
  });
});

describe('"the previous week" after a game of the story', () => {
  test('still the week before the day it counts from', () => {
    const lines = timelineAt(
      '2019-12-27T05:00:00Z',
      'The Hawks beat Utah 112-104 on Dec. 26.',
      'The previous week, they lost at Denver.',
    );
    expect(valueOf(lines, 'The previous week')).toBe('2019-W51');
  });
});

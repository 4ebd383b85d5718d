import { describe, expect, test } from 'vitest';
import { timelineAt, valueOf } from '../helpers/timeline-story';

// Families of wrong entries found on the en-train pages of the lang-news set (English news
// written blind for issue 16), on texts of our own. Each story is published at `at`.

describe('two dates written as one stretch are one range', () => {
  test('"from 2005 to 2012", "between March 2009 and June 2011", "from December 2020 to January 2021"', () => {
    const entries = timelineAt(
      '2014-05-07T12:00:00Z',
      'Olsen, who ran the harbour board from 2005 to 2012, was charged on Tuesday.',
      'Auditors found that between March 2009 and June 2011 the board paid 30 invoices twice.',
      'A freeze that lasted from December 2010 to January 2011 closed the port.',
    );
    expect(entries).toEqual(
      expect.arrayContaining([
        '2005 to 2012=2005/2012',
        'March 2009 and June 2011=2009-03/2011-06',
        'December 2010 to January 2011=2010-12/2011-01',
      ]),
    );
    expect(valueOf(entries, '2005')).toBeUndefined();
  });

  test('two years that are no stretch stay two points', () => {
    const entries = timelineAt('2014-05-07T12:00:00Z', 'The plant opened in 2005 and closed in 2012.');
    expect(entries).toEqual(expect.arrayContaining(['2005=2005', '2012=2012']));
  });
});

describe('a month without a year that the sentence looks ahead to', () => {
  const story = '2021-10-13T15:00:00Z'; // a Wednesday
  test('a stretch that runs to it, a modal, a present that schedules', () => {
    const entries = timelineAt(
      story,
      'Staff said on Monday that a temporary budget, running into February, was the likeliest outcome.',
      'The deal includes a fuel subsidy starting in January and keeps several grants that were due to end.',
      'The mayor said she hoped talks could resume so that the council could vote on it in December.',
      'The company expects sales of $2 billion for the quarter ending in November, analysts said.',
      'Its fiscal 2022 ends on Jan. 31.',
    );
    expect(valueOf(entries, 'February')).toBe('2022-02');
    expect(valueOf(entries, 'January')).toBe('2022-01');
    expect(valueOf(entries, 'December')).toBe('2021-12');
    expect(valueOf(entries, 'November')).toBe('2021-11');
    expect(valueOf(entries, 'Jan. 31')).toBe('2022-01-31');
  });

  test('told in the past, a month stays the last one', () => {
    const entries = timelineAt(story, 'The firm laid off 300 workers in February, its filing showed.');
    expect(valueOf(entries, 'February')).toBe('2021-02');
  });

  test("a quarter not begun yet that a plan looks ahead to is this year's", () => {
    const entries = timelineAt(
      '2021-04-20T15:00:00Z',
      'The company said it would open the new plant in the third quarter.',
      'Profit fell in the fourth quarter, it said.',
    );
    expect(entries).toEqual(expect.arrayContaining(['the third quarter=2021-Q3', 'the fourth quarter=2020-Q4']));
  });
});

describe('a month of the year the story just wrote', () => {
  test('"October of that year", and a month joined to it', () => {
    const entries = timelineAt(
      '2021-10-13T15:00:00Z',
      'The scheme was uncovered in the summer of 2017. Police arrested the treasurer in October of that year.',
    );
    expect(valueOf(entries, 'October of that year')).toBe('2017-10');
    const flu = timelineAt(
      '2021-10-13T15:00:00Z',
      'The 1957 flu, which spread in September and October of that year, was the last of its kind.',
    );
    expect(flu).toEqual(['September=1957-09', 'October of that year=1957-10']);
  });

  test('"October of that year" with no year before it is no point of the timeline', () => {
    const entries = timelineAt('2021-10-13T15:00:00Z', 'Police arrested the treasurer in October of that year.');
    expect(entries).toEqual([]);
  });

  test('"in early May 1945 ... on 8 May": the day is in the month the sentence dated', () => {
    const entries = timelineAt(
      '2021-10-13T15:00:00Z',
      'Troops reached the city in early May 1945 and the garrison surrendered on 8 May.',
    );
    expect(valueOf(entries, '8 May')).toBe('1945-05-08');
  });

  test('a weekday of another month is not moved', () => {
    const entries = timelineAt(
      '2021-10-13T15:00:00Z',
      'Forty years after the dam opened on 2 October 1981, crowds gathered on Sunday night.',
    );
    expect(valueOf(entries, 'Sunday night')).toBe('2021-10-10');
  });
});

describe('seasons', () => {
  test('winter is named by the year it begins in', () => {
    const june = timelineAt('2019-06-12T15:00:00Z', 'The council must fix the roofs before next winter.');
    expect(valueOf(june, 'next winter')).toBe('2019-WI');
    const november = timelineAt('2019-11-20T15:00:00Z', 'Nobody wants to repeat what we went through last winter.');
    expect(valueOf(november, 'last winter')).toBe('2018-WI');
    const february = timelineAt('2020-02-12T15:00:00Z', 'Flu cases have risen sharply this winter.');
    expect(valueOf(february, 'this winter')).toBe('2019-WI');
  });

  test("a season the sentence looks ahead to, after this year's is over", () => {
    const entries = timelineAt(
      '2021-10-13T15:00:00Z',
      'The agency will publish a report every month through the spring.',
    );
    expect(valueOf(entries, 'the spring')).toBe('2022-SP');
  });

  test('"the fall of" a name is no season', () => {
    const entries = timelineAt(
      '2021-10-13T15:00:00Z',
      'For many students the fall of the Berlin Wall is history. The fall of 2019 was wet.',
    );
    expect(entries).toEqual(['The fall of 2019=2019-FA']);
  });
});

describe('stretches the year alone would misdate', () => {
  test('"the same time last year" is no point of the timeline', () => {
    const entries = timelineAt(
      '2021-10-13T15:00:00Z',
      'Bookings were up 8% last week, against a fall in the same period last year.',
    );
    expect(entries).toEqual(['last week=2021-W40']);
  });

  test('"the week ending Oct. 2" is that day\'s week', () => {
    const entries = timelineAt(
      '2021-10-13T15:00:00Z',
      'Figures released on Friday show that sales in the week ending Oct. 2 were the highest this year.',
    );
    expect(valueOf(entries, 'the week ending Oct. 2')).toBe('2021-W39');
  });
});

describe('clock times and days', () => {
  test('"from 6 a.m. to 2 p.m. next Sunday": one range on the coming Sunday', () => {
    // Published on Sunday 16 February 2020.
    const entries = timelineAt('2020-02-16T12:00:00Z', 'The market will run from 7 a.m. to 1 p.m. next Sunday.');
    expect(entries).toEqual(['7 a.m. to 1 p.m. next Sunday=2020-02-23T07:00/2020-02-23T13:00']);
  });

  // (The guidelines settle its end: a deadline "at midnight on Jan. 30" is `…T24:00`.)
  test('"midnight Thursday" is the end of Thursday', () => {
    const entries = timelineAt('2019-11-20T15:00:00Z', 'The current funding runs out at midnight Thursday.');
    expect(entries).toEqual(['midnight Thursday=2019-11-21T24:00']);
  });

  test('"on 3 and 4 October": two days, each its own point; "between 3 and 4 October" one range', () => {
    const entries = timelineAt('2025-06-05T11:00:00Z', 'The band plays Leeds on 3 and 4 October.');
    expect(entries).toEqual(['3=2025-10-03', '4 October=2025-10-04']);
    const range = timelineAt('2025-06-05T11:00:00Z', 'The strike will run between 3 and 4 October.');
    expect(range).toEqual(['3 and 4 October=2025-10-03/2025-10-04']);
  });
});

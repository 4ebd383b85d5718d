import { describe, expect, test } from 'vitest';
import { describeDate } from '../../src/core/dates/label';
import { recogniseDates } from '../../src/core/dates/chrono-dates';
import { buildTimeline } from '../../src/core/dates/timeline';
import { at, blocksOf, datesAt, timelineAt, valueOf } from '../helpers/timeline-story';

// Families of wrong timeline entries found on the en-train2 pages of the lang-news set
// (English news written blind for issue 16), on texts of our own.

describe('the end of a month is the month; a half of a year the half', () => {
  const texts = [
    'The tenants must leave the building by the end of the month, the landlord said.',
    'Growers have shipped 40,000 crates since the end of August.',
    'The ferry stopped running at the end of May 2017.',
    'Work on the bridge is expected to start in the second half of this year.',
    'The mill lost money in the first half of 2019.',
  ];
  test('"the end of the month", "since the end of August", "the end of May 2017", "the second half of this year"', () => {
    const dates = datesAt('2021-03-10T12:00:00Z', ...texts);
    expect(valueOf(dates, 'the end of the month')).toBe('2021-03');
    expect(valueOf(dates, 'the end of August')).toBe('2020-08');
    expect(valueOf(dates, 'the end of May 2017')).toBe('2017-05');
    expect(valueOf(dates, 'the second half of this year')).toBe('2021-H2');
    expect(valueOf(dates, 'the first half of 2019')).toBe('2019-H1');
  });

  test('"the end of Friday" is no month', () => {
    const dates = datesAt('2021-03-10T12:00:00Z', 'The union must answer by the end of Friday, the company said.');
    expect(dates.some((d) => /=2021-03$/u.test(d))).toBe(false);
  });

  test('on the timeline as the period (TimeML), in words, after the days of the month they end', () => {
    const blocks = blocksOf(
      'The tenants must leave the building by the end of the month, the landlord said.',
      'Rent is due on the last day of the month. Inspectors came on the 12th of March.',
      'The firm hopes to list its shares in the first half of next year.',
    );
    const entries = buildTimeline(blocks, recogniseDates(blocks, at('2021-03-10T12:00:00Z')));
    const shown = entries.map((e) => `${e.text}=${describeDate(e.value, e.endValue, e.mod, 'en-GB')}`);
    expect(shown).toEqual([
      'the 12th of March=12 Mar 2021',
      'the end of the month=late March 2021',
      'the last day of the month=31 Mar 2021',
      'the first half of next year=first half of 2022',
    ]);
  });

  test('"the end of May last year" is last year\'s month; "Last year we … by the end of November" in a quote too', () => {
    const dates = datesAt(
      '2016-12-14T12:00:00Z',
      'The ferry stopped running at the end of May last year, the council said.',
      'Queues stretched for hours in early December. "Last year we had sold out every show by the end of November," one organiser said.',
    );
    expect(valueOf(dates, 'the end of May last year')).toBe('2015-05');
    expect(valueOf(dates, 'the end of November')).toBe('2015-11');
  });

  test('"the end of the month" told in the past: the month the story last named, else off the timeline', () => {
    const entries = timelineAt(
      '2021-06-10T12:00:00Z',
      'The plant closed on April 3. By the end of the month, 400 workers had left.',
      'The council said the new road would open by the end of the month.',
      'The bill extends a pay raise starting in July and programs that were set to lapse at the end of the month.',
    );
    expect(entries).toEqual([
      'April 3=2021-04-03',
      'the end of the month=2021-04',
      'the end of the month=2021-06',
      'July=2021-07',
    ]);
    const early = timelineAt('2021-02-02T12:00:00Z', 'The deadline passed at the end of the month without a deal.');
    expect(early).toEqual([]);
  });

  test('"the second half of December" is the month, not a half-year', () => {
    const dates = datesAt(
      '2022-12-28T12:00:00Z',
      'Emergency waits grew in the second half of December, the trust said.',
    );
    expect(dates.filter((d) => /-H\d$/u.test(d))).toEqual([]);
    expect(dates.some((d) => /=2022-12$/u.test(d))).toBe(true);
  });
});

describe('two months or days of one stretch, written without the year, are one range', () => {
  test('"between February and late June", "from November 28 to January 3", "from 6 to 9 May", "between March and April"', () => {
    const entries = timelineAt(
      '2021-08-20T12:00:00Z',
      'Inspectors logged 300 complaints between February and late June, twice as many as a year before.',
      'The winter market ran from November 28 to January 3 and drew 90,000 visitors, the council said in its report on the season.',
      'The ward was shut from 6 to 9 May for cleaning.',
      'A poll taken between March and April found most residents opposed the plan.',
    );
    expect(entries).toEqual(
      expect.arrayContaining([
        'February and late June=2021-02/2021-06',
        '6 to 9 May=2021-05-06/2021-05-09',
        'March and April=2021-03/2021-04',
      ]),
    );
    expect(valueOf(entries, 'February')).toBeUndefined();
    expect(entries.filter((e) => e.startsWith('November 28 to January 3='))).toHaveLength(1);
  });

  // A stretch without its year is placed by its tense as a whole (year-less-ranges.ts).
  test('"the winter market ran from November 28 to January 3" in August is the winter before', () => {
    const entries = timelineAt(
      '2021-08-20T12:00:00Z',
      'The winter market ran from November 28 to January 3 and drew 90,000 visitors, the council said in its report on the season.',
    );
    expect(entries).toContain('November 28 to January 3=2020-11-28/2021-01-03');
  });

  test('a stretch told in the present or future has not ended before the story; one told in the past has ended', () => {
    const entries = timelineAt(
      '2021-07-19T12:00:00Z',
      'The launch window runs from 14 February to 2 March, the agency said.',
      'The town fair will run from December 20 to January 2.',
      'The bridge was closed from 3 to 9 May for repairs.',
      'The exhibition ran from 10 June to 28 August and drew 40,000 visitors.',
    );
    expect(entries).toEqual(
      expect.arrayContaining([
        '14 February to 2 March=2022-02-14/2022-03-02',
        'December 20 to January 2=2021-12-20/2022-01-02',
        '3 to 9 May=2021-05-03/2021-05-09',
        '10 June to 28 August=2020-06-10/2020-08-28',
      ]),
    );
  });

  test('"march" the verb after "and" stays no date', () => {
    const entries = timelineAt('2021-08-20T12:00:00Z', 'Nurses rallied in April and march on the capitol today.');
    expect(entries.some((e) => /march/iu.test(e))).toBe(false);
  });
});

describe('a weekday the nearest tense word puts ahead', () => {
  const story = '2022-03-16T15:00:00Z'; // a Wednesday
  test('a modal, a present that ends or schedules, "to come", a plan', () => {
    const entries = timelineAt(
      story,
      'The front may bring gales overnight before it clears the coast Friday morning.',
      'Forecasters say the rain should ease from Sunday.',
      'The lease on the depot runs out at midnight Saturday, when the new owners take over.',
      'The club sits third with a derby against Leeds to come on Monday.',
      'Union leaders plan to put the offer, with its new pension terms and a pay rise, to members on Thursday.',
    );
    expect(valueOf(entries, 'Friday morning')).toBe('2022-03-18');
    expect(valueOf(entries, 'Sunday')).toBe('2022-03-20');
    expect(valueOf(entries, 'Monday')).toBe('2022-03-21');
    expect(valueOf(entries, 'Thursday')).toBe('2022-03-17');
  });

  test('a verb in the past nearer than the modal, or "could", "would", "planned", keep the weekday behind', () => {
    const entries = timelineAt(
      story,
      'Officers said the driver, who was stopped Monday, may face a fine.',
      'The mayor told reporters on Tuesday that the bridge might reopen.',
      'His relatives could not be reached Sunday.',
      'On Saturday, the council planned to vote on the budget.',
    );
    expect(valueOf(entries, 'Monday')).toBe('2022-03-14');
    expect(valueOf(entries, 'Tuesday')).toBe('2022-03-15');
    expect(valueOf(entries, 'Sunday')).toBe('2022-03-13');
    expect(valueOf(entries, 'Saturday')).toBe('2022-03-12');
  });
});

describe('a sentence that opens on a past year dates its months and seasons', () => {
  test('"In 2011, … in the autumn", "Last year, … on June 2", "since 1938, when … on Sept. 21"', () => {
    const entries = timelineAt(
      '2019-10-08T12:00:00Z',
      'In 2011, the first cases were found in the autumn, weeks before the usual season.',
      'Last year, the vote came on June 2.',
      'The town has not flooded since 1938, when a hurricane came ashore on Sept. 21 with little warning.',
      'The company was founded in 2015. In March it hired its first engineer.',
    );
    expect(valueOf(entries, 'the autumn')).toBe('2011-FA');
    expect(valueOf(entries, 'June 2')).toBe('2018-06-02');
    expect(valueOf(entries, 'Sept. 21')).toBe('1938-09-21');
    expect(valueOf(entries, 'March')).toBe('2019-03');
  });
});

describe('a capital letter alone is no time', () => {
  test('"a drop in the S&P 500"', () => {
    const entries = timelineAt(
      '2020-03-03T12:00:00Z',
      'Shares fell 3%, compared with a 1.2% drop in the S&P 500 index.',
    );
    expect(entries).toEqual([]);
  });
});

describe('a weekday told in the past before a future', () => {
  test('"which became final Tuesday, will create"', () => {
    const entries = timelineAt(
      '2022-03-16T15:00:00Z',
      'The merger of the two chains, which became final Tuesday, will create the largest publisher in the state.',
    );
    expect(valueOf(entries, 'Tuesday')).toBe('2022-03-15');
  });
});

describe('a clock time "last night" and a day of a month the sentence looks ahead to', () => {
  test('"22:00 last night" in a morning post is the day before', () => {
    const entries = timelineAt('2026-01-09T06:30:00Z', 'The storm made landfall shortly after 22:00 last night.');
    expect(valueOf(entries, '22:00 last night')).toBe('2026-01-08T22:00');
  });

  test('"will play … before a first home game on 27 April", in September, is next April', () => {
    const entries = timelineAt(
      '2017-09-29T08:00:00Z',
      'The club will play its first two matches away, at Leeds and York, before a first home game on 27 April.',
      'He was sentenced on 3 May.',
    );
    expect(valueOf(entries, '27 April')).toBe('2018-04-27');
    expect(valueOf(entries, '3 May')).toBe('2017-05-03');
  });
});

describe('the weekend of a day', () => {
  test('"the weekend of 28 January" is that day\'s weekend, not this one', () => {
    const entries = timelineAt('2023-01-15T19:00:00Z', 'The sides meet again in the cup on the weekend of 28 January.');
    expect(valueOf(entries, 'the weekend of 28 January')).toBe('2023-W04-WE');
  });
});

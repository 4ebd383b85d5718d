import { describe, expect, test } from 'vitest';
import { datesAt, timelineAt, valueOf } from '../helpers/timeline-story';

// A company's own reporting period named again, and "a year ago" as a narrative frame: families
// found on the eighth and ninth English sets of the lang-news pages (issue 16), on sentences of
// our own.

describe('"the quarter" after a period named by its months', () => {
  test('"the three months ended Oct. 31 … in the quarter … a year ago": that period, then a year back', () => {
    // Published on Thursday 4 December 2025.
    const lines = datesAt(
      '2025-12-04T12:15:00Z',
      'Net income at the lender for the three months ended Oct. 31 rose to $2.1 billion.',
      'It set aside $300 million for bad loans in the quarter, down from $350 million a year ago.',
    );
    expect(valueOf(lines, 'the quarter')).toBe('2025-08');
    expect(valueOf(lines, 'a year ago')).toBe('2024-08');
  });

  test('"the half" after "the six months to September 30" is those six months', () => {
    const lines = datesAt(
      '2025-11-12T08:00:00Z',
      'Pre-tax profit at the grocer for the six months to September 30 rose 12%.',
      'Sales in the half rose 3% from the same period a year earlier.',
    );
    expect(valueOf(lines, 'the half')).toBe('2025-04');
    expect(valueOf(lines, 'a year earlier')).toBe('2024-04');
  });

  test('a calendar quarter named by its months stays the quarter', () => {
    const lines = datesAt(
      '2025-11-04T12:00:00Z',
      'Revenue for the three months ended Sept. 30 rose 4%. Margins in the quarter were thinner.',
    );
    expect(valueOf(lines, 'the quarter')).toBe('2025-Q3');
  });
});

describe('"a year ago" as a narrative frame is the year before', () => {
  test('"the sum the ministry had sought a year ago", in a budget story with revenue: the year', () => {
    const lines = datesAt(
      '2025-06-12T18:00:00Z',
      'The minister said the bill would raise 30 billion in new revenue, a fraction of the 300 billion the ministry had sought a year ago.',
    );
    expect(valueOf(lines, 'a year ago')).toBe('2024');
  });

  test('a figure compared with a year ago in results stays the quarter', () => {
    const lines = datesAt(
      '2025-07-29T16:00:00Z',
      'Net income fell to $40 million, or 12 cents a share, from $52 million a year ago.',
    );
    expect(valueOf(lines, 'a year ago')).toBe('2024-Q2');
  });
});

describe('a weekday right after a day placed ahead is a day of that week', () => {
  test('"Workers’ Day follows on Thursday, 1 May. … take Tuesday, Wednesday and Friday": that week', () => {
    // Published on Tuesday 22 April 2025.
    const lines = datesAt(
      '2025-04-22T11:00:00Z',
      'Labour Day falls on Thursday, 1 May. Many workers are expected to take Tuesday, Wednesday and Friday off.',
    );
    expect(valueOf(lines, 'Tuesday')).toBe('2025-04-29');
    expect(valueOf(lines, 'Wednesday')).toBe('2025-04-30');
    expect(valueOf(lines, 'Friday')).toBe('2025-05-02');
  });

  test('"on sale Thursday, with the general sale Friday": the Friday after', () => {
    // Published on Tuesday 9 December 2025.
    const lines = datesAt('2025-12-09T14:00:00Z', 'Fan tickets go on sale Thursday, with the general sale Friday.');
    expect(valueOf(lines, 'Friday')).toBe('2025-12-12');
  });

  test('a weekday told in the past, or "since Monday", stays the one just gone', () => {
    const lines = datesAt(
      '2025-12-16T16:00:00Z',
      'The launch is set for Tuesday, Dec. 23. Shares have fallen since Monday, when the firm cut prices.',
    );
    expect(valueOf(lines, 'Monday')).toBe('2025-12-15');
  });
});

describe('a weekday after "ahead of"', () => {
  test('"ahead of Diwali on Thursday", "ahead of Thursday’s derby": the coming one', () => {
    // Published on Monday 28 October 2024.
    const lines = datesAt(
      '2024-10-28T09:00:00Z',
      'Stations prepared for the busiest days of the year ahead of the festival on Thursday.',
      'The manager said he had nothing imminent ahead of Friday’s derby.',
    );
    expect(valueOf(lines, 'Thursday')).toBe('2024-10-31');
    expect(valueOf(lines, 'Friday')).toBe('2024-11-01');
  });

  test('"fell on Tuesday ahead of Wednesday’s decision", on a Thursday: the Wednesday after that Tuesday', () => {
    const lines = datesAt('2025-11-06T16:00:00Z', "Shares fell on Tuesday ahead of Wednesday's rate decision.");
    expect(valueOf(lines, 'Tuesday')).toBe('2025-11-04');
    expect(valueOf(lines, 'Wednesday')).toBe('2025-11-05');
  });
});

describe('a release put off to a month', () => {
  test('"pushed the launch of its cards to March", in December: next March', () => {
    const lines = datesAt(
      '2025-12-16T16:30:00Z',
      'The start-up has pushed the launch of its graphics cards to March, it told partners.',
    );
    expect(valueOf(lines, 'March')).toBe('2026-03');
  });

  test('"Last month, the studio pushed its sequel to March", in August: the March still to come', () => {
    const lines = datesAt('2026-08-20T09:00:00Z', 'Last month, the studio pushed its racing sequel to March.');
    expect(valueOf(lines, 'March')).toBe('2027-03');
  });
});

describe('a range of days without a year', () => {
  test('"will hold its conference on May 12-14", in October: both days next May', () => {
    const lines = timelineAt('2024-10-31T23:40:00Z', 'The firm will hold its user conference on May 12-14.');
    expect(lines).toContain('May 12-14=2025-05-12/2025-05-14');
  });
});

describe('a weekday of a dated opening, before a phrase told in the past', () => {
  test('"opens Nov. 8 with previews on Thursday night, and … the drama that won …": the Thursday before it', () => {
    // Published on Sunday 3 November 2024.
    const lines = datesAt(
      '2024-11-03T17:40:00Z',
      'Next weekend belongs to a thriller which opens Nov. 8 with previews on Thursday night, and to a drama that won a prize in May.',
    );
    expect(valueOf(lines, 'Thursday night')).toBe('2024-11-07');
  });
});

describe('the decimals of a price are no hour', () => {
  test('"rose to Sh21.15 on Wednesday" is the day; "left at 21.15 on Wednesday" keeps its time', () => {
    const lines = datesAt(
      '2024-11-13T14:40:00Z',
      'Shares rose 3.4 percent to Sh21.15 on Wednesday.',
      'The last train left at 21.15 on Wednesday.',
    );
    expect(lines).toContain('Wednesday=2024-11-13');
    expect(lines.some((l) => l.endsWith('T15:00'))).toBe(false);
    expect(lines).toContain('21.15 on Wednesday=2024-11-13T21:15');
  });
});

describe('two months read in the past, coordinated', () => {
  test('"their best months since February and November, respectively", in May: last November', () => {
    const lines = datesAt(
      '2024-05-31T20:41:00Z',
      'The two indexes had their best months since February and November, respectively.',
    );
    expect(valueOf(lines, 'February')).toBe('2024-02');
    expect(valueOf(lines, 'November')).toBe('2023-11');
  });
});

describe('a present that schedules, and "tonight" in the small hours', () => {
  test('"the sales continue with one house on Tuesday", on a Thursday: next Tuesday', () => {
    // Published on Thursday 7 March 2024.
    const lines = datesAt(
      '2024-03-07T09:30:00Z',
      'The London sales continue with one house on Tuesday and another on Wednesday evening.',
      'The first sale continued on Tuesday.',
    );
    expect(lines).toContain('Tuesday=2024-03-12');
    expect(lines).toContain('Wednesday evening=2024-03-13TEV');
    expect(lines).toContain('Tuesday=2024-03-05');
  });

  test('"Tonight we celebrate", published at 00:40: the night that began the day before', () => {
    expect(datesAt('2025-11-10T00:40:00Z', '"Tonight we celebrate," the coach said.')).toContain(
      'Tonight=2025-11-09TNI',
    );
    expect(datesAt('2025-11-10T10:40:00Z', '"Tonight we celebrate," the coach said.')).toContain(
      'Tonight=2025-11-10TNI',
    );
  });
});

describe('a weekday named again after its date, weeks ahead', () => {
  test('"run from Friday, Sept. 26, through Sunday, Sept. 28, with singles on Sunday": 28 September', () => {
    const lines = datesAt(
      '2025-08-28T22:30:00Z',
      'The matches run from Friday, Sept. 26, through Sunday, Sept. 28, with 12 singles matches on Sunday.',
    );
    expect(lines.filter((l) => l.startsWith('Sunday=')).map((l) => l.slice(7))).toEqual(['2025-09-28']);
  });

  test('"on Jan. 28, two weeks after the house convenes on Monday": Monday stays the coming one', () => {
    // Published on Thursday 10 January 2019.
    const lines = datesAt(
      '2019-01-11T01:42:00Z',
      'Lawmakers will hold a hearing on the bill on Jan. 28, two weeks after the house convenes on Monday.',
    );
    expect(valueOf(lines, 'Monday')).toBe('2019-01-14');
  });
});

describe('a season after "by"', () => {
  test('"markets expect another move by the summer", in December: next summer; "had recovered by the summer" the last', () => {
    const lines = datesAt(
      '2025-12-30T07:10:00Z',
      'The bank raised its rate at its Dec. 19 meeting, and markets expect another move by the summer.',
      'Prices had recovered by the summer.',
    );
    expect(lines.filter((l) => l.startsWith('the summer='))).toEqual(['the summer=2026-SU', 'the summer=2025-SU']);
  });
});

describe('"N years ago this month"', () => {
  test('"Two years ago this month", in August 2024, is August 2022; "a decade ago this week" that week', () => {
    const lines = datesAt(
      '2024-08-05T12:00:00Z',
      'Two years ago this month, the plant closed.',
      'The mill shut a decade ago this week.',
    );
    expect(lines).toContain('Two years ago this month=2022-08');
    expect(lines).toContain('a decade ago this week=2014-W32');
  });

  test('on 29 February, "two years ago this week" is the week of 28 February of a year without one', () => {
    const lines = datesAt('2024-02-29T12:00:00Z', 'The mill shut two years ago this week.');
    // 28 February 2022 was a Monday: ISO week 9.
    expect(lines).toContain('two years ago this week=2022-W09');
  });
});

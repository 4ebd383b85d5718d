import { describe, expect, test } from 'vitest';
import { datesAt, timelineAt, valueOf } from '../helpers/timeline-story';

// Families of wrong timeline entries over the English train sets (issue 16, part 2), fixed as
// families on texts of our own.

describe('"this time last year" is the week that holds the same date a year back', () => {
  test('where that week and 52 weeks back differ', () => {
    // Monday 21 April 2025 (2025-W17): 21 April 2024 is a Sunday, in 2024-W16 (52 weeks back, W17).
    expect(
      valueOf(
        datesAt('2025-04-21T09:00:00Z', 'So far 112 people have died, against 98 at the same point last year.'),
        'the same point last year',
      ),
    ).toBe('2024-W16');
    // Monday 30 June 2025: Sunday 30 June 2024, in 2024-W26.
    expect(
      valueOf(
        datesAt('2025-06-30T12:00:00Z', 'The lake is 71% full, against 94% this time last year.'),
        'this time last year',
      ),
    ).toBe('2024-W26');
  });
});

describe('a weekday of last week', () => {
  test('"Wednesday and Thursday of last week", "on Friday last week"', () => {
    // Thursday 6 September 2018: last week ran from Monday 27 August to Sunday 2 September.
    const lines = datesAt(
      '2018-09-06T12:00:00Z',
      'The peso lost 16 percent of its value on Wednesday and Thursday of last week.',
      'The board met on Friday last week.',
    );
    expect(valueOf(lines, 'Wednesday')).toBe('2018-08-29');
    expect(lines.some((l) => l.startsWith('Friday') && l.endsWith('=2018-08-31'))).toBe(true);
  });
});

describe('a weekday followed by its date', () => {
  test('"Monday night, Jan. 19" is 19 January, not the publication Monday', () => {
    // Monday 12 January 2026.
    const lines = datesAt(
      '2026-01-12T12:00:00Z',
      'Spanberger will address a joint session Monday night, Jan. 19, two days after taking office.',
    );
    expect(valueOf(lines, 'Monday night')).toBe('2026-01-19');
  });

  test('a date that does not fall on the weekday leaves the weekday as it was read', () => {
    // Monday 12 January 2026; 20 January 2026 is a Tuesday.
    const lines = datesAt('2026-01-12T12:00:00Z', 'She spoke Monday night, Jan. 20, to the council.');
    expect(valueOf(lines, 'Monday night')).toBe('2026-01-12');
  });
});

describe('"would" before a weekday, with an irregular past between', () => {
  test('"I would ask anyone who saw her on Sunday" is the Sunday gone', () => {
    // Friday 18 November 2022.
    const lines = datesAt(
      '2022-11-18T12:00:00Z',
      '"I would ask anyone who saw Joanne on Sunday to come forward."',
      'He said new supplies would arrive on Sunday.',
    );
    expect(lines).toContain('Sunday=2022-11-13');
    expect(lines).toContain('Sunday=2022-11-20');
  });
});

describe('a forecast of a weekday is the one to come', () => {
  test('"32C likely in London on Friday", "said the hottest days would be Saturday", "expects the pattern to continue until Wednesday"', () => {
    // Wednesday 16 July 2025.
    const lines = datesAt(
      '2025-07-16T09:00:00Z',
      'The Met Office said the hottest days would be Saturday and Sunday, with 32C likely in London on Friday.',
    );
    expect(lines).toContain('Saturday=2025-07-19');
    expect(lines).toContain('Friday=2025-07-18');
    // Sunday 14 December 2025.
    expect(
      datesAt('2025-12-14T09:00:00Z', 'The bureau expects the unsettled pattern to continue until at least Wednesday.'),
    ).toContain('Wednesday=2025-12-17');
  });

  test('"is likely to" and "was likely" say nothing of the direction', () => {
    // Wednesday 16 July 2025: the Monday gone stays the Monday gone.
    expect(datesAt('2025-07-16T09:00:00Z', 'The vote was likely on Monday, aides said.')).toContain(
      'Monday=2025-07-14',
    );
  });
});

describe('"last day" is a final day, not yesterday', () => {
  test('"the shop\'s last day of trading", "Last day to file bills" are no dates; the day written is', () => {
    // Saturday 29 December 2018.
    const lines = datesAt(
      '2018-12-29T12:00:00Z',
      "The shop's last day of trading is Monday 31 December.",
      'Jan. 23: Last day to file most bills.',
    );
    expect(lines.some((l) => /^(?:the )?last day=/iu.test(l))).toBe(false);
    expect(lines).toContain('Monday 31 December=2018-12-31');
  });
});

describe('"the Saturday" of a stretch of days the story names', () => {
  test('a festival\'s "the Friday night", "the Saturday" and "the Sunday evening" are its days', () => {
    // Friday 29 July 2022.
    const lines = datesAt(
      '2022-07-29T09:00:00Z',
      'The festival will return from Friday, August 12 to Sunday, August 14.',
      'Harebell plays on the Friday night, and a piper closes the festival on the Sunday evening.',
      'There is a ceilidh in the hall on the Saturday.',
    );
    expect(lines).toContain('Friday night=2022-08-12');
    expect(lines).toContain('Sunday evening=2022-08-14TEV');
    expect(lines).toContain('Saturday=2022-08-13');
  });

  test('without such a stretch "the Saturday" is read as before', () => {
    // Friday 29 July 2022.
    const lines = datesAt('2022-07-29T09:00:00Z', 'There was a ceilidh in the hall on the Saturday.');
    expect(lines.some((l) => l.startsWith('Saturday=2022-08-'))).toBe(false);
  });
});

describe('"the Sept. 11 attacks" are those of 2001', () => {
  test('and what is counted from them', () => {
    // Thursday 11 June 2026.
    const lines = datesAt(
      '2026-06-11T12:00:00Z',
      'It repeals the law Congress passed three days after the Sept. 11 attacks.',
      'A memorial service is planned for Sept. 11.',
    );
    expect(lines).toContain('Sept. 11=2001-09-11');
    expect(lines).toContain('Sept. 11=2026-09-11');
    expect(
      timelineAt('2026-06-11T12:00:00Z', 'It repeals the law Congress passed three days after the Sept. 11 attacks.'),
    ).toContain('three days after=2001-09-14');
  });
});

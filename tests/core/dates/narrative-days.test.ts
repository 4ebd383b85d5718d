import { describe, expect, test } from 'vitest';
import { datesAt, valueOf } from '../../helpers/timeline-story';

// A month's day told in a story's past after a day with its year takes that year (issue 16,
// narrative-days.ts); "retroactive to" a day is its past (news-tense-refiner.ts). Sentences of our own.

describe('a run of days after a dated day keeps its year', () => {
  test('"On Nov. 8, 2023 … on Nov. 10 … on Nov. 13", told in February 2025', () => {
    const dates = datesAt(
      '2025-02-11T20:00:00Z',
      'On the morning of Nov. 8, 2023, a Wednesday, depositors began pulling their savings. By that evening the bank had lost a fifth of them, and it froze withdrawals on Nov. 10. It filed for protection on Nov. 13, a Monday.',
    );
    expect(valueOf(dates, 'Nov. 10')).toBe('2023-11-10');
    expect(valueOf(dates, 'Nov. 13')).toBe('2023-11-13');
  });

  test('a day earlier in the year than the dated day is not carried', () => {
    const dates = datesAt(
      '2025-02-11T20:00:00Z',
      'The lender collapsed on Nov. 8, 2023. Regulators had warned it on Oct. 2 about its reserves.',
    );
    expect(valueOf(dates, 'Oct. 2')).not.toBe('2023-10-02');
  });
});

describe('"retroactive to" a day', () => {
  test('a pay rise "retroactive to April 1", in October, is this April', () => {
    const dates = datesAt(
      '2017-10-16T01:00:00Z',
      'The deal includes wage increases of 11 per cent, retroactive to April 1, and pay for boarding time.',
    );
    expect(valueOf(dates, 'April 1')).toBe('2017-04-01');
  });
});

describe('a day without a verb in the past is not carried', () => {
  test('"must pass the bill before June 30", after "June 25, 2024" and "the next day"', () => {
    const dates = datesAt(
      '2025-06-12T09:00:00Z',
      'Almost a year after protesters stormed the assembly on June 25, 2024, the budget was read under guard. The bill was withdrawn the next day.',
      'Members must pass the spending bill before June 30, when the financial year ends.',
    );
    expect(valueOf(dates, 'June 30')).toBe('2025-06-30');
  });
});

import { describe, expect, test } from 'vitest';
import { storyAt } from '../helpers/timeline-story';

// A fiscal year whose end or start its own clause gives is its twelve months (lang-news guidelines,
// rulings of the thirty-first session); named with its end, the name and the end are one span (ruling
// of the thirty-ninth session: the end is the period's bound, not an entry of its own).

describe('a fiscal year named with its end or start', () => {
  test('"fiscal 2019, which ends in February": March 2018 to February 2019', () => {
    const { timeline } = storyAt(
      '2018-10-02T12:00:00Z',
      'The bakery chain lowered its forecast for fiscal 2019, which ends in February, after a wet summer.',
    );
    expect(timeline).toContain('fiscal 2019, which ends in February=2018-03/2019-02');
    expect(timeline.some((line) => line.startsWith('February='))).toBe(false);
  });

  test('"the fiscal year that ended in June", said in the autumn: the year just closed', () => {
    const { timeline } = storyAt(
      '2023-10-12T12:00:00Z',
      'The club sold 40,000 season passes in the fiscal year that ended in June.',
    );
    expect(timeline).toContain('the fiscal year that ended in June=2022-07/2023-06');
  });

  test('"the current fiscal year, which ends on March 31": the year still running', () => {
    const { timeline } = storyAt(
      '2021-11-05T12:00:00Z',
      'The mill plans two new lines in the current fiscal year, which ends on March 31.',
    );
    expect(timeline).toContain('the current fiscal year, which ends on March 31=2021-04/2022-03');
  });

  test('a year named by its start: "the fiscal year that began Oct. 1"', () => {
    const { timeline } = storyAt(
      '2022-12-01T12:00:00Z',
      'For the fiscal year that began Oct. 1, the county has no budget yet.',
    );
    expect(timeline).toContain('the fiscal year=2022-10/2023-09');
  });

  test('a fiscal year that is the calendar year is that year', () => {
    const { timeline } = storyAt(
      '2019-05-14T12:00:00Z',
      'The bridge is paid for from the budget for fiscal year 2019, which runs through Dec. 31.',
    );
    expect(timeline).toContain('fiscal year 2019, which runs through Dec. 31=2019');
  });

  test('"its financial year ending 31st March 2028": the name without "its"', () => {
    const { timeline } = storyAt(
      '2027-06-09T12:00:00Z',
      'The delay moves £30m of sales out of its financial year ending 31st March 2028.',
    );
    expect(timeline).toContain('financial year ending 31st March 2028=2027-04/2028-03');
  });

  test('a fiscal year without its end stays off the timeline', () => {
    const { timeline } = storyAt('2024-03-04T12:00:00Z', 'Sales rose in the fiscal year, the company said.');
    expect(timeline.some((line) => line.startsWith('the fiscal year='))).toBe(false);
  });
});

describe("the page's other fiscal years take the year-end one of them gave", () => {
  test('"fiscal 2016" after "the fiscal year that ended in September"', () => {
    const { timeline } = storyAt(
      '2023-11-08T12:00:00Z',
      'The brewer earned $2.1 billion in the fiscal year that ended in September.',
      'That was its best result since fiscal 2016, when a new lager took off.',
    );
    expect(timeline).toContain('fiscal 2016=2015-10/2016-09');
  });

  test("the clause's own year tells how the company numbers its years", () => {
    const { timeline } = storyAt(
      '2021-03-09T12:00:00Z',
      'For fiscal 2021, which ends Jan. 29, 2022, the chain expects growth.',
      'Its buyback runs through the end of fiscal 2023.',
    );
    expect(timeline).toContain('the end of fiscal 2023=2023-02/2024-01');
  });

  test('a year-end in March with no number to tell leaves the other years as they were', () => {
    const { dates } = storyAt(
      '2025-01-16T12:00:00Z',
      'The maker sees its share falling in the fiscal year ending March 2026.',
      'Sales rose sharply in fiscal 2023.',
    );
    expect(dates).toContain('fiscal 2023=2023');
  });
});

test('"whose financial year ends in March" names no year', () => {
  const { dates } = storyAt(
    '2024-11-13T12:00:00Z',
    'The lender, whose financial year ends in March, kept its guidance.',
  );
  expect(dates.some((line) => line.startsWith('financial year='))).toBe(false);
});

describe('a fiscal year the page does not place', () => {
  test('"fiscal 2026", "FY2025", "the 2026 fiscal year" stay off the timeline rather than show the calendar year', () => {
    const { timeline } = storyAt(
      '2025-08-20T12:00:00Z',
      'The miner expects output to rise in fiscal 2026 after a flat FY2025.',
      'Its board will set the 2026 fiscal year budget in October, and the plant opened in 2019.',
    );
    expect(timeline.filter((e) => /fiscal|FY|^2026=|^2025=/u.test(e))).toEqual([]);
    expect(timeline).toContain('2019=2019');
  });
});

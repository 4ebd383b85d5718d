// "a year from now" is the month a year ahead (eval/gold/guidelines/lang-news.md: counts and
// apposition), like "twelve months from now"; other counts keep their unit. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { recogniseDates } from '../../src/core/dates/chrono-dates';

const valuesAt = (iso: string, text: string) =>
  recogniseDates([{ id: 0, kind: 'paragraph', text }], { instant: new Date(iso), timezoneOffset: 0 }).map(
    (d) => `${d.text}=${d.value}`,
  );

describe('a count of time from now', () => {
  it('"a year from now" and "one year from now" are the month a year ahead', () => {
    expect(valuesAt('2021-11-26T12:00:00Z', 'She could be released roughly a year from now.')).toEqual([
      'a year from now=2022-11',
    ]);
    expect(valuesAt('2024-01-15T12:00:00Z', 'One year from now, the bridge will reopen.')).toEqual([
      'One year from now=2025-01',
    ]);
  });

  it('other counts keep their unit', () => {
    expect(valuesAt('2021-11-26T12:00:00Z', 'The plant will close two years from now.')).toEqual([
      'two years from now=2023',
    ]);
    expect(valuesAt('2021-11-26T12:00:00Z', 'The probe lands six months from now.')).toEqual([
      'six months from now=2022-05',
    ]);
    expect(valuesAt('2021-11-26T12:00:00Z', 'A year ago, the team was worse.')).toEqual(['A year ago=2020']);
  });
});

import { describe, expect, test } from 'vitest';
import { datesAt, valueOf } from '../../helpers/timeline-story';
import { extendedInto } from '../../../src/core/dates/quarters-late-in-year';

// Quarters reached into late in a year (issue 16, en-537 of the lang-news set), on sentences of our own.

describe("a quarter reached into in November or December is next year's", () => {
  test('"agreed to extend the freeze into the first quarter", in December', () => {
    // Friday 1 December 2023.
    const dates = datesAt(
      '2023-12-01T09:00:00Z',
      'Freight rates slipped after the producers agreed to extend the freeze into the first quarter, traders said.',
    );
    expect(valueOf(dates, 'the first quarter')).toBe('2024-Q1');
  });

  test('told in the future without "into", a quarter keeps this year (TimeBank\'s autumn results stories)', () => {
    const dates = datesAt('2023-11-10T09:00:00Z', 'Profit in the third quarter is expected to fall, the firm said.');
    expect(valueOf(dates, 'the third quarter')).toBe('2023-Q3');
  });

  test("a quarter told in the past stays this year's", () => {
    const dates = datesAt('2023-12-01T09:00:00Z', 'Profits rose 4% in the second quarter, the firm said.');
    expect(valueOf(dates, 'the second quarter')).toBe('2023-Q2');
  });

  test('in June, a quarter told ahead is not moved by this rule', () => {
    const dates = datesAt('2023-06-10T09:00:00Z', 'The plant will reopen in the first quarter, the firm said.');
    expect(valueOf(dates, 'the first quarter')).not.toBe('2024-Q1');
  });
});

describe('extendedInto', () => {
  test('reads "extend … into the" and stops at a comma', () => {
    expect(extendedInto('agreed to extend output cuts into the ')).toBe(true);
    expect(extendedInto('extended the talks, and moved into the ')).toBe(false);
    expect(extendedInto('moved the plant into the ')).toBe(false);
  });
});

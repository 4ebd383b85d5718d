import { describe, expect, test } from 'vitest';
import { describeDate } from '../../src/core/dates/label';

describe('describeDate: no raw TIMEX code reaches a reader', () => {
  test.each([
    ['2024-03-12', undefined, undefined, 'Mar 12, 2024'],
    ['2024-03', undefined, undefined, 'March 2024'],
    ['2024-03', undefined, 'START', 'early March 2024'],
    ['2024', undefined, undefined, '2024'],
    ['2024', undefined, 'END', 'late 2024'],
    ['199', undefined, undefined, 'the 1990s'],
    ['199', undefined, 'START', 'the early 1990s'],
    ['20', undefined, undefined, 'the 21st century'],
    ['19', undefined, 'END', 'the late 20th century'],
    ['2019-11-19TNI', undefined, undefined, 'night of Nov 19, 2019'],
    ['2017-W45', undefined, undefined, 'week of Nov 6, 2017'],
    ['2024-Q1', undefined, undefined, 'Q1 2024'],
    ['2025-FA', undefined, undefined, 'Autumn 2025'],
    ['2024-H2', undefined, undefined, 'second half of 2024'],
    ['2025-07', '2025-08', undefined, 'July 2025 – August 2025'],
    ['XXXX-WI', undefined, undefined, 'an unspecified date'],
    // A span counted from an event the text does not date ("18 years after Washington invaded").
    ['P18Y', undefined, undefined, '18 years'],
    ['P1W', undefined, undefined, '1 week'],
    ['PT3H', undefined, undefined, '3 hours'],
    ['PXD', undefined, undefined, 'some days'],
  ])('%s (end %s, %s) → %s', (value, end, mod, label) => {
    expect(describeDate(value, end, mod, 'en-US')).toBe(label);
  });

  test('a time of day, in the given locale; a refused locale falls back', () => {
    expect(describeDate('2024-03-12T15:30', undefined, undefined, 'en-GB')).toMatch(/12 Mar 2024.*15:30/u);
    expect(() => describeDate('2024-03-12', undefined, undefined, 'en_US')).not.toThrow();
  });

  test('never a code: every value shape Lede writes has words', () => {
    for (const v of ['2024-03-12', '2024-03', '2024', '199', '19', '2019-11-19TMO', '2017-W01', '2024-Q4', '2024-SU']) {
      expect(describeDate(v)).not.toMatch(/\d{4}-|W\d|T[A-Z]{2}|^\d{3}$/u);
    }
  });
});

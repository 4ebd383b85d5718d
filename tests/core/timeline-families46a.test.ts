import { describe, expect, test } from 'vitest';
import { datesAt, valueOf } from '../helpers/timeline-story';

// Families of wrong dates found on the en-train16 to en-train19 pages of the lang-news set
// (issue 16), on sentences of our own.

describe('a weekday told ahead in the present', () => {
  test('what people expect, several words before "to" ("expect the first orders for June-loading cargoes to arrive from Monday")', () => {
    // Friday 6 March 2026.
    const dates = datesAt(
      '2026-03-06T09:00:00Z',
      'Traders expect the first orders for June-loading cargoes to arrive from Monday, when the refinery sets its prices.',
    );
    expect(valueOf(dates, 'Monday')).toBe('2026-03-09');
  });

  test('a release in the present ("the album is out on Friday")', () => {
    // Tuesday 3 March 2026.
    const dates = datesAt(
      '2026-03-03T09:00:00Z',
      'The band’s fourth album is out on vinyl, CD and streaming on Friday.',
    );
    expect(valueOf(dates, 'Friday')).toBe('2026-03-06');
  });

  test('a plan in the present with its noun ("residents plan a vigil on Sunday evening at 7 p.m.")', () => {
    // Tuesday 3 March 2026.
    const dates = datesAt(
      '2026-03-03T09:00:00Z',
      'Neighbours plan a vigil outside the library on Sunday evening at 7 p.m.',
    );
    expect(valueOf(dates, 'Sunday evening at 7 p.m')).toBe('2026-03-08T19:00');
  });

  test('what was done on a weekday stays past ("sold out the hall on Friday")', () => {
    // Tuesday 3 March 2026.
    const dates = datesAt('2026-03-03T09:00:00Z', 'The band sold out the hall on Friday.');
    expect(valueOf(dates, 'Friday')).toBe('2026-02-27');
  });

  test('a weekday evening at a clock time told in the past stays past', () => {
    // Tuesday 3 March 2026.
    const dates = datesAt(
      '2026-03-03T09:00:00Z',
      'About 200 people gathered outside the library on Sunday evening at 7 p.m.',
    );
    expect(valueOf(dates, 'Sunday evening at 7 p.m')).toBe('2026-03-01T19:00');
  });
});

describe('"last night" after a possessive', () => {
  test('someone’s last night out is no date', () => {
    // Wednesday 14 June 2023.
    const dates = datesAt('2023-06-14T09:00:00Z', 'On his last night in the village, he cooked for everyone.');
    expect(valueOf(dates, 'last night')).toBeUndefined();
  });

  test('a band’s last night of a tour is no date', () => {
    const dates = datesAt('2023-06-14T09:00:00Z', 'It was the band’s last night on the road before the break.');
    expect(valueOf(dates, 'last night')).toBeUndefined();
  });

  test('"last night" alone is the night before the story', () => {
    const dates = datesAt('2023-06-14T09:00:00Z', 'Police closed the road last night after a crash.');
    expect(valueOf(dates, 'last night')).toBe('2023-06-13TNI');
  });
});

describe('"last" and the month just over', () => {
  test('"last January" said in late February is the January of a year before', () => {
    // Thursday 26 February 2026.
    const dates = datesAt('2026-02-26T09:00:00Z', 'The toll, brought in last January, stays in place.');
    expect(valueOf(dates, 'last January')).toBe('2025-01');
  });

  test('"last November" said in February is the November just gone', () => {
    const dates = datesAt('2026-02-26T09:00:00Z', 'The toll, brought in last November, stays in place.');
    expect(valueOf(dates, 'last November')).toBe('2025-11');
  });

  test('"last October" said in December is this year’s October', () => {
    // Tuesday 15 December 2026.
    const dates = datesAt('2026-12-15T09:00:00Z', 'The toll, brought in last October, stays in place.');
    expect(valueOf(dates, 'last October')).toBe('2026-10');
  });
});

describe('a clause read past an abbreviation’s point', () => {
  test('"began at 7 p.m., and … on Friday": the past before the clock time still governs the weekday', () => {
    // Sunday 19 October 2025.
    const dates = datesAt(
      '2025-10-19T16:00:00Z',
      'The film took $3 million from previews that began at 7 p.m., and strong word of mouth from audiences on Friday.',
      'Next Friday brings the sequel.',
    );
    expect(valueOf(dates, 'Friday')).toBe('2025-10-17');
  });
});

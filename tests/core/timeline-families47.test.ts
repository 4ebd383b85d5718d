import { describe, expect, test } from 'vitest';
import { datesAt, storyAt, valueOf } from '../helpers/timeline-story';

// Families of wrong dates found on the en-train18 to en-train20 pages of the lang-news set
// (issue 16), on sentences of our own.

describe('a count after a date and its comma', () => {
  test('chrono does not join "August 2018, three months before" into one date', () => {
    // Friday 17 July 2020.
    const { timeline } = storyAt(
      '2020-07-17T12:00:00Z',
      'The lawsuit says managers had listed 200 branches to shut as early as August 2018, three months before the Nov. 29 vote, but told staff nothing.',
    );
    expect(valueOf(timeline, 'August 2018')).toBe('2018-08');
    expect(timeline.some((e) => e.startsWith('August 2018, three'))).toBe(false);
  });

  test('the count restates the date whose year it writes, not one counted from the publication', () => {
    const dates = datesAt(
      '2020-07-17T12:00:00Z',
      'The lawsuit says managers had listed 200 branches to shut as early as August 2018, three months before the Nov. 29 vote.',
    );
    expect(valueOf(dates, 'three months before')).toBe('2018-08');
  });
});

describe('"lasts" is no date', () => {
  test('"The permit lasts until March 2027": the month, without a second before the story', () => {
    const { timeline } = storyAt('2026-07-08T17:04:00Z', 'The new permit lasts until March 2027.');
    expect(timeline).toEqual(['March 2027=2027-03']);
  });
});

describe('months in the right year', () => {
  test('a month in a phrase opened by "whose" and a verb in the past is past, whatever follows', () => {
    // Tuesday 14 January 2020.
    const dates = datesAt(
      '2020-01-14T12:00:00Z',
      'Reyes, whose second record entered the charts at No. 7 in October, will close the fair on Sunday night.',
    );
    expect(valueOf(dates, 'October')).toBe('2019-10');
  });

  test('figures "for January to March" are of a stretch already over', () => {
    // Thursday 29 May 2025.
    const { timeline } = storyAt(
      '2025-05-29T12:00:00Z',
      'Trade figures for January to March are due on June 4, the statistics office said.',
    );
    expect(valueOf(timeline, 'January to March')).toBe('2025-01/2025-03');
  });

  test('"announcing in February that he would run" is the month of the saying', () => {
    // Thursday 5 December 2024.
    const dates = datesAt(
      '2024-12-05T12:00:00Z',
      'The mayor stood down after announcing in February that he would run for the county seat.',
    );
    expect(valueOf(dates, 'February')).toBe('2024-02');
  });

  test('a name ending in "to" before a verb in the past ("Soto won … in August") is no "to"', () => {
    // Tuesday 14 March 2023.
    const dates = datesAt('2023-03-14T12:00:00Z', 'Soto won the primary in August with 48 percent of the vote.');
    expect(valueOf(dates, 'August')).toBe('2022-08');
  });
});

describe('a habit of the present', () => {
  test('a later month in a sentence told as a habit ("usually opens … and lasts until") is no point', () => {
    const { timeline } = storyAt(
      '2024-06-02T12:00:00Z',
      'On the northern coast the fishing season usually opens in late April and lasts until September.',
    );
    expect(timeline).toEqual([]);
  });

  test('a month after "but" and a verb in the past stays a point', () => {
    const { timeline } = storyAt(
      '2024-06-02T12:00:00Z',
      'The ferry usually runs in spring, but in March it was halted by storms.',
    );
    expect(valueOf(timeline, 'March')).toBe('2024-03');
  });
});

describe('weekdays of an event dated weeks ahead', () => {
  test('"will run May 15-17 … headlines Friday" in a January story: the event\'s Friday', () => {
    // Wednesday 15 January 2025.
    const { timeline } = storyAt(
      '2025-01-15T12:00:00Z',
      'The Riverside Jazz Weekend will run May 16-18 at the old docks, organisers announced on Tuesday.',
      'The Blue Notes headline Friday, a year after they released their first record, and the Harbour Big Band plays the last set on Sunday night.',
    );
    expect(valueOf(timeline, 'Friday')).toBe('2025-05-16');
    expect(valueOf(timeline, 'Sunday night')).toBe('2025-05-18');
    expect(valueOf(timeline, 'Tuesday')).toBe('2025-01-14');
  });

  test('a sale on a weekday before the event keeps its own week', () => {
    // Wednesday 15 January 2025.
    const { timeline } = storyAt(
      '2025-01-15T12:00:00Z',
      'The Riverside Jazz Weekend will run May 16-18 at the old docks. Tickets go on sale at 10am on Friday.',
    );
    expect(valueOf(timeline, '10am on Friday')).toBe('2025-01-17T10:00');
  });
});

describe('"a year ago" beside a figure', () => {
  test('"up from 2.1 per cent a year ago" is the month a year back (the thirty-fifth session\'s ruling)', () => {
    // Thursday 31 December 2015.
    const dates = datesAt(
      '2015-12-31T12:00:00Z',
      'The ten-year yield ended at 2.3 per cent, up from 2.1 per cent a year ago.',
    );
    expect(valueOf(dates, 'a year ago')).toBe('2014-12');
  });

  test('"A year ago" opening a sentence is the year before', () => {
    const dates = datesAt('2015-12-31T12:00:00Z', 'A year ago, the council promised a new bridge.');
    expect(valueOf(dates, 'A year ago')).toBe('2014');
  });
});

import { describe, expect, test } from 'vitest';
import { datesAt, timelineAt, valueOf } from '../helpers/timeline-story';

// Families of wrong timeline entries found on en-train7 (news written blind for issue 16),
// on texts of our own.

describe('a weekday an offer, a closure or a spell of weather runs through is ahead', () => {
  test('"through Sunday" in a present clause is the coming Sunday', () => {
    const dates = datesAt(
      '2024-09-17T19:00:00Z',
      'Early buyers get a second charger free through Sunday.',
      'The aquarium is offering half-price tickets through Saturday.',
    );
    expect(valueOf(dates, 'Sunday')).toBe('2024-09-22');
    expect(valueOf(dates, 'Saturday')).toBe('2024-09-21');
    const entries = timelineAt('2024-09-17T19:00:00Z', 'The museum is offering free admission through Sunday.');
    expect(valueOf(entries, 'Sunday')).toBe('2024-09-22');
  });

  test('what could happen through a weekday, after a watch was issued, is ahead', () => {
    const dates = datesAt(
      '2022-02-02T21:45:00Z',
      'Forecasters posted a flood watch Wednesday afternoon, warning that rain could swamp low roads by Thursday night and linger through Friday morning.',
    );
    expect(valueOf(dates, 'Friday morning')).toBe('2022-02-04');
  });

  test('a closure told in the present and an arrival in the present are ahead', () => {
    const dates = datesAt('2018-08-31T20:35:00Z', 'Banks are closed Monday for the holiday.');
    expect(valueOf(dates, 'Monday')).toBe('2018-09-03');
    const later = datesAt('2021-02-09T21:40:00Z', 'A second wave of frigid air arrives late Thursday.');
    expect(valueOf(later, 'late Thursday')).toBe('2021-02-11');
  });

  test('a weekday a past spell ran through stays past', () => {
    const dates = datesAt('2024-09-17T19:00:00Z', 'The sale ran through Sunday and drew big crowds.');
    expect(valueOf(dates, 'Sunday')).toBe('2024-09-15');
  });
});

test('a figure counted through a weekday in a past perfect stays past', () => {
  const dates = datesAt(
    '2022-10-20T11:42:00Z',
    "The stock had slipped about 9% since the start of the year through Wednesday's close.",
  );
  expect(valueOf(dates, 'Wednesday')).toBe('2022-10-19');
});

test('a spell that runs through the weekend, told early in the week, is the coming weekend', () => {
  const dates = datesAt(
    '2021-02-10T03:40:00Z',
    'Flurries are likely to form Friday afternoon and could drift inland through the weekend.',
  );
  expect(valueOf(dates, 'the weekend')).toBe('2021-W06-WE');
  const past = datesAt('2021-02-10T03:40:00Z', 'Flurries drifted inland through the weekend.');
  expect(valueOf(past, 'the weekend')).toBe('2021-W05-WE');
});

// (In late November, "last summer" alone is this year's too, as en-285's gold reads "first rumoured
// last summer" on 26 November 2025: the spring and the summer are over.)
test('"until last summer" runs up to the summer just over; in November, "last summer" alone too', () => {
  const lines = datesAt(
    '2022-11-26T20:20:00Z',
    'He opened the bakery every morning until last summer.',
    'She came to the market until last spring, when her son took over.',
    'They toured Maine last summer.',
  );
  expect(lines.filter((l) => l.startsWith('last '))).toEqual([
    'last summer=2022-SU',
    'last spring=2022-SP',
    'last summer=2022-SU',
  ]);
});

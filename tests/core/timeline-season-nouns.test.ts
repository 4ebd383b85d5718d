import { describe, expect, test } from 'vitest';
import { recogniseDates } from '../../src/core/dates/chrono-dates';
import { blocksOf, datesAt, valueOf } from '../helpers/timeline-story';

// A season word that names a day, an event or an accident, not the season (issue 16; sentences of our own).

describe('season words that are not the season', () => {
  test('"the autumn equinox holiday" is no season', () => {
    const lines = datesAt('2025-09-22T12:00:00Z', 'Offices in Tokyo close on Tuesday for the autumn equinox holiday.');
    expect(lines.some((l) => /autumn/u.test(l) && /-FA$/u.test(l))).toBe(false);
  });

  test('"the winter meetings" of a league is no season', () => {
    const lines = datesAt(
      '2025-12-09T12:00:00Z',
      'The club signed a closer on the first day of the winter meetings in Orlando.',
    );
    expect(lines.some((l) => /-WI$/u.test(l))).toBe(false);
  });

  test('"the night of the fall" is an accident, not the autumn', () => {
    const lines = datesAt(
      '2025-02-10T12:00:00Z',
      'The ladder had no safety catch on the night of the fall, the inquest heard.',
    );
    expect(lines.some((l) => /-FA$/u.test(l))).toBe(false);
  });

  test('"the fall" and "the winter" as seasons stay', () => {
    const lines = datesAt('2025-02-10T12:00:00Z', 'The bridge closed in the fall and will reopen before the winter.');
    expect(lines.some((l) => /^the fall=20\d\d-FA$/u.test(l))).toBe(true);
    expect(lines.some((l) => /^the winter=20\d\d-WI$/u.test(l))).toBe(true);
  });
});

describe('"before the winter" as a deadline', () => {
  test('a quoted call to act "before the winter", told in March, is the coming winter', () => {
    const lines = datesAt(
      '2025-03-10T12:00:00Z',
      'The minister called on the union and the mine owners to "settle this before the winter".',
    );
    expect(valueOf(lines, 'the winter')).toBe('2025-WI');
  });

  test('"left before the winter" told in the past stays the winter gone', () => {
    const lines = datesAt('2025-03-10T12:00:00Z', 'The last of the crews left the island before the winter.');
    expect(valueOf(lines, 'the winter')).toBe('2024-WI');
  });
});

describe('a New Zealand page by its capital', () => {
  test('Wellington named twice on a New Zealand clock: its seasons are the southern ones', () => {
    const lines = recogniseDates(
      blocksOf(
        'Wellington commuters face another month of delays, the council in Wellington said.',
        'The budget deficit was larger than officials had expected in the spring.',
      ),
      { instant: new Date('2026-03-14T05:00:00+13:00'), timezoneOffset: 780 },
    ).map((d) => `${d.text}=${d.value}`);
    expect(valueOf(lines, 'the spring')).toBe('2025-SP');
  });
});

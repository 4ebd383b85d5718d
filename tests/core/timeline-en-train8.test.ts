import { describe, expect, test } from 'vitest';
import { datesAt, timelineAt, valueOf } from '../helpers/timeline-story';

// Families of wrong timeline entries left on the English train pages of the lang-news set after
// the sixth round (issue 16), fixed as families on texts of our own.

describe('a weekday the story has placed ahead keeps that day when named again', () => {
  test('a guide’s "Friday:" then "a weekday schedule on Friday, the transit agency says"', () => {
    // Published on Wednesday 22 November 2023.
    const lines = datesAt(
      '2023-11-22T15:00:00Z',
      'Here is what is worth going out for, from Thursday to Sunday.',
      'Thursday: The lantern parade leaves the park at 8am.',
      'Friday: The craft fair opens at 10am.',
      'Ferries run on a holiday timetable on Thursday and a weekday timetable on Friday, the port says.',
    );
    expect(lines.filter((l) => l.startsWith('Friday='))).toEqual(['Friday=2023-11-24', 'Friday=2023-11-24']);
  });

  test('"reopen on Friday with extended hours": a participle after a preposition is no past', () => {
    // Published on Wednesday 12 November 2025; "Friday, Nov. 14" placed first.
    const lines = datesAt(
      '2025-11-12T15:00:00Z',
      'The gallery closes for a rehang until Friday, Nov. 14.',
      'The library shuts on Thursday, though the gallery reopens on Friday with extended hours.',
    );
    expect(lines).toContain('Friday=2025-11-14');
    expect(lines).not.toContain('Friday=2025-11-07');
  });

  test('told in the past, or "last Friday", it stays the one before', () => {
    const lines = datesAt(
      '2025-11-12T15:00:00Z',
      'The gallery closes for a rehang until Friday, Nov. 14.',
      'Its shop sold out of prints on Friday.',
      'The board met last Friday.',
    );
    expect(lines).toContain('Friday=2025-11-07');
    expect(lines).toContain('last Friday=2025-11-07');
  });
});

describe('"the weekend" in a guide’s item opened by a Saturday or Sunday ahead', () => {
  test('"Sunday: Close out the weekend at the garden" is the coming weekend', () => {
    // Published on Wednesday 22 November 2023: the weekend of Sunday 26 November is 2023-W47.
    const lines = timelineAt(
      '2023-11-22T15:00:00Z',
      'Our pick of the long weekend, from Thursday to Sunday.',
      'Saturday: The model railway show is on at the old depot.',
      'Sunday: Close out the weekend at the botanic garden’s light trail.',
    );
    expect(valueOf(lines, 'the weekend')).toBe('2023-W47-WE');
  });
});

import { describe, expect, test } from 'vitest';
import { storyAt } from '../../helpers/timeline-story';

// Dates told from a time the sentence or the story names (anaphora.ts, sentence-year.ts).
// Sentences of our own.

describe('dates told from the story', () => {
  test('"earlier that week" is the week of the day just named', () => {
    const { dates } = storyAt(
      '2025-08-29T08:00:00Z',
      'The film opens in cinemas on Friday, Oct. 17, after a gala screening earlier that week.',
    );
    expect(dates).toContain('earlier that week=2025-W42');
  });

  test('a month in a sentence that opens on "Two years ago" is of that year', () => {
    const { dates } = storyAt(
      '2026-01-10T17:00:00Z',
      '"Two years ago we could barely pay the staff in March," the chairman said.',
    );
    expect(dates).toContain('March=2024-03');
  });
});

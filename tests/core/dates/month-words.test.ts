import { describe, expect, test } from 'vitest';
import { storyAt } from '../../helpers/timeline-story';

// A month's name read further than the text dates it (month-words.ts). Sentences of our own.

describe('month words', () => {
  test('a capitalised month inside a sentence is a name', () => {
    const { dates } = storyAt(
      '2024-09-26T10:00:00Z',
      'The drug blocks a protein called AUGUST that drives the disease.',
      'The trial ends in APRIL.',
    );
    expect(dates.some((d) => d.startsWith('AUGUST='))).toBe(false);
    expect(dates).toContain('APRIL=2025-04');
  });

  test('"in May, first because …" is the month', () => {
    const { dates } = storyAt(
      '2023-10-02T10:00:00Z',
      'The hearing was put off twice, in March and in June, first because a witness was ill.',
      'It opened on May 1, first in Leeds.',
    );
    expect(dates).toContain('June=2023-06');
    expect(dates).toContain('May 1=2023-05-01');
  });
});

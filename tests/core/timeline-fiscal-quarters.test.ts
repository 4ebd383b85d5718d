import { describe, expect, test } from 'vitest';
import { storyAt } from '../helpers/timeline-story';

// A quarter "of the fiscal year" is a quarter of the page's fiscal years where the page tells which
// months they run over (lang-news guidelines, rulings of the thirty-first session), else no calendar
// quarter on the timeline.

describe('a quarter of the fiscal year', () => {
  test('Kenyan shillings: "the second quarter of the financial year" is October to December', () => {
    const { timeline } = storyAt(
      '2024-12-20T12:00:00Z',
      'The Treasury will release Sh8 billion to counties in the second quarter of the financial year.',
    );
    expect(timeline).toContain('the second quarter=2024-10/2024-12');
  });

  test('a stated year-end: "by the end of the fiscal year on March 31"', () => {
    const { timeline } = storyAt(
      '2025-01-20T12:00:00Z',
      'The clinic expects to clear its list by the end of the fiscal year on March 31.',
      'Nurses worked 20,000 extra hours in the third quarter of the fiscal year.',
    );
    expect(timeline).toContain('the third quarter=2024-10/2024-12');
  });

  test('a page that does not tell the months shows no calendar quarter', () => {
    const { timeline } = storyAt(
      '2025-01-20T12:00:00Z',
      'The agency hired 40 inspectors in the third quarter of its fiscal year.',
    );
    expect(timeline.some((line) => line.startsWith('the third quarter='))).toBe(false);
  });
});

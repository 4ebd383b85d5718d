import { describe, expect, test } from 'vitest';
import { formatDate } from '../../src/popup/format';

describe('formatDate: the header in the same zone as the timeline', () => {
  test('a time with its offset is shown as the page wrote it, whatever the reader’s zone', () => {
    // 22:32 in New York is 03:32 the next day in UTC: the page's day and hour are kept.
    const shown = formatDate('2025-03-05T22:32:00-05:00', 'en-GB');
    expect(shown).toContain('5 Mar 2025');
    expect(shown).toContain('22:32');
    expect(formatDate('2025-03-06T03:32:00Z', 'en-GB')).toContain('03:32');
    expect(formatDate('2025-03-06T09:02:00+05:30', 'en-GB')).toMatch(/6 Mar 2025.*09:02/u);
  });

  test('a calendar date stays that day; an unreadable value is shown as it is', () => {
    expect(formatDate('2025-03-05', 'en-GB')).toBe('5 Mar 2025');
    expect(formatDate('soon', 'en-GB')).toBe('soon');
  });
});

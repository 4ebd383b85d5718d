import { describe, expect, test } from 'vitest';
import { datesAt } from '../helpers/timeline-story';

// A part-of-period word before a year starts a word: "weekend of 2026" holds no "end of 2026".

describe('a part of the year only as a word of its own', () => {
  test('"the holiday weekend of 2026" is no "end of 2026"', () => {
    const lines = datesAt(
      '2025-10-20T12:00:00Z',
      'Crowds filled the pier over the holiday weekend of 2026, the council said.',
    );
    expect(lines.some((l) => l.includes('end of 2026'))).toBe(false);
  });

  test('"the end of 2026" keeps its part', () => {
    const lines = datesAt('2025-10-20T12:00:00Z', 'The depot will shut by the end of 2026.');
    expect(lines).toContain('the end of 2026=2026');
  });

  test('"mid-2024" keeps its part, a word ending in "mid" does not give one', () => {
    expect(datesAt('2025-10-20T12:00:00Z', 'Prices fell in mid-2024.')).toContain('mid-2024=2024');
    const lines = datesAt('2025-10-20T12:00:00Z', 'The glass pyramid 2024 exhibit closed.');
    expect(lines.some((l) => l.startsWith('mid'))).toBe(false);
  });
});

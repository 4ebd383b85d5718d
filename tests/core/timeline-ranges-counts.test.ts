import { describe, expect, test } from 'vitest';
import { recogniseDates } from '../../src/core/dates/chrono-dates';
import { buildTimeline } from '../../src/core/dates/timeline';
import { parseInstant } from '../../src/core/analyse';
import { blocksOf, timelineAt, valueOf } from '../helpers/timeline-story';

// Stretches whose second end alone writes the year, dates moved from one day to another, counts
// back in compound number words, and "last night" in a story of early morning east of UTC:
// families found on the eighth English set of the lang-news pages (issue 16), on sentences of our own.

/** The timeline of a story published at `iso`, read in the zone `iso` writes. */
const timelineIn = (iso: string, ...texts: string[]): string[] => {
  const blocks = blocksOf(...texts);
  const reference = parseInstant(iso);
  if (!reference) throw new Error(iso);
  return buildTimeline(blocks, recogniseDates(blocks, reference)).map(
    (e) => `${e.text}=${e.value}${e.endValue ? `/${e.endValue}` : ''}`,
  );
};

describe('a stretch whose second end alone writes the year', () => {
  test('"from May 30 to June 28, 2026" and "from 30 May to 28 June 2026" are one range each', () => {
    const lines = timelineAt(
      '2025-11-19T06:00:00Z',
      'The summer break will run from May 30 to June 28, 2026, the ministry said.',
      'The exhibition moves into the east wing and runs from 3 July to 9 August 2026.',
    );
    expect(lines).toContain('May 30 to June 28, 2026=2026-05-30/2026-06-28');
    expect(lines).toContain('3 July to 9 August 2026=2026-07-03/2026-08-09');
  });
});

describe('a date moved from one day to another', () => {
  test('"the sequel moves from March 20, 2026 to July 17, 2026" is two points, not a stretch', () => {
    const lines = timelineAt(
      '2025-06-05T17:00:00Z',
      'The studio said its sequel moves from March 20, 2026 to July 17, 2026.',
    );
    expect(lines).toContain('March 20, 2026=2026-03-20');
    expect(lines).toContain('July 17, 2026=2026-07-17');
    // ... while a run of days stays one range.
    const run = timelineAt('2025-06-05T17:00:00Z', 'The festival runs from March 20, 2026 to July 17, 2026.');
    expect(run).toContain('March 20, 2026 to July 17, 2026=2026-03-20/2026-07-17');
  });
});

describe('counts back in compound number words', () => {
  test('"Fifty-nine years ago today" is that day 59 years back, "forty years ago" the year', () => {
    const lines = timelineAt(
      '2025-03-08T06:00:00Z',
      'Fifty-nine years ago today, a blast tore the top off the old column.',
      'The mill closed forty years ago.',
    );
    expect(lines.some((l) => l.startsWith('Fifty-nine years ago today') && l.endsWith('=1966-03-08'))).toBe(true);
    expect(valueOf(lines, 'forty years ago')).toBe('1985');
    expect(lines.some((l) => /nine years ago=2016/u.test(l))).toBe(false);
  });
});

describe('"last night" in a story of early morning east of UTC', () => {
  test('at 7 a.m. in Perth (11 p.m. UTC the day before), "11.40pm last night" is the night before the story’s day', () => {
    const lines = timelineIn('2025-03-09T07:00:00+08:00', 'Counting stopped at 11.40pm last night.');
    expect(valueOf(lines, '11.40pm last night')).toBe('2025-03-08T23:40');
  });
});

import { describe, expect, test } from 'vitest';
import { recogniseDates } from '../../src/core/dates/chrono-dates';
import { buildTimeline } from '../../src/core/dates/timeline';
import { parseInstant } from '../../src/core/analyse';
import { blocksOf, timelineAt, valueOf } from '../helpers/timeline-story';

// Weekdays told ahead, and the day of a story published near midnight in its own zone: families
// found on the eighth English set of the lang-news pages (issue 16), on sentences of our own.

/** The timeline of a story published at `iso`, read in the zone `iso` writes (as a page's header gives it). */
const timelineIn = (iso: string, ...texts: string[]): string[] => {
  const blocks = blocksOf(...texts);
  const reference = parseInstant(iso);
  if (!reference) throw new Error(iso);
  return buildTimeline(blocks, recogniseDates(blocks, reference)).map(
    (e) => `${e.text}=${e.value}${e.endValue ? `/${e.endValue}` : ''}`,
  );
};

describe('a weekday told ahead', () => {
  // Wednesday 5 February 2025.
  const wednesday = '2025-02-05T16:00:00Z';

  test('"must" before a weekday is a duty still to come; "must have" is the past', () => {
    expect(valueOf(timelineAt(wednesday, 'The builder must hand in his passport by Friday.'), 'Friday')).toBe(
      '2025-02-07',
    );
    expect(valueOf(timelineAt(wednesday, 'The builder must have left the site on Friday.'), 'Friday')).toBe(
      '2025-01-31',
    );
  });

  test('a wish in the present ("wants him in the squad for the derby on Thursday")', () => {
    const lines = timelineAt(wednesday, 'The manager wants the new striker in the squad for the derby on Thursday.');
    expect(valueOf(lines, 'Thursday')).toBe('2025-02-06');
  });

  test('a schedule in the present: "continues with", "drops", "debuts"', () => {
    const lines = timelineAt(
      wednesday,
      'The festival continues with the parade on Saturday.',
      'Filming wrapped in Leeds in January, and the first trailer drops Monday.',
    );
    expect(valueOf(lines, 'Saturday')).toBe('2025-02-08');
    expect(valueOf(lines, 'Monday')).toBe('2025-02-10');
    // Told in the past, the same words are the days gone.
    const past = timelineAt(wednesday, 'The festival continued with the parade on Saturday.');
    expect(valueOf(past, 'Saturday')).toBe('2025-02-01');
  });

  test('what someone expected to come ("expected the board to be named on Thursday")', () => {
    const lines = timelineAt(
      wednesday,
      'The mayor said she would pick her deputies soon and expected the new board to be named on Thursday.',
      'Many workers are expected to take Tuesday off as well.',
    );
    expect(valueOf(lines, 'Thursday')).toBe('2025-02-06');
    expect(valueOf(lines, 'Tuesday')).toBe('2025-02-11');
  });

  test('"expect the crowds to peak ... over the weekend", early in a week: the coming weekend', () => {
    // Monday 3 February 2025.
    const lines = timelineAt('2025-02-03T12:00:00Z', 'Police expect the crowds to peak over the weekend.');
    expect(valueOf(lines, 'the weekend')).toBe('2025-W06-WE');
  });

  test('"told his players on Monday", in a Sunday story: the Monday gone, not tomorrow', () => {
    const lines = timelineAt('2025-01-05T12:00:00Z', 'The coach said he told his players on Monday to rest.');
    expect(valueOf(lines, 'Monday')).toBe('2024-12-30');
  });
});

describe('the day of a story is its day where it was written', () => {
  test('late on Sunday in New York (Monday in UTC): "on Sunday afternoon" is that Sunday', () => {
    const lines = timelineIn(
      '2025-01-05T23:55:00-05:00',
      'The home side beat the visitors 31-10 on Sunday afternoon to clinch the last place.',
      'They play at the champions on Sunday, Jan. 12, at 1 p.m.',
    );
    expect(valueOf(lines, 'Sunday')).toBe('2025-01-05');
  });
});

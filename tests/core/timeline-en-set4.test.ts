import { describe, expect, test } from 'vitest';
import { datesAt, timelineAt, valueOf } from '../helpers/timeline-story';

// Families of wrong timeline entries on the fourth English set of the lang-news pages (issue 16,
// part 2), fixed as families on texts of our own.

describe('"two decades ago" is the year twenty years back, as "a decade ago" is ten', () => {
  test('counted decades ago are years; "more than four decades ago" stays a decade', () => {
    const lines = datesAt(
      '2022-05-20T12:00:00Z',
      'Two decades ago the council first warned of floods.',
      'Three decades ago the pier was rebuilt.',
      'The mill closed more than four decades ago.',
    );
    expect(valueOf(lines, 'Two decades ago')).toBe('2002');
    expect(valueOf(lines, 'Three decades ago')).toBe('1992');
    expect(valueOf(lines, 'more than four decades ago')).toBe('198');
  });
});

describe('"lasts" is a verb, never "last s(econd)"', () => {
  test('no clock time is read from "a night there lasts two hours"', () => {
    const lines = timelineAt(
      '2023-06-29T08:00:00Z',
      'A full day on the comet lasts about six hours, and the battery lasts longer.',
      'The probe woke up last week.',
    );
    expect(lines.filter((l) => l.startsWith('lasts'))).toEqual([]);
    expect(lines).toContain('last week=2023-W25');
  });
});

import { describe, expect, test } from 'vitest';
import { datesAt, timelineAt, valueOf } from '../helpers/timeline-story';

describe('a count set off by a comma after a date restates the date', () => {
  test('"in the spring of 1969, six months after her wedding": the season stays, the count is the season', () => {
    const lines = datesAt(
      '2023-03-18T10:00:00Z',
      'She toured Canada for the first time in the spring of 1969, six months after her wedding to a piper.',
    );
    expect(valueOf(lines, 'the spring of 1969')).toBe('1969-SP');
    expect(valueOf(lines, 'six months after')).toBe('1969-SP');
    expect(
      timelineAt(
        '2023-03-18T10:00:00Z',
        'She toured Canada for the first time in the spring of 1969, six months after her wedding to a piper.',
      ),
    ).toEqual(['the spring of 1969=1969-SP']);
  });

  test('"the winter of 1859, less than two years before the war": a year of the nineteenth century', () => {
    const lines = datesAt(
      '2024-04-09T10:00:00Z',
      'The ledgers record wool bought in the winter of 1859, less than two years before the war.',
    );
    expect(valueOf(lines, 'the winter of 1859')).toBe('1859-WI');
  });

  test('"in 1922, ten years before his death": the year, not a span', () => {
    const lines = datesAt('2023-09-05T10:00:00Z', 'The club folded in 1922, ten years before his death.');
    expect(lines).toEqual(['1922=1922', 'ten years before=1922']);
  });

  test('without the comma, or counted from a date the sentence names, the count is not the date before it', () => {
    expect(
      datesAt('2023-09-05T10:00:00Z', 'The club folded in 1922 and ten years before his death he sold the ground.'),
    ).not.toContain('ten years before=1922');
    // Counted from "12 July", as the ruling on weeks has it: the week the count reaches.
    expect(
      valueOf(
        datesAt('2025-06-02T10:00:00Z', 'The vote is set for three weeks before the festival on 12 July.'),
        'three weeks before',
      ),
    ).toBe('2025-W25');
  });
});

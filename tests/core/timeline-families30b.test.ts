// Families of timeline errors on en-train10 (issue 16, part 2): two months joined by "to" with
// no "from" are one stretch. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { timelineAt } from '../helpers/timeline-story';

describe('two months joined by "to" without "from" are one stretch', () => {
  it('reads "the forecast for June to August", in a May story, as one range', () => {
    const lines = timelineAt(
      '2025-05-14T12:00:00Z',
      'The bureau will update its outlook in late May for June to August.',
    );
    expect(lines).toContain('June to August=2025-06/2025-08');
  });

  it('runs "December through February" across the new year', () => {
    const lines = timelineAt(
      '2025-10-02T12:00:00Z',
      'Forecasters will issue the outlook for December through February in late November.',
    );
    expect(lines).toContain('December through February=2025-12/2026-02');
  });

  it('keeps a moved month, a comparison and a possessive as two points', () => {
    const lines = timelineAt(
      '2025-05-14T12:00:00Z',
      'The council moved the vote from June to August.',
      'Analysts compared March to April and found little change.',
      'Prices fell from their peak in March to April’s low.',
    );
    expect(lines.some((l) => l.includes('/'))).toBe(false);
  });
});

describe("a weekday's event that would happen is still to come", () => {
  it('reads "Friday\'s count would be smaller", in a Thursday story, as the coming Friday', () => {
    const lines = timelineAt(
      '2022-11-10T23:00:00Z',
      "The clerk said Friday's count would be smaller because staff would take the morning off.",
    );
    expect(lines).toContain('Friday=2022-11-11');
  });

  it('keeps "Friday\'s count would have" and a past possessive behind', () => {
    const lines = timelineAt(
      '2022-11-10T23:00:00Z',
      "The clerk said Friday's count would have been larger without the storm.",
      "Monday's count was smaller.",
    );
    expect(lines).toContain('Friday=2022-11-04');
    expect(lines).toContain('Monday=2022-11-07');
  });
});

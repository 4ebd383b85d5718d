// Families of timeline errors over the English train pages (issue 16, part 2): a month's day after
// a present that schedules its end, a deadline expected by a month's end, and "need" no verb in the
// past. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { timelineAt } from '../helpers/timeline-story';

describe('a month and its day after a present that schedules an end', () => {
  it('reads "closes April 30" and "runs until March 31", months after that day, as the next one', () => {
    const lines = timelineAt(
      '2025-10-01T12:00:00Z',
      'The gallery opens its winter show on Nov. 25 and closes April 30.',
      'The fire season runs until March 31, during which farmers need a permit.',
    );
    expect(lines).toContain('April 30=2026-04-30');
    expect(lines).toContain('March 31=2026-03-31');
  });

  it('keeps a stretch told in the past behind', () => {
    const lines = timelineAt(
      '2025-08-20T12:00:00Z',
      'The offer ran until March 31.',
      'The exhibition, which closed April 30, drew 40,000 visitors.',
    );
    expect(lines).toContain('March 31=2025-03-31');
    expect(lines).toContain('April 30=2025-04-30');
  });
});

describe('a deadline expected by the end of a month', () => {
  it('reads "expected by the end of June", in November, as next June', () => {
    const lines = timelineAt(
      '2021-11-03T12:00:00Z',
      'A ruling is expected by the end of June, though lawyers have asked the court to act sooner.',
    );
    expect(lines).toContain('the end of June=2022-06');
  });

  it('keeps a near one this year', () => {
    const lines = timelineAt('2025-05-13T12:00:00Z', 'Their results are expected by the end of July.');
    expect(lines).toContain('the end of July=2025-07');
  });
});

describe('"need" is no verb in the past', () => {
  it('leaves a month and its day after "runs until" ahead when the clause says "need"', () => {
    const lines = timelineAt(
      '2025-08-28T12:00:00Z',
      'The period runs until March 31, during which landholders need a permit to light fires.',
    );
    expect(lines).toContain('March 31=2026-03-31');
  });

  it('keeps a day told with a past verb behind, beside dates of next year', () => {
    const lines = timelineAt(
      '2025-08-29T12:00:00Z',
      'Term 1 will begin on Monday, Jan 5, and the holidays will run from Saturday, Nov 22 to Sunday, Jan 4.',
      'The minister first spoke about later start times at a conference on Aug 17, saying pupils "need their sleep".',
    );
    expect(lines).toContain('Aug 17=2025-08-17');
  });
});

describe('a fixture word in a name is no fixture', () => {
  it('reads "won the Harbour Open on Sunday", in a Monday story, as the Sunday just gone', () => {
    const lines = timelineAt('2026-04-13T09:00:00Z', 'Mara Lindqvist won the Harbour Open on Sunday by three shots.');
    expect(lines).toContain('Sunday=2026-04-12');
  });

  it('keeps a fixture told in the present ahead', () => {
    const lines = timelineAt(
      '2026-04-13T09:00:00Z',
      'The Lakers host the Celtics on Friday, and the doors open on Saturday.',
    );
    expect(lines).toContain('Friday=2026-04-17');
    expect(lines).toContain('Saturday=2026-04-18');
  });
});

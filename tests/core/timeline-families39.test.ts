import { describe, expect, test } from 'vitest';
import { storyAt } from '../helpers/timeline-story';

// Families of wrong timeline entries on the English train pages (issue 16), on texts of our own.

describe('a stretch whose second end is named by what closes on it', () => {
  test('"from Thursday, November 23 until the end of service on Saturday, November 25": one range', () => {
    // Friday 27 October 2023.
    const { timeline } = storyAt(
      '2023-10-27T15:00:00Z',
      'The ferry crews will strike again from Thursday, November 23 until the end of service on Saturday, November 25, the union said.',
    );
    expect(timeline).toContain(
      'Thursday, November 23 until the end of service on Saturday, November 25=2023-11-23/2023-11-25',
    );
    expect(timeline.some((l) => l.startsWith('Saturday, November 25='))).toBe(false);
  });

  test('"through the close of business on": one range of the days', () => {
    const { timeline } = storyAt(
      '2023-10-27T15:00:00Z',
      'Applications are accepted from November 6 through the close of business on November 17.',
    );
    expect(timeline).toContain('November 6 through the close of business on November 17=2023-11-06/2023-11-17');
  });

  test('without "from", two days joined so are two points', () => {
    const { timeline } = storyAt(
      '2023-10-27T15:00:00Z',
      'The crews walk out on November 6 and work until the end of service on November 17.',
    );
    expect(timeline.some((l) => l.includes('/'))).toBe(false);
  });
});

describe('a stretch of clock times whose second end alone names its year', () => {
  test('"from noon June 8 to noon June 12 next year": both ends next year', () => {
    // Thursday 22 August 2019.
    const { timeline } = storyAt(
      '2019-08-22T12:00:00Z',
      'Filing for the school board runs from noon June 8 to noon June 12 next year, the clerk said.',
    );
    expect(timeline).toContain('noon June 8 to noon June 12 next year=2020-06-08T12:00/2020-06-12T12:00');
  });

  test('a first end that writes its own year keeps it', () => {
    const { timeline } = storyAt(
      '2019-08-22T12:00:00Z',
      'The count ran from noon June 8, 2018 to noon June 12 next year.',
    );
    expect(timeline.some((l) => l.startsWith('noon June 8') && l.includes('=2020-06-08'))).toBe(false);
  });
});

import { describe, expect, test } from 'vitest';
import { recogniseDates } from '../../../src/core/dates/chrono-dates';
import { blocksOf } from '../../helpers/timeline-story';

// Seasons on a southern-hemisphere page (lang-news guidelines: the season's code in the year it
// falls), told in a perfect or with an irregular past, on sentences of our own.

/** The dates of a Sydney story published at `iso` (UTC), its clock at +11:00. */
const sydney = (iso: string, ...texts: string[]): string[] =>
  recogniseDates(blocksOf(...texts), { instant: new Date(iso), timezoneOffset: 660 }).map(
    (d) => `${d.text}=${d.value}`,
  );

describe('a southern season read from the tense of its sentence', () => {
  const story = [
    'Clearance rates in Sydney and Melbourne held above 70 per cent, led by Brisbane and Perth.',
    'Open-home crowds have also started the autumn strongly, agents in Adelaide said.',
    '"Buyers who sat out the spring are back," a Melbourne agent said.',
  ];

  test('"have also started the autumn" the day before a southern autumn is this autumn', () => {
    // Published on Wednesday 28 February 2024, Sydney time.
    expect(sydney('2024-02-27T22:45:00Z', ...story)).toContain('the autumn=2024-FA');
  });

  test('"sat out the spring" in a southern February is the spring just gone', () => {
    expect(sydney('2024-02-27T22:45:00Z', ...story)).toContain('the spring=2023-SP');
  });
});

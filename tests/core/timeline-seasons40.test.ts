import { describe, expect, test } from 'vitest';
import { recogniseDates } from '../../src/core/dates/chrono-dates';
import { blocksOf, datesAt, valueOf } from '../helpers/timeline-story';

// "last spring", "last summer" told in the month after that season's end: the season just over.

describe('"last <season>" in the month after the season ends', () => {
  test('"last spring" in June is this year\'s spring; in May, last year\'s', () => {
    const june = datesAt('2024-06-18T12:00:00Z', 'The new footbridge opened to walkers only last spring.');
    expect(valueOf(june, 'last spring')).toBe('2024-SP');
    const may = datesAt('2024-05-18T12:00:00Z', 'The new footbridge opened to walkers only last spring.');
    expect(valueOf(may, 'last spring')).toBe('2023-SP');
  });

  test('"last summer" in September is this year\'s; in October it stays last year\'s', () => {
    const september = datesAt('2023-09-12T12:00:00Z', 'The ferry to the island was full last summer.');
    expect(valueOf(september, 'last summer')).toBe('2023-SU');
    const october = datesAt('2023-10-12T12:00:00Z', 'The ferry to the island was full last summer.');
    expect(valueOf(october, 'last summer')).toBe('2022-SU');
  });
});

// A page told from the southern hemisphere (its clock and its places): its summer is December to
// February, dated in the year it begins.

const southernDates = (iso: string, offsetMinutes: number, ...texts: string[]): string[] =>
  recogniseDates(blocksOf(...texts), { instant: new Date(iso), timezoneOffset: offsetMinutes }).map(
    (d) => `${d.text}=${d.value}`,
  );

describe('southern-hemisphere seasons', () => {
  const story = [
    'Storms lashed Brisbane and the Gold Coast overnight, and Queensland crews worked until dawn.',
    'Last summer, hail the size of golf balls fell on the northern suburbs on Christmas Eve.',
  ];

  test('"Last summer" said in December in Brisbane is the summer that began a year before', () => {
    const lines = southernDates('2025-12-14T05:40:00+10:00', 600, ...story);
    expect(valueOf(lines, 'Last summer')).toBe('2024-SU');
  });

  test('"the winter" just past, said in October in South Africa, is this year\'s June to August', () => {
    const lines = southernDates(
      '2023-10-15T14:20:00+02:00',
      120,
      'Eskom told Johannesburg factories that South Africa had come through the worst of the power cuts.',
      'The smelter lost 19 days to power cuts during the winter, when demand peaked.',
    );
    expect(valueOf(lines, 'the winter')).toBe('2023-WI');
  });

  test('"this summer" said in January in Sydney is the one that began in December', () => {
    const lines = southernDates(
      '2024-01-15T09:00:00+11:00',
      660,
      'Lifeguards in Sydney and Melbourne pulled 40 swimmers from rips this summer.',
    );
    expect(valueOf(lines, 'this summer')).toBe('2023-SU');
  });

  test('the same words on a page with no southern clock keep the northern seasons', () => {
    const lines = southernDates('2025-12-14T05:40:00Z', 0, ...story);
    expect(valueOf(lines, 'Last summer')).toBe('2025-SU');
  });
});

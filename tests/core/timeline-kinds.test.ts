// Kinds of expression whose value the timeline cannot trust (issue 16, part 2;
// scripts/timeline-kinds.mjs): an indefinite weekday, a weekday counted within a stretch or from a
// day the text told, and a stretch whose first end closes on a comma. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { storyAt } from '../helpers/timeline-story';

describe('timeline kinds: a weekday the text does not make the nearest one stays off', () => {
  it('keeps "a Tuesday" and "on a cold Tuesday night" off, and a weekday qualifying a noun on', () => {
    const s = storyAt(
      '2024-05-16T12:00:00Z',
      'The mill burned down on March 4, 1931, a Tuesday, in a gale off the estuary.',
      'Half the valley lost its lights on a cold Tuesday night.',
      'The union faces a Friday deadline to answer the offer.',
    );
    expect(s.timeline.some((e) => e.startsWith('Tuesday'))).toBe(false);
    expect(s.dates.some((d) => d.startsWith('Tuesday='))).toBe(true);
    expect(s.timeline).toContain('Friday=2024-05-17');
  });

  it('keeps a weekday said in a statement on', () => {
    const s = storyAt(
      '2024-05-16T12:00:00Z',
      'The ferry operator said in a statement Wednesday that sailings would resume.',
    );
    expect(s.timeline).toContain('Wednesday=2024-05-15');
  });

  it('keeps "the final Sunday of" a season and "the following Monday" off', () => {
    const s = storyAt(
      '2024-05-16T12:00:00Z',
      'The club has led the table since the final Sunday of the winter series.',
      'The landlord had the locks changed the following Monday.',
      'On the last night before the ward closed, nurses saw eleven patients.',
    );
    expect(s.timeline.some((e) => /Sunday|Monday|night/u.test(e))).toBe(false);
  });

  it('keeps "the final Friday" alone, a day of the story the text knows, on the timeline', () => {
    const s = storyAt(
      '2024-05-19T12:00:00Z',
      'Turnout was heavy all week, with 9,000 votes on the final Friday alone.',
    );
    expect(s.timeline.some((e) => e.startsWith('Friday='))).toBe(true);
  });
});

describe('timeline kinds: a weekday joined to another by a hyphen stays off', () => {
  it('keeps the two days of "Friday-to-Sunday" off, a weekday alone on', () => {
    const s = storyAt(
      '2023-10-15T12:00:00Z',
      'The musical took $12 million in its Friday-to-Sunday opening, the studio said on Sunday.',
    );
    expect(s.timeline.filter((e) => /day=/u.test(e))).toEqual(['Sunday=2023-10-15']);
  });
});

describe('timeline kinds: a weekend named from another day stays off', () => {
  it('keeps "the weekend of the 18th" and "the weekend before Easter" off, "over the weekend" on', () => {
    const s = storyAt(
      '2024-12-30T12:00:00Z',
      'The cup semi-final is set for the weekend of the 18th.',
      'The festival, first planned for the weekend before Easter last year, was cancelled.',
      'Crews worked over the weekend to clear the line.',
    );
    expect(s.timeline.filter((e) => /weekend/iu.test(e))).toEqual(['the weekend=2024-W52-WE']);
  });
});

describe('timeline kinds: a stretch whose first end closes on a comma is one range', () => {
  it('joins "from Friday, Sept. 26, through Sunday, Sept. 28"', () => {
    const s = storyAt(
      '2025-08-20T12:00:00Z',
      'The regatta runs from Friday, Sept. 26, through Sunday, Sept. 28, with the final races on the Sunday.',
    );
    expect(s.timeline).toContain('Friday, Sept. 26, through Sunday, Sept. 28=2025-09-26/2025-09-28');
  });

  it('joins "from Aug. 31, 2024, to Aug. 30, 2025"', () => {
    const s = storyAt(
      '2025-06-01T12:00:00Z',
      'Entries are open to books published from Aug. 31, 2024, to Aug. 30, 2025, the prize committee said.',
    );
    expect(s.timeline).toContain('Aug. 31, 2024, to Aug. 30, 2025=2024-08-31/2025-08-30');
  });
});

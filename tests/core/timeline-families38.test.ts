import { describe, expect, test } from 'vitest';
import { storyAt, valueOf } from '../helpers/timeline-story';

// The year of a month or a season named without one (issue 16): chosen from the words that
// govern it and the publication date. Texts of our own.

const dateOf = (iso: string, text: string, what: string): string | undefined => valueOf(storyAt(iso, text).dates, what);

describe('a plan told in the past names a month or a season still to come', () => {
  test('"was originally dated for February", in October: next February', () => {
    expect(dateOf('2023-10-15T12:00:00Z', 'The thriller was originally dated for February.', 'February')).toBe(
      '2024-02',
    );
  });
  test('"had been pencilled in for the autumn", in February: this autumn', () => {
    expect(dateOf('2026-02-12T12:00:00Z', 'A second concert had been pencilled in for the autumn.', 'the autumn')).toBe(
      '2026-FA',
    );
  });
  test('"had been scheduled to run through Jan. 10", in June: next January', () => {
    expect(dateOf('2025-06-09T12:00:00Z', 'The revival had been scheduled to run through Jan. 10.', 'Jan. 10')).toBe(
      '2026-01-10',
    );
  });
  test('"the levy, due to take effect in January, had cut bookings", in May: next January', () => {
    expect(
      dateOf(
        '2025-05-20T12:00:00Z',
        'The owners said the new levy, due to take effect in January, had already cut bookings.',
        'January',
      ),
    ).toBe('2026-01');
  });
});

describe('a future-looking present names a season still to come', () => {
  test('"we expect a pickup in the spring", in July: next spring', () => {
    expect(dateOf('2024-07-24T12:00:00Z', '"We expect a pickup in the spring," she said.', 'the spring')).toBe(
      '2025-SP',
    );
  });
});

describe('a verb in the past just before a month governs it, not a "will" after "and"', () => {
  test('"finished the course in October and will coach", in June: last October', () => {
    expect(
      dateOf(
        '2021-06-19T12:00:00Z',
        'Her nephew finished the coaching course in October and will coach his first game on Sunday.',
        'October',
      ),
    ).toBe('2020-10');
  });
  test('"a request the ministry rejected in the autumn", in February: last autumn', () => {
    expect(
      dateOf(
        '2026-02-24T12:00:00Z',
        'The union asked ministers to freeze fares, a request the ministry rejected in the autumn.',
        'the autumn',
      ),
    ).toBe('2025-FA');
  });
});

describe('"last year", "a year ago" or "last season" in the clause put a month in the year before', () => {
  test('"Last season they … before losing the final on Jan. 17", in late December: last January', () => {
    expect(
      dateOf(
        '2021-12-30T12:00:00Z',
        'Last season they beat Ohio and Iowa in the opening rounds of the playoffs and then beat Kansas and Utah at home in the quarter-finals before losing the conference final in Denver on Jan. 17.',
        'Jan. 17',
      ),
    ).toBe('2021-01-17');
  });
  test('"A year ago traders feared a slump before the end of March", on 31 December: this March', () => {
    expect(
      dateOf(
        '2019-12-31T12:00:00Z',
        '"A year ago traders were bracing for a slump before the end of March," he said.',
        'the end of March',
      ),
    ).toBe('2019-03');
  });
  test('"which last year drew 90,000 people over a weekend in July", in July: last July', () => {
    expect(
      dateOf(
        '2025-07-16T12:00:00Z',
        'The fair, which last year drew 90,000 people over a weekend in July, goes ahead on Saturday.',
        'July',
      ),
    ).toBe('2024-07');
  });
});

describe('a plan a later event overtook keeps the nearest past date', () => {
  test('"had been scheduled to open on Oct. 2 before the owners sold it", in February: last October', () => {
    expect(
      dateOf(
        '2024-02-27T12:00:00Z',
        'The hotel had been scheduled to open on Oct. 2 before the owners sold it.',
        'Oct. 2',
      ),
    ).toBe('2023-10-02');
  });
});

describe("en-train14 weekdays: a participle that opens something on a weekday, a match report's past", () => {
  test('"a pre-sale … opening on Wednesday", on a Friday: the coming Wednesday', () => {
    expect(
      dateOf(
        '2020-02-14T10:00:00Z',
        'Tickets go on general sale next Friday, with a pre-sale for fans who joined the mailing list opening on Wednesday.',
        'Wednesday',
      ),
    ).toBe('2020-02-19');
  });
  test('"a pre-sale for people who attended last year starting on Thursday", on a Tuesday: this Thursday', () => {
    expect(
      dateOf(
        '2026-02-24T08:30:00Z',
        'General sale opens on Friday, with a pre-sale for people who attended last year starting on Thursday at the same time.',
        'Thursday',
      ),
    ).toBe('2026-02-26');
  });
  test('"a march starting on Sunday ended in clashes": the Sunday gone', () => {
    expect(dateOf('2026-02-24T08:30:00Z', 'A march starting on Sunday ended in clashes with police.', 'Sunday')).toBe(
      '2026-02-22',
    );
  });
  test('"had to play … after beating Utah at home on Wednesday", on a Friday: the Wednesday gone', () => {
    expect(
      dateOf(
        '2025-11-14T04:45:00Z',
        'Denver had to play the second night of a back-to-back after beating the Utah Jazz 112-100 at home on Wednesday.',
        'Wednesday',
      ),
    ).toBe('2025-11-12');
  });
});

describe("a chronology's entry gives its months the entry's year", () => {
  test('"Summer 2021: … It is lifted in November." and "2019: … In October, …", in 2025', () => {
    const { dates } = storyAt(
      '2025-03-12T07:00:00Z',
      'Spring 2018: The reservoir falls to a third of its capacity.',
      'Summer 2021: A hosepipe ban covers the valley after a dry June. It is lifted in November.',
      '2019: The club is relegated. In October, the owners put it up for sale.',
      'Nov. 2016: The plan is approved. Work starts in February.',
    );
    expect(valueOf(dates, 'November')).toBe('2021-11');
    expect(valueOf(dates, 'October')).toBe('2019-10');
    expect(valueOf(dates, 'February')).toBe('2017-02');
  });
  test('a paragraph that does not open on a dated head keeps the nearest month', () => {
    const { dates } = storyAt('2025-03-12T07:00:00Z', 'In 2019 the club was relegated: it was sold in February.');
    expect(valueOf(dates, 'February')).not.toBe('2020-02');
  });
});

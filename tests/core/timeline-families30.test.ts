// Families of timeline errors on the English train sets (issue 16, part 2; thirtieth session):
// "this" with a weekday, a past whose verb is its plain form, a day counted in a month, a stretch
// whose first end leaves its month to the second, the week ending on a Sunday, "the same point in"
// a year, the year-end holidays, a present "end on". Sentences of our own.
import { describe, expect, it } from 'vitest';
import { storyAt } from '../helpers/timeline-story';

describe('"this" with a weekday is the coming one', () => {
  it('reads "a presale beginning this Saturday", in a Wednesday story, as the Saturday ahead', () => {
    const s = storyAt(
      '2025-11-19T12:00:00Z',
      'Seats go on sale next month, after a members presale beginning this Saturday.',
    );
    expect(s.timeline).toContain('this Saturday=2025-11-22');
  });

  it('keeps "this Saturday" told in the past, and "this past Saturday", behind', () => {
    const s = storyAt(
      '2025-11-19T12:00:00Z',
      "This Saturday's match was a rout.",
      'Ticket sales this past Saturday fell by a third.',
    );
    expect(s.dates).toContain('This Saturday=2025-11-15');
    expect(s.dates).toContain('this past Saturday=2025-11-15');
  });
});

describe('a verb whose past is its plain form, after "it", "he" or "she", is past', () => {
  it('reads "the 4% it forecast in October", in a January story, as last October', () => {
    const s = storyAt(
      '2024-01-11T12:00:00Z',
      'Sales at the chain, measured in local currency after the spring price rises, are now expected to grow 2%, against the 4% it forecast in October.',
    );
    expect(s.timeline).toContain('October=2023-10');
  });
});

describe('a day counted in a month is that day', () => {
  it('reads "the last Friday in June", "the first Tuesday in November" and "the final day of July"', () => {
    const s = storyAt(
      '2025-08-21T12:00:00Z',
      'The county fair will open on the first Tuesday in November.',
      'The club signed four players on the final day of July.',
      'The thriller opens in cinemas on the fourth Thursday of November 2026.',
    );
    expect(s.timeline).toContain('the first Tuesday in November=2025-11-04');
    expect(s.timeline).toContain('the final day of July=2025-07-31');
    expect(s.timeline).toContain('the fourth Thursday of November 2026=2026-11-26');
  });

  it('takes the year of the date it stands in apposition to', () => {
    const s = storyAt(
      '2025-08-21T12:00:00Z',
      'The sequel now opens on June 26, 2026, the last Friday in June, a slot the studio had kept.',
    );
    expect(s.timeline).toEqual(['June 26, 2026, the last Friday in June=2026-06-26']);
  });

  it('leaves a fifth weekday a month lacks alone', () => {
    const s = storyAt('2025-08-21T12:00:00Z', 'The fair closes on the fifth Monday of February.');
    expect(s.timeline.some((e) => e.startsWith('the fifth Monday'))).toBe(false);
  });
});

describe('a stretch whose first end writes its weekday and day, and the second its month', () => {
  it('reads "from Thursday 27 to Sunday 30 August" as one range of August days', () => {
    const s = storyAt(
      '2025-11-26T12:00:00Z',
      'The two sites host the festival over the late summer bank holiday, from Thursday 27 to Sunday 30 August, with the bands swapping stages.',
    );
    expect(s.timeline).toEqual(['Thursday 27 to Sunday 30 August=2026-08-27/2026-08-30']);
  });

  it('puts a first day past the second in the month before', () => {
    const s = storyAt('2025-11-26T12:00:00Z', 'The show ran from Friday 28 to Monday 2 March 2025.');
    expect(s.timeline).toContain('Friday 28 to Monday 2 March 2025=2025-02-28/2025-03-02');
  });
});

describe('the week ending on a date', () => {
  it('is its seven days when it ends on a Sunday, its ISO week when on a Saturday', () => {
    const s = storyAt(
      '2025-06-09T20:00:00Z',
      'The revival took $1.1 million in the week ending June 8.',
      'Jobless claims rose in the week ending June 7.',
    );
    expect(s.timeline).toContain('the week ending June 8=2025-06-02/2025-06-08');
    expect(s.timeline).toContain('the week ending June 7=2025-W23');
  });
});

describe('"the same point in" a year', () => {
  it('is the ISO week of the publication day in that year, not the year', () => {
    const s = storyAt(
      '2023-10-15T16:00:00Z',
      'Box-office takings are up 14 percent from the same point in 2022 and still behind 2019.',
    );
    expect(s.timeline).toContain('the same point in 2022=2022-W41');
    expect(s.timeline).not.toContain('2022=2022');
  });
});

describe('the year-end holidays are no point of the year', () => {
  it('keeps "the year-end school holidays" off and "by year-end" on; a present "end on" is ahead', () => {
    const s = storyAt(
      '2025-11-19T12:00:00Z',
      'The year-end school holidays began on Saturday and end on Dec 31.',
      'The council expects the bridge to reopen by year-end.',
    );
    expect(s.timeline.filter((e) => e.startsWith('year-end'))).toEqual(['year-end=2025']);
    expect(s.dates.filter((d) => d.startsWith('year-end'))).toHaveLength(2);
    expect(s.timeline).toContain('Dec 31=2025-12-31');
  });
});

describe('"after this week" is the week, "after" a word that relates another event to it', () => {
  it('reads "After this week, the council breaks" as this week, not the day after it', () => {
    const s = storyAt('2024-06-03T14:00:00Z', 'After this week, the council breaks until June 11.');
    expect(s.timeline).toContain('this week=2024-W23');
    expect(s.timeline).not.toContain('After this week=2024-06-10');
  });
});

describe('on a Sunday, the week still to come starts tomorrow', () => {
  it('reads "would name a cabinet by the end of the week", said on a Sunday, as the coming week', () => {
    const s = storyAt(
      '2025-03-09T01:00:00Z',
      'The mayor said she would name her new team by the end of the week and expected them to start on Thursday.',
    );
    expect(s.timeline).toContain('the end of the week=2025-W11');
  });

  it('keeps a past "by the end of the week" and a present "this week" in the week that ends that Sunday', () => {
    const s = storyAt(
      '2025-03-09T01:00:00Z',
      'Bookings had doubled by the end of the week.',
      'New in the chart this week is a debut album from Leeds.',
    );
    expect(s.timeline).toContain('the end of the week=2025-W10');
    expect(s.timeline).toContain('this week=2025-W10');
  });

  it('leaves "by the end of the week" on a Wednesday in that week', () => {
    const s = storyAt('2025-03-12T12:00:00Z', 'The mayor said she would name her new team by the end of the week.');
    expect(s.timeline).toContain('the end of the week=2025-W11');
  });
});

describe('a deadline in a part of a month is the nearest such month', () => {
  it('reads "agreed to swap figures by the first week of January", in December, as the coming January', () => {
    const s = storyAt(
      '2025-12-19T12:00:00Z',
      'Negotiators from both sides met for an hour on Wednesday and agreed to swap figures by the first week of January, two aides said.',
    );
    expect(s.timeline).toContain('January=2026-01');
  });
});

describe("a stretch from one day's clock time to another day's", () => {
  it('reads "from 11am on Nov 20 to 3.30pm on Nov 26" as its two ends, not 8 p.m. to 3.30 the next day', () => {
    const s = storyAt(
      '2025-11-19T06:30:00Z',
      'Parents can file their choices online from 11am on Nov 20 to 3.30pm on Nov 26.',
    );
    expect(s.timeline).toEqual(['11am on Nov 20 to 3.30pm on Nov 26=2025-11-20T11:00/2025-11-26T15:30']);
  });

  it('reads "from 9 a.m. on December 1 to 5 p.m. on December 3" as its two ends, not days 1 to 5', () => {
    const s = storyAt(
      '2025-11-19T06:30:00Z',
      'The ballot runs from 9 a.m. on December 1 to 5 p.m. on December 3, 2025.',
    );
    expect(s.timeline).toEqual([
      '9 a.m. on December 1 to 5 p.m. on December 3, 2025=2025-12-01T09:00/2025-12-03T17:00',
    ]);
  });

  it('leaves "from December 1 to 5" the days it is', () => {
    const s = storyAt('2025-11-19T06:30:00Z', 'The craft fair runs from December 1 to 5.');
    expect(s.timeline).toEqual(['December 1 to 5=2025-12-01/2025-12-05']);
  });
});

describe('"we\'re" or "we\'ve" before a participle is no verb in the past', () => {
  it('reads "where we\'re headed if we waste January", in December, as the coming January', () => {
    const s = storyAt('2025-12-19T12:00:00Z', '"That is exactly where we\'re headed if we waste January," she said.');
    expect(s.timeline).toContain('January=2026-01');
  });
});

describe('the point of a number closes no clause', () => {
  it('reads "earned $14.1 million on Friday" as past, however a coming Friday is told later', () => {
    const s = storyAt(
      '2024-11-03T17:40:00Z',
      'The thriller, which cost $20 million to make, earned $12.4 million on Friday, including previews.',
      "\"Next year it's a Friday, and you'll see the difference,\" the studio's head of distribution said.",
    );
    expect(s.timeline).toContain('Friday=2024-11-01');
    expect(s.timeline).not.toContain('Friday=2024-11-08');
  });

  it('keeps "the spring" this year\'s when its clause names a later date than the year the story last wrote', () => {
    const s = storyAt(
      '2025-12-04T12:00:00Z',
      'The central bank has cut its rate six times since June 2024.',
      'The economy grew at an annualized 2.4 per cent in the third quarter after shrinking in the spring, the agency said.',
    );
    expect(s.timeline).toContain('the spring=2025-SP');
  });
});

describe("a weekday's deadline and a statement expected on a weekday are still to come", () => {
  it('reads "before Monday\'s deadline", in a Thursday story told in the past, as the coming Monday', () => {
    const s = storyAt(
      '2022-11-10T18:00:00Z',
      "Both parties spent the day calling voters to fix their ballots before Monday's deadline.",
    );
    expect(s.timeline).toContain('Monday=2022-11-14');
  });

  it('keeps "missed Monday\'s deadline" behind', () => {
    const s = storyAt('2022-11-10T18:00:00Z', "The contractor missed Monday's deadline.");
    expect(s.timeline).toContain('Monday=2022-11-07');
  });

  it('reads "with a joint statement expected on Monday", in a Tuesday story, as the coming Monday', () => {
    const s = storyAt(
      '2025-10-07T12:00:00Z',
      'The talks resume after a pause, the mediator said, with a joint statement expected on Monday.',
    );
    expect(s.timeline).toContain('Monday=2025-10-13');
  });

  it('reads a ruling "due by June", in November, as the coming June', () => {
    const s = storyAt('2021-11-03T12:00:00Z', 'A ruling is due by June.');
    expect(s.timeline).toContain('June=2022-06');
  });
});

import { describe, expect, test } from 'vitest';
import { datesAt, timelineAt, valueOf } from '../helpers/timeline-story';

// Families of wrong timeline entries left on the English train pages of the lang-news set after
// the fifth round (issue 16), fixed as families on texts of our own.

describe('a month told from the year the story last wrote', () => {
  test('"March 9 of that year", "4 June that year", "11 May of that year": days of that year', () => {
    // Published on Wednesday 31 March 2021.
    const lines = datesAt(
      '2021-03-31T15:00:00Z',
      'The ferry line lost money in May 2019. Fares were cut on March 9 of that year.',
      'The quay was rebuilt in 1996. On 4 June that year the first boat called, and on 11 May of that year the old pier shut.',
    );
    expect(valueOf(lines, 'March 9 of that year')).toBe('2019-03-09');
    expect(valueOf(lines, '4 June that year')).toBe('1996-06-04');
    expect(valueOf(lines, '11 May of that year')).toBe('1996-05-11');
  });

  test('"that December", "the following March", "the following spring", "the previous summer"', () => {
    // Published on Friday 30 September 2016.
    const lines = timelineAt(
      '2016-09-30T20:00:00Z',
      'The caretaker first wrote to the council in the autumn of 2012. An audit began that December, and the contract was cancelled the following March.',
      'The bakery opened in 1971, and the owners bought the shop next door the following January. The mill closed the following spring.',
      'A quiet 2009 followed. The previous summer, the square had been dug up for a tram line.',
    );
    expect(lines).toContain('that December=2012-12');
    expect(lines).toContain('the following March=2013-03');
    expect(lines).toContain('the following January=1972-01');
    expect(lines).toContain('the following spring=1972-SP');
    expect(lines).toContain('The previous summer=2008-SU');
  });

  test('without a year the story wrote, "the following March" is no point of the timeline', () => {
    const lines = timelineAt('2016-09-30T20:00:00Z', 'The shop shut. It reopened the following March.');
    expect(lines.some((l) => l.startsWith('the following March'))).toBe(false);
  });

  test('"said that December sales fell": the conjunction, not a month of the story', () => {
    // Published on Friday 13 January 2017.
    const lines = datesAt(
      '2017-01-13T15:00:00Z',
      'The chain was founded in 1988. Its chief said that December sales fell by 3%.',
    );
    expect(valueOf(lines, 'December')).toBe('2016-12');
  });
});

describe('a later day of the month the story last dated goes on in its year', () => {
  test('"… on Monday, Aug. 29, 2005." then "on Aug. 31" in the next paragraph', () => {
    // Published on Friday 29 August 2025, an anniversary story.
    const lines = datesAt(
      '2025-08-29T09:00:00Z',
      'The levee failed at dawn on Monday, Aug. 29, 2005, and the water rose all day.',
      'Rescuers reached the school on Aug. 31, and the last families left it a week later.',
    );
    expect(valueOf(lines, 'Aug. 31')).toBe('2005-08-31');
  });

  test('a dated mention between keeps the day in its own year', () => {
    const lines = datesAt(
      '2025-08-29T09:00:00Z',
      'The levee failed on Monday, Aug. 29, 2005.',
      'A memorial opened in 2015, and the city will hold a service on Aug. 31.',
    );
    expect(valueOf(lines, 'Aug. 31')).toBe('2025-08-31');
  });
});

describe('"the morning of" a date is the date', () => {
  test('"the morning of April 9, 2003" the day, "the afternoon of 12 May 1998" its afternoon', () => {
    // Published on Friday 9 April 2021.
    const lines = timelineAt(
      '2021-04-09T09:00:00Z',
      'On the morning of April 9, 2003, the baker pulled down the shutter of his shop.',
      'The harbour wall gave way on the afternoon of 12 May 1998, after a week of storms.',
    );
    expect(lines.some((l) => l.endsWith('=2003-04-09') && l.includes('April 9, 2003'))).toBe(true);
    expect(lines.some((l) => l.endsWith('=1998-05-12TAF') && l.includes('12 May 1998'))).toBe(true);
  });

  test('"the morning of 1 November that year" is that year’s day', () => {
    const lines = datesAt(
      '2017-01-03T09:00:00Z',
      'The club changed its rules in 1980. On the morning of 1 November that year, she received her medal.',
    );
    expect(lines.some((l) => l.endsWith('=1980-11-01'))).toBe(true);
  });

  test('a day without its year after "the morning of" is not placed in the publication year', () => {
    // Published on Thursday 31 March 2022, a story of 1982.
    const lines = timelineAt(
      '2022-03-31T09:00:00Z',
      'The garrison surrendered in 1982. On the night of 1 April the first landing craft came ashore.',
    );
    expect(lines.some((l) => l.includes('1 April'))).toBe(false);
  });
});

describe('two years joined by "to" are one stretch', () => {
  test('"near the 1991 to 2020 average", "on the board 2005 through 2011"', () => {
    const lines = timelineAt(
      '2024-01-16T20:00:00Z',
      'The outlook called for ten inches, near the 1991 to 2020 average of 13.7 inches.',
      'She sat on the harbour board 2005 through 2011.',
    );
    expect(lines).toContain('1991 to 2020=1991/2020');
    expect(lines).toContain('2005 through 2011=2005/2011');
  });

  test('"compared 2019 to 2020": two years, no stretch', () => {
    const lines = timelineAt('2024-01-16T20:00:00Z', 'The audit compared 2019 to 2020 and found no change.');
    expect(lines).toContain('2019=2019');
    expect(lines).toContain('2020=2020');
  });
});

describe('"the month" is the month the story speaks of', () => {
  test('"later in the month" after a day of this month is this month, not the next', () => {
    // Published on Wednesday 1 June 2016.
    const lines = datesAt(
      '2016-06-01T23:00:00Z',
      'If the crews are not done by 3 a.m. Monday, they will finish the rest later in the month.',
    );
    expect(valueOf(lines, 'later in the month')).toBe('2016-06');
  });

  test('"later in the month" of a dated past month, "the month" after "March"', () => {
    const lines = datesAt(
      '2016-06-01T23:00:00Z',
      'The well was dug on May 3, 1998, and it ran dry later in the month.',
      'Ticket sales rose in March. They climbed 3% in the month.',
    );
    expect(valueOf(lines, 'later in the month')).toBe('1998-05');
    expect(valueOf(lines, 'the month')).toBe('2016-03');
  });
});

describe('a vague time of a named day is the day', () => {
  test('"midday Tuesday", "Thursday midday" the day; "an hour ago" said in a quote the day', () => {
    // Published on Tuesday 16 January 2024 in the evening.
    const lines = datesAt(
      '2024-01-16T20:30:00Z',
      'The snow wound down around midday Tuesday and will return Thursday midday.',
      '"I rang the mayor an hour ago," she said.',
    );
    expect(valueOf(lines, 'midday Tuesday')).toBe('2024-01-16');
    expect(valueOf(lines, 'Thursday midday')).toBe('2024-01-18');
    expect(valueOf(lines, 'an hour ago')).toBe('2024-01-16');
  });
});

describe('a calendar quarter written by its months and its last day', () => {
  test('"the three months ended Sept. 30" is the quarter, "a year earlier" after it that quarter a year back', () => {
    // Published on Thursday 20 October 2022.
    const lines = datesAt(
      '2022-10-20T11:40:00Z',
      'The ferry company said net income rose to $12 million in the three months ended Sept. 30, from $9 million in the year-earlier period.',
      'Revenue for the three months to 30 June 2019 fell.',
    );
    expect(valueOf(lines, 'the three months ended Sept. 30')).toBe('2022-Q3');
    expect(valueOf(lines, 'year-earlier')).toBe('2021-Q3');
    expect(valueOf(lines, 'the three months to 30 June 2019')).toBe('2019-Q2');
  });

  test('a day that does not end a quarter is left as the day', () => {
    const lines = datesAt('2022-10-20T11:40:00Z', 'Sales rose in the three months ended Sept. 24.');
    expect(lines.some((l) => l.endsWith('-Q3'))).toBe(false);
  });
});

describe('on the last day of a quarter', () => {
  test('"the quarter" is the one ending and the next quarter told in the present is ahead', () => {
    // Published on Wednesday 31 March 2021.
    const lines = datesAt(
      '2021-03-31T15:00:00Z',
      'The index is on course for a gain of 4% in the quarter, after a 9% rise in the previous quarter.',
      '"What happens in the second quarter depends on the vaccines," the strategist said.',
    );
    expect(valueOf(lines, 'the quarter')).toBe('2021-Q1');
    expect(valueOf(lines, 'the previous quarter')).toBe('2020-Q4');
    expect(valueOf(lines, 'the second quarter')).toBe('2021-Q2');
  });

  test('in the middle of a quarter, "the quarter" is still the one just reported', () => {
    // Published on Tuesday 11 May 2021.
    const lines = datesAt('2021-05-11T15:00:00Z', 'The brewer said sales fell 3% in the quarter.');
    expect(valueOf(lines, 'the quarter')).toBe('2021-Q1');
  });
});

describe('a stretch between two seasons is one range', () => {
  test('"from this fall through the spring of 2020"', () => {
    // Published on Wednesday 28 February 2018.
    const lines = timelineAt(
      '2018-02-28T22:00:00Z',
      'The researchers will follow 500 rowers from this fall through the spring of 2020.',
    );
    expect(lines).toContain('this fall through the spring of 2020=2018-FA/2020-SP');
  });

  test('a later season written first is no range', () => {
    const lines = timelineAt('2018-02-28T22:00:00Z', 'Work ran from the spring of 2015 to the fall of 2014.');
    expect(lines).toContain('the spring of 2015=2015-SP');
    expect(lines).toContain('the fall of 2014=2014-FA');
  });
});

describe('the fixtures under a recap’s "UP NEXT" heading are to come', () => {
  test('"At Winnipeg on Tuesday night" in a Saturday-night recap is the coming Tuesday', () => {
    // Published at 23:15 on Saturday 31 December 2016 in New York (04:15 UTC on Sunday).
    const lines = datesAt(
      '2016-12-31T23:15:00Z',
      'The Bruins beat the Red Wings on Saturday night.',
      'UP NEXT',
      'Red Wings: At Toronto on Sunday afternoon.',
      'Bruins: At Winnipeg on Tuesday night.',
    );
    expect(valueOf(lines, 'Saturday night')).toBe('2016-12-31');
    expect(valueOf(lines, 'Sunday afternoon')).toBe('2017-01-01');
    expect(valueOf(lines, 'Tuesday night')).toBe('2017-01-03');
  });

  test('without the heading, a weekday of a recap stays the last one', () => {
    const lines = datesAt('2016-12-31T23:15:00Z', 'The Bruins lost at Winnipeg on Tuesday night.');
    expect(valueOf(lines, 'Tuesday night')).toBe('2016-12-27');
  });
});

describe('"A year ago" right after a sentence that opens with a month', () => {
  test('"In July, … A year ago, …" is that July a year back', () => {
    // Published on Sunday 9 August 2026.
    const lines = datesAt(
      '2026-08-09T10:00:00Z',
      'In July, the ferries carried 410,000 people, a little more than in July 2019. A year ago, the count was 8 per cent lower.',
    );
    expect(lines.some((l) => l.startsWith('A year ago') && l.endsWith('=2025-07'))).toBe(true);
  });

  test('without such a sentence it stays the year', () => {
    const lines = datesAt(
      '2026-08-09T10:00:00Z',
      'The ferries carried 410,000 people. A year ago, the count was lower.',
    );
    expect(lines.some((l) => l.startsWith('A year ago') && l.endsWith('=2025'))).toBe(true);
  });
});

describe('a weekday told from Yom Kippur or Rosh Hashanah', () => {
  test('"the Monday after Yom Kippur", "the Tuesday after Rosh Hashanah" in 2016', () => {
    // Published on Friday 30 September 2016 (Rosh Hashanah 3 October, Yom Kippur 12 October).
    const lines = datesAt(
      '2016-09-30T23:00:00Z',
      'The trial opens the Monday after Yom Kippur.',
      'The board votes the Tuesday after Rosh Hashanah.',
    );
    expect(valueOf(lines, 'Monday')).toBe('2016-10-17');
    expect(valueOf(lines, 'Tuesday')).toBe('2016-10-04');
  });
});

describe('a month in a sentence framed by "This time last year"', () => {
  test('"This time last year, … its mildest January" is last year’s January', () => {
    // Published on Tuesday 16 January 2024.
    const lines = datesAt(
      '2024-01-16T20:30:00Z',
      'This time last year, the valley was in the middle of its mildest January in decades.',
      'Last year, the lake froze in February.',
    );
    expect(valueOf(lines, 'January')).toBe('2023-01');
    expect(valueOf(lines, 'February')).toBe('2023-02');
  });

  test('"last year" inside the sentence frames nothing', () => {
    // Published on Wednesday 20 November 2019.
    const lines = datesAt(
      '2019-11-20T10:00:00Z',
      'The council wants to keep last year’s budget; the mayor asked for more in March.',
    );
    expect(valueOf(lines, 'March')).toBe('2019-03');
  });
});

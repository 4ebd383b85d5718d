import { describe, expect, test } from 'vitest';
import { dates, entries, timeline } from '../helpers/timeline-story';
import { describeDate } from '../../src/core/dates/label';

// Families of wrong entries found on the fresh2 part of eval/gold/timeline (the metadata
// corpus's pages, never judged before), on texts of our own. A story published on Wednesday
// 20 November 2019.

describe('numbers of a table of measures are no years', () => {
  test.each([
    'Measured weight per pair: 2024 & 2031 grams.',
    'Stated weight: 2030 grams.',
    'Weights: 1820 & 1846 Northline Pro, 180 cm; 1930 & 1962 Ridge 104, 186 cm.',
    'The battery holds 2000 mAh and the lens weighs 1850 g.',
  ])('%j has no entry', (sentence) => {
    expect(timeline(sentence)).toEqual([]);
  });

  test('years joined by "&" after a word of time stay', () => {
    expect(timeline('The plant ran at a loss in 2013 & 2014.')).toEqual(['2013=2013', '2014=2014']);
    expect(timeline('The bridge weighs 2030 tonnes and opened in 2012.')).toEqual(['2012=2012']);
  });
});

describe('a stretch in the plural, a kind of day and a verb are no points of the story', () => {
  test.each([
    'In the years leading up to the sale, the firm struggled.',
    'In the weeks following the vote, prices fell.',
    'In those last months I was often consoled by her letters.',
    'Try repainting the old chair on a Sunday afternoon.',
    'His mother took on a Saturday job at a bookshop.',
    'We are invited to march back to the future.',
    'It is a two thousand-year story of the language.',
  ])('%j has no entry', (sentence) => {
    expect(timeline(sentence)).toEqual([]);
  });

  test('a weekday of the story after "a" stays', () => {
    expect(timeline('“Sales slowed,” she wrote in a Tuesday research note.')).toEqual(['Tuesday=2019-11-19']);
  });

  test('the day, the month and a weekday of the story stay', () => {
    expect(timeline('In March, the council voted. It met again on Sunday.')).toEqual([
      'March=2019-03',
      'Sunday=2019-11-17',
    ]);
  });
});

describe('a month in a list of names is a name', () => {
  test('"April Schiff", "Jill June" are people', () => {
    expect(timeline('The panel: Ben Pollara, April Schiff, Max Steele, Jill June, Lori Jungling.')).toEqual([]);
  });

  test('a month after a word of time, or before a lower-case word, stays', () => {
    expect(timeline('Sales fell in April and rose in June.')).toEqual(['April=2019-04', 'June=2019-06']);
    expect(timeline('Last June Smith resigned.')).toEqual(['Last June=2019-06']);
  });
});

describe('a span counted from an event the text does not date has no date', () => {
  test.each([
    'He thinks for a second before crossing his fingers.',
    'She spoke a week after her film premiered in Venice and the day after the festival opened.',
  ])('%j has no entry', (sentence) => {
    expect(timeline(sentence)).toEqual([]);
  });
});

describe('a month told with a wish or an effort to come is ahead', () => {
  test.each([
    [
      'The airline is hoping to return to service in January, months after a fire damaged its hangar.',
      'January=2020-01',
    ],
    [
      '“We are working to return to flight in early January,” said the firm, which grounded its jets.',
      'early January=2020-01',
    ],
  ])('%j', (sentence, entry) => {
    expect(timeline(sentence)).toEqual([entry]);
  });

  test('a month in a phrase that opens with a verb in the past is behind, whatever follows', () => {
    expect(timeline('The probe, launched from Kourou in December, will map the moon.')).toEqual(['December=2018-12']);
    expect(timeline('The probe, to be launched from Kourou in December, will map the moon.')).toEqual([
      'December=2019-12',
    ]);
  });

  test('a month told with an irregular verb in the past is behind', () => {
    expect(timeline('In December, we laid out plans to sell the plant.')).toEqual(['December=2018-12']);
  });
});

describe('days counted from a time the story told earlier', () => {
  test('"that week", "that Monday night", "the following Monday" with no date before them are no points', () => {
    expect(timeline('On Thanksgiving the sheriff spoke. In another statement that week, he repeated it.')).toEqual([]);
    expect(timeline('Over the course of that long Monday night, the posts went on.')).toEqual([]);
    expect(
      timeline('Anger grew over the weekend of the film’s opening. The following Monday evening, he posted again.'),
    ).toEqual([]);
  });

  test('"these days" is the present; "the panel that issued Monday\'s ruling" is last Monday', () => {
    expect(dates('Markets seem calmer these days.')).toContainEqual(
      expect.objectContaining({ text: 'these days', value: 'PRESENT_REF' }),
    );
    expect(timeline('The same panel that issued Monday’s ruling asked for new briefs.')).toEqual(['Monday=2019-11-18']);
  });

  test('"that week" after a date is that date’s week', () => {
    expect(timeline('The sheriff spoke on 4 November 2019. In another statement that week, he repeated it.')).toEqual([
      'that week=2019-W45',
      '4 November 2019=2019-11-04',
    ]);
  });

  test('a weekday "in" a month and year is that month (one entry)', () => {
    expect(timeline('On a chilly Tuesday in December 1999, she spoke in New York.')).toEqual(['Tuesday=1999-12']);
  });
});

describe('a century before Christ', () => {
  test('"the late 6th century BC" is BC05, told as such, before the centuries after Christ', () => {
    const found = entries('Pottery of the late 6th century BC lay beside coins of the 2nd century.');
    expect(found.map((e) => `${e.text}=${e.value}`)).toEqual(['the late 6th century BC=BC05', 'the 2nd century=01']);
    expect(describeDate(found[0]?.value ?? '', undefined, found[0]?.mod, 'en-GB')).toBe('the late 6th century BC');
  });
});

describe('"a year ago" in results', () => {
  test('after a month the sentence reports, it is that month a year before; else the quarter', () => {
    expect(
      timeline('Sales for October were down 30 per cent compared to the same period a year ago, the board said.'),
    ).toEqual(['a year ago=2018-10', 'October=2019-10']);
    expect(timeline('Net income rose to $9 million from $5 million a year ago.')).toEqual(['a year ago=2018-Q3']);
  });
});

import { describe, expect, test } from 'vitest';
import { recogniseDates } from '../../src/core/dates/chrono-dates';
import { FEATURED_ENTRIES } from '../../src/core/dates/timeline';
import { describeDate } from '../../src/core/dates/label';
import { blocksOf, dates, entries as timeline } from '../helpers/timeline-story';

// A story published on Wednesday 20 November 2019 (issue 16's examples).

describe('a span counted from an event is dated only from a date of the text', () => {
  test.each([
    'Now, 18 years after Washington invaded, the Taliban are talking.',
    'She arrived seven years after seeking refuge in Sweden.',
    'The year after the treaty, trade collapsed.',
    'Two years after the treaty ended, it changed.',
    'A few days later, the company announced sharply lower profits.',
    'Three years later, as of last week, the fund had closed.',
  ])('%j has no date on the timeline', (sentence) => {
    expect(timeline(sentence).map((e) => e.text)).not.toContainEqual(expect.stringMatching(/years?|days?/u));
    for (const d of dates(sentence)) expect(d.value).not.toMatch(/^20(?:2[1-9]|3)/u);
  });

  test('the span alone stays, as a duration (TimeBank: "twenty years" after an event is P20Y)', () => {
    expect(dates('Now, 18 years after Washington invaded, the Taliban are talking.')).toContainEqual(
      expect.objectContaining({ text: '18 years', type: 'DURATION', value: 'P18Y' }),
    );
    // "the year after" alone is a date the text does not fix: no value, not on the timeline.
    expect(dates('The year after the treaty, trade collapsed.')).toEqual([
      expect.objectContaining({ text: 'The year after', value: 'XXXX' }),
    ]);
  });

  test('anchored on a date of its clause, it counts from that date', () => {
    expect(dates('Ten years after the war ended in 1945, the city was rebuilt.')).toContainEqual(
      expect.objectContaining({ text: 'Ten years after', value: '1955', certainty: 'inferred' }),
    );
    expect(dates('Two days before 12 March 2018 the board met.')).toContainEqual(
      expect.objectContaining({ value: '2018-03-10' }),
    );
    // A date in another clause is not its anchor.
    expect(timeline('Two years after the treaty, in 2001, it changed.').map((e) => e.value)).toEqual(['2001']);
  });
});

describe('a month or weekday without a year, by tense and nearness to publication', () => {
  test.each([
    ['In September, the protests began. By October they had spread.', ['2019-09', '2019-10']],
    ['Protests that started in September continued until October.', ['2019-09', '2019-10']],
    ['In September, Trump said he would pull troops out.', ['2019-09']],
    ['The talks were held in September and will resume in March.', ['2019-09', '2020-03']],
    ['The ban starts in October.', ['2020-10']],
    ['He said on Monday he would go.', ['2019-11-18']],
    ['The election will be held on Thursday.', ['2019-11-21']],
  ])('%j', (sentence, values) => {
    expect(dates(sentence).map((d) => d.value)).toEqual(values);
  });
});

describe('checked against publication (a November 2019 story)', () => {
  test('"last night" is the night before the day of writing, whatever the hour', () => {
    for (const at of ['2019-11-20T06:37:00Z', '2019-11-20T15:00:00Z']) {
      const found = recogniseDates(blocksOf('Pochettino was sacked last night.'), { instant: new Date(at) });
      expect(found.map((d) => d.value)).toEqual(['2019-11-19TNI']);
    }
  });

  test.each([
    ['"I opposed the hold as soon as I learned about it on July 18," he said.', '2019-07-18'],
    ['Trump canceled an increase in tariffs planned for Oct. 15.', '2019-10-15'],
    ['He remains a major shareholder, with 24.4% of the company as of March 20.', '2019-03-20'],
    ["The Steelers tried to distance themselves from Friday night's fight.", '2019-11-15'],
    ['The summit will be held in July.', '2020-07'],
  ])('%j', (sentence, value) => {
    expect(dates(sentence).map((d) => d.value)).toEqual([value]);
  });
});

describe('spans, numbers, idioms and page furniture are no points of the story', () => {
  test.each([
    ['The car should do 0-62 mph in 6.6 seconds.', 'PT6.6S'],
    ['Shoppers can pay in full within 12 months.', 'P12M'],
    ['The singer surprised the audience a couple hours earlier.', 'PT2H'],
  ])('%j is a span', (sentence, value) => {
    expect(dates(sentence)).toEqual([expect.objectContaining({ type: 'DURATION', value })]);
    expect(timeline(sentence)).toEqual([]);
  });
  test.each([
    'The previous design earned a total score of 2072 in the benchmark.',
    'Copyright © 2019 Press TV.',
    'It makes for better theater to hold this to the last minute.',
    'It was a hot topic in the days immediately following the fight.',
    'Euro 2020 qualifying is over.',
    'It recalls films such as Alien and 2001: A Space Odyssey.',
    'Credit: 20th Century Fox',
  ])('%j is not on the timeline', (sentence) => {
    expect(timeline(sentence)).toEqual([]);
  });
  test('a year far ahead that the text reads as a year stays, and so do years after date words', () => {
    expect(timeline('Its way of life is promised until 2047.').map((e) => e.value)).toEqual(['2047']);
    // ("Fiscal 2018", a fiscal year the page does not place, is no point: timeline-fiscal-year.test.ts.)
    expect(timeline('Sales fell in June 2019 and in Fiscal 2018, since 2016 and In 2015.').map((e) => e.value)).toEqual(
      ['2015', '2016', '2019-06'],
    );
  });
});

describe('nothing more than a year after publication unless the text says so', () => {
  test('a written year or a future clause may go beyond', () => {
    expect(dates('The deal is expected to close in 2025.').map((d) => d.value)).toEqual(['2025']);
    expect(dates('The plant will close two years from now.').map((d) => d.value)).toContain('2021');
  });
  test('nothing else lies more than a year ahead', () => {
    const day = Date.parse('2020-11-21');
    const all = dates(
      'Seven years after seeking refuge, she won. Three years later it closed.',
      '18 years after Washington invaded, talks began in September and October.',
      'The year after the treaty, trade collapsed; two decades after the coup it recovered.',
    );
    for (const d of all.filter((x) => x.type === 'DATE'))
      expect(Date.parse(d.value.length === 4 ? `${d.value}-01-01` : d.value.slice(0, 7))).toBeLessThan(day);
  });
});

describe('the timeline a reader trusts', () => {
  test('"today", "now", "currently" are marked present and are not on the timeline', () => {
    const found = dates('Today the company is worth more than it was in 2001.');
    expect(found).toContainEqual(expect.objectContaining({ text: 'Today', present: true }));
    expect(timeline('Today the company is worth more than it was in 2001.').map((e) => e.text)).toEqual(['2001']);
  });

  test("no raw TIMEX code: every entry has a reader's wording", () => {
    const entries = timeline(
      'Prices fell in the early 1990s. The unrest began on the night of 19 November 2019.',
      'The week of Nov. 6, 2017 was busy; in the 1990s it was quiet.',
    );
    const labels = entries.map((e) => describeDate(e.value, e.endValue, e.mod, 'en-GB'));
    expect(labels).toContain('the early 1990s');
    expect(labels).toContain('the 1990s');
    expect(labels.some((l) => /^week of \d/u.test(l))).toBe(true);
    for (const l of labels) expect(l).not.toMatch(/\d{4}-|T(?:NI|MO|AF|EV)|≈|unspecified/u);
  });

  test('the same value in the same sentence is one entry, whatever its modifier', () => {
    const entries = timeline('Sales rose in 2018 and fell in late 2018, a poor 2018 over all.');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.also).toHaveLength(2);
  });

  test(`at most ${FEATURED_ENTRIES} entries are featured, the surest first; short timelines are all featured`, () => {
    const years = Array.from({ length: 14 }, (_, i) => `In ${1990 + i} it grew.`);
    const long = timeline(...years, 'In the 1980s it was small.', 'Last spring it was sold.');
    const featured = long.filter((e) => e.featured);
    expect(featured).toHaveLength(FEATURED_ENTRIES);
    expect(featured.every((e) => e.certainty === 'exact')).toBe(true);
    const short = timeline('In 1990 it grew.', 'In the 1980s it was small.');
    expect(short.every((e) => e.featured)).toBe(true);
  });
});

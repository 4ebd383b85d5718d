// The timeline's gate (issue 16): a date whose value is a weak guess stays highlighted in the
// text but off the timeline (src/core/dates/evidence.ts). Sentences of our own.
import { describe, expect, it } from 'vitest';
import { storyAt } from '../helpers/timeline-story';
import { weakEvidence, yearsIn } from '../../src/core/dates/evidence';
import type { DateMention } from '../../src/core/types';

/** A date mention of `text` read as `value` (to `endValue`), for the gate's own tests. */
const d = (text: string, value: string, endValue?: string): DateMention => ({
  id: 1,
  blockId: 0,
  start: 0,
  end: 0,
  text,
  type: 'DATE',
  value,
  ...(endValue ? { endValue } : {}),
  certainty: 'inferred',
});

describe('timeline gate: dates whose year is a guess stay off the timeline', () => {
  it('keeps a month without its year out when the sentence writes another year', () => {
    const s = storyAt(
      '2020-07-17T12:00:00Z',
      'Court papers show the chain listed 40 stores to close in the spring of 2018, and the board signed off on Nov. 12.',
    );
    expect(s.timeline).toContain('the spring of 2018=2018-SP');
    expect(s.timeline.some((e) => e.startsWith('Nov. 12='))).toBe(false);
    // Still a date of the text, highlighted.
    expect(s.dates.some((d) => d.startsWith('Nov. 12='))).toBe(true);
  });

  it('keeps a month put in an earlier year far before the publication out', () => {
    const s = storyAt(
      '2021-06-10T12:00:00Z',
      'The new library opened in July.',
      'The council voted on the budget in May.',
    );
    expect(s.timeline.some((e) => e.startsWith('July='))).toBe(false);
    expect(s.timeline).toContain('May=2021-05');
  });

  it('keeps a month near the publication across the new year, and the dates of a schedule ahead', () => {
    const s = storyAt('2021-12-10T12:00:00Z', 'The new rates take effect in January.');
    expect(s.timeline).toContain('January=2022-01');
    const tour = storyAt(
      '2019-11-19T12:00:00Z',
      'The band will play Tampa on June 10 and end the tour in Houston on Oct. 9.',
    );
    expect(tour.timeline).toEqual(['June 10=2020-06-10', 'Oct. 9=2020-10-09']);
  });

  it('keeps "the month" of a figure out, and dates counted from a written one in', () => {
    const s = storyAt(
      '2019-09-19T12:00:00Z',
      'The economy added 30,000 jobs in the month, the agency said.',
      'Sales rose 8% in the first three months of 2019 from a year earlier.',
      'The river crested on Sunday, and the road reopened the next day.',
    );
    expect(s.timeline.some((e) => e.startsWith('the month='))).toBe(false);
    expect(s.timeline).toEqual(
      expect.arrayContaining(['a year earlier=2018-Q1', 'Sunday=2019-09-15', 'the next day=2019-09-16']),
    );
  });

  it("keeps last year's fourth quarter in an April story: it ended four months before", () => {
    const s = storyAt('2021-04-20T12:00:00Z', 'Profit fell in the fourth quarter, the bank said.');
    expect(s.timeline).toContain('the fourth quarter=2020-Q4');
  });

  it('keeps one end of a "between X and Y" stretch off when it stands alone', () => {
    const at = { start: 0, end: 0 };
    const clock = (text: string, value: string): DateMention => ({ ...d(text, value), type: 'TIME' });
    const sentence = 'Tides will peak between 6pm and 9pm tonight, and again at 8am on Friday.';
    const where = (text: string) => ({ start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length });
    const setting = (text: string) => ({ sentence, at: where(text), lang: 'en', start: 0 });
    expect(weakEvidence(clock('9pm tonight', '2019-11-20T21:00'), setting('9pm tonight'))).toBe('range-end');
    expect(weakEvidence(clock('6pm', '2019-11-20T18:00'), setting('6pm'))).toBe('range-end');
    expect(weakEvidence(clock('8am on Friday', '2019-11-22T08:00'), setting('8am on Friday'))).toBeNull();
    expect(weakEvidence(clock('6pm', '2019-11-20T18:00'), { sentence, at, lang: 'en', start: 0 })).toBeNull();
  });

  it('keeps a date that opens the name of a weekend or a holiday off', () => {
    const sentence = 'Crews will work through the Fourth of July weekend and over the June bank holiday.';
    const where = (text: string) => ({ start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length });
    const setting = (text: string) => ({ sentence, at: where(text), lang: 'en', start: 0 });
    expect(weakEvidence(d('the Fourth of July', '2025-07-04'), setting('the Fourth of July'))).toBe('part-of-name');
    expect(weakEvidence(d('June', '2025-06'), setting('June'))).toBe('part-of-name');
    const plain = 'Crews will work on the Fourth of July.';
    const at = { start: plain.indexOf('the Fourth'), end: plain.indexOf('the Fourth') + 18 };
    expect(
      weakEvidence(d('the Fourth of July', '2025-07-04'), { sentence: plain, at, lang: 'en', start: 0 }),
    ).toBeNull();
  });

  it('keeps the second end of a "between" stretch off when a clock stands before it', () => {
    const s = storyAt(
      '2021-06-28T12:00:00Z',
      'Last year the county took 90 noise calls between 9pm on Dec. 31 and 3am the next day.',
    );
    expect(s.timeline.some((e) => e.startsWith('the next day='))).toBe(false);
  });

  it('keeps a count from now off when it restates a date the sentence has just written', () => {
    const sentence = 'The probe is due to land in the desert on 24 September, three months from now.';
    const at = { start: sentence.indexOf('three'), end: sentence.indexOf('three') + 'three months from now'.length };
    const d = {
      id: 1,
      blockId: 0,
      start: 0,
      end: 0,
      text: 'three months from now',
      type: 'DATE',
      value: '2023-09',
      certainty: 'inferred',
    } as const;
    expect(weakEvidence(d, { sentence, at, lang: 'en', start: 0 })).toBe('restated');
    const alone = 'Three months from now, nobody will remember the score.';
    const d2 = { ...d, text: 'Three months from now' };
    expect(weakEvidence(d2, { sentence: alone, at: { start: 0, end: 21 }, lang: 'en', start: 0 })).toBeNull();
  });

  it('keeps a weekday after "the" off, and one named from another day or standing alone in', () => {
    const s = storyAt(
      '2023-03-29T12:00:00Z',
      'Coaches will replace trams from 6am on the Saturday until the end of service on Easter Monday.',
      'The depot will reopen on Saturday, and the busiest day is expected to be the Sunday after Easter.',
    );
    expect(s.timeline.filter((e) => e.startsWith('Saturday='))).toEqual(['Saturday=2023-04-01']);
    expect(s.dates.filter((d) => d.startsWith('Saturday=')).length).toBe(2);
    expect(s.timeline).toContain('Sunday=2023-04-16');
  });

  it('keeps a month put ahead off when a verb in the past lasts up to it', () => {
    const s = storyAt(
      '2018-10-12T12:00:00Z',
      '"I waited for the letter until March," the tenant said.',
      'The bridge will stay shut until March, the council said.',
    );
    expect(s.dates).toContain('March=2019-03');
    expect(s.timeline).toEqual(['March=2019-03']);
    expect(s.timeline.length).toBe(1);
    const sentence = 'The strike lasted until March.';
    const at = { start: sentence.indexOf('March'), end: sentence.indexOf('March') + 5 };
    const d = {
      id: 1,
      blockId: 0,
      start: 0,
      end: 0,
      text: 'March',
      type: 'DATE',
      value: '2018-03',
      certainty: 'inferred',
    } as const;
    const setting = { sentence, at, lang: 'en', published: new Date('2018-10-12T12:00:00Z'), start: 0 };
    // Put before the publication, the month is not ahead: it stays.
    expect(weakEvidence(d, setting)).toBeNull();
  });

  it('keeps two dates read as one off: across a list dash, or a year with "next week"', () => {
    const setting = { sentence: '', lang: 'en', start: 0 };
    expect(weakEvidence(d('8 p.m. ET - Friday, Oct. 3', '2025-10-03T20:00'), setting)).toBe('merged');
    expect(weakEvidence(d('fiscal 2031 next week', '2031'), setting)).toBe('merged');
    expect(weakEvidence(d('1990 until last year', '1990', '2024'), setting)).toBeNull();
    expect(weakEvidence(d('Friday, Oct. 3', '2025-10-03'), setting)).toBeNull();
    expect(weakEvidence(d('next week', '2025-W41'), setting)).toBeNull();
  });

  it('keeps the well-supported dates: written with their year, counted from the publication, weekdays', () => {
    const s = storyAt(
      '2019-11-20T12:00:00Z',
      'The law passed on 12 March 2019, and the minister defended it on Tuesday.',
      'Sales fell last week, and the firm said it would report again next year.',
    );
    expect(s.timeline).toEqual(
      expect.arrayContaining([
        '12 March 2019=2019-03-12',
        'Tuesday=2019-11-19',
        'last week=2019-W46',
        'next year=2020',
      ]),
    );
  });

  it("never shows a value that the date's own words contradict, in any language", () => {
    const setting = (lang: string) => ({ sentence: '', lang, start: 0 });
    expect(weakEvidence(d('August 2018, three months before', '2019-08'), setting('en'))).toBe('year-contradicted');
    expect(weakEvidence(d('agosto de 2018', '2019-08'), setting('es'))).toBe('year-contradicted');
    expect(weakEvidence(d('August 2018', '2018-08'), setting('en'))).toBeNull();
    expect(weakEvidence(d('the 2017-18 season', '2017', '2018'), setting('en'))).toBeNull();
    expect(weakEvidence(d('the 1990s', '199'), setting('en'))).toBeNull();
  });

  it('gates English dates only', () => {
    expect(
      weakEvidence(
        { id: 1, blockId: 0, start: 0, end: 4, text: 'juli', type: 'DATE', value: '2020-07', certainty: 'inferred' },
        { sentence: 'De bibliotheek opende in juli.', lang: 'nl', published: new Date('2021-06-10'), start: 0 },
      ),
    ).toBeNull();
  });

  it('reads the years a sentence writes, not amounts', () => {
    expect(yearsIn('Between 1991-2020 it rose 5,298 metres, $2019 and 2019% aside, in 2021.')).toEqual([
      '1991',
      '2020',
      '2021',
    ]);
  });
});

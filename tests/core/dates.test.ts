import { describe, expect, test } from 'vitest';
import { recogniseDates } from '../../src/core/dates/chrono-dates';
import { adaptChronoRefiners, findChronoRefiners } from '../../src/core/dates/chrono-refiners';
import type { Refiner } from 'chrono-node';
import { casual } from 'chrono-node/en';
import { buildTimeline } from '../../src/core/dates/timeline';
import type { DateMention } from '../../src/core/types';

// Thursday 14 August 2025, 07:30 in Berlin (UTC+2).
const reference = { instant: new Date('2025-08-14T05:30:00Z'), timezoneOffset: 120 };

function find(text: string): Pick<DateMention, 'text' | 'value' | 'type' | 'certainty'>[] {
  return recogniseDates([{ id: 0, kind: 'paragraph', text }], reference).map(({ text, value, type, certainty }) => ({
    text,
    value,
    type,
    certainty,
  }));
}

describe('dates it must find', () => {
  test.each([
    ['The law passed on 12 March 2024.', '12 March 2024', '2024-03-12', 'exact'],
    ['It opened in June 2019.', 'June 2019', '2019-06', 'exact'],
    ['Talks resumed on Tuesday.', 'Tuesday', '2025-08-12', 'inferred'],
    ['The minister spoke on Wednesday, officials said.', 'Wednesday', '2025-08-13', 'inferred'],
    ['Rain is expected next week.', 'next week', '2025-W34', 'inferred'],
    ['Rates had tripled since early July.', 'early July', '2025-07', 'approximate'],
    ['The vote is due in May.', 'May', '2026-05', 'inferred'],
    ['Sales rose in March.', 'March', '2025-03', 'inferred'],
    ['He arrived last Thursday.', 'last Thursday', '2025-08-07', 'inferred'],
    ['It opened in 1998.', '1998', '1998', 'exact'],
    ['Profit fell in the third quarter.', 'the third quarter', '2025-Q3', 'inferred'],
    ['Third-quarter profit fell.', 'Third-quarter', '2025-Q3', 'inferred'],
    ['Hiring slowed this week.', 'this week', '2025-W33', 'inferred'],
    ['The plant closed in the late 1970s.', 'the late 1970s', '197', 'approximate'],
    ['Prices are rising now.', 'now', 'PRESENT_REF', 'approximate'],
    ['She left two years ago.', 'two years ago', '2023', 'inferred'],
    ['They met last fall.', 'last fall', '2024-FA', 'approximate'],
    ['It was built in the 19th century.', 'the 19th century', '18', 'approximate'],
    ['He arrived yesterday.', 'yesterday', '2025-08-13', 'exact'],
  ])('%j', (sentence, text, value, certainty) => {
    expect(find(sentence)).toContainEqual(expect.objectContaining({ text, value, certainty }));
  });

  test.each([
    // A month alone goes by the tense of its sentence, else the nearest one.
    ['The company changed its name in January.', 'January', '2025-01'],
    ['The company will change its name in February.', 'February', '2026-02'],
    // In a company's results "last year" is still the year; "a year earlier", the quarter.
    ['Sales were $154 million last year.', 'last year', '2024'],
    ['The two presidents signed the treaty last May.', 'last May', '2025-05'],
    ['The plant will reopen next March.', 'next March', '2026-03'],
    ['Net income rose from $5 million a year earlier.', 'a year earlier', '2024-Q2'],
    ["Net sales for this year's third quarter were $14 million.", "this year's third quarter", '2025-Q3'],
    ['Shares rose in the week of March 6.', 'the week of March 6', '2025-W10'],
    ['Earnings will fall in the last half of 2024.', 'the last half of 2024', '2024-H2'],
    // Counted from the date the story last named.
    ['On May 22, 1995, he was promoted, and the following year he moved to Paris.', 'the following year', '1996'],
    ['The index closed at 2082 on Tuesday, down 4.5% from the previous Tuesday.', 'the previous Tuesday', '2025-08-05'],
  ])('%j', (sentence, text, value) => {
    expect(find(sentence)).toContainEqual(expect.objectContaining({ text, value }));
  });

  test('a time of day on a date is a TIME', () => {
    expect(find('The polls close at 6 p.m. on 3 November 2026.')).toContainEqual(
      expect.objectContaining({ type: 'TIME', value: '2026-11-03T18:00' }),
    );
  });

  test('offsets are exact and exclude the preposition', () => {
    const text = 'Officials met on Tuesday in Berlin.';
    const [d] = recogniseDates([{ id: 3, kind: 'paragraph', text }], reference);
    expect(d).toMatchObject({ blockId: 3, start: text.indexOf('Tuesday'), end: text.indexOf('Tuesday') + 7 });
  });
});

describe('things that are not dates', () => {
  test.each([
    'May said the deal was fair.',
    'Thousands march through the capital.',
    '14,000 soldiers crossed the border.',
    'Officials counted 2024 people at the rally.',
    'The stock rose 12 3/4 points.',
    'He scored twice in the second half.',
    'They bought a 30-year bond.',
    'Every morning I check the gauge.',
    'He scored 2 goals in the second half.',
    'The index closed at 2082, up from 1975.',
    'The war has claimed more than 2000 since the fighting resumed.',
    'Police said some 1500 marched and about 1800 stayed home.',
    '',
  ])('%j', (sentence) => {
    expect(find(sentence)).toEqual([]);
  });

  test('"about" or "around" a year after a preposition or at a clause start is a time', () => {
    expect(find('The house was built in about 1800. Around 2000, he moved to Leeds.').map((d) => d.value)).toEqual([
      '1800',
      '2000',
    ]);
    // A comparison with a year keeps the year.
    expect(find('Sales were 20 percent more than 2019.').map((d) => d.value)).toEqual(['2019']);
  });

  test('a span with a decimal count keeps its number ("2.5 hours"), and "2.5 years ago" counts months', () => {
    const found = find('The flight took 2.5 hours. The firm was founded 2.5 years ago.');
    expect(found.map((d) => `${d.text}=${d.value}`)).toEqual(['2.5 hours=PT2.5H', '2.5 years ago=2023-02']);
  });

  test('a date never runs across a sentence boundary', () => {
    const found = find('He was born on 12 May 1970. 14 soldiers died.');
    expect(found).toEqual([expect.objectContaining({ text: '12 May 1970', value: '1970-05-12', type: 'DATE' })]);
  });
});

describe('the timeline', () => {
  const text =
    'The plant closed in the late 1970s and reopened on 12 March 2024. For three years it ran at a loss. ' +
    'Workers struck on Tuesday, and now the owners meet every week. The deal was first discussed in June 2019.';
  const blocks = [{ id: 0, kind: 'paragraph' as const, text }];
  const dates = recogniseDates(blocks, reference);
  const timeline = buildTimeline(blocks, dates);

  test('points in time, in time order, durations, sets and vague references left out', () => {
    expect(timeline.map((t) => t.text)).toEqual(['the late 1970s', 'June 2019', '12 March 2024', 'Tuesday']);
    expect(timeline.map((t) => t.value)).toEqual(['197', '2019-06', '2024-03-12', '2025-08-12']);
  });

  test('each entry keeps its sentence, mention and certainty', () => {
    const tuesday = timeline.find((t) => t.text === 'Tuesday');
    expect(tuesday?.sentence).toBe('Workers struck on Tuesday, and now the owners meet every week.');
    expect(dates.find((d) => d.id === tuesday?.mentionId)?.text).toBe('Tuesday');
    expect(tuesday?.certainty).toBe('inferred');
    expect(timeline[0]).toMatchObject({ certainty: 'approximate', mod: 'END' });
  });
});

describe('dates in text built to hurt', () => {
  test.each([
    ['empty text', ''],
    ['only digits', '1234567890 '.repeat(500)],
    ['a year far out of range', 'It will happen in the year 99999, or in 12345.'],
    ['a date that does not exist', 'The meeting on February 30 was cancelled.'],
    ['punctuation', '/-/-/-:::...,,,'.repeat(200)],
  ])('%s: no throw, spans inside the text, no absurd values', (_label, text) => {
    const found = recogniseDates([{ id: 0, kind: 'paragraph', text }], reference);
    for (const d of found) {
      expect(text.slice(d.start, d.end)).toBe(d.text);
      expect(d.text.length).toBeLessThan(60);
      expect(d.value).not.toMatch(/9999\d|1234\d/u);
    }
  });

  test('a 1 MB text in time proportional to its length', () => {
    const sentence = 'Officials met on Tuesday, 3 March 2024, and again in the third quarter of 2025. ';
    const small = sentence.repeat(1_300);
    const big = sentence.repeat(13_000);
    expect(big.length).toBeGreaterThan(1_000_000);
    const run = (t: string): DateMention[] => recogniseDates([{ id: 0, kind: 'paragraph', text: t }], reference);
    run(small);
    const t0 = performance.now();
    run(small);
    const t1 = performance.now();
    const found = run(big);
    const t2 = performance.now();
    // "Tuesday, 3 March 2024" is one date.
    expect(found.length).toBe(2 * 13_000);
    expect((t2 - t1) / Math.max(1, t1 - t0)).toBeLessThan(25);
  }, 120_000);
});

describe("chrono's refiners that Lede adapts", () => {
  const names = (rs: Refiner[]): string[] => rs.map((r) => r.constructor.name);
  const positions = (rs: Refiner[]): number[] => rs.map((r) => casual.refiners.indexOf(r));

  test('are found by what they do: in chrono 2.10, its three overlap removals, two unlikely-format filters and two date-and-time joinings', () => {
    const { overlap, unlikely, dateTime } = findChronoRefiners(casual.refiners);
    expect(names(overlap)).toEqual(['OverlapRemovalRefiner', 'OverlapRemovalRefiner', 'OverlapRemovalRefiner']);
    expect(positions(overlap)).toEqual([1, 4, 9]);
    expect(names(unlikely)).toEqual(['UnlikelyFormatFilter', 'ENUnlikelyFormatFilter']);
    expect(positions(unlikely)).toEqual([11, 15]);
    expect(names(dateTime)).toEqual(['ENMergeDateTimeRefiner', 'ENMergeDateTimeRefiner']);
    expect(positions(dateTime)).toEqual([7, 12]);
  });

  test('wherever chrono puts them and whatever a minifier calls them', () => {
    // Plain objects with chrono's methods: no class name left, and the list reversed.
    const anonymous = casual.refiners.map((r): Refiner => ({ refine: r.refine.bind(r) })).reverse();
    const { overlap, unlikely } = findChronoRefiners(anonymous);
    expect(overlap.map((r) => anonymous.length - 1 - anonymous.indexOf(r))).toEqual([9, 4, 1]);
    expect(unlikely.map((r) => anonymous.length - 1 - anonymous.indexOf(r))).toEqual([15, 11]);
  });

  test('are replaced and wrapped in the parser Lede configures, the rest kept in place', () => {
    const adapted = adaptChronoRefiners(casual.refiners);
    expect(adapted.map((r, i) => (r === casual.refiners[i] ? '' : r.constructor.name))).toEqual(
      casual.refiners.map((_, i) =>
        [1, 4, 9].includes(i)
          ? 'CoreOverlapRefiner'
          : [11, 15].includes(i)
            ? 'SparingOurs'
            : [7, 12].includes(i)
              ? 'SparingUntimed'
              : '',
      ),
    );
  });

  test.each([
    ['overlap removal', [1, 4, 9], /none removes overlapping results/u],
    ['unlikely-format filters', [11, 15], /none filters unlikely results/u],
  ])('a chrono without its %s fails loudly when Lede configures it', (_, gone, message) => {
    const changed = casual.refiners.filter((_, i) => !gone.includes(i));
    expect(() => adaptChronoRefiners(changed)).toThrow(/^chrono's refiner list changed: /u);
    expect(() => adaptChronoRefiners(changed)).toThrow(message);
  });
});

describe('years in words', () => {
  test.each([
    ['In two thousand ten the war ended.', 'two thousand ten', '2010'],
    ['By two thousand and twelve it was over.', 'two thousand and twelve', '2012'],
    ['In the year two thousand, nothing happened.', 'the year two thousand', '2000'],
    ['It began in nineteen ninety-nine.', 'nineteen ninety-nine', '1999'],
  ])('%s → %s = %s', (text, match, value) => {
    expect(find(text).map((d) => [d.text, d.value])).toContainEqual([match, value]);
  });
});

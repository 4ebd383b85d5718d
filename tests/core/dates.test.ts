import { describe, expect, test } from 'vitest';
import { recogniseDates } from '../../src/core/dates/chrono-dates';
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
    '',
  ])('%j', (sentence) => {
    expect(find(sentence)).toEqual([]);
  });

  test('a date never runs across a sentence boundary', () => {
    const found = find('He was born on 12 May 1970. 14 soldiers died.');
    expect(found).toEqual([expect.objectContaining({ text: '12 May 1970', value: '1970-05-12', type: 'DATE' })]);
  });
});

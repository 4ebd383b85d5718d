import { describe, expect, test } from 'vitest';
import { datesAt, timelineAt } from '../helpers/timeline-story';

// Families of wrong timeline entries left on the twelfth English train set (en-train12) after the
// twenty-sixth session (issue 16), fixed as families on texts of our own.

describe('"the last week of March" far from the week of writing is the month, not the past week', () => {
  test('a month months before the story is that month of its year', () => {
    // Published on Wednesday 15 July 2020.
    const lines = datesAt('2020-07-15T12:00:00Z', 'The shop closed its doors for good in the last week of March.');
    expect(lines).toEqual(['the last week of March=2020-03']);
  });

  test('a month ahead is that month of its year', () => {
    // Published on Wednesday 18 June 2025.
    const lines = datesAt('2025-06-18T12:00:00Z', 'The finals will be held in the last week of August.');
    expect(lines).toEqual(['the last week of August=2025-08']);
  });

  test('December told in January is the December before', () => {
    const lines = datesAt('2024-01-16T20:30:00Z', 'The shop closed the last week of December.');
    expect(lines).toEqual(['the last week of December=2023-12']);
  });
});

describe('three months closing days before a quarter’s end are their months, not the quarter', () => {
  test('"the three months ended June 28" is April to June, and a year earlier a year back', () => {
    // Published on Wednesday 24 July 2024.
    const lines = timelineAt(
      '2024-07-24T12:00:00Z',
      'In the three months ended June 28, revenue fell 17% to $1.3 billion from $1.6 billion a year earlier.',
    );
    expect(lines).toContain('the three months ended June 28=2024-04/2024-06');
    expect(lines).toContain('a year earlier=2023-04/2023-06');
  });

  test('three months ended on a quarter’s last day stay the quarter', () => {
    const lines = timelineAt('2022-10-25T12:00:00Z', 'Sales rose in the three months ended Sept. 30.');
    expect(lines).toContain('the three months ended Sept. 30=2022-Q3');
  });
});

describe('a stretch whose second end alone names its year is of that year', () => {
  test('"between March and June of last year" is March to June of last year', () => {
    // Published on Sunday 22 August 2021.
    const lines = timelineAt(
      '2021-08-22T12:00:00Z',
      'The band recorded the album between March and June of last year, the singer said.',
    );
    expect(lines).toContain('March and June of last year=2020-03/2020-06');
  });

  test('"from October to December 2019" told years later is of 2019', () => {
    const lines = timelineAt('2023-05-10T12:00:00Z', 'The show ran from October to December 2019.');
    expect(lines).toContain('October to December 2019=2019-10/2019-12');
  });
});

describe('"through at least Tuesday" runs ahead, as "through Tuesday" does', () => {
  test('a forecast through at least a weekday is of the coming one', () => {
    // Published on Friday 21 June 2024.
    const lines = datesAt(
      '2024-06-21T17:05:00-07:00',
      'Forecasters expect highs of 115 to 117 through at least Tuesday under a ridge of high pressure.',
    );
    expect(lines).toEqual(['Tuesday=2024-06-25']);
  });

  test('a spell that ran through at least a weekday stays past', () => {
    const lines = datesAt('2024-06-21T17:05:00-07:00', 'The heat lasted through at least Tuesday, officials said.');
    expect(lines).toEqual(['Tuesday=2024-06-18']);
  });
});

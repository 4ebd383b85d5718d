import { describe, expect, test } from 'vitest';
import { timelineAt } from '../helpers/timeline-story';

// A reporting period named by its length and its last day is the months (or days) it covers.

describe('a period named by its length and its last day', () => {
  test('"the six months to September 30": April to September', () => {
    const lines = timelineAt(
      '2024-11-14T12:00:00Z',
      'Revenue rose 8% in the six months to September 30, the group said.',
    );
    expect(lines).toContain('the six months to September 30=2024-04/2024-09');
  });

  test('"the three months ended Oct. 31": August to October', () => {
    const lines = timelineAt('2025-11-20T12:00:00Z', 'Sales grew 4% in the three months ended Oct. 31.');
    expect(lines).toContain('the three months ended Oct. 31=2025-08/2025-10');
  });

  test('six months ending late in December are July to December, not the calendar half', () => {
    const lines = timelineAt('2025-08-20T12:00:00Z', 'In the six months to December 29, sales rose.');
    expect(lines).toContain('the six months to December 29=2024-07/2024-12');
    expect(timelineAt('2025-03-11T12:00:00Z', 'Revenue rose 5.8% in the six months to 31 December.')).toContain(
      'the six months to 31 December=2024-07/2024-12',
    );
  });

  test('"the 52 weeks to June 29": its days', () => {
    const lines = timelineAt('2025-08-20T12:00:00Z', 'Profit for the 52 weeks to June 29 fell by a fifth.');
    expect(lines).toContain('the 52 weeks to June 29=2024-07-01/2025-06-29');
  });

  test('"the week ending March 13", a Thursday: the seven days to it', () => {
    const lines = timelineAt('2025-03-20T12:00:00Z', 'The song led the chart for the week ending March 13.');
    expect(lines).toContain('the week ending March 13=2025-03-07/2025-03-13');
  });

  test('"a week to March 6" is no period, nor two dates joined by "to" kept apart elsewhere', () => {
    const lines = timelineAt('2025-03-20T12:00:00Z', 'Shares rose on March 13, up from a week to March 6.');
    expect(lines.some((l) => l.startsWith('a week to'))).toBe(false);
    const range = timelineAt('2025-03-20T12:00:00Z', 'The office is open from March 3 to March 13.');
    expect(range).toContain('March 3 to March 13=2025-03-03/2025-03-13');
  });
});

describe('periods named by their end, as one family', () => {
  test('"the three months through March", "the 11 months to May": the months, no day written', () => {
    expect(timelineAt('2019-05-02T12:00:00Z', 'Exports slipped in the three months through March.')).toContain(
      'the three months through March=2019-01/2019-03',
    );
    expect(timelineAt('2025-06-30T12:00:00Z', 'Hotel stays climbed 9% in the 11 months to May.')).toContain(
      'the 11 months to May=2024-07/2025-05',
    );
  });

  test("a month not over by the publication day is last year's", () => {
    expect(
      timelineAt('2026-01-15T12:00:00Z', 'Output fell in the three months to December, the office said.'),
    ).toContain('the three months to December=2025-10/2025-12');
  });

  test("the period running at the publication day is this year's (a forecast)", () => {
    expect(
      timelineAt('2019-01-30T12:00:00Z', 'Sales in the three months through March will be about $2 billion.'),
    ).toContain('the three months through March=2019-01/2019-03');
  });

  test('no month read from a word that only begins like one ("the two months to Marchmont")', () => {
    const lines = timelineAt('2025-06-30T12:00:00Z', 'She walked the two months to Marchmont with her brother.');
    expect(lines.some((l) => l.includes('/'))).toBe(false);
  });
});

describe('what is left to other readers', () => {
  test('"the three months ended July 28" keeps its day', () => {
    const lines = timelineAt('2018-09-20T12:00:00Z', 'Sales fell in the three months ended July 28, the chain said.');
    expect(lines.some((l) => l.includes('2018-05/2018-07'))).toBe(false);
  });

  test('"the week ended Dec. 24" stays its ISO week', () => {
    const lines = timelineAt('2022-12-30T12:00:00Z', 'Claims rose in the week ended Dec. 24, figures showed.');
    expect(lines.some((l) => l.includes('2022-12-18/2022-12-24'))).toBe(false);
  });
});

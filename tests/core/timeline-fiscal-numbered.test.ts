import { describe, expect, test } from 'vitest';
import { storyAt } from '../helpers/timeline-story';

// A fiscal year named by one calendar year ("fiscal 2026", "the end of fiscal 2027", "the 2025 fiscal
// year") takes the months of the page's year when the page tells where its years end or begin and the
// year ends in June or later (lang-news guidelines, rulings of the thirty-first session: fiscal periods
// with their year-end given elsewhere on the page are their months).

describe('a fiscal year named by one calendar year', () => {
  test('a fiscal year with its months: "the fiscal year that begins July 1" gives "the 2025 fiscal year"', () => {
    const { dates } = storyAt(
      '2024-03-29T12:00:00Z',
      'Lawmakers sent the governor a budget for the fiscal year that begins July 1.',
      'He can strike lines from the budget for the 2025 fiscal year.',
    );
    expect(dates).toContain('the 2025 fiscal year=2024-07');
  });

  test('a "year ending June 30" alone does not set "fiscal 2025" (any year of accounts)', () => {
    const { timeline } = storyAt(
      '2024-11-02T12:00:00Z',
      'The toolmaker expects profit in the year ending June 30, 2025, to beat fiscal 2024 profit.',
    );
    expect(timeline.some((line) => line.startsWith('fiscal 2024='))).toBe(false);
  });

  test('a stated first day: "Oct. 1, the first day of the new fiscal year"', () => {
    const { timeline } = storyAt(
      '2025-09-17T12:00:00Z',
      'The bill would move 900 crews onto permanent rolls by the end of fiscal 2027.',
      'Without it, a ranger would lose a third of her pay on Oct. 1, the first day of the new fiscal year.',
    );
    expect(timeline).toContain('the end of fiscal 2027=2026-10/2027-09');
  });

  test('"at the start of the city\'s 2024 fiscal year" after its first day', () => {
    const { dates } = storyAt(
      '2023-07-18T12:00:00Z',
      "The pension payments resumed on July 1, at the start of the city's 2024 fiscal year, at $40 million a year.",
    );
    expect(dates).toContain('2024 fiscal year=2023-07');
  });

  test('a year of weeks: "the 52 weeks to June 29" sets the chain\'s years', () => {
    const { timeline } = storyAt(
      '2025-08-20T12:00:00Z',
      'Net profit for the 52 weeks to June 29 fell 11 per cent.',
      'The hardware chain expects fiscal 2026 earnings to be flat on fiscal 2025.',
    );
    expect(timeline).toContain('fiscal 2025=2024-07/2025-06');
    expect(timeline).toContain('fiscal 2026=2025-07/2026-06');
  });

  test('"the biennium that begins July 1" gives a state\'s "fiscal 2027"', () => {
    const { timeline } = storyAt(
      '2025-04-27T12:00:00Z',
      'The budget spends $77 billion in the biennium that begins July 1 and delays a tax credit until fiscal 2027.',
    );
    expect(timeline).toContain('fiscal 2027=2026-07/2027-06');
  });

  test('a year that ends in March is named by either end: "fiscal 2024" stays off the timeline', () => {
    const { timeline } = storyAt(
      '2024-03-20T12:00:00Z',
      'The bank expects growth in fiscal 2024; the budget for the fiscal year starting April 1 assumes it.',
    );
    expect(timeline.some((line) => line.startsWith('fiscal 2024='))).toBe(false);
  });

  test('a page that tells no year-end keeps "fiscal 2025" off the timeline', () => {
    const { timeline } = storyAt(
      '2024-05-03T12:00:00Z',
      'The ministry will spend $4 billion in fiscal 2025, its budget office said.',
    );
    expect(timeline.some((line) => line.startsWith('fiscal 2025='))).toBe(false);
  });
});

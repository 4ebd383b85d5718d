import { describe, expect, test } from 'vitest';
import { analyse } from '../../../src/core/analyse';
import { loadRecogniser } from '../../../src/cli/model';
import { isCivicDayName } from '../../../src/core/entities/civic-days';
import type { ArticleText } from '../../../src/core/types';

const recogniser = loadRecogniser();

/** The names of an article of one paragraph, published on 28 November 2024. */
function names(text: string): string[] {
  const article: ArticleText = {
    meta: {
      url: 'https://news.example/a',
      title: 'Holiday travel',
      byline: [],
      publishedTime: '2024-11-28T09:00:00-05:00',
      modifiedTime: null,
      siteName: 'Example News',
      lang: 'en',
      dir: 'ltr',
      excerpt: null,
      leadImage: null,
      sources: {},
    },
    blocks: [{ id: 0, kind: 'paragraph', text }],
    isArticle: true,
    reason: 'test',
  };
  const a = analyse(article, { now: new Date('2026-01-01T00:00:00Z'), recogniser });
  return a.entities.flatMap((e) => e.mentions.map((m) => `${m.text}/${e.type}`));
}

describe('a civic day inside a date stays a name (names.md, "Civic and national days")', () => {
  test('"the day before Thanksgiving in 2019" keeps Thanksgiving, and the date is found', () => {
    const text = 'Airports screened 2.6 million travellers on the day before Thanksgiving in 2019, a record.';
    expect(names(text)).toContain('Thanksgiving/OTHER');
  });

  test('"the Sunday after Labor Day" keeps Labor Day', () => {
    const text = 'The school board meets again on the Sunday after Labor Day in 2025, officials said.';
    expect(names(text)).toContain('Labor Day/OTHER');
  });

  test('only a whole civic day is one', () => {
    expect(isCivicDayName('Thanksgiving')).toBe(true);
    expect(isCivicDayName('Labor Day')).toBe(true);
    expect(isCivicDayName('August')).toBe(false);
    expect(isCivicDayName('Thanksgiving Day Parade')).toBe(false);
    expect(isCivicDayName('pre-Thanksgiving')).toBe(false);
  });
});

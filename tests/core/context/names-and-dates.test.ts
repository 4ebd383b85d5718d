import { describe, expect, test } from 'vitest';
import { analyse } from '../../../src/core/analyse';
import type { ArticleMeta, ArticleText } from '../../../src/core/types';
import { listRecogniser, paragraphs } from './names';

const meta: ArticleMeta = {
  url: null,
  title: 'Port strike spreads',
  byline: [],
  publishedTime: '2024-03-07T09:00:00Z',
  modifiedTime: null,
  siteName: null,
  lang: 'en',
  dir: null,
  excerpt: null,
  leadImage: null,
  sources: {},
};

const article = (...texts: string[]): ArticleText => ({
  meta,
  blocks: paragraphs(...texts),
  isArticle: true,
  reason: 'test',
});
const recogniser = listRecogniser({ 'Petra Lange': 'PERSON', Lange: 'PERSON', Hamburg: 'PLACE', Rotterdam: 'PLACE' });
const now = new Date('2024-03-08T00:00:00Z');

describe('names and dates together', () => {
  test('each entity knows the dates of its sentences; each timeline entry the entities of its sentence', () => {
    const a = analyse(
      article(
        'Dock workers in Hamburg walked out on 4 March 2024. Union leader Petra Lange spoke on 5 March 2024.',
        'Rotterdam stayed calm. Lange said talks would resume in April 2024.',
      ),
      { now, recogniser },
    );
    const byName = new Map(a.entities.map((e) => [e.name, e]));
    const dateText = (ids: number[] | undefined) => (ids ?? []).map((id) => a.dates.find((d) => d.id === id)?.text);
    expect(dateText(byName.get('Hamburg')?.dates)).toEqual(['4 March 2024']);
    expect(dateText(byName.get('Petra Lange')?.dates)).toEqual(['5 March 2024', 'April 2024']);
    expect(byName.get('Rotterdam')?.dates).toBeUndefined();
    const names = (ids: number[] | undefined) => (ids ?? []).map((id) => a.entities.find((e) => e.id === id)?.name);
    expect(a.timeline.map((t) => [t.text, names(t.entities)])).toEqual([
      ['4 March 2024', ['Hamburg']],
      ['5 March 2024', ['Petra Lange']],
      ['April 2024', ['Petra Lange']],
    ]);
  });

  test('the analysis carries the quotes, the sources and the roles', () => {
    const a = analyse(article('Union leader Petra Lange said on Monday that talks had failed.'), { now, recogniser });
    expect(a.quotes?.map((q) => [q.kind, q.text, q.speaker.name])).toEqual([
      ['indirect', 'talks had failed', 'Petra Lange'],
    ]);
    expect(a.sources?.sources.map((s) => s.name)).toEqual(['Petra Lange']);
    expect(a.entities.find((e) => e.name === 'Petra Lange')?.roles?.map((r) => r.text)).toEqual(['Union leader']);
  });

  test('a names-only reading has no context yet', () => {
    const a = analyse(article('Union leader Petra Lange said talks had failed.'), { now, recogniser, namesOnly: true });
    expect([a.quotes, a.sources, a.entities[0]?.roles]).toEqual([undefined, undefined, undefined]);
  });
});

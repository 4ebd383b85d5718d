import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { loadRecogniser } from '../../src/cli/model';
import { mentionInfos, quoteInfos } from '../../src/content/mentions';
import { wikipediaSearch } from '../../src/shared/wikipedia';
import { isContentRequest } from '../../src/shared/messages';

const analysis = analyse(
  {
    meta: {
      title: 'Ports',
      byline: [],
      publishedTime: '2024-03-07T09:00:00Z',
      modifiedTime: null,
      siteName: null,
      lang: 'en',
      url: 'https://news.example/ports',
      dir: 'ltr',
      excerpt: null,
      leadImage: null,
      sources: {},
    },
    blocks: [
      { id: 0, kind: 'paragraph', text: 'The mayor, Petra Lange, spoke in Hamburg on Monday.' },
      { id: 1, kind: 'paragraph', text: 'Lange said the strike could last three weeks.' },
    ],
    isArticle: true,
    reason: 'test',
  },
  { now: new Date('2024-03-10T12:00:00Z'), recogniser: loadRecogniser() },
);

describe('what the hover card says', () => {
  const infos = mentionInfos(analysis);

  test('mentions in reading order, each with the entity and its place among its mentions', () => {
    expect(infos.map((i) => i.span.text)).toEqual(['Petra Lange', 'Hamburg', 'Monday', 'Lange', 'three weeks']);
    const lange = infos.filter((i) => i.name === 'Petra Lange');
    expect(lange.map((i) => [i.label, i.index, i.count])).toEqual([
      ['Person', 1, 2],
      ['Person', 2, 2],
    ]);
    expect(lange[0]?.link).toBe(wikipediaSearch('Petra Lange'));
  });

  test('dates say their value and how sure it is; durations are labelled apart', () => {
    expect(infos.find((i) => i.span.text === 'Monday')).toMatchObject({
      label: 'Date',
      detail: '2024-03-04, from the publication date',
    });
    expect(infos.find((i) => i.span.text === 'three weeks')).toMatchObject({ label: 'Duration', detail: 'P3W' });
  });

  test('a name carries the role the article gives it, with its sentence', () => {
    const lange = infos.filter((i) => i.name === 'Petra Lange');
    expect(lange.map((i) => i.role?.text)).toEqual(['mayor', 'mayor']);
    expect(lange[1]?.role?.sentence).toBe('The mayor, Petra Lange, spoke in Hamburg on Monday.');
    expect(infos.find((i) => i.name === 'Hamburg')?.role).toBeUndefined();
  });

  test("the quotes layer: each quote with its speaker's name", () => {
    expect(quoteInfos(analysis).map((q) => [q.span.text, q.label, q.name, q.kind])).toEqual([
      ['the strike could last three weeks', 'Reported speech', 'Said by Petra Lange', 'quote'],
    ]);
  });

  test('a Wikipedia link is a search for the name, encoded', () => {
    expect(wikipediaSearch('AT&T <b>')).toBe('https://en.wikipedia.org/wiki/Special:Search?search=AT%26T%20%3Cb%3E');
  });

  test('the step message carries a direction of 1 or -1 only', () => {
    expect(isContentRequest({ type: 'lede/step-mention', direction: 1 })).toBe(true);
    expect(isContentRequest({ type: 'lede/step-mention', direction: -1 })).toBe(true);
    expect(isContentRequest({ type: 'lede/step-mention', direction: 2 })).toBe(false);
    expect(isContentRequest({ type: 'lede/step-mention' })).toBe(false);
    expect(isContentRequest({ type: 'lede/toggle-visible' })).toBe(true);
    expect(isContentRequest({ type: 'lede/toggle-all' })).toBe(false);
  });
});

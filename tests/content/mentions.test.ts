import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { loadRecogniser } from '../../src/cli/model';
import { mentionInfos } from '../../src/content/mentions';
import { relativeToPublication } from '../../src/content/relative-date';
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
  /** Each mention with what its card says. */
  const said = infos.map((i) => ({ ...i, ...i.says() }));

  test('mentions in reading order, each with the entity and its place among its mentions', () => {
    expect(infos.map((i) => i.span.text)).toEqual(['Petra Lange', 'Hamburg', 'Monday', 'Lange', 'three weeks']);
    const lange = said.filter((i) => i.name === 'Petra Lange');
    expect(lange.map((i) => [i.label, i.index, i.count])).toEqual([
      ['Person', 1, 2],
      ['Person', 2, 2],
    ]);
    expect(lange[0]?.link).toBe(wikipediaSearch('Petra Lange'));
  });

  test('a date in words, what it means against the publication, how sure it is, and its sentence; no code', () => {
    const monday = said.find((i) => i.span.text === 'Monday');
    expect(monday).toMatchObject({
      label: 'Date',
      name: expect.stringMatching(/4 Mar 2024|Mar 4, 2024/u),
      detail: 'three days before this article; worked out from the publication date',
      sentence: 'The mayor, Petra Lange, spoke in Hamburg on Monday.',
    });
    const duration = said.find((i) => i.span.text === 'three weeks');
    expect(duration).toMatchObject({ label: 'Duration', name: 'three weeks' });
    // Nothing said twice, and no TIMEX code anywhere.
    for (const i of said) {
      const texts = [i.label, i.name, i.detail, i.about, i.sentence].filter(Boolean);
      expect(new Set(texts).size).toBe(texts.length);
      expect(texts.join(' ')).not.toMatch(/P3W|\d{4}-\d{2}/u);
    }
  });

  test('a name: what the article says of it, not under the sentence that says it', () => {
    const lange = said.filter((i) => i.name === 'Petra Lange');
    // The role the article gives her, where the context stage found one; else her first sentence.
    const role = analysis.entities.find((e) => e.name === 'Petra Lange')?.roles?.[0]?.text;
    if (role) expect(lange[1]?.about).toBe(role);
    else expect(lange[1]?.about).toBe('“The mayor, Petra Lange, spoke in Hamburg on Monday.”');
    if (!role) expect(lange[0]?.about).toBeUndefined();
  });

  test.each([
    ['2024-03-04', 'three days before this article'],
    ['2024-03-07', 'the day this article was published'],
    ['2024-03-08', 'the day after this article'],
    ['2024-02-01', 'five weeks before this article'],
    ['2024-W10', 'the week of this article'],
    ['2024-W12', 'two weeks after this article'],
    ['2024-01', 'two months before this article'],
    ['2024-03', 'the month of this article'],
    ['2023', 'the year before this article'],
    ['2014', 'ten years before this article'],
    ['2019-11-19TNI', 'four years before this article'],
    ['199', null],
    ['PRESENT_REF', null],
  ])('%s against an article of 7 March 2024: %s', (value, expected) => {
    expect(relativeToPublication(value, '2024-03-07T09:00:00Z')).toBe(expected);
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

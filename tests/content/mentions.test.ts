import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { loadRecogniser } from '../../src/cli/model';
import { mentionInfos, quoteInfos } from '../../src/content/mentions';
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
      heading: expect.stringMatching(/4 Mar 2024|Mar 4, 2024/u),
      detail: 'three days before this article; worked out from the publication date',
      sentence: 'The mayor, Petra Lange, spoke in Hamburg on Monday.',
    });
    const duration = said.find((i) => i.span.text === 'three weeks');
    expect(duration).toMatchObject({ label: 'Duration', heading: 'three weeks' });
    // Nothing said twice, and no TIMEX code anywhere.
    for (const i of said) {
      const texts = [i.label, i.heading, i.detail, i.role?.text, i.roleSentence, i.about, i.sentence].filter(Boolean);
      expect(new Set(texts).size).toBe(texts.length);
      expect(texts.join(' ')).not.toMatch(/P3W|\d{4}-\d{2}/u);
    }
  });

  test('a date whose value is a guess: said to be one, not told against the publication', () => {
    // "Nov. 12" in a 2020 story whose sentence writes 2018: its year is a guess (off the timeline).
    const story = analyse(
      {
        meta: { ...analysis.meta, publishedTime: '2020-07-17T12:00:00Z' },
        blocks: [
          {
            id: 0,
            kind: 'paragraph',
            text: 'Court papers show the chain listed 40 stores to close in the spring of 2018, and the board signed off on Nov. 12.',
          },
        ],
        isArticle: true,
        reason: 'test',
      },
      { now: new Date('2020-07-18T12:00:00Z'), recogniser: loadRecogniser() },
    );
    const cards = mentionInfos(story).map((i) => ({ ...i, ...i.says() }));
    const guessed = cards.find((i) => i.span.text === 'Nov. 12');
    expect(guessed?.detail).toBe('a guess: the article does not pin this date down, so it is not on the timeline');
    expect(story.timeline.map((e) => e.text)).not.toContain('Nov. 12');
    // A date the text supports is no guess.
    expect(cards.find((i) => i.span.text === 'the spring of 2018')?.detail).toBe('approximate');
    expect(story.dates.filter((d) => d.guess).map((d) => d.text)).toEqual(['Nov. 12']);
  });

  test('a name: its role, with the role’s sentence unless that is the sentence being read', () => {
    const lange = said.filter((i) => i.name === 'Petra Lange');
    expect(lange.map((i) => i.role?.text)).toEqual(['mayor', 'mayor']);
    expect(lange[0]?.roleSentence).toBeUndefined();
    expect(lange[1]?.roleSentence).toBe('The mayor, Petra Lange, spoke in Hamburg on Monday.');
  });

  test('a name with no role: the sentence that introduces it, not under that sentence', () => {
    const hamburg = said.filter((i) => i.name === 'Hamburg');
    expect(hamburg[0]?.role).toBeUndefined();
    // Its only mention is in its introducing sentence: nothing to add.
    expect(hamburg[0]?.about).toBeUndefined();
    const other = mentionInfos({
      ...analysis,
      entities: analysis.entities.map((e) =>
        e.name === 'Hamburg'
          ? { ...e, mentions: [...e.mentions, { ...e.mentions[0]!, blockId: 1, start: 0, end: 5 }] }
          : e,
      ),
    })
      .filter((i) => i.name === 'Hamburg')
      .map((i) => i.says().about);
    expect(other).toEqual([undefined, '“The mayor, Petra Lange, spoke in Hamburg on Monday.”']);
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

import { afterEach, describe, expect, test } from 'vitest';
import { summarise, WEIGHTS } from '../../src/core/summary/extractive';
import { isAboutItself, isStrongVerdict } from '../../src/core/summary/cues';
import { genreOf } from '../../src/core/summary/genre';
import type { Block } from '../../src/core/types';
import { fillerOf, para } from './summary-text';

// A review's verdict (issue 16): its score line beside the sentences, the paragraph its closing
// score sums up, and a verdict in so many words ("the best … we've tested", "worth the drive").
// Texts of our own, about invented products and places.

const heading = (id: number, text: string): Block => ({ id, kind: 'heading', text });
const filler = fillerOf('rv');

const saved = { ...WEIGHTS };
afterEach(() => Object.assign(WEIGHTS, saved));

describe('a verdict in so many words', () => {
  test.each([
    ['The Arden kettle is the best kettle we’ve tested this year.', true],
    ["It's simply the best budget pair on sale, and the one to buy.", true],
    ['This is one of the finest debut novels of the decade.', true],
    ['For all its faults, the Granary is worth the drive from the city.', true],
    ['We would highly recommend it to anyone with a small kitchen.', true],
    ['The kettle boils a litre of water in four minutes and comes in three colours.', false],
    ['The restaurant opened in September in the old mill by the river.', false],
  ])('%j is a strong verdict: %s', (text, expected) => {
    expect(isStrongVerdict(text)).toBe(expected);
  });
});

describe('a review leads with its verdict', () => {
  const title = 'Arden kettle review: fast, quiet and cheap';
  const meta = { url: 'https://example.com/reviews/arden-kettle', title };
  const scene = 'The Arden kettle made so little noise at six in the morning that nobody in the house woke up.';
  const about = 'It is made by a small company in Leeds and costs £39, about half the price of its rivals.';
  const verdict = 'For anyone who wants quiet mornings at a low price, it is hard to fault.';
  const closing = [para(3, verdict), para(4, 'Score: 4/5'), para(5, 'On sale now, priced £39.')];

  test('its closing score line is shown beside the sentences, with the paragraph it sums up', () => {
    const blocks = [para(0, scene), para(1, about), para(2, filler(6)), ...closing];
    const chosen = summarise(blocks, [], { maxSentences: 1, meta }).map((s) => s.text);
    // The score takes no sentence's place: the one sentence is the verdict it sums up.
    expect(chosen.sort()).toEqual(['Score: 4/5', verdict].sort());
  });

  test('a round-up of several scores has no closing verdict nor a score shown: its scores belong to its items', () => {
    const blocks = [
      para(0, scene),
      para(1, about),
      para(2, filler(6)),
      ...closing,
      heading(6, 'Best for tea: the Marlow kettle'),
      para(7, filler(2)),
      para(8, 'Score: 3/5'),
    ];
    const chosen = summarise(blocks, [], { maxSentences: 1, meta }).map((s) => s.text);
    expect(chosen).toEqual([scene]);
  });

  test('a verdict in so many words that names what is reviewed is chosen over a plainer sentence before it', () => {
    const plain = 'The Arden is a kettle from Leeds that boils a litre of water in four minutes flat.';
    const best = 'The Arden is the best kettle we’ve tested, and it boils a litre of water in four minutes.';
    const blocks = [para(0, scene), para(1, filler(6)), para(2, `${plain} ${best}`), para(3, filler(6))];
    expect(summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text)).toEqual([scene, best]);
    // Without a verdict section, the verdict takes a place of its own, whatever its weight…
    WEIGHTS.strongVerdict = 0;
    WEIGHTS.genreCue = 0;
    expect(summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text)).toEqual([scene, best]);
    // …and in a story that is no review, the plainer sentence before it is chosen.
    const news = { url: 'https://example.com/news/arden-kettle', title: 'Arden kettle: fast, quiet and cheap' };
    expect(summarise(blocks, [], { maxSentences: 2, meta: news }).map((s) => s.text)).toEqual([scene, plain]);
  });

  test('a superlative about something other than what is reviewed is no verdict', () => {
    const quiet = 'Nothing much happens in that moment, yet it is one of the quietest scenes of any year.';
    const gripping = 'Nothing much happens in that moment, yet it is one of the most gripping scenes of any year.';
    const blocks = [para(0, scene), para(1, filler(6)), para(2, `${quiet} ${gripping}`), para(3, filler(6))];
    expect(summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text)).toEqual([scene, quiet]);
  });
});

describe("a review's lede tells of the thing reviewed", () => {
  const meta = { url: 'https://example.com/reviews/arden-kettle', title: 'Arden kettle review: fast, quiet and cheap' };
  const anecdote = 'I spent my first week with the Arden kettle waiting for it to wake the whole house.';
  const leaning = 'It never did, not even once, at six in the morning on the coldest days of the year.';
  const about =
    'The Arden is the second kettle from a small company in Leeds, and at £39 it costs half as much as its rivals.';
  const blocks = [para(0, `${anecdote} ${leaning}`), para(1, about), para(2, filler(6)), para(3, filler(6))];

  test("not the writer's anecdote or the sentence that leans on it", () => {
    expect(summarise(blocks, [], { maxSentences: 1, meta }).map((s) => s.text)).toEqual([about]);
  });

  test('a news story keeps its first sentence as its lede', () => {
    const news = { url: 'https://example.com/news/arden-kettle', title: 'Leeds kettle maker doubles its staff' };
    expect(summarise(blocks, [], { maxSentences: 1, meta: news }).map((s) => s.text)).toEqual([anecdote]);
  });
});

describe('a short review tells what is reviewed, the verdict and its reason', () => {
  const blocks = [para(0, filler(4)), para(1, filler(4)), para(2, filler(4))];

  test('three sentences where a short news story has two', () => {
    const review = { url: 'https://example.com/reviews/arden-kettle', title: 'Arden kettle review' };
    const news = { url: 'https://example.com/news/arden-kettle', title: 'Arden kettle goes on sale' };
    expect(summarise(blocks, [], { meta: review })).toHaveLength(3);
    expect(summarise(blocks, [], { meta: news })).toHaveLength(2);
  });
});

describe("a buying guide's picks", () => {
  const opening = 'We have tried 21 rice cookers over a year, cooking the same three rices in each of them.';
  const top = 'The Kiro R3 is the best cooker we have tried: it makes the fluffiest rice and keeps it warm for a day.';
  const budget = 'If you want to spend less, the Hana Mini cooks nearly as well for a third of the price.';
  const other = 'Most cookers in this price range now come with a timer and a steel inner pot that lasts for years.';
  const blocks = [
    para(0, opening),
    para(1, top),
    para(2, `${budget} ${other}`),
    heading(3, 'Best overall: Kiro R3'),
    para(4, filler(2)),
    para(5, 'Rating: 9/10'),
    heading(6, 'Best budget cooker: Hana Mini'),
    para(7, filler(2)),
    para(8, 'Rating: 7/10'),
  ];
  const meta = { url: 'https://example.com/guides/best-rice-cookers', title: 'The best rice cookers, tested' };

  test("no pick's score is shown as the page's score", () => {
    const chosen = summarise(blocks, [], { meta }).map((s) => s.text);
    expect(chosen).not.toContain('Rating: 9/10');
    expect(chosen).not.toContain('Rating: 7/10');
  });

  test('the opening and each pick are told, the pick before the sentence that names none', () => {
    WEIGHTS.length = 2;
    const chosen = summarise(blocks, [], { meta }).map((s) => s.text);
    expect(chosen).toEqual([opening, top, budget]);
  });

  test('a guide of three picks tells its opening and each of them: four sentences', () => {
    const guide = (n: number): Block[] => [
      para(0, filler(6)),
      ...Array.from({ length: n }, (_, i) => [
        heading(2 * i + 1, `${['Best overall', 'Best budget cooker', 'Best for sushi'][i]}: Kiro R${i + 1}`),
        para(2 * i + 2, filler(2)),
      ]).flat(),
    ];
    expect(summarise(guide(3), [], { meta })).toHaveLength(4);
    expect(summarise(guide(2), [], { meta })).toHaveLength(3);
  });

  test('each pick is told once: a sentence more on a pick already told gives way to the next pick', () => {
    const more = (about: string): string =>
      `${about} also has a steaming basket, a porridge setting, a quiet fan and a lid that comes off for washing in the sink.`;
    const sushi = 'For sushi rice, the Sora Grand is the one to buy.';
    const guide = (about: string): Block[] => [
      para(0, opening),
      para(1, `${top} ${more(about)}`),
      para(2, budget),
      para(3, sushi),
      heading(4, 'Best overall: Kiro R3'),
      heading(5, 'Best budget cooker: Hana Mini'),
      heading(6, 'Best for sushi: Sora Grand'),
      para(7, filler(3)),
    ];
    WEIGHTS.length = 2;
    // By the words after the maker's ("The R3"), or by the maker alone ("Kiro's cooker").
    for (const about of ['The R3', "Kiro's cooker"])
      expect(summarise(guide(about), [], { meta }).map((s) => s.text)).toEqual([opening, top, budget, sushi]);
    // The same sentence about no pick is long enough to be chosen over the last pick.
    expect(summarise(guide('The cooker'), [], { meta }).map((s) => s.text)).toContain(more('The cooker'));
  });

  test('a single product review keeps its score beside the sentences', () => {
    const single = [para(0, opening), para(1, top), para(2, 'Rating: 9/10')];
    const review = { url: 'https://example.com/reviews/kiro-r3', title: 'Kiro R3 review' };
    expect(summarise(single, [], { meta: review }).map((s) => s.text)).toContain('Rating: 9/10');
  });
});

describe('a buying guide, from its pick headings', () => {
  const opening = ['Most people who buy a rice cooker use it twice a week, and a bad one burns the bottom layer.'];
  const title = 'The best rice cookers for small kitchens';
  test.each([
    [['Best overall: Kiro R3', 'Best budget cooker: Hana Mini', 'How we test'], 'review'],
    [['Top pick: Kiro R3', 'Runner-up: Hana Mini'], 'review'],
    // One pick is no guide, and a heading that only starts with "Best" picks nothing.
    [['Best overall: Kiro R3', 'How we test'], 'other'],
    [['Best practice for rice', 'Best of the rest'], 'other'],
  ])('headings %j say %s', (headings, genre) => {
    expect(genreOf(opening, opening, { title, headings })).toBe(genre);
  });
});

describe('a verdict that calls the thing reviewed "it"', () => {
  // A film review with its stars at the top and no verdict heading: the verdict closes the body
  // and calls the film "it"; an earlier sentence praises a moment of the film, not the film.
  const meta = {
    url: 'https://example.com/culture/the-salt-road-review',
    title: 'The Salt Road review: a patient marsh drama',
  };
  const blocks = [
    para(0, '★★★★☆'),
    para(
      1,
      'The Salt Road follows three generations of a family who have cut salt from the tidal flats of the coast since 1850.',
    ),
    para(2, 'There is a shot of a girl crossing the frozen marsh at dusk that lasts almost a full minute.'),
    para(3, 'Nothing happens in it, and it is one of the most gripping scenes in any film this year.'),
    para(4, filler(3)),
    para(5, 'The director trusts the audience to wait, and the patience pays off in the last hour.'),
    para(6, 'It is the most moving British film of the year.'),
  ];
  const verdict = 'It is the most moving British film of the year.';

  test('is a verdict about itself', () => {
    expect(isAboutItself(verdict)).toBe(true);
    expect(isAboutItself('Nothing happens in it, and it is one of the most gripping scenes.')).toBe(false);
  });

  test('takes a place in the summary, where it stands', () => {
    const chosen = summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text);
    expect(chosen).toContain(verdict);
    expect(chosen.at(-1)).toBe(verdict);
  });

  test("is not told again when the publisher's description above the summary gives it", () => {
    const shown = 'The most moving British film of the year.';
    const chosen = summarise(blocks, [], { maxSentences: 2, meta, shown }).map((s) => s.text);
    expect(chosen).not.toContain(verdict);
  });

  test('in a story that is no review, the same words take no place of their own', () => {
    const news = { url: 'https://example.com/news/salt-road-premiere', title: 'The Salt Road premieres on the marsh' };
    const chosen = summarise(blocks.slice(1), [], { maxSentences: 2, meta: news }).map((s) => s.text);
    expect(chosen).not.toContain(verdict);
  });
});

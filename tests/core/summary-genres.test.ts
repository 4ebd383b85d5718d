import { afterEach, describe, expect, test } from 'vitest';
import { summarise, WEIGHTS } from '../../src/core/summary/extractive';
import { genreOf } from '../../src/core/summary/genre';
import { isAuthorBio, isBusinessMove, namesBusinessMove } from '../../src/core/summary/cues';
import type { Block } from '../../src/core/types';
import { fillerOf, para } from './summary-text';

// The genres a summary leads differently for (issue 16): a review with its verdict, a match
// report with its result, a business story with the deal or the figure, a feature with its
// nut graf. Texts of our own.

const heading = (id: number, text: string): Block => ({ id, kind: 'heading', text });

const filler = fillerOf('gg');

const saved = { ...WEIGHTS };
afterEach(() => Object.assign(WEIGHTS, saved));

describe('the genre, from the address, the headline, the headings and the opening', () => {
  test.each([
    [{ url: 'https://example.com/business/2019/11/19/deal' }, 'business'],
    [{ url: 'https://example.com/markets/stocks/123' }, 'business'],
    [{ title: 'Home Depot stock is falling after its earnings report' }, 'business'],
    [{ url: 'https://example.com/features/the-last-ferryman' }, 'feature'],
    [{ url: 'https://example.com/magazine/2019/11/18/a-life' }, 'feature'],
    [{ title: 'Islanders beat Penguins 5-4 in overtime' }, 'sports'],
    [{ title: 'Storm closes the coast road', headings: ['Verdict'] }, 'review'],
    [{ title: 'The Arden 9 ski', headings: ['Full review', 'The bottom line'] }, 'review'],
    // A bottom line without a review is an analysis's closing, not a verdict.
    [{ title: 'What the budget means for you', headings: ['The bottom line'] }, 'other'],
    [{ title: 'Rising river forces families from their homes' }, 'other'],
  ])('%j is %s', (meta, genre) => {
    expect(genreOf([], [], meta)).toBe(genre);
  });

  test('a business story is known by a figure that moved in its opening', () => {
    expect(genreOf(['Acme raised $2.5 billion in its first share sale on Tuesday.'], [])).toBe('business');
    expect(genreOf(['Ten people died when the storm hit the coast on Monday night.'], [])).toBe('other');
  });

  test.each([
    ['The central bank raised its main rate to 0.75 percent on Wednesday.', true],
    ['Sales fell 30 per cent from a year earlier.', true],
    ['Acme agreed to buy Widgets Inc. for $4.8bn in cash.', true],
    ['The storm cut power to 40,000 homes.', false],
    ['About 45 percent of voters backed the measure.', false],
  ])('%j is a business move: %s', (sentence, expected) => {
    expect(isBusinessMove(sentence)).toBe(expected);
  });

  test.each([
    // A verdict-like word beside "rating" or "verdict" is no review.
    ['The city air-quality monitor gave a rating of "hazardous", the worst on the scale.', 'other'],
    ["The jury's verdict came after three days, and the judge called it the best outcome.", 'other'],
    ["The agency cut the bank's credit rating, and overall the outlook remains poor.", 'other'],
    // A page that calls itself a review and gives a verdict is one.
    ['In our review the Arden 9 is hard to beat on deep snow, and we recommend it.', 'review'],
    ['We tested the kettle for a month: four stars out of five.', 'review'],
  ])('%j makes the page %s', (sentence, genre) => {
    const all = ['The story opens on a quiet street.', sentence];
    expect(genreOf(all.slice(0, 1), all, { title: 'A story' })).toBe(genre);
  });

  test('a headline names a move without its figure', () => {
    expect(namesBusinessMove('Home Depot stock is falling after its earnings report')).toBe(true);
    expect(namesBusinessMove('Storm closes the coast road')).toBe(false);
  });
});

describe('the summary leads with what the genre leads with', () => {
  test('a review: the opening of its verdict section comes first', () => {
    const opening = 'The Arden 9 is the newest ski from a small workshop in the mountains of Vermont and Maine.';
    const verdict = 'The Arden 9 is a playful and forgiving powder ski, though it is no charger on hard snow.';
    const blocks = [
      para(0, opening),
      heading(1, 'Full review'),
      para(2, filler(8)),
      heading(3, 'Bottom line'),
      para(4, verdict),
      para(5, filler(2)),
    ];
    const meta = { url: null, title: 'Arden 9 ski' };
    const chosen = summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text);
    expect(chosen[0]).toBe(verdict);
    // Without the verdict heading the same page leads with its opening.
    const plain = blocks.map((b) => (b.id === 3 ? heading(3, 'More photos') : b));
    expect(summarise(plain, [], { maxSentences: 2, meta })[0]?.text).toBe(opening);
  });

  test('a business story: the sentence with the figure that moved counts', () => {
    const colour =
      'Traders on the floor of the exchange in lower Manhattan watched the screens in silence all morning.';
    const figure = 'Shares of the retailer fell 6 percent after it cut its forecast for holiday sales on Tuesday.';
    const blocks = [para(0, colour), para(1, filler(6)), para(2, figure), para(3, filler(6))];
    const business = { url: 'https://example.com/business/retail/1', title: null };
    const news = { url: 'https://example.com/news/1', title: null };
    // The figure's own cue, without the weight a business story gives its opening sentences
    // (tests/core/summary-business-sports.test.ts).
    WEIGHTS.businessPosition = 0;
    expect(summarise(blocks, [], { maxSentences: 2, meta: business }).map((s) => s.text)).toContain(figure);
    WEIGHTS.genreCue = 0;
    expect(summarise(blocks, [], { maxSentences: 2, meta: business }).map((s) => s.text)).not.toContain(figure);
    WEIGHTS.genreCue = saved.genreCue;
    expect(summarise(blocks, [], { maxSentences: 2, meta: news }).map((s) => s.text)).not.toContain(figure);
  });

  test("a lede that gives the figures the publisher's description leaves out stays beside it", () => {
    const shown = 'Home prices in the country fell sharply again last month, the realtors association said.';
    const lede = 'Home prices in the country fell 6.6 per cent last month to $640,479, the realtors association said.';
    const vague =
      'Home prices in the country fell sharply again last month, as the realtors association said on Friday.';
    const other = 'Meanwhile buyers in the suburbs are waiting for the rates to settle before they make offers again.';
    const withFigures = [para(0, lede), para(1, other)];
    expect(summarise(withFigures, [], { maxSentences: 1, shown }).map((s) => s.text)).toEqual([lede]);
    // A lede that only says the description again is still left out.
    const without = [para(0, vague), para(1, other)];
    expect(summarise(without, [], { maxSentences: 1, shown }).map((s) => s.text)).toEqual([other]);
  });

  test('a feature: the nut graf after a scene that shares a headline word, further down', () => {
    const title = 'The last ferryman of the harbour';
    const scene =
      'Every morning at five the ferryman of the old port unties his boat and sweeps the deck by lamplight.';
    const nut = 'He is the last ferryman licensed by the harbour board, which will end the crossing next spring.';
    const longer =
      'The boat was built by his grandfather in a shed by the river in the winter of the great flood, and has been repainted nine times since then.';
    const blocks = [para(0, scene), para(1, filler(7)), para(2, nut), para(3, filler(2)), para(4, longer)];
    const feature = { url: 'https://example.com/features/ferryman', title };
    const news = { url: 'https://example.com/news/ferryman', title };
    expect(summarise(blocks, [], { maxSentences: 2, meta: feature }).map((s) => s.text)).toEqual([scene, nut]);
    // What picks it is the feature's nut graf, not the headline's words: without them it still
    // comes in a feature, and not in a news story (whose lede is no scene, and whose reach is shorter).
    WEIGHTS.headline = 0;
    expect(summarise(blocks, [], { maxSentences: 2, meta: feature }).map((s) => s.text)).toContain(nut);
    expect(summarise(blocks, [], { maxSentences: 2, meta: news }).map((s) => s.text)).not.toContain(nut);
  });
});

describe('an opinion piece ends on its conclusion', () => {
  const opening = 'The harbour bridge has been closed for repairs for the third winter running this year.';
  const conclusion = 'Only a new crossing will end the closures for the towns along the water for good.';
  const bio = 'Jane Roe is a senior fellow at the Institute for Coastal Towns and a former city engineer.';
  const blocks = [para(0, opening), para(1, filler(6)), para(2, `${filler(1)} ${conclusion}`), para(3, bio)];
  const opinion = { url: 'https://example.com/opinion/harbour-bridge', title: 'Build a new bridge' };

  test("the last paragraph's argument is chosen, not the writer's bio under it", () => {
    const chosen = summarise(blocks, [], { maxSentences: 2, meta: opinion }).map((s) => s.text);
    expect(chosen).toEqual([opening, conclusion]);
  });

  test('without the weight, the conclusion is no more likely than the sentences before it', () => {
    WEIGHTS.conclusion = 0;
    const chosen = summarise(blocks, [], { maxSentences: 2, meta: opinion }).map((s) => s.text);
    expect(chosen).not.toContain(conclusion);
  });

  test.each([
    [bio, true],
    ['John Doe writes about cities and transport for the weekend edition.', true],
    ['The council is a poor steward of the old bridge and its budget.', false],
  ])('%j is a bio line: %s', (text, expected) => {
    expect(isAuthorBio(text)).toBe(expected);
  });
});

describe('a review, from what reviews carry', () => {
  const all = ['The story opens on a quiet street.', 'The kettle costs $49 and boils a litre in three minutes.'];
  test.each([
    // A title of reviews or picks.
    [{ title: '[The Play] More Reviews from Theatre Visitors!' }, 'review'],
    [{ title: 'Gift Guide: what to buy the cook who has everything' }, 'review'],
    [{ title: "A buyer's guide to winter tyres" }, 'review'],
    // Pros and cons, specs beside a price.
    [{ title: 'The Arden kettle', headings: ['Pros', 'Cons'] }, 'review'],
    [{ title: 'The Arden kettle', headings: ['Tech specs'] }, 'review'],
    // A news story that reviews a policy, or a page of specifications without a price, is no review.
    [{ title: 'Council reviews parking charges after complaints' }, 'other'],
    [{ title: 'The new bridge', headings: ['Specifications'] }, 'other'],
  ])('%j is %s', (meta: { title: string; headings?: string[] }, genre) => {
    const texts = meta.headings?.[0] === 'Specifications' ? all.slice(0, 1) : all;
    expect(genreOf(texts.slice(0, 1), texts, meta)).toBe(genre);
  });
});

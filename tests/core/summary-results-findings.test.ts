import { afterEach, describe, expect, test } from 'vitest';
import { summarise, WEIGHTS } from '../../src/core/summary/extractive';
import { genreOf } from '../../src/core/summary/genre';
import { isFinding, isFurniture, isResult, isSportsResult, isTeamFinding } from '../../src/core/summary/cues';
import type { Block } from '../../src/core/types';
import { fillerOf } from './summary-text';

// A match report's result told without a "2-1" score or as a loss, a research story's finding,
// and a science page's reference list (issue 16). Texts of our own.

const para = (id: number, text: string): Block => ({ id, kind: 'paragraph', text });

const saved = { ...WEIGHTS };
afterEach(() => Object.assign(WEIGHTS, saved));

describe("a match report's result", () => {
  test.each([
    // Cricket and golf tell a result by its margin.
    ['Westmoor beat Kingsley by six wickets with 11 balls to spare to reach the final.', true],
    ['The hosts won by an innings and 42 runs inside three days.', true],
    ['Lee won by two strokes after a final round of 66.', true],
    // A score and a result verb, as before.
    ['The Hawks beat the Miners 112-104 on Tuesday night.', true],
    // A margin that is no result, and a score without a result verb.
    ['The bill passed by six votes after a long night in the chamber.', false],
    ['Fans aged 18-24 were the most likely to buy a ticket online.', false],
  ])('%j is a result: %s', (sentence, expected) => {
    expect(isResult(sentence)).toBe(expected);
  });

  test.each([
    // In a sports story a loss or a noun tells the result too.
    ['The Wolves fell 4-1 to the Stags on Friday night.', true],
    ['The Wolves lost 3-2 in overtime to end their streak.', true],
    ['A 24-20 victory took the Saints top of the table.', true],
    ['Ticket sales fell in the second half of the season.', false],
  ])('%j is a sports result: %s', (sentence, expected) => {
    expect(isSportsResult(sentence)).toBe(expected);
  });

  test("a loss or a poll's age band in the opening does not make a news story sports", () => {
    const opening = ['Support among voters aged 18-24 fell sharply after the debate, the poll found.'];
    expect(genreOf(opening, opening, {})).toBe('other');
  });

  test('a match report that opens on a scene leads with the result told as a loss', () => {
    const scene = 'The visitors needed points on a cold night in the north, and the whole bench knew it.';
    const colour = 'The home crowd sang through the warm-up and the anthem was louder than anyone could recall.';
    const result =
      'The Wolves fell 4-1 to the Stags, leaving them four points behind the last playoff place with three games left.';
    const blocks = [para(0, scene), para(1, colour), para(2, result)];
    const meta = { url: 'https://example.com/sport/hockey/wolves-stags', title: 'Wolves beaten by Stags' };
    const chosen = summarise(blocks, [], { maxSentences: 1, meta }).map((s) => s.text);
    expect(chosen).toEqual([result]);
  });
});

describe("a research story's finding", () => {
  test.each([
    ['The study found that problem drinking rose by a third among adults over 65.', true],
    ['The results were published in the journal Nature on Wednesday.', true],
    ['According to a new study, bees avoid flowers sprayed with the pesticide.', true],
    ['The team drove to the lake at dawn to set up their equipment.', false],
  ])('%j is a finding: %s', (sentence, expected) => {
    expect(isFinding(sentence)).toBe(expected);
  });

  test('a page under /science/ or an opening told in research words is science; a news story is not', () => {
    expect(genreOf([], [], { url: 'https://example.com/science/2019/bees' })).toBe('science');
    const research = ['Researchers at the university found that the species had moved north, the study says.'];
    expect(genreOf(research, research, {})).toBe('science');
    const news = ['The mayor said the bridge would reopen on Monday after repairs to its deck.'];
    expect(genreOf(news, news, {})).toBe('other');
  });

  test('in a research story the finding comes before a detail of the method', () => {
    const lede =
      'Rates of problem drinking have risen among older adults in the region over the past decade, researchers say.';
    const method =
      'The team looked at surveys from twelve towns and noted how often each respondent drank in the past month.';
    const finding = 'The study found the rate rose by a third among those over 65.';
    const blocks = [para(0, lede), para(1, method), para(2, finding)];
    const meta = {
      url: 'https://example.com/health/drinking-study',
      title: 'Problem drinking rising among older adults',
    };
    expect(summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text)).toEqual([lede, finding]);
    WEIGHTS.finding = 0;
    WEIGHTS.teamFinding = 0;
    expect(summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text)).toEqual([lede, method]);
  });
});

describe("a research team's own result with its figure", () => {
  const filler = fillerOf('tf');
  test.each([
    ['Varga and her team reported that they detected 1,200 tonnes of ice on the crater floor.', true],
    ['The researchers found that 37 percent of the 2,000 patients slept better.', true],
    // No figure, a bare year, or a figure without the team's result.
    ['The researchers found that the patients slept better.', false],
    [
      'One survey respondent identified too many tools as the biggest problem in 2024, while another pointed to cost.',
      false,
    ],
    ['The other 28 passengers have shown no signs of the illness.', false],
  ])('%j is a team finding: %s', (sentence, expected) => {
    expect(isTeamFinding(sentence)).toBe(expected);
  });

  test('in a story read as news it comes before a remark that repeats the lede', () => {
    const meta = {
      url: 'https://example.com/2026/11/20/moon-ice',
      title: 'Astronomers confirm ice on the far side of the moon',
    };
    const lede =
      'Astronomers using a radio telescope in the desert have confirmed that there is ice in a crater on the far side of the moon.';
    const remark =
      'Dr. Lena Varga, who led the work, called the discovery the next best thing to finding a lake, she said in a statement.';
    const result = 'Varga and her team reported that they detected 1,200 tonnes of ice on the crater floor.';
    const blocks = [para(0, lede), para(1, remark), para(2, filler(2)), para(3, result), para(4, filler(2))];
    expect(summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text)).toEqual([lede, result]);
    WEIGHTS.teamFinding = 0;
    expect(summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text)).toEqual([lede, remark]);
  });
});

describe("a science page's reference list", () => {
  test.each([
    ['Garcia R, Silva JM, Sanchez A, Dominguez G. Plasma DNA in lung cancer patients. Clin Cancer Res. 2003.', true],
    ['Smith, J., Jones, K., and Brown, L. (2019). Bees and pesticides. Nature 570, 12-15.', true],
    ['Garcia, the lead author, said the samples were taken over two years.', false],
  ])('%j is furniture: %s', (sentence, expected) => {
    expect(isFurniture(sentence)).toBe(expected);
  });
});

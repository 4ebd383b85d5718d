import { afterEach, describe, expect, test } from 'vitest';
import { summarise, WEIGHTS } from '../../src/core/summary/extractive';
import { fillerOf, para } from './summary-text';

// An analysis may open on a scene that shares a few of the headline's words ("Last spring the
// ferry captains told the harbour board …") and turn to its news in the next sentence ("But on
// Tuesday the harbour council closed the ferry pier …"): the turn, which carries more of the
// headline, is its nut graf (issue 16). Texts of our own.

const filler = fillerOf('qs');

const saved = { ...WEIGHTS };
afterEach(() => Object.assign(WEIGHTS, saved));

const meta = { url: null, title: 'Harbour council closes ferry pier after survey' };
const scene =
  'Last spring the ferry captains told the harbour board that the old timbers would hold for another ten years at least.';
const turn = 'But on Tuesday the harbour council closed the ferry pier after a survey found rot in its piles.';
const told = (blocks = [para(0, `${scene} ${turn}`), para(1, filler(4))]): string[] =>
  summarise(blocks, [], { maxSentences: 1, meta }).map((s) => s.text);

describe('a scene the next sentence turns from', () => {
  test('gives way to the turn, which carries more of the headline', () => {
    expect(told()).toEqual([turn]);
  });

  test('without the nut graf weights, the scene keeps the lede’s place (the family is what picks the turn)', () => {
    WEIGHTS.nutGraf = 0;
    WEIGHTS.anecdotalLede = WEIGHTS.lede;
    WEIGHTS.headline = 0;
    expect(told()).toEqual([scene]);
  });

  test('a lede that carries the headline as much as the sentence after it stays the lede', () => {
    const lede = 'The harbour council closed the ferry pier on Tuesday after a survey found rot in its piles.';
    const after = 'But the ferry captains say the harbour council ignored their warnings about the pier for years.';
    expect(told([para(0, `${lede} ${after}`), para(1, filler(4))])).toEqual([lede]);
  });

  test('a next sentence that does not turn ("Meanwhile …") is no nut graf', () => {
    const next = 'The harbour council closed the ferry pier on Tuesday after a survey found rot in its piles.';
    WEIGHTS.headline = 0;
    WEIGHTS.afterLede = 0;
    WEIGHTS.centrality = 0;
    expect(told([para(0, `${scene} ${next}`), para(1, filler(4))])).toEqual([scene]);
  });
});

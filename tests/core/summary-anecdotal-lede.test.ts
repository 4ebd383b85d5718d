import { afterEach, describe, expect, test } from 'vitest';
import { summarise, WEIGHTS } from '../../src/core/summary/extractive';
import { fillerOf, para } from './summary-text';

// An anecdotal lede (a scene that shares few of the headline's words, followed by the nut graf
// that tells the story) takes no lede weight beyond its place in the opening: on held-out pages
// (issue 16) a scene kept for being first crowded out a sentence that tells the story.

const filler = fillerOf('zq');
const saved = { ...WEIGHTS };
afterEach(() => Object.assign(WEIGHTS, saved));

describe('an anecdotal lede weighs only by its place', () => {
  const meta = { url: null, title: 'Valley water board rations supply as reservoir falls to record low' };
  const scene = 'Old Tom Ellery still walks his dog along the dusty bank every evening before supper.';
  const nut =
    'The valley water board will ration supply to 40 litres a household a day from Monday because the reservoir has fallen to a record low.';
  const detail =
    'Farmers were told to stop irrigation until the autumn rains, and the board said the rationing could last until October.';
  const blocks = [para(0, scene), para(1, nut), para(2, detail), para(3, filler(3))];
  const told = (): string[] => summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text);

  test('the nut graf and the facts after it are told, not the scene', () => {
    expect(told()).toEqual([nut, detail]);
  });

  test('with an extra weight for the anecdotal lede the scene comes back (the rule is what drops it)', () => {
    WEIGHTS.anecdotalLede = 1;
    expect(told()).toContain(scene);
  });

  test('a lede that tells the story keeps its full weight', () => {
    const lede =
      'The valley water board rations supply to 40 litres a household from Monday as the reservoir falls to a record low.';
    const chosen = summarise([para(0, lede), para(1, filler(2)), para(2, detail), para(3, filler(3))], [], {
      maxSentences: 2,
      meta,
    }).map((s) => s.text);
    expect(chosen[0]).toBe(lede);
  });
});

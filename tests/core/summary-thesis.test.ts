import { afterEach, describe, expect, test } from 'vitest';
import { summarise, WEIGHTS } from '../../src/core/summary/extractive';
import { isNutCue, joinsBack, turnsToNews } from '../../src/core/summary/cues';
import { fillerOf, para } from './summary-text';

// An analysis tells its point after the scene it opens with (issue 16): the nut graf may open
// on the turn to the story ("But …"), and the sentence that draws the point ("The result is
// …", "That is why …") is the thesis. Texts of our own.

const filler = fillerOf('qt');

const saved = { ...WEIGHTS };
afterEach(() => Object.assign(WEIGHTS, saved));

describe('a nut graf that opens on the turn to the story', () => {
  test.each([
    ['But the ferry company says the pier will not reopen before the spring.', true],
    ['Yet the survey found rot in most of the timber piles.', true],
    ['Now the harbour council wants the ferry company to share the cost.', true],
    ['Butter prices rose again in the spring.', false],
    ['Meanwhile the gulls circled over the empty boards.', false],
  ])('%j turns to the story: %s', (sentence, expected) => {
    expect(turnsToNews(sentence)).toBe(expected);
  });

  const meta = { url: null, title: 'Harbour council closes ferry pier after survey finds rot' };
  const scene = 'For forty years Tom Reed has tied his boat to the same iron ring at the end of the old jetty.';
  const turn = 'But on Tuesday the harbour council closed the ferry pier after a survey found rot in its piles.';
  const longer =
    'Divers from two firms spent the winter measuring every timber with sonar and cameras, and their report to the town ran to six hundred pages of tables and drawings.';
  const blocks = [para(0, scene), para(1, filler(2)), para(2, turn), para(3, filler(3)), para(4, longer)];

  test('is the nut graf: told first, the scene it turns from gives way to it', () => {
    // "But …" joins back, and on its own would weigh less for it.
    expect(joinsBack(turn)).toBe(true);
    expect(summarise(blocks, [], { maxSentences: 1, meta }).map((s) => s.text)).toEqual([turn]);
    expect(summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text)).toEqual([scene, turn]);
  });

  test('without the nut graf weight, the longer sentence further down is told instead (the family is what picks it)', () => {
    WEIGHTS.nutGraf = 0;
    WEIGHTS.headline = 0;
    const chosen = summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text);
    expect(chosen).not.toContain(turn);
  });
});

describe("an analysis's thesis: the sentence that draws the point", () => {
  test.each([
    ['The result is a town that pays twice for the same bridge.', true],
    ["That's why the council cannot simply sell the pier.", true],
    ['That is why the ferry will dock at the north quay.', true],
    ['What this means for the ferry is a winter at the north quay.', true],
    ['The real question is who pays for the repairs.', true],
    ['The result was announced on Tuesday.', false],
    ['The ferry docks at the north quay in winter.', false],
  ])('%j: %s', (sentence, expected) => {
    expect(isNutCue(sentence)).toBe(expected);
  });

  test('is preferred to a plain sentence of the opening', () => {
    const lede = 'The harbour council closed the ferry pier on Tuesday, the third closure on the coast this year.';
    const plain = 'Fishermen gathered on the quay for an hour before the barriers went up in the morning.';
    const thesis = 'The result is a coast whose ferries depend on piers that nobody has paid to repair.';
    const blocks = [para(0, lede), para(1, plain), para(2, thesis), para(3, filler(4))];
    const meta = { url: 'https://example.com/news/pier', title: 'Why the ferry piers keep closing' };
    expect(summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text)).toEqual([lede, thesis]);
    WEIGHTS.nutCue = 0;
    expect(summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text)).not.toContain(thesis);
  });
});

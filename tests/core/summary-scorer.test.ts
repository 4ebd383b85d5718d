import { describe, expect, test } from 'vitest';
import { chooseSentences, readForSummary, summarise, WEIGHTS } from '../../src/core/summary/extractive';
import { para } from './summary-text';

// The choice among the candidates takes a scorer (the fitting scripts try others than the
// weights' dot product): by default it is the weights', and another only changes the ranking.

const meta = { url: null, title: 'Town council approves new library on the old market square' };
const sentences = [
  'The town council approved a new library on the old market square on Tuesday evening.',
  'The building will cost four million pounds and open to readers in the spring of next year.',
  'Work on the foundations starts next month, once the market traders have moved to the station car park.',
  'The old library on Mill Lane will become a youth centre run by a local charity.',
  'Councillors also voted to plant forty trees along the river path before the winter.',
];
const blocks = sentences.map((t, i) => para(i, t));

describe('the scorer of chooseSentences', () => {
  test('by default the weights rank, as summarise does', () => {
    const reading = readForSummary(blocks, [], { maxSentences: 2, meta })!;
    expect(chooseSentences(reading, WEIGHTS).map((s) => s.text)).toEqual(
      summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text),
    );
  });

  test('another scorer changes which sentences are chosen, not how many nor their order', () => {
    const reading = readForSummary(blocks, [], { maxSentences: 2, meta })!;
    const chosen = chooseSentences(reading, WEIGHTS, (r) => r.candidate.rank).map((s) => s.text);
    expect(chosen).toEqual([sentences[3], sentences[4]]);
  });
});

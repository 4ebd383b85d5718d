import { describe, expect, test } from 'vitest';
import { chooseSentences, readForSummary, summarise, WEIGHTS } from '../../src/core/summary/extractive';
import { sentenceScore } from '../../src/core/summary/features';
import { type WeightName } from '../../src/core/summary/weights';
import { fillerOf, para } from './summary-text';

// The summary's score is the dot product of the weights with a feature record read once per
// sentence: the fitting script (scripts/summary/fit-weights.ts) reads the records once and tries
// weights on them, so what it fits must be what the summariser does.

const filler = fillerOf('fq');
const meta = { url: null, title: 'Harbour council approves ferry link to Gull Island after 12-year wait' };
const blocks = [
  para(
    0,
    'The Harbour council on Tuesday approved a ferry link to Gull Island, ending a 12-year wait for the island’s 800 residents.',
  ),
  para(1, '“This is the best news we have had in a decade,” said Mara Quill, who runs the island shop.'),
  para(2, 'The ferry will run four times a day from May and cost the council £3 million a year.'),
  para(3, `Is it worth it? ${filler(2)}`),
  para(4, 'Councillors said the link would bring tourists back to Gull Island and keep its school open.'),
  para(5, filler(3)),
];
const options = { maxSentences: 2, meta };

describe('the feature records and the summariser agree', () => {
  test('choosing with the current weights gives the summary, scores and all', () => {
    const reading = readForSummary(blocks, [], options);
    expect(reading).not.toBeNull();
    expect(chooseSentences(reading!, WEIGHTS)).toEqual(summarise(blocks, [], options));
  });

  test('each score is the dot product of the weights with the record, damped when short', () => {
    const reading = readForSummary(blocks, [], options)!;
    for (const r of reading.records) {
      let dot = 0;
      for (const k of Object.keys(WEIGHTS) as WeightName[]) dot += WEIGHTS[k] * r.features[k];
      expect(sentenceScore(r, WEIGHTS)).toBeCloseTo(r.short ? dot * 0.8 : dot, 2);
    }
  });

  test('the record reads the cues: a quote is a penalty; the lede, its date and a figure are marked; a short question is no candidate', () => {
    const dated = readForSummary(blocks, [], {
      ...options,
      dates: [{ blockId: 0, start: 23, end: 30, text: 'Tuesday' }],
    })!;
    const record = (start: string) => dated.records.find((r) => r.candidate.text.startsWith(start))!.features;
    expect(record('The Harbour').lede).toBe(1);
    expect(record('The Harbour').date).toBe(1);
    expect(record('“This').quote).toBe(-1);
    expect(record('The ferry').number).toBe(1);
    expect(dated.records.some((r) => r.candidate.text.startsWith('Is it'))).toBe(false);
  });

  test('other weights change the choice as their features say: without the lede and place, the figures win', () => {
    const reading = readForSummary(blocks, [], options)!;
    const told = (w: typeof WEIGHTS): string[] => chooseSentences(reading, w).map((s) => s.text.slice(0, 12));
    expect(told(WEIGHTS)).toContain('The Harbour ');
    const noOpening = { ...WEIGHTS, lede: 0, position: 0, headline: 0, number: 5 };
    expect(told(noOpening)).toEqual(['The Harbour ', 'The ferry wi']);
    const noNumbers = { ...WEIGHTS, lede: 0, position: 0, headline: 0, number: 0, quote: -5 };
    expect(told(noNumbers)).toContain('“This is the');
  });
});

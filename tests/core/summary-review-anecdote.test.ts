import { afterEach, describe, expect, test } from 'vitest';
import { summarise, WEIGHTS } from '../../src/core/summary/extractive';
import { fillerOf, para } from './summary-text';

// A review that opens on the writer's own anecdote ("I spent my first week with the Arden
// kettle …") tells neither the thing reviewed nor the verdict there: the anecdote takes no
// weight from its place in the opening (issue 16). Texts of our own, about an invented kettle.

const filler = fillerOf('ra');

const saved = { ...WEIGHTS };
afterEach(() => Object.assign(WEIGHTS, saved));

const meta = { url: 'https://example.com/reviews/arden-kettle', title: 'Arden kettle review: fast and quiet' };
const anecdote = 'I spent my first week with the Arden kettle waiting for it to wake the whole house.';
const about =
  'The Arden is the second kettle from a small company in Leeds, and at £39 it costs about half as much as its rivals.';
const reason =
  'In our timed test it boiled a full litre in two minutes and ten seconds, the fastest result of the year.';
const blocks = [para(0, anecdote), para(1, about), para(2, reason), para(3, filler(4))];
const told = (): string[] => summarise(blocks, [], { maxSentences: 2, meta }).map((s) => s.text);

describe("a review's opening anecdote", () => {
  test('gives way to what the review tells: the thing reviewed and its test', () => {
    expect(told()).toEqual([about, reason]);
  });

  test('in a news story, the same first-person opening keeps its place weight', () => {
    const news = { url: 'https://example.com/news/arden-kettle', title: 'Leeds firm Arden launches a kettle' };
    WEIGHTS.firstPerson = 0;
    const chosen = summarise(blocks, [], { maxSentences: 2, meta: news }).map((s) => s.text);
    expect(chosen).toContain(anecdote);
  });
});

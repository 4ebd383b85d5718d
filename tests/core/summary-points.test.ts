import { afterEach, describe, expect, test } from 'vitest';
import { summarise, WEIGHTS } from '../../src/core/summary/extractive';
import { isSignpost } from '../../src/core/summary/cues';
import type { Block } from '../../src/core/types';
import { fillerOf, para } from './summary-text';

// A page of points ("3 surprising findings from our survey") is told by its opening and the
// first sentence under each of its headings, and a signpost ("Here's a look at three of the
// results") announces what it tells without telling it (issue 16). Texts of our own.

const filler = fillerOf('qp');
const heading = (id: number, text: string): Block => ({ id, kind: 'heading', text });

const saved = { ...WEIGHTS };
afterEach(() => Object.assign(WEIGHTS, saved));

describe('a signpost', () => {
  test.each([
    ["Here's a look at three of the more surprising results from this year's harbour survey.", true],
    ['Here is what you need to know about the new ferry timetable.', true],
    ["Let's take a closer look at what the ferry survey found.", true],
    ['This post explains why the ferry pier had to close.', true],
    ['In this article, we look at the three findings that matter most.', true],
    ['Check them out below.', true],
    ['Here the ferry pier meets the old harbour wall.', false],
    ['Let the harbour council decide the fare.', false],
    ['The survey found rot in most of the timber piles below the waterline.', false],
  ])('%j is a signpost: %s', (sentence, expected) => {
    expect(isSignpost(sentence)).toBe(expected);
  });
});

describe('a page of points', () => {
  const opening =
    'This year’s survey of more than 4,000 harbour pilots suggests that ports are changing how they pay for their tugs and their training.';
  const signpost =
    "Here's a look at three of the more surprising results from this year's survey, and what they could mean for pilots, tug crews and port owners.";
  const first = 'Pilots who work with remote cameras want fewer tug firms on each berth, the survey shows.';
  const second = 'Training now takes pilots longer, with most saying they need more than a year to qualify.';
  const third = 'Tug fuel has dropped to fifth among the ports’ spending priorities this year.';
  const blocks: Block[] = [
    para(0, `${opening} ${signpost}`),
    heading(1, '1. Cameras make pilots want fewer tug firms'),
    para(2, `${first} ${filler(3)}`),
    heading(3, '2. Training takes longer'),
    para(4, `${second} ${filler(3)}`),
    heading(5, '3. Fuel falls down the list'),
    para(6, `${third} ${filler(3)}`),
  ];
  const meta = { url: null, title: '3 surprising findings from our 2026 harbour pilots survey' };
  const told = (m = meta, b = blocks): string[] => summarise(b, [], { maxSentences: 4, meta: m }).map((s) => s.text);

  test('is told by its opening and the first sentence of each point, not by its signpost', () => {
    expect(told()).toEqual([opening, first, second, third]);
  });

  test('without the points weight and the signpost weight, the signpost is told (the family is what picks them)', () => {
    WEIGHTS.pointOpening = 0;
    WEIGHTS.signpost = 0;
    expect(told()).toContain(signpost);
  });

  test('a title that promises no number of points gives its headings no weight', () => {
    WEIGHTS.signpost = 0;
    const plain = { url: null, title: 'What harbour pilots told our survey this year' };
    expect(told(plain)).toContain(signpost);
  });

  test.each([['3 years of harbour pilots surveys: what changed'], ['5 pilots hurt as tug hits the harbour wall']])(
    'a count of something else than points (%j) gives the headings no weight',
    (title) => {
      WEIGHTS.signpost = 0;
      expect(told({ url: null, title })).toContain(signpost);
    },
  );

  test.each([['Seven key questions for the harbour pilots'], ['The 5 things to know about the pilots survey']])(
    'a count of points (%j) is a page of points',
    (title) => {
      expect(told({ url: null, title })).toEqual([opening, first, second, third]);
    },
  );
});

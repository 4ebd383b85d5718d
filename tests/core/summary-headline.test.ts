import { expect, test } from 'vitest';
import { summarise } from '../../src/core/summary/extractive';
import type { Block } from '../../src/core/types';

const para = (id: number, text: string): Block => ({ id, kind: 'paragraph', text });

// A feature that opens on a scene: the sentence that says what the headline says is the story.
const blocks = [
  para(0, 'The rain had not stopped for three days when the first trucks rolled into the small market town.'),
  para(1, 'Farmers stood in the square and watched the water rise over the fields they had planted in spring.'),
  para(2, 'Some of them had seen floods before, and most of them thought this one would pass like the others.'),
  para(3, 'The regional council approved an emergency fund of 40 million euros for flooded farms on Thursday.'),
  para(4, 'Children played in the puddles near the church while their parents carried sandbags to the river.'),
  para(5, 'By evening the bakery had closed its doors and the last bus had left for the city without passengers.'),
];

test('the sentence that carries the headline is chosen over the scene around it', () => {
  const picked = summarise(blocks, [], {
    maxSentences: 2,
    meta: { url: null, title: 'Council approves 40 million euro fund for flooded farms | Daily Courier' },
  }).map((s) => s.text);
  expect(picked).toContain(blocks[3]?.text);
  // Without a headline the scene-setting opening wins: the headline is what moved it.
  const without = summarise(blocks, [], { maxSentences: 1 }).map((s) => s.text);
  expect(without).not.toContain(blocks[3]?.text);
});

test('a review leads with its score line, even when the page puts it at the end under a heading', () => {
  const review: Block[] = [
    para(0, 'The new Fenwick X2 camera arrives a year after its predecessor with a larger sensor and a new grip.'),
    para(1, 'We took it on a two-week trip through the mountains and shot more than three thousand frames with it.'),
    para(2, 'Autofocus is quick in daylight, though it hunts noticeably in dim rooms and at concerts after dark.'),
    para(
      3,
      'Battery life reached about 520 shots per charge in our testing, slightly above the figure Fenwick quotes.',
    ),
    { id: 4, kind: 'heading', text: 'Rating: 4 out of 5' },
  ];
  const picked = summarise(review, [], {
    maxSentences: 3,
    meta: { url: null, title: 'Fenwick X2 review: a sharper eye' },
  });
  expect(picked[0]?.text).toBe('Rating: 4 out of 5');
  // The score line is a label beside the sentences: it takes none of their three places.
  expect(picked).toHaveLength(4);
  // Not a review: the same line is not put first.
  const news = summarise(review, [], { maxSentences: 3, meta: { url: null, title: 'Fenwick launches the X2 camera' } });
  expect(news.map((s) => s.text)).not.toContain('Rating: 4 out of 5');
});

test("a fact-check leads with its ruling and the paragraph that gives the ruling's reason", () => {
  const check: Block[] = [
    para(0, 'Senator Jane Okafor said on a radio show that the state lost 80,000 manufacturing jobs in ten years.'),
    para(1, 'Okafor, a Democrat, made the remark while arguing for a new tax credit for factories in rural counties.'),
    para(2, 'Her office pointed us to a report by a labor think tank that tracks employment in the state each year.'),
    para(
      3,
      'Federal labor statistics show the state had 412,000 such jobs in 2009 and 339,000 in 2019, a drop of 73,000.',
    ),
    para(4, 'Our ruling'),
    para(5, 'The loss was about 73,000 jobs, a bit less than the senator said, but close to her figure overall.'),
    para(6, 'We rate the statement Mostly True.'),
  ];
  const picked = summarise(check, [], { maxSentences: 3 }).map((s) => s.text);
  expect(picked[0]).toBe('We rate the statement Mostly True.');
  expect(picked).toContain(check[5]?.text);
});

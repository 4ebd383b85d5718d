/**
 * Calm marks: the first mention of a name in each paragraph in full, later ones there
 * lighter, nothing in headings, no "now"/"today"/"currently"; every mention in full with the
 * option on.
 */
import { describe, expect, test } from 'vitest';
import { isPresentWord, marksOf } from '../../src/content/calm-marks';
import type { Analysis, Block, DateMention, Entity } from '../../src/core/types';

const blocks: Block[] = [
  { id: 0, kind: 'heading', text: 'Putin meets Scholz in Berlin' },
  {
    id: 1,
    kind: 'paragraph',
    text: 'Putin met Scholz. Putin said Russia would talk. Russia, Putin added, wants calm.',
  },
  { id: 2, kind: 'paragraph', text: 'Today Scholz said Putin is currently in Berlin and will leave now.' },
];
const at = (blockId: number, word: string, nth = 0): { blockId: number; start: number; end: number; text: string } => {
  const text = blocks[blockId]?.text ?? '';
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(word, start + 1);
  return { blockId, start, end: start + word.length, text: word };
};
const entity = (id: number, type: Entity['type'], spans: ReturnType<typeof at>[]): Entity => ({
  id,
  type,
  name: spans[0]?.text ?? '',
  mentions: spans.map((s) => ({ ...s, type })),
  salience: 0.5,
});
const date = (id: number, span: ReturnType<typeof at>, value: string): DateMention => ({
  ...span,
  id,
  type: 'DATE',
  value,
  certainty: 'inferred',
});

const analysis = {
  blocks,
  entities: [
    // Listed out of text order on purpose: the first mention is found by position.
    entity(1, 'PERSON', [at(1, 'Putin', 2), at(0, 'Putin'), at(1, 'Putin', 0), at(1, 'Putin', 1), at(2, 'Putin')]),
    entity(2, 'PLACE', [at(1, 'Russia', 0), at(1, 'Russia', 1), at(0, 'Berlin'), at(2, 'Berlin')]),
  ],
  dates: [
    date(1, at(2, 'Today'), '2024-03-07'),
    date(2, at(2, 'currently'), 'PRESENT_REF'),
    date(3, at(2, 'now'), 'PRESENT_REF'),
  ],
} as unknown as Analysis;

const describe_ = (every: boolean): string[] =>
  marksOf(analysis, every)
    .map((m) => `${m.span.blockId}:${m.span.start} ${m.span.text} ${m.name}`)
    .sort();

describe('calm marks', () => {
  test('first mention per paragraph in full, later ones lighter; headings and "now" words unmarked', () => {
    expect(describe_(false)).toEqual(
      [
        `1:${at(1, 'Putin', 0).start} Putin lede-person`,
        `1:${at(1, 'Putin', 1).start} Putin lede-person-again`,
        `1:${at(1, 'Putin', 2).start} Putin lede-person-again`,
        `2:${at(2, 'Putin').start} Putin lede-person`,
        `1:${at(1, 'Russia', 0).start} Russia lede-place`,
        `1:${at(1, 'Russia', 1).start} Russia lede-place-again`,
        `2:${at(2, 'Berlin').start} Berlin lede-place`,
      ].sort(),
    );
  });

  test('with "mark every mention", every mention in full, headings and "today" included', () => {
    const marks = describe_(true);
    expect(marks).toHaveLength(5 + 4 + 3);
    expect(marks.some((m) => m.includes('-again'))).toBe(false);
    expect(marks).toContain(`0:${at(0, 'Putin').start} Putin lede-person`);
    expect(marks).toContain(`2:0 Today lede-date`);
  });

  test.each([
    ['now', 'PRESENT_REF', true],
    ['Today', '2024-03-07', true],
    ['currently', 'PRESENT_REF', true],
    ['right now', '2024-03-07', true],
    ['Monday', '2024-03-04', false],
    ['today’s vote', '2024-03-07', false],
    ['2024', '2024', false],
  ])('"%s" (%s) is a present word: %s', (text, value, expected) => {
    expect(isPresentWord(text, value)).toBe(expected);
  });
});

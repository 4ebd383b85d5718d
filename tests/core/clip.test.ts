/**
 * One way to cut a long sentence for showing (src/core/segment/clip.ts): at words, with "…"
 * where words were left out, around the stretch it is shown for; through the timeline and the
 * roles' sentences of the analysis.
 */
import { describe, expect, test } from 'vitest';
import { clipAround, clipRange, SENTENCE_CHARS } from '../../src/core/segment/clip';
import { buildTimeline } from '../../src/core/dates/timeline';
import { readContext } from '../../src/core/context/read-context';
import type { Block, DateMention } from '../../src/core/types';
import { entitiesOf, paragraphs } from './context/names';

/** Words of the cut that are not whole words of the text (a word broken at the cut). */
function broken(cut: string, text: string): string[] {
  const words = new Set(text.split(/\s+/u));
  return cut
    .replace(/^…|…$/gu, '')
    .split(/\s+/u)
    .filter((w) => !words.has(w));
}

const LONG =
  'The harbour master of Port Ellin, who has kept the tide tables of the estuary since she took over from her ' +
  'uncle, told the council that the new sea wall would be finished by March 2031, long after the two dredging ' +
  'contracts and the footbridge over the inner basin that the town had promised its fishing families would be done.';

describe('a long sentence cut for showing', () => {
  test('around a stretch: the stretch kept, whole words, "…" at each cut end, about the room', () => {
    const at = LONG.indexOf('March 2031');
    for (const max of [60, 90, 140, SENTENCE_CHARS]) {
      const cut = clipAround(LONG, at, at + 10, max);
      expect(cut).toContain('March 2031');
      expect(broken(cut, LONG)).toEqual([]);
      expect(cut.startsWith('…')).toBe(true);
      expect(cut.endsWith('…')).toBe(true);
      expect(cut.length).toBeLessThanOrEqual(max + 1);
    }
  });

  test('from its start when it has no stretch: at a word, one "…"', () => {
    const cut = clipAround(LONG);
    expect(cut.startsWith('The harbour master')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect(broken(cut, LONG)).toEqual([]);
    expect(cut.length).toBeLessThanOrEqual(SENTENCE_CHARS);
    expect(clipAround('A short one.')).toBe('A short one.');
  });

  test('a single word longer than the room is cut inside it, and still marked', () => {
    const word = 'x'.repeat(300);
    expect(clipAround(word, -1, -1, 50)).toBe(`${'x'.repeat(49)}…`);
    expect(clipRange(word, -1, -1, 50)).toEqual({ from: 0, to: 50 });
  });
});

describe('the sentences the analysis keeps', () => {
  const blocks: Block[] = paragraphs(LONG);

  test('a timeline entry’s long sentence keeps its date, cut at words with "…"', () => {
    const start = LONG.indexOf('March 2031');
    const date: DateMention = {
      id: 1,
      blockId: 0,
      start,
      end: start + 10,
      text: 'March 2031',
      type: 'DATE',
      value: '2031-03',
      certainty: 'exact',
    };
    const [entry] = buildTimeline(blocks, [date], 'en');
    expect(entry?.sentence).toContain('March 2031');
    expect(entry?.sentence.endsWith('…')).toBe(true);
    expect(broken(entry?.sentence ?? '', LONG)).toEqual([]);
    expect(entry?.sentence.length).toBeLessThanOrEqual(SENTENCE_CHARS + 1);
  });

  test('a role’s long sentence keeps the role, cut at words', () => {
    const text = `${'The council met again on the quay, and the fishing families waited outside in the rain for news of the wall, '.repeat(2)}said Mara Holt, the harbour master of Port Ellin.`;
    const blocks2 = paragraphs(text);
    const ctx = readContext(blocks2, entitiesOf(blocks2, { 'Mara Holt': 'PERSON', 'Port Ellin': 'PLACE' }));
    const [role] = [...ctx.roles.values()].flat();
    expect(role?.text).toBe('harbour master of Port Ellin');
    expect(role?.sentence).toContain('harbour master of Port Ellin');
    expect(role?.sentence.startsWith('…')).toBe(true);
    expect(broken(role?.sentence ?? '', text)).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { summarise } from '../../src/core/summary/extractive';
import type { Block, Entity } from '../../src/core/types';

const para = (id: number, text: string): Block => ({ id, kind: 'paragraph', text });

/** An entity with one mention at each given place. */
function entity(id: number, name: string, salience: number, at: [number, number][]): Entity {
  return {
    id,
    type: 'PERSON',
    name,
    salience,
    mentions: at.map(([blockId, start]) => ({ blockId, start, end: start + name.length, text: name, type: 'PERSON' })),
  };
}

/** `n` sentences of 13 words that share no word with each other. */
let fresh = 0;
const filler = (n: number): string =>
  Array.from({ length: n }, () => {
    const words = Array.from({ length: 13 }, () => `w${(fresh++).toString(36)}`);
    return `Then ${words.join(' ')}.`;
  }).join(' ');

describe('extractive summary', () => {
  const lead = 'Mayor Ines Duarte closed the old harbour bridge on Monday after engineers found deep cracks.';
  const again = 'Mayor Ines Duarte closed the old harbour bridge on Monday after engineers found cracks.';
  const later = 'Duarte said repairs to the bridge would take at least two years and cost the city dearly.';
  const blocks = [para(0, `${lead} ${again}`), para(1, filler(4)), para(2, later)];
  const entities = [
    entity(1, 'Ines Duarte', 1, [
      [0, 6],
      [0, lead.length + 7],
      [2, 0],
    ]),
  ];

  test('picks the lead and the sentences about the main entity, in reading order, no repeats', () => {
    const s = summarise(blocks, entities);
    expect(s.map((x) => x.text)).toEqual([lead, later]);
    // The same input, the same summary.
    expect(summarise(blocks, entities)).toEqual(s);
  });

  test('2 sentences for a short article, 4 for a long one', () => {
    expect(summarise(blocks, entities)).toHaveLength(2);
    const long = [...blocks, ...Array.from({ length: 12 }, (_, i) => para(3 + i, filler(10)))];
    expect(summarise(long, entities)).toHaveLength(4);
    expect(summarise(long, entities, { maxSentences: 3 })).toHaveLength(3);
  });

  test('offsets point at the sentence in its block', () => {
    for (const s of summarise(blocks, entities)) {
      const block = blocks.find((b) => b.id === s.blockId);
      expect(block?.text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  test('a dateline is left out of the sentence it opens', () => {
    const text =
      'COLOGNE, Germany (Reuters) — Barge operators on the Rhine are carrying a third of their usual cargo this week.';
    const [first] = summarise([para(0, text)], []);
    expect(first?.text).toBe('Barge operators on the Rhine are carrying a third of their usual cargo this week.');
    expect(text.slice(first?.start, first?.end)).toBe(first?.text);
    const plain = 'US - China talks resumed in Geneva on Monday after a pause of several weeks, officials said.';
    expect(summarise([para(0, plain)], [])[0]?.text).toBe(plain);
  });

  test('an agency credit opening the story without its place is left out too', () => {
    const text =
      '(Reuters) — The state attorney general is investigating the lender, two people familiar with it said.';
    expect(summarise([para(0, text)], [])[0]?.text).toBe(
      'The state attorney general is investigating the lender, two people familiar with it said.',
    );
    const aside = '(Pictured, left) The lender rebuilt its board this year, its filing shows.';
    expect(summarise([para(0, aside)], [])[0]?.text).toBe(aside);
  });
});

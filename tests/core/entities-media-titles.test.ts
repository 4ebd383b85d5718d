/**
 * A name's leading "The" (src/core/entities/media-titles.ts): on mentions as a tagger might cut
 * and type them, in sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { withLeadingThe } from '../../src/core/entities/media-titles';
import type { EntityMention, EntityType } from '../../src/core/types';

/** Each [name, type] at its next occurrence in its block of `blocks`, then the rule, as "name/TYPE". */
function read(blocks: string[], tagged: [number, string, EntityType][]): string[] {
  const from = new Map<number, number>();
  const mentions: EntityMention[] = tagged.map(([blockId, name, type]) => {
    const start = (blocks[blockId] ?? '').indexOf(name, from.get(blockId) ?? 0);
    if (start < 0) throw new Error(`${name} not found`);
    from.set(blockId, start + name.length);
    return { blockId, start, end: start + name.length, text: name, type };
  });
  return withLeadingThe(new Map(blocks.map((b, i) => [i, b])), mentions).map((m) => `${m.text}/${m.type}`);
}

describe('a title in quotes keeps its "The"', () => {
  test('when typed OTHER; a quoted organisation stays as tagged', () => {
    expect(
      read(
        ["Weekend takings: 'The Copper Lamp' earns $30M as “The Night Orchard” slips"],
        [
          [0, 'Copper Lamp', 'ORG'],
          [0, 'Night Orchard', 'OTHER'],
        ],
      ),
    ).toEqual(['Copper Lamp/ORG', 'The Night Orchard/OTHER']);
  });
});

describe('a capitalised "The" mid-sentence is part of the name', () => {
  test('after a lower-case word, for a name typed OTHER (an organisation stays as tagged)', () => {
    expect(
      read(
        ['Critics praised the return of The Glass Harbour, and fans of The Velvet Owls queued.'],
        [
          [0, 'Glass Harbour', 'OTHER'],
          [0, 'Velvet Owls', 'ORG'],
        ],
      ),
    ).toEqual(['The Glass Harbour/OTHER', 'Velvet Owls/ORG']);
  });

  test('but not first in a sentence, nor after a capitalised word of a headline', () => {
    expect(
      read(
        ['The Marlow Trust said so. Why The Copper Lamp Works', 'The Glass Harbour opens in May.'],
        [
          [0, 'Marlow Trust', 'ORG'],
          [0, 'Copper Lamp', 'OTHER'],
          [1, 'Glass Harbour', 'OTHER'],
        ],
      ),
    ).toEqual(['Marlow Trust/ORG', 'Copper Lamp/OTHER', 'Glass Harbour/OTHER']);
  });
});

describe('a work by its author keeps its "The"', () => {
  test('first in its line, before "by" and a name; a lower-case "the" stays out', () => {
    expect(
      read(
        ['The Tin Meadow by Ruth Okafor (Pellam Books)', 'She read the Tin Meadow by Ruth Okafor.'],
        [
          [0, 'Tin Meadow', 'PLACE'],
          [0, 'Ruth Okafor', 'PERSON'],
          [0, 'Pellam Books', 'ORG'],
          [1, 'Tin Meadow', 'OTHER'],
          [1, 'Ruth Okafor', 'PERSON'],
        ],
      ),
    ).toEqual([
      'The Tin Meadow/OTHER',
      'Ruth Okafor/PERSON',
      'Pellam Books/ORG',
      'Tin Meadow/OTHER',
      'Ruth Okafor/PERSON',
    ]);
  });
});

describe('the same name after another "The"', () => {
  test('gets its "The" and type, at the start of a heading too', () => {
    expect(
      read(
        ['The Salt Ledger review – a sharp two-hander', 'Two actors carry The Salt Ledger with ease.'],
        [
          [0, 'Salt Ledger', 'ORG'],
          [1, 'Salt Ledger', 'OTHER'],
        ],
      ),
    ).toEqual(['The Salt Ledger/OTHER', 'The Salt Ledger/OTHER']);
  });

  test('when the tagger gave the name its "The" mid-sentence', () => {
    expect(
      read(
        ['Fans of the thriller The Copper Lamp queued.', 'The Copper Lamp, which cost $18M, led.'],
        [
          [0, 'The Copper Lamp', 'OTHER'],
          [1, 'Copper Lamp', 'OTHER'],
        ],
      ),
    ).toEqual(['The Copper Lamp/OTHER', 'The Copper Lamp/OTHER']);
  });

  test('a text without a "The" before a mention is left as it is', () => {
    expect(read(['Copper Lamp earned $30M.'], [[0, 'Copper Lamp', 'OTHER']])).toEqual(['Copper Lamp/OTHER']);
  });
});

import { describe, expect, test } from 'vitest';
import {
  inTextOrder,
  kept,
  mapped,
  mentionsByBlock,
  retypedAll,
  respan,
  retype,
  rewrittenByBlock,
  withFound,
  withReplacing,
} from '../../src/core/entities/by-block';
import type { EntityMention } from '../../src/core/types';

const at = (blockId: number, start: number): EntityMention => ({
  blockId,
  start,
  end: start + 3,
  text: 'x',
  type: 'PLACE',
});
const shown = (ms: readonly EntityMention[]): string[] => ms.map((m) => `${m.blockId}:${m.start}`);

describe('mentions grouped by block and put back in one list', () => {
  test("the blocks in the text's order, each with its own mentions in their order; a block the text does not hold last", () => {
    const text = new Map([
      [5, 'fifth block'],
      [2, 'second block'],
    ]);
    const byBlock = mentionsByBlock([at(2, 0), at(9, 1), at(5, 4), at(2, 7), at(5, 1)]);
    expect(shown(inTextOrder(text, byBlock))).toEqual(['5:4', '5:1', '2:0', '2:7', '9:1']);
  });
});

describe("a block's own mentions rewritten in place", () => {
  const text = new Map([
    [5, 'fifth block'],
    [2, 'second block'],
  ]);
  const ms = [at(2, 0), at(5, 4), at(2, 7)];

  test('a rewrite that changes no block gives back the very list it was given', () => {
    expect(rewrittenByBlock(text, ms, (_id, _block, own) => own)).toBe(ms);
  });

  test("one block's new list takes its place; the other blocks keep theirs, in the text's order", () => {
    const out = rewrittenByBlock(text, ms, (id, block, own) =>
      id === 2 ? [...own, { ...at(2, 9), text: block.slice(0, 6) }] : own,
    );
    expect(shown(out)).toEqual(['5:4', '2:0', '2:7', '2:9']);
    expect(out[3]?.text).toBe('second');
  });
});

describe('every mention of names a correction has learned, retyped', () => {
  test('each mention whose text is one of the names takes the type; other names and the list itself are untouched', () => {
    const ms: EntityMention[] = [
      { blockId: 1, start: 0, end: 10, text: 'Tidebreaker', type: 'PLACE' },
      { blockId: 1, start: 20, end: 27, text: 'Arclight', type: 'ORG' },
      { blockId: 2, start: 4, end: 15, text: 'Tidebreaker', type: 'PERSON' },
      { blockId: 2, start: 30, end: 41, text: 'Tidebreaker', type: 'OTHER' },
    ];
    const out = retypedAll(ms, new Set(['Tidebreaker']), 'OTHER');
    expect(out.map((m) => `${m.text}:${m.type}`)).toEqual([
      'Tidebreaker:OTHER',
      'Arclight:ORG',
      'Tidebreaker:OTHER',
      'Tidebreaker:OTHER',
    ]);
    expect(ms[0]!.type).toBe('PLACE');
    expect(retypedAll(ms, new Set(), 'ORG')).toEqual(ms);
  });
});

describe('a correction that changes nothing', () => {
  test('gives back the same mentions, in the same array (no copy)', () => {
    const ms: EntityMention[] = [{ blockId: 0, start: 0, end: 5, text: 'Osk', type: 'PLACE' }];
    expect(withFound(ms, [])).toBe(ms);
    expect(retypedAll(ms, new Set(), 'ORG')).toBe(ms);
  });
});

describe('a step mapped over the mentions', () => {
  test('gives back the same array when it changes no mention, and a new one, the input untouched, when it does', () => {
    const ms = [at(1, 0), at(1, 5), at(1, 9)];
    expect(mapped(ms, (m) => m)).toBe(ms);
    const out = mapped(ms, (m, i) => (i === 1 ? { ...m, type: 'ORG' } : m));
    expect(out).not.toBe(ms);
    expect(out.map((m) => m.type)).toEqual(['PLACE', 'ORG', 'PLACE']);
    expect(out[0]).toBe(ms[0]);
    expect(ms.map((m) => m.type)).toEqual(['PLACE', 'PLACE', 'PLACE']);
  });
});

describe('the mentions a step keeps', () => {
  test('the same array when it keeps every mention; the kept ones in order, the input untouched, when it drops some', () => {
    const ms = [at(1, 0), at(1, 5), at(1, 9), at(2, 0)];
    expect(kept(ms, () => true)).toBe(ms);
    expect(shown(kept(ms, (m) => m.start !== 5))).toEqual(['1:0', '1:9', '2:0']);
    expect(shown(kept(ms, (m) => m.start !== 0))).toEqual(['1:5', '1:9']);
    expect(kept(ms, () => false)).toEqual([]);
    expect(shown(ms)).toEqual(['1:0', '1:5', '1:9', '2:0']);
  });
});

describe('withReplacing', () => {
  test('puts each name read anew in place of the mentions it overlaps, in text order', () => {
    const ms: EntityMention[] = [
      { blockId: 0, start: 0, end: 4, text: 'Vell', type: 'PLACE' },
      { blockId: 1, start: 0, end: 11, text: 'Tarn, Mirel', type: 'ORG' },
      { blockId: 1, start: 20, end: 26, text: 'Oskvar', type: 'PLACE' },
      { blockId: 2, start: 3, end: 8, text: 'Brund', type: 'PERSON' },
    ];
    const found: EntityMention[] = [
      { blockId: 1, start: 0, end: 4, text: 'Tarn', type: 'PERSON' },
      { blockId: 1, start: 6, end: 11, text: 'Mirel', type: 'PERSON' },
    ];
    expect(withReplacing(ms, found).map((m) => `${m.blockId}:${m.text}:${m.type}`)).toEqual([
      '0:Vell:PLACE',
      '1:Tarn:PERSON',
      '1:Mirel:PERSON',
      '1:Oskvar:PLACE',
      '2:Brund:PERSON',
    ]);
    expect(ms).toHaveLength(4);
    expect(withReplacing(ms, [])).toBe(ms);
  });
});

describe('a mention retyped or respanned without a spread', () => {
  test('the same fields as the spread, in the same order', () => {
    const m: EntityMention = { blockId: 3, start: 4, end: 9, text: 'Paris', type: 'PLACE' };
    expect(retype(m, 'ORG')).toStrictEqual({ ...m, type: 'ORG' });
    expect(Object.keys(retype(m, 'ORG'))).toEqual(Object.keys({ ...m, type: 'ORG' }));
    expect(respan(m, 5, 9, 'aris')).toStrictEqual({ ...m, start: 5, text: 'aris' });
    expect(respan(m, 4, 8, 'Pari', 'OTHER')).toStrictEqual({ ...m, end: 8, text: 'Pari', type: 'OTHER' });
  });

  test("a place marked by its own words keeps its mark (name-evidence.ts's OwnPlace)", () => {
    const own = { blockId: 0, start: 3, end: 10, text: 'Atlanta', type: 'PLACE' as const, ownPlace: true as const };
    expect(retype(own, 'ORG')).toStrictEqual({ ...own, type: 'ORG' });
    expect(respan(own, 3, 6, 'Atl')).toStrictEqual({ ...own, end: 6, text: 'Atl' });
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain ES module of the gold tools, without types
import { splitIn, trainOnly } from '../../scripts/gold/gold.mjs';
// @ts-expect-error: a plain ES module of the gold tools, without types
import { freshRecord } from '../../scripts/gold/names-fresh.mjs';
import { modernGold, trainOnlyIds } from '../../scripts/ner/training-data';

const sets = JSON.parse(readFileSync('eval/gold/sets.json', 'utf8')) as Record<string, string[]>;
const fresh = sets['names-fresh'] ?? [];
const fresh2 = sets['names-fresh2'] ?? [];
type Stored = { id: string; source: string; split: string; readers: string[]; entities: [number, number, string][] };
const stored = (id: string): Stored => JSON.parse(readFileSync(`eval/gold/names/${id}.json`, 'utf8')) as Stored;

describe('the fresh names set (measure only)', () => {
  test('lists metadata pages, each stored as fresh, read twice, on Readability’s text', () => {
    expect(fresh.length).toBeGreaterThanOrEqual(12);
    for (const id of fresh) {
      expect(id.startsWith('pl-')).toBe(true);
      const gold = stored(id);
      expect([id, gold.split, gold.source]).toEqual([id, 'fresh', `metadata/${id}/source.html#readability`]);
      expect(gold.readers.length).toBeGreaterThanOrEqual(2);
      expect(gold.entities.length).toBeGreaterThan(0);
    }
  });

  test('is never a train or dev document of the names set', () => {
    const trainIds = new Set([...(sets.names ?? []), ...trainOnlyIds('eval/gold/sets.json')]);
    for (const id of fresh) {
      expect(trainIds.has(id)).toBe(false);
      expect(trainOnly('names', id)).toBe(false);
      expect(splitIn('names', id)).toBe('fresh');
    }
    for (const id of fresh2) {
      expect([id, trainIds.has(id), fresh.includes(id)]).toEqual([id, false, false]);
      expect(splitIn('names', id)).toBe('fresh2');
    }
    const articles = resolve('..', 'shared', 'corpus', 'articles');
    for (const split of ['train', 'dev'] as const) {
      const ids = modernGold(resolve('eval/gold/names'), articles, split).map((d) => d.id);
      expect(ids.filter((id) => fresh.includes(id) || fresh2.includes(id))).toEqual([]);
    }
  });

  test('a record is refused for a page outside the metadata corpus', () => {
    expect(() => freshRecord('sh-0123', 'text', [], ['A'], [])).toThrow(/pl-/u);
    const rec = freshRecord('pl-x', 'Anna', [[0, 4, 'PER']], ['A', 'B'], []) as Stored & { notes?: string[] };
    expect([rec.split, rec.source, rec.notes]).toEqual(['fresh', 'metadata/pl-x/source.html#readability', undefined]);
    expect((freshRecord('pl-x', 'Anna', [], ['A'], [], 'fresh2') as Stored).split).toBe('fresh2');
  });
});

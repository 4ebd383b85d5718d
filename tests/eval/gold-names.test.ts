import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain ES module of the gold tools, without types
import { splitIn, splitOf, trainOnly } from '../../scripts/gold/gold.mjs';
// @ts-expect-error: a plain ES module of the gold tools, without types
import { unmarkedWords } from '../../scripts/gold/pre-annotate.mjs';

const sets = JSON.parse(readFileSync('eval/gold/sets.json', 'utf8')) as Record<string, string[]>;
const extra = sets['names-train-only'] ?? [];

describe('the names gold splits', () => {
  test('train-only documents always train; the first set keeps the split of its hash', () => {
    expect(extra.length).toBeGreaterThan(0);
    for (const id of extra) {
      expect(trainOnly('names', id)).toBe(true);
      expect(splitIn('names', id)).toBe('train');
    }
    const first = sets.names ?? [];
    expect(first.filter((id) => extra.includes(id))).toEqual([]);
    for (const id of first) expect(splitIn('names', id)).toBe(splitOf(id));
    // The dev half is made of first-set documents only, whatever is added to train.
    expect(first.filter((id) => splitOf(id) === 'dev').length).toBeGreaterThan(30);
  });

  test('every stored names file carries the split its id is given', () => {
    const files = readdirSync('eval/gold/names').filter((f) => f.endsWith('.json'));
    for (const f of files) {
      const gold = JSON.parse(readFileSync(`eval/gold/names/${f}`, 'utf8')) as { id: string; split: string };
      expect([f, gold.split]).toEqual([f, splitIn('names', gold.id)]);
    }
  });
});

describe('the re-reading checklist', () => {
  test('lists capitalised words outside the names, not those that start a sentence or line', () => {
    const text = 'Lede met Anna Lee in Paris. The Board said so.\nMonday came and Paris waited.';
    const start = text.indexOf('Anna Lee');
    const words = unmarkedWords(text, [[start, start + 'Anna Lee'.length, 'PER']]) as Map<string, number>;
    expect(Object.fromEntries(words)).toEqual({ Paris: 2, Board: 1 });
  });
});

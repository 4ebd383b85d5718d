import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trainOnlyIds } from '../../scripts/ner/training-data';

describe('the train-only documents of the names gold (repeated apart by --new-weight)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lede-sets-'));
  const sets = (content: unknown): string => {
    const file = join(dir, `sets-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify(content));
    return file;
  };

  it('reads the names-train-only list, not the other sets', () => {
    const file = sets({ names: ['sh-a', 'sh-b'], 'names-train-only': ['rd-x', 'sh-c'], 'quotes-train-only': ['q'] });
    expect(trainOnlyIds(file)).toEqual(['rd-x', 'sh-c']);
  });

  it('is empty without the file or the list, and keeps only ids', () => {
    expect(trainOnlyIds(join(dir, 'missing.json'))).toEqual([]);
    expect(trainOnlyIds(sets({ names: ['sh-a'] }))).toEqual([]);
    expect(trainOnlyIds(sets({ 'names-train-only': ['rd-x', 3, null] }))).toEqual(['rd-x']);
  });

  it('lists documents of the project’s names gold, each a train document', () => {
    const ids = trainOnlyIds('eval/gold/sets.json');
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids)
      expect((JSON.parse(readFileSync(`eval/gold/names/${id}.json`, 'utf8')) as { split: string }).split).toBe('train');
  });
});

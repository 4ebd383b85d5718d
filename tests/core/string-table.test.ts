/**
 * The string table the word caches use (src/core/entities/model/string-table.ts): it answers
 * as a Map would, for keys cut freshly from a text, through growth and clearing.
 */
import { describe, expect, test } from 'vitest';
import { StringTable } from '../../src/core/entities/model/string-table';

describe('StringTable', () => {
  test('finds what was set, by equal strings that are not the same object', () => {
    const table = new StringTable<number>(4);
    const text = 'Barge operators on the Rhine said the barge was late.';
    table.set(text.slice(0, 5), 1);
    table.set(text.slice(23, 28), 2);
    expect(table.get('Barge')).toBe(1);
    expect(table.get(text.slice(23, 28))).toBe(2);
    expect(table.get('barge')).toBeUndefined();
    expect(table.get('')).toBeUndefined();
    expect(table.size).toBe(2);
  });

  test('a key set again keeps one entry with the new value; the empty string is a key', () => {
    const table = new StringTable<string>(4);
    table.set('Rhine', 'river');
    table.set('Rhine', 'place');
    table.set('', 'nothing');
    expect(table.get('Rhine')).toBe('place');
    expect(table.get('')).toBe('nothing');
    expect(table.size).toBe(2);
  });

  test('answers as a Map does through growth (many keys, many sharing a hash bucket) and after clear', () => {
    const table = new StringTable<number>(2);
    const map = new Map<string, number>();
    for (let i = 0; i < 5000; i++) {
      const key = i % 3 ? `w${i}` : `${String.fromCharCode(0x4e00 + (i % 50))}${i}’s`;
      table.set(key, i);
      map.set(key, i);
    }
    expect(table.size).toBe(map.size);
    for (const [key, value] of map) expect(table.get(`${key}`)).toBe(value);
    for (let i = 5000; i < 5100; i++) expect(table.get(`w${i}`)).toBeUndefined();
    table.clear();
    expect(table.size).toBe(0);
    expect(table.get('w1')).toBeUndefined();
    table.set('w1', 7);
    expect(table.get('w1')).toBe(7);
  });
});

/**
 * A product named with its model number before a kind of product (src/core/entities/numbered-products.ts):
 * on mentions as a tagger might cut and type them, in sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { numberedProducts } from '../../src/core/entities/numbered-products';
import type { EntityMention, EntityType } from '../../src/core/types';

/** Each [name, type] at its next occurrence in `text`, then the rule, as "name/TYPE". */
function read(text: string, tagged: [string, EntityType][]): string[] {
  let from = 0;
  const mentions: EntityMention[] = tagged.map(([name, type]) => {
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`${name} not found`);
    from = start + name.length;
    return { blockId: 0, start, end: start + name.length, text: name, type };
  });
  return numberedProducts(new Map([[0, text]]), mentions).map((m) => `${m.text}/${m.type}`);
}

describe('a name and its model number before a kind of product', () => {
  test('is one other name, and so is the same name with the same number elsewhere', () => {
    expect(
      read('Halo showed the Lumen 2 glasses on Tuesday.\nLumen 2 at a glance: Halo says Lumen 3 may follow.', [
        ['Halo', 'ORG'],
        ['Lumen', 'ORG'],
        ['Lumen', 'ORG'],
        ['Halo', 'ORG'],
        ['Lumen', 'ORG'],
      ]),
    ).toEqual(['Halo/ORG', 'Lumen 2/OTHER', 'Lumen 2/OTHER', 'Halo/ORG', 'Lumen/ORG']);
  });

  test('a number before a word that is no kind of product, or a place, stays outside', () => {
    expect(
      read('Orbis 2 points clear, Vell 3 phones sold, and Orbis won 2 games.', [
        ['Orbis', 'ORG'],
        ['Vell', 'PLACE'],
        ['Orbis', 'ORG'],
      ]),
    ).toEqual(['Orbis/ORG', 'Vell/PLACE', 'Orbis/ORG']);
  });
});

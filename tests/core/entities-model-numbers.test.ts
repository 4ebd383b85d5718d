/**
 * A product's model number or letter belongs to its name (src/core/entities/model-numbers.ts),
 * through the English corrections after tagging, on mentions as a tagger might cut and type them.
 */
import { describe, expect, test } from 'vitest';
import type { EntityType } from '../../src/core/types';
import { corrected } from './corrected';

describe('model numbers after products', () => {
  test('an other name takes its model letter, number or code', () => {
    expect(
      corrected('Buy the Zephyr One S. Its rival, the PlayDeck 4, has QuillOS 12 on a Vantor Pro 7700M chip.', [
        ['Zephyr One', 'OTHER'],
        ['PlayDeck', 'OTHER'],
        ['QuillOS', 'OTHER'],
        ['Vantor Pro', 'OTHER'],
      ]),
    ).toEqual([
      ['Zephyr One S', 'OTHER'],
      ['PlayDeck 4', 'OTHER'],
      ['QuillOS 12', 'OTHER'],
      ['Vantor Pro 7700M', 'OTHER'],
    ]);
  });

  test('a maker’s line of two words before a model code is the product', () => {
    expect(
      corrected('The laptop has a Kestrel Core i7 processor and a Norvane Hawk R6700 router.', [
        ['Kestrel Core', 'ORG'],
        ['Norvane Hawk', 'ORG'],
      ]),
    ).toEqual([
      ['Kestrel Core i7', 'OTHER'],
      ['Norvane Hawk R6700', 'OTHER'],
    ]);
  });

  test('but not a club’s score, a measure, an ordinal, a reporting period or a plain name’s number', () => {
    const text =
      'Bradford Bulls 36 Wigan 42. The Olympic 100 metres final, the Zephyr Tour 50th show, Acme Holdings Q2 results and Marcus 3 goals.';
    const tagged: [string, EntityType][] = [
      ['Bradford Bulls', 'ORG'],
      ['Wigan', 'ORG'],
      ['Olympic', 'OTHER'],
      ['Zephyr Tour', 'OTHER'],
      ['Acme Holdings', 'ORG'],
      ['Marcus', 'PERSON'],
    ];
    expect(corrected(text, tagged)).toEqual(tagged);
  });
});

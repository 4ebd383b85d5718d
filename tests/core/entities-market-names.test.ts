/**
 * Today's stock indexes (src/core/entities/market-names.ts): on mentions as a tagger might cut
 * and type them, in sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { marketName } from '../../src/core/entities/market-names';
import type { EntityType } from '../../src/core/types';
import { mention } from './entity-mentions';

describe('today\'s stock indexes are OTHER names (names.md, "Stock indexes", CoNLL\'s convention)', () => {
  test.each([
    ['Stoxx 600', 'OTHER'],
    ['Euro Stoxx 50', 'OTHER'],
    ['MSCI Asia Pacific Index', 'OTHER'],
    ['Topix', 'OTHER'],
    ['Dax', 'PLACE'],
  ] as [string, EntityType][])('%s typed %s', (name, type) => {
    const text = `Shares fell as the ${name} slipped 0.3 per cent.`;
    expect(marketName(mention(text, name, type)).type).toBe('OTHER');
  });

  test('the newswire families are OTHER too, and a person is no index', () => {
    const text = 'The DAX and the Nikkei fell, Dax Shepard said.';
    expect(
      [mention(text, 'DAX', 'OTHER'), mention(text, 'Nikkei', 'OTHER'), mention(text, 'Dax Shepard', 'PERSON')].map(
        (m) => marketName(m).type,
      ),
    ).toEqual(['OTHER', 'OTHER', 'PERSON']);
  });
});

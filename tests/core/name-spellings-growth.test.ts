/** The web-address rule stays linear on a long run of names without a space. */
import { describe, test } from 'vitest';
import { outsideAddresses } from '../../src/core/entities/name-spellings';
import type { EntityMention } from '../../src/core/types';
import { expectLinear } from '../helpers/growth';

describe('no name inside a web address', () => {
  test('grows linearly on a run of names glued by commas, with an address in the text', () => {
    expectLinear(
      (n) => {
        const text = 'See www.example.com/Anna then ' + 'Anna,'.repeat(n);
        const mentions: EntityMention[] = Array.from({ length: n }, (_, i) => {
          const start = 30 + i * 5;
          return { blockId: 0, start, end: start + 4, text: 'Anna', type: 'PERSON' };
        });
        return { text, mentions };
      },
      ({ text, mentions }) => outsideAddresses(text, mentions),
      1000,
    );
  });
});

import { describe, expect, test } from 'vitest';
import { withTreasury } from '../../src/core/entities/org-treasury';
import type { EntityMention } from '../../src/core/types';

const at = (block: string, t: string, type: EntityMention['type'], from = 0): EntityMention => {
  const start = block.indexOf(t, from);
  return { blockId: 0, start, end: start + t.length, text: t, type };
};

describe('"Treasury" is an organisation in every use (org-treasury)', () => {
  test('"Treasury" typed OTHER becomes ORG, and one left out before "yields" is named', () => {
    const block = 'Treasury yields fell. The yield on the 10-year Treasury rose, the Fed said.';
    const ms = [at(block, 'Treasury', 'OTHER', 10), at(block, 'Fed', 'ORG')];
    expect(withTreasury(new Map([[0, block]]), ms).map((m) => [m.text, m.type, m.start])).toEqual([
      ['Treasury', 'ORG', 0],
      ['Treasury', 'ORG', 47],
      ['Fed', 'ORG', 66],
    ]);
  });

  test('a text without "Treasury" before a bond word is left as it is', () => {
    const block = 'The Treasury Secretary spoke; the Treasury Department agreed.';
    const ms = [at(block, 'Treasury Department', 'ORG')];
    expect(withTreasury(new Map([[0, block]]), ms)).toBe(ms);
  });
});

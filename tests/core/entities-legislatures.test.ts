import { describe, expect, test } from 'vitest';
import { withLegislatures } from '../../src/core/entities/org-legislatures';
import type { EntityMention } from '../../src/core/types';

const pairs = (ms: readonly EntityMention[]): Array<[string, string]> => ms.map((m) => [m.text, m.type]);

describe("a legislature's lone house word is an organisation (org-legislatures)", () => {
  test('a one-word OTHER that names a legislature becomes ORG; other OTHER names stay', () => {
    const block = 'The new Diet met while the Regatta went on.';
    const at = (t: string): EntityMention => {
      const start = block.indexOf(t);
      return { blockId: 0, start, end: start + t.length, text: t, type: 'OTHER' };
    };
    expect(pairs(withLegislatures([at('Diet'), at('Regatta')]))).toEqual([
      ['Diet', 'ORG'],
      ['Regatta', 'OTHER'],
    ]);
  });
});

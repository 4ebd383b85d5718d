/**
 * Set-piece speeches and budgets typed as bodies are OTHER (src/core/entities/misc-addresses.ts). Texts written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { mentionsIn } from '../helpers/mentions';
import { withAddresses } from '../../src/core/entities/misc-addresses';
import type { EntityMention } from '../../src/core/types';

const shown = (ms: readonly EntityMention[]): string[] => ms.map((m) => `${m.text}/${m.type}`);

describe('speeches and budgets', () => {
  test('a set-piece speech or a budget typed as a body is OTHER', () => {
    const text = "Talks stall before the State of the Union and the Union Budget; the King's Speech follows.";
    expect(
      shown(
        withAddresses(
          mentionsIn(text, [
            ['State of the Union', 'ORG'],
            ['Union Budget', 'ORG'],
            ["King's Speech", 'PLACE'],
          ]),
        ),
      ),
    ).toEqual(['State of the Union/OTHER', 'Union Budget/OTHER', "King's Speech/OTHER"]);
  });

  test('a body of the same words is left', () => {
    const text = 'The State of the Union Committee met.';
    expect(shown(withAddresses(mentionsIn(text, [['State of the Union Committee', 'ORG']])))).toEqual([
      'State of the Union Committee/ORG',
    ]);
  });
});

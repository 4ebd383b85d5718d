/**
 * The Fourth of July and July Fourth are civic days, OTHER (src/core/entities/civic-days.ts). Texts written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { mentionsIn } from '../helpers/mentions';
import { withCivicDays } from '../../src/core/entities/civic-days';
import type { EntityMention } from '../../src/core/types';

const shown = (ms: readonly EntityMention[]): string[] => ms.map((m) => `${m.text}/${m.type}`);

describe('the Fourth of July', () => {
  test('Independence Day by its date is a civic day, OTHER', () => {
    const text = 'Fireworks over the Fourth of July drew crowds; the vote comes before July Fourth.';
    expect(shown(withCivicDays(new Map([[0, text]]), mentionsIn(text, [['Fourth', 'ORG']])))).toEqual([
      'Fourth of July/OTHER',
      'July Fourth/OTHER',
    ]);
  });
});

/**
 * Record charts typed as their publisher are OTHER (src/core/entities/misc-charts.ts). Texts written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { mentionsIn } from '../helpers/mentions';
import { withCharts } from '../../src/core/entities/misc-charts';
import type { EntityMention } from '../../src/core/types';

const shown = (ms: readonly EntityMention[]): string[] => ms.map((m) => `${m.text}/${m.type}`);

describe('record charts', () => {
  test('a chart typed as its publisher is OTHER, the publisher stays a body', () => {
    const text =
      'The album reached Number Two on the Official Albums Chart and the Billboard Top Rock Albums, Billboard said.';
    expect(
      shown(
        withCharts(
          mentionsIn(text, [
            ['Official Albums Chart', 'ORG'],
            ['Billboard Top Rock Albums', 'ORG'],
            ['Billboard', 'ORG'],
          ]),
        ),
      ),
    ).toEqual(['Official Albums Chart/OTHER', 'Billboard Top Rock Albums/OTHER', 'Billboard/ORG']);
  });

  test('a company named for charts is left', () => {
    const text = 'Figures from the Official Charts Company and Esports Charts.';
    expect(
      shown(
        withCharts(
          mentionsIn(text, [
            ['Official Charts Company', 'ORG'],
            ['Esports Charts', 'ORG'],
          ]),
        ),
      ),
    ).toEqual(['Official Charts Company/ORG', 'Esports Charts/ORG']);
  });
});

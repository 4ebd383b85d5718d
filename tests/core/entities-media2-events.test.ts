import { describe, expect, test } from 'vitest';
import { withEvents } from '../../src/core/entities/media2-events';
import type { EntityMention } from '../../src/core/types';

function mention(block: string, text: string, type: EntityMention['type'], from = 0): EntityMention {
  const start = block.indexOf(text, from);
  return { blockId: 0, start, end: start + text.length, text, type };
}

const run = (block: string, ms: EntityMention[]): Array<[string, string]> =>
  withEvents(new Map([[0, block]]), ms).map((m) => [m.text, m.type]);

describe('recurring events (media2-events)', () => {
  test('a trade fair or an esports tournament typed a place or an organisation is OTHER', () => {
    const block = 'The handheld was shown at Gamescom and again at IEM Rotterdam before Computex opened.';
    const out = run(block, [
      mention(block, 'Gamescom', 'PLACE'),
      mention(block, 'IEM Rotterdam', 'ORG'),
      mention(block, 'Computex', 'ORG'),
    ]);
    expect(out).toEqual([
      ['Gamescom', 'OTHER'],
      ['IEM Rotterdam', 'OTHER'],
      ['Computex', 'OTHER'],
    ]);
  });
  test('the edition year is cut off an event and a cup', () => {
    const block = 'After CES 2027 the team flew to the Harrow Cup 2026 and the Long Road Tour 2027.';
    const out = run(block, [
      mention(block, 'CES 2027', 'OTHER'),
      mention(block, 'Harrow Cup 2026', 'OTHER'),
      mention(block, 'Long Road Tour 2027', 'OTHER'),
    ]);
    expect(out).toEqual([
      ['CES', 'OTHER'],
      ['Harrow Cup', 'OTHER'],
      ['Long Road Tour', 'OTHER'],
    ]);
  });
  test('a year that is part of the name stays (no event head)', () => {
    const block = 'Fans remember Euro 2028 fondly.';
    expect(run(block, [mention(block, 'Euro 2028', 'OTHER')])).toEqual([['Euro 2028', 'OTHER']]);
  });
  test('Wimbledon is the tournament in a tennis story only', () => {
    const tennis = 'The top seed reached the tennis final at Wimbledon.';
    expect(run(tennis, [mention(tennis, 'Wimbledon', 'PLACE')])).toEqual([['Wimbledon', 'OTHER']]);
    const street = 'The flat in Wimbledon sold in a week.';
    expect(run(street, [mention(street, 'Wimbledon', 'PLACE')])).toEqual([['Wimbledon', 'PLACE']]);
  });
});

import { describe, expect, test } from 'vitest';
import { withProductLines } from '../../src/core/entities/misc-product-lines';
import { mentionsIn } from '../helpers/mentions';
import type { EntityMention } from '../../src/core/types';

const one = (block: string): Map<number, string> => new Map([[0, block]]);
const pairs = (ms: readonly EntityMention[]): Array<[string, string]> => ms.map((m) => [m.text, m.type]);

describe('a product line named with its numbers (misc-product-lines)', () => {
  test('one name with two numbers or more: each model one OTHER name', () => {
    const block =
      'Brightwell launched its model Orla 4 on Monday, a year after Orla 3.5 shipped. Buyers of the Tern 12s and the new Tern 14s get Orla 4, free, or Orla 4 Pro.';
    const out = withProductLines(
      one(block),
      mentionsIn(block, [
        ['Brightwell', 'ORG'],
        ['Orla', 'PERSON'],
        ['Orla', 'PERSON'],
        ['Tern', 'OTHER'],
        ['Tern', 'ORG'],
        ['Orla', 'PERSON'],
        ['Orla', 'PERSON'],
      ]),
    );
    expect(pairs(out)).toEqual([
      ['Brightwell', 'ORG'],
      ['Orla 4', 'OTHER'],
      ['Orla 3.5', 'OTHER'],
      ['Tern 12s', 'OTHER'],
      ['Tern 14s', 'OTHER'],
      ['Orla 4', 'OTHER'],
      ['Orla 4 Pro', 'OTHER'],
    ]);
  });
  test('one number, scores, tables, quantities and scorecards are no product line', () => {
    const block =
      'A model season. Caldwell 2 Marston 1, then Caldwell 3-0 Dunmore. Pike 4 million and Pike 7 points. Ferris 3 left early; Ferris 3 again. Places: Holt 6 and Holt 9. The Brand Cup 2025 and the Brand Cup 2026.';
    const ms = mentionsIn(block, [
      ['Caldwell', 'ORG'],
      ['Marston', 'ORG'],
      ['Caldwell', 'ORG'],
      ['Dunmore', 'ORG'],
      ['Pike', 'PERSON'],
      ['Pike', 'PERSON'],
      ['Ferris', 'PERSON'],
      ['Ferris', 'PERSON'],
      ['Holt', 'PLACE'],
      ['Holt', 'PLACE'],
      ['Brand Cup', 'OTHER'],
      ['Brand Cup', 'OTHER'],
    ]);
    expect(withProductLines(one(block), ms)).toEqual(ms);
    // Outside a story about products: no product line.
    const race = 'Nilsson 2 led at the turn; Nilsson 5 was the final split.';
    const racers = mentionsIn(race, [
      ['Nilsson', 'PERSON'],
      ['Nilsson', 'PERSON'],
    ]);
    expect(withProductLines(one(race), racers)).toEqual(racers);
    const card = 'Lyle c Pratt b Okafor 31';
    const innings = 'Dunn lbw b Okafor 4.';
    const text = new Map([
      [0, card],
      [1, innings],
    ]);
    const cardMs = [...mentionsIn(card, [['Okafor', 'PERSON']]), ...mentionsIn(innings, [['Okafor', 'PERSON']], 1)];
    expect(withProductLines(text, cardMs)).toEqual(cardMs);
  });
});

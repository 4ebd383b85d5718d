import { describe, expect, test } from 'vitest';
import { withGenerations } from '../../src/core/entities/misc-generations';
import type { EntityMention } from '../../src/core/types';

const at = (block: string, t: string, type: EntityMention['type']): EntityMention => {
  const start = block.indexOf(t);
  return { blockId: 0, start, end: start + t.length, text: t, type };
};

describe("a generation's name is one OTHER name (misc-generations)", () => {
  test('"Z" after "Gen " becomes "Gen Z", OTHER; a "Gen Alpha" typed ORG becomes OTHER', () => {
    const block = 'Gen Z is buying; four in ten Gen Alpha buyers; Malcolm X spoke.';
    const ms = [{ ...at(block, 'Z', 'PERSON') }, at(block, 'Gen Alpha', 'ORG'), at(block, 'Malcolm X', 'PERSON')];
    expect(withGenerations(new Map([[0, block]]), ms).map((m) => [m.text, m.type, m.start])).toEqual([
      ['Gen Z', 'OTHER', 0],
      ['Gen Alpha', 'OTHER', 29],
      ['Malcolm X', 'PERSON', 47],
    ]);
  });

  test('a letter after a word that only ends in "Gen" stays', () => {
    const block = 'The NextGen X console.';
    const ms = [at(block, 'X', 'OTHER')];
    expect(withGenerations(new Map([[0, block]]), ms)).toBe(ms);
  });
});

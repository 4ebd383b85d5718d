/**
 * A place a player scores for, or a result lifts, is its club (src/core/entities/name-evidence.ts,
 * `club`), through the English corrections after tagging, on mentions as a tagger might type them.
 */
import { describe, expect, test } from 'vitest';
import type { EntityType } from '../../src/core/types';
import { corrected } from './corrected';

describe('clubs named by their city in a game story', () => {
  test('"scored for" a place, and a result that lifts or leads one, make it the club', () => {
    expect(
      corrected(
        'Mara Quint scored for Winnipeg. Two late goals helped to lift Halifax. Saves by Lee Dunn led Regina past the visitors.',
        [
          ['Mara Quint', 'PERSON'],
          ['Winnipeg', 'PLACE'],
          ['Halifax', 'PLACE'],
          ['Lee Dunn', 'PERSON'],
          ['Regina', 'PLACE'],
        ],
      ),
    ).toEqual([
      ['Mara Quint', 'PERSON'],
      ['Winnipeg', 'ORG'],
      ['Halifax', 'ORG'],
      ['Lee Dunn', 'PERSON'],
      ['Regina', 'ORG'],
    ]);
  });

  test('but not a country, nor a place led or scored for outside a result', () => {
    const text = 'Mara Quint scored for Canada. She will lead Winnipeg’s delegation and lift Halifax spirits.';
    const tagged: [string, EntityType][] = [
      ['Mara Quint', 'PERSON'],
      ['Canada', 'PLACE'],
      ['Winnipeg', 'PLACE'],
      ['Halifax', 'PLACE'],
    ];
    expect(corrected(text, tagged)).toEqual(tagged);
  });
});

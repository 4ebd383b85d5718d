/**
 * Two names the tagger reads as one (src/core/entities/two-names.ts), and a band named as
 * brothers (name-spellings.ts, `typedByKind`), through the English
 * corrections after tagging, on mentions as a tagger might cut and type them.
 */
import { describe, expect, test } from 'vitest';
import type { EntityType } from '../../src/core/types';
import { corrected } from './corrected';

describe('two names read as one', () => {
  test('a chamber and its party’s members', () => {
    expect(
      corrected('House Democrats held the floor while Senate Republicans waited.', [
        ['House Democrats', 'ORG'],
        ['Senate Republicans', 'OTHER'],
      ]),
    ).toEqual([
      ['House', 'ORG'],
      ['Democrats', 'OTHER'],
      ['Senate', 'ORG'],
      ['Republicans', 'OTHER'],
    ]);
  });

  test('a person’s name before "White House"', () => {
    expect(
      corrected('Aides in the Trump White House and the Obama White House disagreed.', [
        ['Trump White House', 'PERSON'],
        ['Obama White House', 'ORG'],
      ]),
    ).toEqual([
      ['Trump', 'PERSON'],
      ['White House', 'PLACE'],
      ['Obama', 'PERSON'],
      ['White House', 'PLACE'],
    ]);
  });

  test('but not the White House alone, a party or a chamber’s committee', () => {
    const text = 'The White House, the Democratic Party and the House Ways Committee met.';
    const tagged: [string, EntityType][] = [
      ['White House', 'PLACE'],
      ['Democratic Party', 'ORG'],
      ['House Ways Committee', 'ORG'],
    ];
    expect(corrected(text, tagged)).toEqual(tagged);
  });
});

describe('a name’s last word gives its kind', () => {
  test('bands and firms named as brothers or sisters are organisations', () => {
    expect(
      corrected('Tonight The Quill Brothers played first, then the Marlow Sisters sang.', [
        ['The Quill Brothers', 'OTHER'],
        ['Marlow Sisters', 'PERSON'],
      ]),
    ).toEqual([
      ['The Quill Brothers', 'ORG'],
      ['Marlow Sisters', 'ORG'],
    ]);
  });
});

/**
 * A team's plural nickname typed OTHER is its club in a sports story
 * (src/core/entities/org-plural-nicknames.ts). Texts written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { mentionsIn } from '../helpers/mentions';
import { withPluralNicknames } from '../../src/core/entities/org-plural-nicknames';
import type { EntityMention, EntityType } from '../../src/core/types';

const NATIONALITIES = new Set(['Australians']);

const shown = (ms: readonly EntityMention[]): string[] => ms.map((m) => `${m.text}/${m.type}`);

function read(text: string, tagged: [string, EntityType][]): string[] {
  return shown(withPluralNicknames(new Map([[0, text]]), mentionsIn(text, tagged), (w) => NATIONALITIES.has(w)));
}

const SPORTS = 'The head coach praised the innings and the wickets. ';

describe('plural nicknames', () => {
  test('a capitalised plural typed OTHER is the club in a sports story', () => {
    expect(
      read(`${SPORTS}The Kestrels needed 33 from 18 balls against the Marlins.`, [
        ['Kestrels', 'OTHER'],
        ['Marlins', 'OTHER'],
      ]),
    ).toEqual(['Kestrels/ORG', 'Marlins/ORG']);
  });

  test('events, nationalities and other types are left', () => {
    expect(
      read(`${SPORTS}The Australians won the Ashes before the Olympics; Glass was out.`, [
        ['Australians', 'OTHER'],
        ['Ashes', 'OTHER'],
        ['Olympics', 'OTHER'],
        ['Glass', 'OTHER'],
      ]),
    ).toEqual(['Australians/OTHER', 'Ashes/OTHER', 'Olympics/OTHER', 'Glass/OTHER']);
  });

  test('outside a sports story nothing changes', () => {
    expect(read('The Kestrels met in the town hall.', [['Kestrels', 'OTHER']])).toEqual(['Kestrels/OTHER']);
  });
});

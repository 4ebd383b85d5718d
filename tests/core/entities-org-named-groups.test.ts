/**
 * A name before "group", "rebels" or "fighters" is the group's, an organisation, with its other
 * mentions (src/core/entities/org-named-groups.ts): in texts we wrote.
 */
import { describe, expect, test } from 'vitest';
import { withNamedGroups } from '../../src/core/entities/org-named-groups';
import type { EntityType } from '../../src/core/types';
import { mentionsIn } from '../helpers/mentions';

const PLACES = new Set(['US', 'Kivu']);
const NATIONALITIES = new Set(['Sudanese', 'European']);
const read = (block: string, names: [string, EntityType][]): string[] =>
  withNamedGroups(
    new Map([[0, block]]),
    mentionsIn(block, names),
    (name) => PLACES.has(name),
    (w) => NATIONALITIES.has(w),
  ).map((m) => `${m.text}/${m.type}`);

describe('a name before a group noun is the group (names.md: bodies ORG)', () => {
  test('an armed group by its code, a group the tagger read as a place, and their other mentions; a name of several other words stays', () => {
    expect(
      read('The K17 rebel group took Lomba. K17 fighters held it, and the K17 said so.', [
        ['K17', 'OTHER'],
        ['Lomba', 'PLACE'],
        ['K17', 'OTHER'],
        ['K17', 'OTHER'],
      ]),
    ).toEqual(['K17/ORG', 'Lomba/PLACE', 'K17/ORG', 'K17/ORG']);
    expect(
      read('An analysis by the Climate Signal Network group, then the Northern Caliphate group.', [
        ['Climate Signal Network', 'OTHER'],
        ['Northern Caliphate', 'PLACE'],
      ]),
    ).toEqual(['Climate Signal Network/OTHER', 'Northern Caliphate/ORG']);
  });

  test('places, nationalities, adjectives, party members and hyphened nouns stay as tagged', () => {
    expect(
      read('the US group, Sudanese militia, Kivu rebels and a European group-stage place', [
        ['US', 'PLACE'],
        ['Sudanese', 'OTHER'],
        ['Kivu', 'PLACE'],
        ['European', 'OTHER'],
      ]),
    ).toEqual(['US/PLACE', 'Sudanese/OTHER', 'Kivu/PLACE', 'European/OTHER']);
    expect(
      read('The Conservative group leader and the Liberal Democrat groups voted; Mara Quell fighters', [
        ['Conservative', 'OTHER'],
        ['Liberal Democrat', 'OTHER'],
        ['Mara Quell', 'PERSON'],
      ]),
    ).toEqual(['Conservative/OTHER', 'Liberal Democrat/OTHER', 'Mara Quell/PERSON']);
    expect(
      read('Kurd rebels and Moslem militants clashed.', [
        ['Kurd', 'OTHER'],
        ['Moslem', 'OTHER'],
      ]),
    ).toEqual(['Kurd/OTHER', 'Moslem/OTHER']);
    expect(read('The Rook Collective grouped its songs.', [['Rook Collective', 'OTHER']])).toEqual([
      'Rook Collective/OTHER',
    ]);
  });
});

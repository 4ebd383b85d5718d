/**
 * In a story about Gaelic games, an Irish county is its team (src/core/entities/org-county-teams.ts).
 * Texts written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { mentionsIn } from '../helpers/mentions';
import { withCountyTeams } from '../../src/core/entities/org-county-teams';
import type { EntityType } from '../../src/core/types';

/** The mentions of `text` (one block) after the rule, as "name/TYPE"; `tagged` in text order. */
function read(text: string, tagged: [string, EntityType][]): string[] {
  const mentions = mentionsIn(text, tagged);
  return withCountyTeams(new Map([[0, text]]), mentions).map((m) => `${m.text}/${m.type}`);
}

describe('county teams', () => {
  test('counties as sides in a hurling story', () => {
    expect(
      read(
        "The hurling semi-final between Wexford and Clare drew 40,000, and Kerry's win over Mayo in the football was quieter. A Wexford supporter cried.",
        [
          ['Wexford', 'PLACE'],
          ['Clare', 'PERSON'],
          ['Kerry', 'PERSON'],
          ['Mayo', 'PLACE'],
          ['Wexford', 'PLACE'],
        ],
      ),
    ).toEqual(['Wexford/ORG', 'Clare/ORG', 'Kerry/ORG', 'Mayo/PLACE', 'Wexford/ORG']);
  });

  test('a county as a place stays one; no Gaelic games, nothing changes', () => {
    expect(read('She grew up in Wexford and played camogie for her parish.', [['Wexford', 'PLACE']])).toEqual([
      'Wexford/PLACE',
    ]);
    expect(
      read('Kerry said the trip between Cork and Limerick took an hour.', [
        ['Kerry', 'PERSON'],
        ['Cork', 'PLACE'],
        ['Limerick', 'PLACE'],
      ]),
    ).toEqual(['Kerry/PERSON', 'Cork/PLACE', 'Limerick/PLACE']);
  });
});

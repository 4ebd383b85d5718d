/**
 * Schools named in their own language are organisations (src/core/entities/org-schools.ts):
 * on sentences we wrote, with mentions typed as the tagger mistypes them.
 */
import { describe, expect, test } from 'vitest';
import { withSchools } from '../../src/core/entities/org-schools';
import type { EntityMention } from '../../src/core/types';
import { mention } from './entity-mentions';

const shown = (ms: readonly EntityMention[]): string[] => ms.map((m) => `${m.text}/${m.type}`);

describe('a school named in its own language', () => {
  test('typed as a person, a place or another name is an organisation', () => {
    const a = 'Pupils of Rajpur Kanya Vidyalaya, Scoil Bhríde Nua and Lycée Marcel Tardieu won prizes.';
    expect(
      shown(
        withSchools([
          mention(a, 'Rajpur Kanya Vidyalaya', 'PERSON'),
          mention(a, 'Scoil Bhríde Nua', 'PLACE'),
          mention(a, 'Lycée Marcel Tardieu', 'OTHER'),
        ]),
      ),
    ).toEqual(['Rajpur Kanya Vidyalaya/ORG', 'Scoil Bhríde Nua/ORG', 'Lycée Marcel Tardieu/ORG']);
  });

  test('a word alone and a name without a school word stay', () => {
    const a = 'Vidyalaya said Anil Mehra of Coláiste Rua met Dara Quinn.';
    const ms = [
      mention(a, 'Vidyalaya', 'PERSON'),
      mention(a, 'Anil Mehra', 'PERSON'),
      mention(a, 'Coláiste Rua', 'PERSON'),
      mention(a, 'Dara Quinn', 'PERSON'),
    ];
    expect(shown(withSchools(ms))).toEqual([
      'Vidyalaya/PERSON',
      'Anil Mehra/PERSON',
      'Coláiste Rua/ORG',
      'Dara Quinn/PERSON',
    ]);
  });
});

/** Names set apart by a spaced slash are two (src/core/entities/org-credit-slashes.ts): texts we wrote. */
import { describe, expect, test } from 'vitest';
import { withoutSlashJoins } from '../../../src/core/entities/org-credit-slashes';
import type { EntityType } from '../../../src/core/types';
import { mentionsIn } from '../../helpers/mentions';

const read = (block: string, names: [string, EntityType][]): string[] =>
  withoutSlashJoins(mentionsIn(block, names)).map((m) => `${m.text}/${m.type}@${m.start}`);

describe('a spaced slash parts two names', () => {
  test("a photo credit's archive and agency", () => {
    expect(read('A camp in 1927. (Corbin Archive / Getty) He said.', [['Corbin Archive / Getty', 'ORG']])).toEqual([
      'Corbin Archive/ORG@17',
      'Getty/ORG@34',
    ]);
    expect(read('(Rescue Service / Telegram / Reuters)', [['Rescue Service / Telegram / Reuters', 'ORG']])).toEqual([
      'Rescue Service/ORG@1',
      'Telegram/ORG@18',
      'Reuters/ORG@29',
    ]);
  });

  test('a slash without spaces stays', () => {
    expect(read('Photo: Mark Stout/iStock and AC/DC.', [['AC/DC', 'ORG']])).toEqual(['AC/DC/ORG@29']);
  });
});

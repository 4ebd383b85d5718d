/** Parties named by their own names are organisations (src/core/entities/org-parties.ts): in texts we wrote. */
import { describe, expect, test } from 'vitest';
import { withParties } from '../../src/core/entities/org-parties';
import type { EntityType } from '../../src/core/types';
import { mentionsIn } from '../helpers/mentions';

const read = (block: string, names: [string, EntityType][]): string[] =>
  withParties(mentionsIn(block, names)).map((m) => `${m.text}/${m.type}`);

describe('a party by its own name is an organisation (names.md: parties ORG)', () => {
  test('parties read as people or other names', () => {
    expect(
      read("Talks stalled when Vooruit's negotiator left; the N-VA and CD&V stayed.", [
        ['Vooruit', 'PERSON'],
        ['N-VA', 'OTHER'],
        ['CD&V', 'ORG'],
      ]),
    ).toEqual(['Vooruit/ORG', 'N-VA/ORG', 'CD&V/ORG']);
    expect(
      read('One Nation and a Plaid Cymru councillor backed the motion, as did Sinn Féin.', [
        ['One Nation', 'OTHER'],
        ['Plaid Cymru', 'PERSON'],
        ['Sinn Féin', 'PERSON'],
      ]),
    ).toEqual(['One Nation/ORG', 'Plaid Cymru/ORG', 'Sinn Féin/ORG']);
  });

  test("members, adjectives and names that are not a party's own stay as tagged", () => {
    expect(
      read('The Greens, the Liberals and two Social Democrats voted with a Conservative member.', [
        ['Greens', 'OTHER'],
        ['Liberals', 'OTHER'],
        ['Social Democrats', 'OTHER'],
        ['Conservative', 'OTHER'],
      ]),
    ).toEqual(['Greens/OTHER', 'Liberals/OTHER', 'Social Democrats/OTHER', 'Conservative/OTHER']);
    expect(read('Nation One spoke.', [['Nation One', 'PERSON']])).toEqual(['Nation One/PERSON']);
  });
});

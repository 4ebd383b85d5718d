/** Parties by their own names, split or cut by the tagger, and the qualified plurals (src/core/entities/org-parties.ts): texts we wrote. */
import { describe, expect, test } from 'vitest';
import { withParties } from '../../../src/core/entities/org-parties';
import type { EntityType } from '../../../src/core/types';
import { mentionsIn } from '../../helpers/mentions';

const read = (block: string, names: [string, EntityType][]): string[] =>
  withParties(mentionsIn(block, names), new Map([[0, block]])).map((m) => `${m.text}/${m.type}`);

describe('a party named by a qualified plural or split by the tagger is one ORG', () => {
  test('the plural after "the" or a possessive is the party', () => {
    expect(
      read("Merz's Christian Democrats opened talks with the Social Democrats on Monday.", [
        ['Merz', 'PERSON'],
        ['Christian', 'PERSON'],
        ['Democrats', 'OTHER'],
        ['Social Democrats', 'OTHER'],
      ]),
    ).toEqual(['Merz/PERSON', 'Christian Democrats/ORG', 'Social Democrats/ORG']);
  });

  test('counted members, the bare plural and the singular stay', () => {
    expect(
      read('Two Social Democrats and a Liberal Democrat voted no; the Democrats abstained.', [
        ['Social Democrats', 'OTHER'],
        ['Liberal Democrat', 'OTHER'],
        ['Democrats', 'OTHER'],
      ]),
    ).toEqual(['Social Democrats/OTHER', 'Liberal Democrat/OTHER', 'Democrats/OTHER']);
  });

  test('a name cut or split by the tagger is read whole', () => {
    expect(
      read('Fine Gael councillor Aoife Byrne backed it, as did Blue and White.', [
        ['Gael', 'PERSON'],
        ['Aoife Byrne', 'PERSON'],
        ['Blue', 'OTHER'],
        ['White', 'PLACE'],
      ]),
    ).toEqual(['Fine Gael/ORG', 'Aoife Byrne/PERSON', 'Blue and White/ORG']);
  });

  test('a mention running past the name is left alone', () => {
    expect(
      read('He beat President Tomas Vale of the Patriotic Front Alliance.', [
        ['Tomas Vale of the Patriotic Front Alliance', 'ORG'],
      ]),
    ).toEqual(['Tomas Vale of the Patriotic Front Alliance/ORG']);
  });
});

/** A club's "FC" and a station's channel number are inside the name (src/core/entities/org-name-tails.ts): texts we wrote. */
import { describe, expect, test } from 'vitest';
import { withNameTails } from '../../../src/core/entities/org-name-tails';
import type { EntityType } from '../../../src/core/types';
import { mentionsIn } from '../../helpers/mentions';

const read = (block: string, names: [string, EntityType][]): string[] =>
  withNameTails(new Map([[0, block]]), mentionsIn(block, names)).map((m) => `${m.text}/${m.type}`);

describe("a club's FC and a station's number", () => {
  test('run into the name', () => {
    expect(
      read('They beat Hobart FC 3-2, and KTVX 4 meteorologist Lea Moss said so.', [
        ['Hobart', 'PLACE'],
        ['KTVX', 'ORG'],
        ['Lea Moss', 'PERSON'],
      ]),
    ).toEqual(['Hobart FC/ORG', 'KTVX 4/ORG', 'Lea Moss/PERSON']);
    expect(
      read('Hobart FC won.', [
        ['Hobart', 'PLACE'],
        ['FC', 'ORG'],
      ]),
    ).toEqual(['Hobart FC/ORG']);
  });

  test('a person, a longer number, or a word after stay', () => {
    expect(
      read('Dana FC fans, KTVX 2024 and WRAL 5th said; Hobart FCB won.', [
        ['Dana', 'PERSON'],
        ['KTVX', 'ORG'],
        ['WRAL', 'ORG'],
        ['Hobart', 'PLACE'],
      ]),
    ).toEqual(['Dana/PERSON', 'KTVX/ORG', 'WRAL/ORG', 'Hobart/PLACE']);
  });
});

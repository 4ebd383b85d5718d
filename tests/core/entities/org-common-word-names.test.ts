/** Charities named by common words are organisations (src/core/entities/org-common-word-names.ts): texts we wrote. */
import { describe, expect, test } from 'vitest';
import { withCommonWordNames } from '../../../src/core/entities/org-common-word-names';
import type { EntityType } from '../../../src/core/types';
import { mentionsIn } from '../../helpers/mentions';

const read = (block: string, names: [string, EntityType][]): string[] =>
  withCommonWordNames(new Map([[0, block]]), mentionsIn(block, names)).map((m) => `${m.text}/${m.type}`);

describe('a charity named by common words', () => {
  test('added where the tagger found nothing', () => {
    expect(
      read('Doctors Without Borders (MSF) said the clinic in Tarnow had closed.', [
        ['MSF', 'ORG'],
        ['Tarnow', 'PLACE'],
      ]),
    ).toEqual(['Doctors Without Borders/ORG', 'MSF/ORG', 'Tarnow/PLACE']);
  });

  test('a name found in part, or written otherwise, is left', () => {
    expect(read('Save the Children Fund staff stayed.', [['Save the Children Fund', 'ORG']])).toEqual([
      'Save the Children Fund/ORG',
    ]);
    expect(read('Save the children, he said, in Tarnow.', [['Tarnow', 'PLACE']])).toEqual(['Tarnow/PLACE']);
  });
});

/**
 * Laws, plans and policy statements named by their title (src/core/entities/misc-statute-titles.ts),
 * on texts written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { withStatuteTitles } from '../../src/core/entities/misc-statute-titles';
import type { EntityType } from '../../src/core/types';
import { mentionsIn } from '../helpers/mentions';

function read(body: string, names: [string, EntityType][]): string[] {
  return withStatuteTitles(new Map([[0, body]]), mentionsIn(body, names)).map((m) => `${m.text}/${m.type}`);
}

describe('a title and its "Bill", "Act", "Plan" or "Statement" are one OTHER name', () => {
  test('a title cut before "Bill"', () => {
    expect(
      read('MPs passed the Harbour Lights Bill on Monday.', [
        ['Harbour Lights', 'ORG'],
        ['Bill', 'PERSON'],
      ]),
    ).toEqual(['Harbour Lights Bill/OTHER']);
    expect(read('The Seed Register Act came into force.', [['Seed Register', 'ORG']])).toEqual([
      'Seed Register Act/OTHER',
    ]);
    expect(
      read('Shares of Orchard Bill Smith rose.', [
        ['Orchard', 'ORG'],
        ['Bill Smith', 'PERSON'],
      ]),
    ).toEqual(['Orchard/ORG', 'Bill Smith/PERSON']);
  });
  test('"Word and" before the law', () => {
    expect(read('He backed the Fishing and Harbours Bill in May.', [['Harbours Bill', 'OTHER']])).toEqual([
      'Fishing and Harbours Bill/OTHER',
    ]);
  });
  test('a named plan or statement typed as a body', () => {
    expect(read('The Coastal Roads Renewal Plan was costed.', [['Coastal Roads Renewal Plan', 'ORG']])).toEqual([
      'Coastal Roads Renewal Plan/OTHER',
    ]);
    expect(
      read('It said so in its Annual Fiscal Policy Statement.', [['Annual Fiscal Policy Statement', 'ORG']]),
    ).toEqual(['Annual Fiscal Policy Statement/OTHER']);
    expect(read('Staff at Plan International met.', [['Plan International', 'ORG']])).toEqual([
      'Plan International/ORG',
    ]);
    expect(
      read('Water is shared under the Snake Basin Water Compact.', [['Snake Basin Water Compact', 'ORG']]),
    ).toEqual(['Snake Basin Water Compact/OTHER']);
  });
});

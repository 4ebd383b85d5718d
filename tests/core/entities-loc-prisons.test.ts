import { describe, expect, test } from 'vitest';
import { withPrisons } from '../../src/core/entities/loc-prisons';
import type { EntityType } from '../../src/core/types';
import { mentionsIn } from '../helpers/mentions';

const read = (block: string, names: [string, EntityType][]): string[] =>
  withPrisons(mentionsIn(block, names)).map((m) => `${m.text}/${m.type}`);

describe('a prison or a courthouse is a place (lang-news.md, the en-train13 rulings)', () => {
  test('a jail, a prison or a justice centre read as a body: a place', () => {
    expect(
      read('He remains in the Harlow County Jail, on the fourth floor of the Harlow County Justice Center.', [
        ['Harlow County Jail', 'ORG'],
        ['Harlow County Justice Center', 'ORG'],
      ]),
    ).toEqual(['Harlow County Jail/PLACE', 'Harlow County Justice Center/PLACE']);
    expect(read('a cell in Fernhill Prison', [['Fernhill Prison', 'OTHER']])).toEqual(['Fernhill Prison/PLACE']);
  });

  test('bodies named for prisons, a word alone and a person stay as tagged', () => {
    expect(
      read('the Prison Reform Trust and the Bureau of Prisons said', [
        ['Prison Reform Trust', 'ORG'],
        ['Bureau of Prisons', 'ORG'],
      ]),
    ).toEqual(['Prison Reform Trust/ORG', 'Bureau of Prisons/ORG']);
    expect(read('Jail said so.', [['Jail', 'ORG']])).toEqual(['Jail/ORG']);
    expect(read('Anna Courthouse spoke.', [['Anna Courthouse', 'PERSON']])).toEqual(['Anna Courthouse/PERSON']);
  });

  test('a British prison named by its prefix is a place (names47a)', () => {
    expect(
      read('He was released from HMP Ashcombe Moor and later sent to HMYOI Kelby.', [
        ['HMP Ashcombe Moor', 'ORG'],
        ['HMYOI Kelby', 'OTHER'],
      ]),
    ).toEqual(['HMP Ashcombe Moor/PLACE', 'HMYOI Kelby/PLACE']);
    expect(read('HMP said no.', [['HMP', 'ORG']])).toEqual(['HMP/ORG']);
  });
});

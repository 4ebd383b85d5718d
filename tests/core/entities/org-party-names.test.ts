/** Parties by their own names, split or cut by the tagger, and the qualified plurals (src/core/entities/org-parties.ts): texts we wrote. */
import { describe, expect, test } from 'vitest';
import { loadRecogniser } from '../../../src/cli/model';
import { withParties } from '../../../src/core/entities/org-parties';
import type { EntityType } from '../../../src/core/types';
import { mentionsIn } from '../../helpers/mentions';

const recogniser = loadRecogniser();
const found = (text: string): [string, EntityType][] =>
  recogniser.recognise([{ id: 0, kind: 'paragraph', text }]).map((m) => [m.text, m.type]);

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

  test('the bare plural and the singular stay; a plural the tagger did not end there stays apart', () => {
    expect(
      read('Two Social Democrats and a Liberal Democrat voted no; the Democrats abstained.', [
        ['Social', 'OTHER'],
        ['Liberal Democrat', 'OTHER'],
        ['Democrats', 'OTHER'],
      ]),
    ).toEqual(['Social/OTHER', 'Liberal Democrat/OTHER', 'Democrats/OTHER']);
  });

  test('the tagger\'s own mention ending with the plural is the party, after "the" or not', () => {
    expect(
      read('Sweden Democrats leader Jon Ek met two Social Democrats and Free Democrats.', [
        ['Democrats', 'OTHER'],
        ['Jon Ek', 'PERSON'],
        ['Social Democrats', 'OTHER'],
        ['Free', 'PERSON'],
        ['Democrats', 'OTHER'],
      ]),
    ).toEqual(['Sweden Democrats/ORG', 'Jon Ek/PERSON', 'Social Democrats/ORG', 'Free Democrats/ORG']);
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

  test('a name read whole inside a longer one, and a block without a mention inside a name', () => {
    expect(
      read("Pauline Hanson's One Nation won a seat; One Nation's vote rose.", [
        ['Pauline Hanson', 'PERSON'],
        ['One Nation', 'OTHER'],
        ['One Nation', 'OTHER'],
      ]),
    ).toEqual(["Pauline Hanson's One Nation/ORG", 'One Nation/ORG']);
    expect(read('Fine Gael met Sinn Féin; Ann Roe spoke.', [['Ann Roe', 'PERSON']])).toEqual(['Ann Roe/PERSON']);
  });

  test('a mention running past the name is left alone', () => {
    expect(
      read('He beat President Tomas Vale of the Patriotic Front Alliance.', [
        ['Tomas Vale of the Patriotic Front Alliance', 'ORG'],
      ]),
    ).toEqual(['Tomas Vale of the Patriotic Front Alliance/ORG']);
  });
});

describe("a party's name cut or read as its members is the party (en-train21, en-train22)", () => {
  test('"Social Democrats" and "Christian Democrats" are parties, bare "Democrats" their members', () => {
    const names = found('The Christian Democrats and the Social Democrats agreed a coalition on Monday.');
    expect(names).toContainEqual(['Social Democrats', 'ORG']);
    expect(names).toContainEqual(['Christian Democrats', 'ORG']);
    expect(found('Democrats in the Senate voted against it.')).toContainEqual(['Democrats', 'OTHER']);
  });

  test('"Fine Gael" whole before a councillor, and "Gael" a given name elsewhere', () => {
    expect(found('Fine Gael councillor Mary Collins said the board ignored the plan.')).toContainEqual([
      'Fine Gael',
      'ORG',
    ]);
    expect(found('Gael Monfils won in three sets.')).toContainEqual(['Gael Monfils', 'PERSON']);
  });
});

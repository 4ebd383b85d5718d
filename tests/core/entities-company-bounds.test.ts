/**
 * A company's suffix as its name's bound (org-plc.ts `withCompanyBounds`), on sentences we wrote,
 * with mentions as the tagger makes them.
 */
import { describe, expect, test } from 'vitest';
import { withCompanyBounds } from '../../src/core/entities/org-plc';
import type { EntityMention } from '../../src/core/types';
import { mentionsIn } from '../helpers/mentions';

const pairs = (ms: readonly EntityMention[]): Array<[string, string]> => ms.map((m) => [m.text, m.type]);
const PLACES = new Set(['East Dunmore', 'Harwick', 'Humber']);
const isPlace = (name: string): boolean => PLACES.has(name);
const read = (block: string, ms: EntityMention[]): Array<[string, string]> =>
  pairs(withCompanyBounds(new Map([[0, block]]), ms, isPlace));

describe("a company's suffix bounds its name (org-plc withCompanyBounds)", () => {
  test('"(Pty) Ltd" runs inside the name; a sentence\'s stop after "Ltd" ends it', () => {
    const a =
      'The court froze the accounts of Marula Water (Pty) Ltd on Monday, said Ada Obi of Kestrel Capital Ltd. She said more would follow.';
    expect(
      read(
        a,
        mentionsIn(a, [
          ['Marula Water', 'ORG'],
          ['Pty', 'ORG'],
          ['Ltd', 'ORG'],
          ['Ada Obi', 'PERSON'],
          ['Kestrel Capital Ltd. She', 'ORG'],
        ]),
      ),
    ).toEqual([
      ['Marula Water (Pty) Ltd', 'ORG'],
      ['Ada Obi', 'PERSON'],
      ['Kestrel Capital Ltd', 'ORG'],
    ]);
  });
  test('two companies joined by "and" after a suffix, or a council led by a listed place, are two names', () => {
    const a =
      'Ranleigh Bank Plc and Corvel Holdings Plc fell; Tarn Consultancy Services and Velsys rose; the report went to National Roads and East Dunmore Council.';
    expect(
      read(
        a,
        mentionsIn(a, [
          ['Ranleigh Bank Plc and Corvel Holdings Plc', 'ORG'],
          ['Tarn Consultancy Services and Velsys', 'ORG'],
          ['National Roads and East Dunmore Council', 'ORG'],
        ]),
      ),
    ).toEqual([
      ['Ranleigh Bank Plc', 'ORG'],
      ['Corvel Holdings Plc', 'ORG'],
      ['Tarn Consultancy Services', 'ORG'],
      ['Velsys', 'ORG'],
      ['National Roads', 'ORG'],
      ['East Dunmore Council', 'ORG'],
    ]);
  });
  test('a name with "and" inside stays whole', () => {
    const a = 'The Harwick Parks and Wildlife Service, the Humber and Harwick Care Board and Marks and Spencer spoke.';
    const ms = mentionsIn(a, [
      ['Harwick Parks and Wildlife Service', 'ORG'],
      ['Humber and Harwick Care Board', 'ORG'],
      ['Marks and Spencer', 'ORG'],
    ]);
    expect(withCompanyBounds(new Map([[0, a]]), ms, isPlace)).toBe(ms);
  });
});

/**
 * The town a person is from is a place (src/core/entities/loc-person-of.ts). Texts written for
 * these tests, with a word list given here.
 */
import { describe, expect, test } from 'vitest';
import { mentionsIn } from '../helpers/mentions';
import { withPersonsTowns } from '../../src/core/entities/loc-person-of';
import type { EntityMention, EntityType } from '../../src/core/types';

const PLACES = new Set(['Harwick', 'Osk']);

const shown = (ms: readonly EntityMention[]): string[] => ms.map((m) => `${m.text}/${m.type}`);

function read(text: string, tagged: [string, EntityType][]): string[] {
  return shown(withPersonsTowns(new Map([[0, text]]), mentionsIn(text, tagged), (n) => PLACES.has(n)));
}

describe("a person's town", () => {
  test('after a person and an age, any name; after a person alone, a listed town', () => {
    expect(
      read(
        'Dora Venn, 58, of Millbrook, and her brother Ned Venn of Harwick wrote to Osk residents (a listed town before "residents").',
        [
          ['Dora Venn', 'PERSON'],
          ['Millbrook', 'ORG'],
          ['Ned Venn', 'PERSON'],
          ['Harwick', 'ORG'],
          ['Osk', 'ORG'],
        ],
      ),
    ).toEqual(['Dora Venn/PERSON', 'Millbrook/PLACE', 'Ned Venn/PERSON', 'Harwick/PLACE', 'Osk/PLACE']);
  });

  test('a listed town before "resident" is a place', () => {
    expect(read('One Harwick resident said no.', [['Harwick', 'ORG']])).toEqual(['Harwick/PLACE']);
  });

  test("an employer after a person's of is left, and so is a club in a sports story", () => {
    expect(
      read('Analyst Ned Venn of Brightwater said so.', [
        ['Ned Venn', 'PERSON'],
        ['Brightwater', 'ORG'],
      ]),
    ).toEqual(['Ned Venn/PERSON', 'Brightwater/ORG']);
    expect(
      read('The striker Ned Venn of Harwick scored; the head coach praised the goalkeeper.', [
        ['Ned Venn', 'PERSON'],
        ['Harwick', 'ORG'],
      ]),
    ).toEqual(['Ned Venn/PERSON', 'Harwick/ORG']);
  });

  test("an elected official's town is a place whatever the lists say, typed ORG or PERSON, but not a body", () => {
    expect(
      read(
        'State Sen. Mara Quill of Fenwick and Mayor Tom Brill of Portwick met Rep. Ann Dole of Ways and Means Committee.',
        [
          ['Mara Quill', 'PERSON'],
          ['Fenwick', 'ORG'],
          ['Tom Brill', 'PERSON'],
          ['Portwick', 'PERSON'],
          ['Ann Dole', 'PERSON'],
          ['Ways and Means Committee', 'ORG'],
        ],
      ),
    ).toEqual([
      'Mara Quill/PERSON',
      'Fenwick/PLACE',
      'Tom Brill/PERSON',
      'Portwick/PLACE',
      'Ann Dole/PERSON',
      'Ways and Means Committee/ORG',
    ]);
  });

  test('the town after an age\'s "from" is a place, not an employer after other words', () => {
    expect(
      read('A 54-year-old retired bus driver from Kilbrack and the 23-year-old from Millbrook were named.', [
        ['Kilbrack', 'ORG'],
        ['Millbrook', 'PERSON'],
      ]),
    ).toEqual(['Kilbrack/PLACE', 'Millbrook/PLACE']);
    expect(
      read('A 54-year-old engineer said a lawyer from Brightwater called; a man from Dunmore, 40, too.', [
        ['Brightwater', 'ORG'],
        ['Dunmore', 'ORG'],
      ]),
    ).toEqual(['Brightwater/ORG', 'Dunmore/ORG']);
  });
});

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
});

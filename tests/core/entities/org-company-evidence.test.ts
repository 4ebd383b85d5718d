/** Names a page shows to be companies are organisations (src/core/entities/org-company-evidence.ts): in texts we wrote. */
import { describe, expect, test } from 'vitest';
import { loadRecogniser } from '../../../src/cli/model';
import { withCompanyEvidence } from '../../../src/core/entities/org-company-evidence';
import type { EntityType } from '../../../src/core/types';
import { mentionsIn } from '../../helpers/mentions';

const recogniser = loadRecogniser();
const found = (text: string): [string, EntityType][] =>
  recogniser.recognise([{ id: 0, kind: 'paragraph', text }]).map((m) => [m.text, m.type]);

const PEOPLE = new Set(['Musk', 'Elon', 'Dana', 'Reyes']);
const read = (block: string, names: [string, EntityType][]): string[] =>
  withCompanyEvidence(new Map([[0, block]]), mentionsIn(block, names), (w) => PEOPLE.has(w)).map(
    (m) => `${m.text}/${m.type}`,
  );

describe('a name the page shows to be a company is ORG, on every mention', () => {
  test('founded in, which was founded', () => {
    expect(
      read("Tarvik's new tablet leaked. Tarvik, which was founded in Leeds in 2014, declined to comment.", [
        ['Tarvik', 'PERSON'],
        ['Tarvik', 'PERSON'],
        ['Leeds', 'PLACE'],
      ]),
    ).toEqual(['Tarvik/ORG', 'Tarvik/ORG', 'Leeds/PLACE']);
    expect(
      read('Brimwell, founded in Perth in 1972, makes sofas. Brimwell will close six stores.', [
        ['Brimwell', 'PERSON'],
        ['Perth', 'PLACE'],
        ['Brimwell', 'PERSON'],
      ]),
    ).toEqual(['Brimwell/ORG', 'Perth/PLACE', 'Brimwell/ORG']);
    expect(read('Dunmore, headquartered in Cork, hired.', [['Dunmore', 'PLACE']])).toEqual(['Dunmore/ORG']);
  });

  test("a person's name that is a business's, founded or named by its trade, lends its type to its short name", () => {
    expect(
      read(
        'Lonsdale Homes, the developer, sold. Lonsdale rose. Kell Brand, which was established in 1990, hired Kell.',
        [
          ['Lonsdale Homes', 'PERSON'],
          ['Lonsdale', 'PERSON'],
          ['Kell Brand', 'PERSON'],
          ['Kell', 'PERSON'],
        ],
      ),
    ).toEqual(['Lonsdale Homes/ORG', 'Lonsdale/ORG', 'Kell Brand/ORG', 'Kell/ORG']);
    expect(
      read('Stadtwerke Orbe raised prices; Orbe, the utility, said so. Mia Orbe, a member of the chain, left.', [
        ['Stadtwerke Orbe', 'PERSON'],
        ['Orbe', 'PLACE'],
        ['Mia Orbe', 'PERSON'],
      ]),
    ).toEqual(['Stadtwerke Orbe/ORG', 'Orbe/PLACE', 'Mia Orbe/PERSON']);
  });

  test("a person's job at a firm, a company's figures", () => {
    expect(
      read('said Ann Cole, a partner at Harlow Fenn. Quarry rose.', [
        ['Ann Cole', 'PERSON'],
        ['Harlow Fenn', 'PLACE'],
      ]),
    ).toEqual(['Ann Cole/PERSON', 'Harlow Fenn/ORG']);
    expect(read('said an analyst at Tessel Grant.', [['Tessel Grant', 'PERSON']])).toEqual(['Tessel Grant/PERSON']);
    expect(
      read('said an economist at the Varro Institute. A partner in Brisk Lane, said', [
        ['Varro Institute', 'OTHER'],
        ['Brisk Lane', 'PLACE'],
      ]),
    ).toEqual(['Varro Institute/ORG', 'Brisk Lane/PLACE']);
    expect(
      read("The fine is a tenth of Ostrava's forecast operating profit. Zentor's revenue fell.", [
        ['Ostrava', 'PLACE'],
        ['Zentor', 'PERSON'],
      ]),
    ).toEqual(['Ostrava/ORG', 'Zentor/ORG']);
  });

  test('people, and places with what a state has, stay', () => {
    expect(
      read("Musk's shares fell. Dana Reyes, who founded it, left. China's share of exports rose, and Ohio's revenue.", [
        ['Musk', 'PERSON'],
        ['Dana Reyes', 'PERSON'],
        ['China', 'PLACE'],
        ['Ohio', 'PLACE'],
      ]),
    ).toEqual(['Musk/PERSON', 'Dana Reyes/PERSON', 'China/PLACE', 'Ohio/PLACE']);
    expect(
      read('Paris, which hosts the summit, and Lyon, founded by the Romans, wait.', [
        ['Paris', 'PLACE'],
        ['Lyon', 'PLACE'],
      ]),
    ).toEqual(['Paris/PLACE', 'Lyon/PLACE']);
  });
});

describe('a company the tagger reads as a person is ORG (en-train20-22)', () => {
  test('a business word at the end of the name, and the short name after it', () => {
    const text =
      'Okafor Furnishers said on Friday it would close 20 stores. Okafor makes most of its sales at Christmas.';
    expect(found(text)).toContainEqual(['Okafor Furnishers', 'ORG']);
    expect(found(text)).toContainEqual(['Okafor', 'ORG']);
    expect(found('Stadtwerke Ulmendorf said prices would rise.')).toContainEqual(['Stadtwerke Ulmendorf', 'ORG']);
  });

  test('a name the text founds right after is no person', () => {
    const text =
      'Ansel, which was founded in Oakland in 2016 and sold its first phone in 2019, has used Qualcomm chips in every device until now. Ansel declined to comment.';
    expect(found(text)).toContainEqual(['Ansel', 'ORG']);
    expect(found(text)).not.toContainEqual(['Ansel', 'PERSON']);
  });

  test('an appositive naming its trade', () => {
    const text =
      'Halvorsen Vance, the family-owned furniture chain, said on Monday that Halvorsen Vance would shut 12 stores.';
    expect(found(text)).toContainEqual(['Halvorsen Vance', 'ORG']);
  });

  test('a person is left alone: born, not founded, and an appositive with a preposition', () => {
    expect(found('Dana Whitcombe, who founded the chain in 1990, said sales fell.')).toContainEqual([
      'Dana Whitcombe',
      'PERSON',
    ]);
    expect(found('Marcus Ellery, a manager at the chain, said sales fell.')).toContainEqual([
      'Marcus Ellery',
      'PERSON',
    ]);
  });
});

/** Names a page shows to be companies are organisations (src/core/entities/org-company-evidence.ts): in texts we wrote. */
import { describe, expect, test } from 'vitest';
import { withCompanyEvidence } from '../../../src/core/entities/org-company-evidence';
import type { EntityType } from '../../../src/core/types';
import { mentionsIn } from '../../helpers/mentions';

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

  test("a person's job at a firm, a company's figures", () => {
    expect(
      read('said Ann Cole, a partner at Harlow Fenn. Quarry rose.', [
        ['Ann Cole', 'PERSON'],
        ['Harlow Fenn', 'PLACE'],
      ]),
    ).toEqual(['Ann Cole/PERSON', 'Harlow Fenn/ORG']);
    expect(read('said an analyst at Tessel Grant.', [['Tessel Grant', 'PERSON']])).toEqual(['Tessel Grant/PERSON']);
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

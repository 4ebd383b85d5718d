/**
 * A name set beside a noun for a business is that business, and so are its other mentions and
 * its first word alone (src/core/entities/org-company-appositives.ts): in texts we wrote.
 */
import { describe, expect, test } from 'vitest';
import { withCompanyAppositives } from '../../src/core/entities/org-company-appositives';
import type { EntityMention, EntityType } from '../../src/core/types';
import { mention } from './entity-mentions';

const GIVEN = new Set(['Dana', 'Tom']);
const PLACES = new Set(['Leiden']);
const shown = (ms: readonly EntityMention[]) => ms.map((m) => `${m.text}/${m.type}`);
const run = (text: string, names: [string, EntityType, number?][]) =>
  shown(
    withCompanyAppositives(
      new Map([[0, text]]),
      names.map(([name, type, nth]) => mention(text, name, type, nth ?? 0)),
      (w) => GIVEN.has(w),
      (name) => PLACES.has(name),
    ),
  );

describe('a company beside its noun is an organisation', () => {
  test.each([
    [
      'A distributor, Marrow Provisions, recalled ham. Marrow Provisions said sorry.',
      [
        ['Marrow Provisions', 'PERSON'],
        ['Marrow Provisions', 'PERSON', 1],
      ],
      ['Marrow Provisions/ORG', 'Marrow Provisions/ORG'],
    ],
    ['The lender, Pellham Credit, went to court.', [['Pellham Credit', 'OTHER']], ['Pellham Credit/ORG']],
    [
      "Mr. Kolbe's company, Ridgeline Home Repairs.",
      [['Ridgeline Home Repairs', 'OTHER']],
      ['Ridgeline Home Repairs/ORG'],
    ],
    [
      'It worked with Sorrel Biotech, a company in Leiden. Sorrel is building a plant.',
      [
        ['Sorrel Biotech', 'PERSON'],
        ['Leiden', 'PLACE'],
        ['Sorrel', 'PERSON', 1],
      ],
      ['Sorrel Biotech/ORG', 'Leiden/PLACE', 'Sorrel/ORG'],
    ],
  ] as [string, [string, EntityType, number?][], string[]][])('%s', (text, names, expected) => {
    expect(run(text, names)).toEqual(expected);
  });

  test.each([
    // A person (a given name first), a listed place, no closing comma, a surname a person holds.
    ['The company, Dana Reyes, said no.', [['Dana Reyes', 'PERSON']], ['Dana Reyes/PERSON']],
    ['It moved to the firm, Leiden, last year.', [['Leiden', 'PLACE']], ['Leiden/PLACE']],
    ['The firm, Hale said in May, will grow.', [['Hale', 'PERSON']], ['Hale/PERSON']],
    ["Hale, the company's chief, spoke.", [['Hale', 'PERSON']], ['Hale/PERSON']],
    ['Orme, a company spokesman, said no.', [['Orme', 'PERSON']], ['Orme/PERSON']],
    ['Nobody named Ostrava Tools, a buyer.', [['Ostrava Tools', 'PERSON']], ['Ostrava Tools/PERSON']],
    [
      'The lender, Kessel Credit, sued. Martin Kessel ran it. Kessel said so.',
      [
        ['Kessel Credit', 'OTHER'],
        ['Martin Kessel', 'PERSON'],
        ['Kessel', 'PERSON', 2],
      ],
      ['Kessel Credit/ORG', 'Martin Kessel/PERSON', 'Kessel/PERSON'],
    ],
  ] as [string, [string, EntityType, number?][], string[]][])('left alone: %s', (text, names, expected) => {
    expect(run(text, names)).toEqual(expected);
  });
});

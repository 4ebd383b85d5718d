/**
 * Rail and metro lines are places (src/core/entities/loc-transit.ts): on mentions as a tagger
 * might cut and type them, in texts we wrote.
 */
import { describe, expect, test } from 'vitest';
import { withTransitLines } from '../../src/core/entities/loc-transit';
import type { EntityMention, EntityType } from '../../src/core/types';
import { mention } from './entity-mentions';

const shown = (ms: readonly EntityMention[]) => ms.map((m) => `${m.text}/${m.type}`);
const isListedCity = (name: string) => ['Lisbon', 'Denver'].includes(name);
const run = (text: string, names: [string, EntityType][]) =>
  shown(
    withTransitLines(
      new Map([[0, text]]),
      names.map(([name, type]) => mention(text, name, type)),
      isListedCity,
    ),
  );

describe("a line's letters before a lower-case train or lines", () => {
  test('named where the tagger left them out', () => {
    expect(run('She took a packed G train to Ada Park, where all LRT lines stop.', [['Ada Park', 'PLACE']])).toEqual([
      'G/PLACE',
      'Ada Park/PLACE',
      'LRT/PLACE',
    ]);
  });

  test('left alone: a sentence-opening "A", a name already there, a lower-case "line"', () => {
    expect(
      run('A train left at six. The new ZX trains run on the GOP line, said Bo Li.', [
        ['ZX', 'OTHER'],
        ['Bo Li', 'PERSON'],
      ]),
    ).toEqual(['ZX/OTHER', 'Bo Li/PERSON']);
  });
});

describe('a rail or metro line is a place', () => {
  test.each([
    [
      'The Harbour Loop LRT carried 9,000 riders a day in its first month.',
      [['Harbour Loop LRT', 'ORG']],
      ['Harbour Loop LRT/PLACE'],
    ],
    [
      'No Overground service will run on Sunday; buses replace trains between the two stations.',
      [['Overground', 'OTHER']],
      ['Overground/PLACE'],
    ],
    [
      'Tramlink trams and Northway Crosstown trains will run until 2am.',
      [['Northway Crosstown', 'ORG']],
      ['Northway Crosstown/PLACE'],
    ],
    ['Line 4 riders face shuttle buses this weekend.', [['Line', 'ORG']], ['Line 4/PLACE']],
    ['The bakery, a short walk from the Metro, shuts on Friday.', [['Metro', 'ORG']], ['Metro/PLACE']],
    ['Metro Denver ended March with more homes for sale.', [['Metro Denver', 'ORG']], ['Metro Denver/PLACE']],
  ] as [string, [string, EntityType][], string[]][])('%s', (text, names, expected) => {
    expect(run(text, names)).toEqual(expected);
  });

  test.each([
    // A ferry or cruise company in a text without trains stays a company.
    ['Seaward Line cut two sailings to Lisbon this winter.', [['Seaward Line', 'ORG']], ['Seaward Line/ORG']],
    // The operator ("Metro Transit"), a newspaper that reports, a person are left alone.
    [
      'Metro Transit said its trains would run on a Sunday schedule.',
      [['Metro Transit', 'ORG']],
      ['Metro Transit/ORG'],
    ],
    ['The Metro reported that the station would close.', [['Metro', 'ORG']], ['Metro/ORG']],
    ['Ada Line took the train to work.', [['Ada Line', 'PERSON']], ['Ada Line/PERSON']],
    // "Line" without a number after it is not made a line.
    ['Line managers at the station were told on Monday.', [['Line', 'ORG']], ['Line/ORG']],
  ] as [string, [string, EntityType][], string[]][])('left alone: %s', (text, names, expected) => {
    expect(run(text, names)).toEqual(expected);
  });
});

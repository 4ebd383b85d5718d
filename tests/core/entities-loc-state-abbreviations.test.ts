/**
 * The states the AP abbreviates after a town, and "D.C.", are places with their period
 * (src/core/entities/loc-state-abbreviations.ts): in texts we wrote.
 */
import { describe, expect, test } from 'vitest';
import { withStateAbbreviations } from '../../src/core/entities/loc-state-abbreviations';
import type { EntityMention, EntityType } from '../../src/core/types';
import { mention } from './entity-mentions';
import { mentionsIn } from '../helpers/mentions';

const shown = (ms: readonly EntityMention[]) => ms.map((m) => `${m.text}/${m.type}`);
const run = (blocks: string[], names: [string, EntityType, number][]) =>
  shown(
    withStateAbbreviations(
      new Map(blocks.map((b, i) => [i, b])),
      names.map(([name, type, block]) => mention(blocks[block] as string, name, type, 0, block)),
    ),
  );

describe('a state the AP abbreviates is a place', () => {
  test('after a town and a comma, at a sentence end, in a dateline, and D.C. anywhere', () => {
    expect(
      run(
        [
          'Ruth Ober died at her home in Falmouth, Mass. She was 91.',
          'GREEN HOLLOW, N.C. (AP) — The mill closed on Friday.',
          'D.C. public schools were closed on Tuesday, and Ada Kim flew to Reno, Nev., on Monday.',
        ],
        [
          ['Ruth Ober', 'PERSON', 0],
          ['Falmouth', 'PLACE', 0],
          ['GREEN HOLLOW', 'PLACE', 1],
          ['AP', 'ORG', 1],
          ['Ada Kim', 'PERSON', 2],
          ['Reno', 'PLACE', 2],
        ],
      ),
    ).toEqual([
      'Ruth Ober/PERSON',
      'Falmouth/PLACE',
      'Mass./PLACE',
      'GREEN HOLLOW/PLACE',
      'N.C./PLACE',
      'AP/ORG',
      'D.C./PLACE',
      'Ada Kim/PERSON',
      'Reno/PLACE',
      'Nev./PLACE',
    ]);
  });

  test('a place cut before its period takes it in', () => {
    expect(
      run(
        ['She grew up in Fresno, Calif. and moved east.'],
        [
          ['Fresno', 'PLACE', 0],
          ['Calif', 'PLACE', 0],
        ],
      ),
    ).toEqual(['Fresno/PLACE', 'Calif./PLACE']);
  });

  test('left alone: no town before it, a name already over it, a word that only looks like one', () => {
    expect(
      run(
        [
          'After the service, Mass. was said again at noon.',
          'They met in Washington, D.C. on Monday.',
          'The team, Ind. and others, voted.',
        ],
        [['Washington, D.C.', 'PLACE', 1]],
      ),
    ).toEqual(['Washington, D.C./PLACE']);
  });
});

describe('a town before its state written out is a place (names48a)', () => {
  const read = (block: string, names: [string, EntityType][]): string[] =>
    withStateAbbreviations(new Map([[0, block]]), mentionsIn(block, names)).map((m) => `${m.text}/${m.type}`);

  test('a town typed ORG or OTHER before ", <state>," is the place', () => {
    expect(
      read("The company's Harlow Flats, Arizona, plant and the levee at Pell Landing, Mississippi.", [
        ['Harlow Flats', 'ORG'],
        ['Arizona', 'PLACE'],
        ['Pell Landing', 'OTHER'],
        ['Mississippi', 'PLACE'],
      ]),
    ).toEqual(['Harlow Flats/PLACE', 'Arizona/PLACE', 'Pell Landing/PLACE', 'Mississippi/PLACE']);
  });

  test('a person, a state inside a longer name, or a possessive state leaves it as it was', () => {
    expect(
      read('Ted Pell, Texas, said no. Brellcorp, Texas Instruments and Velsys, California’s biggest.', [
        ['Ted Pell', 'PERSON'],
        ['Texas', 'PLACE'],
        ['Brellcorp', 'ORG'],
        ['Texas Instruments', 'ORG'],
        ['Velsys', 'ORG'],
        ['California', 'PLACE'],
      ]),
    ).toEqual([
      'Ted Pell/PERSON',
      'Texas/PLACE',
      'Brellcorp/ORG',
      'Texas Instruments/ORG',
      'Velsys/ORG',
      'California/PLACE',
    ]);
  });
});

/** Regions of other states by their generic head, and capitals named so, are places (loc-place-heads.ts, loc-defined-places.ts): texts we wrote. */
import { describe, expect, test } from 'vitest';
import { withDefinedPlaces } from '../../../src/core/entities/loc-defined-places';
import { withPlaceHeads } from '../../../src/core/entities/loc-place-heads';
import type { EntityType } from '../../../src/core/types';
import { mentionsIn } from '../../helpers/mentions';

const read = (block: string, names: [string, EntityType][]): string[] =>
  withPlaceHeads(mentionsIn(block, names)).map((m) => `${m.text}/${m.type}`);

describe('an oblast, prefecture, governorate or peninsula is a place', () => {
  test('typed as an other name, a body or a person', () => {
    expect(
      read('Drones hit Sumy Oblast and Ishikawa Prefecture shook; the Kenai Peninsula and Idlib Governorate too.', [
        ['Sumy Oblast', 'OTHER'],
        ['Ishikawa Prefecture', 'ORG'],
        ['Kenai Peninsula', 'ORG'],
        ['Idlib Governorate', 'PERSON'],
      ]),
    ).toEqual(['Sumy Oblast/PLACE', 'Ishikawa Prefecture/PLACE', 'Kenai Peninsula/PLACE', 'Idlib Governorate/PLACE']);
  });

  test('a group named for a province stays a group; the head alone is no place', () => {
    expect(
      read('Islamic State Khorasan Province claimed it. The Prefecture said no.', [
        ['Islamic State Khorasan Province', 'ORG'],
        ['Prefecture', 'ORG'],
      ]),
    ).toEqual(['Islamic State Khorasan Province/ORG', 'Prefecture/ORG']);
    expect(read('They toured Anhui Province.', [['Anhui Province', 'OTHER']])).toEqual(['Anhui Province/PLACE']);
  });
});

describe('a name followed by ", the capital of" is a place', () => {
  test('a town read as a person, and every other mention of it', () => {
    const block = 'Rebels took Wad Halfa, the capital of Nubra state, in May. Wad Halfa fell quiet.';
    const out = withDefinedPlaces(
      new Map([[0, block]]),
      mentionsIn(block, [
        ['Wad Halfa', 'PERSON'],
        ['Nubra', 'PLACE'],
        ['Wad Halfa', 'PERSON'],
      ]),
    ).map((m) => `${m.text}/${m.type}`);
    expect(out).toEqual(['Wad Halfa/PLACE', 'Nubra/PLACE', 'Wad Halfa/PLACE']);
  });

  test('a club typed ORG stays', () => {
    const block = 'Fans of Corvale, the capital of the league, sang.';
    const out = withDefinedPlaces(new Map([[0, block]]), mentionsIn(block, [['Corvale', 'ORG']])).map(
      (m) => `${m.text}/${m.type}`,
    );
    expect(out).toEqual(['Corvale/ORG']);
  });
});

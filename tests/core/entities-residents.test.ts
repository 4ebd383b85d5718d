/**
 * A name before "resident" is a place (src/core/entities/loc-residents.ts), on texts written for
 * these tests.
 */
import { describe, expect, test } from 'vitest';
import { withResidentPlaces } from '../../src/core/entities/loc-residents';
import type { EntityType } from '../../src/core/types';
import { mentionsIn } from '../helpers/mentions';

function read(body: string, names: [string, EntityType][]): string[] {
  return withResidentPlaces(new Map([[0, body]]), mentionsIn(body, names)).map((m) => `${m.text}/${m.type}`);
}

describe('a name before "resident" is a place', () => {
  test('the name, and its other mentions typed OTHER', () => {
    expect(
      read('Marlow Creek resident Ana Ruiz, 70, crossed the Marlow Creek footbridge.', [
        ['Marlow Creek', 'ORG'],
        ['Ana Ruiz', 'PERSON'],
        ['Marlow Creek', 'OTHER'],
      ]),
    ).toEqual(['Marlow Creek/PLACE', 'Ana Ruiz/PERSON', 'Marlow Creek/PLACE']);
    expect(read('Some Tenby Rd residents objected.', [['Tenby Rd', 'OTHER']])).toEqual(['Tenby Rd/PLACE']);
  });
  test('a person, or another word after the name, is left', () => {
    expect(read('Dr Quill residents loved her.', [['Quill', 'PERSON']])).toEqual(['Quill/PERSON']);
    expect(read('Orvane residential sales rose.', [['Orvane', 'ORG']])).toEqual(['Orvane/ORG']);
  });
});

describe('a people or a faith before "residents" is left', () => {
  test('faith, nationality, hyphenated', () => {
    const body = 'Muslim residents and Veltan residents and Anglo-Veltan residents met.';
    const ms = mentionsIn(body, [
      ['Muslim', 'OTHER'],
      ['Veltan', 'OTHER'],
      ['Anglo-Veltan', 'OTHER'],
    ]);
    expect(
      withResidentPlaces(new Map([[0, body]]), ms, (w) => w === 'Veltan').map((m) => `${m.text}/${m.type}`),
    ).toEqual(['Muslim/OTHER', 'Veltan/OTHER', 'Anglo-Veltan/OTHER']);
  });
});

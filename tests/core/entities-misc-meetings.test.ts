/**
 * Race meetings, summer schools, fleadhs and a season's markets are OTHER (src/core/entities/misc-meetings.ts). Texts written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { mentionsIn } from '../helpers/mentions';
import { withMeetings } from '../../src/core/entities/misc-meetings';
import type { EntityMention } from '../../src/core/types';

const shown = (ms: readonly EntityMention[]): string[] => ms.map((m) => `${m.text}/${m.type}`);

describe('race meetings, summer schools, fleadhs and markets', () => {
  test('a meeting named by its place or patron is OTHER', () => {
    const text =
      'Crowds at the Tralee Races, the Mary Dunne Summer School, the Kerry Fleadh and the Leeds Christmas Markets.';
    expect(
      shown(
        withMeetings(
          mentionsIn(text, [
            ['Tralee Races', 'ORG'],
            ['Mary Dunne Summer School', 'ORG'],
            ['Kerry Fleadh', 'PLACE'],
            ['Leeds Christmas Markets', 'ORG'],
          ]),
        ),
      ),
    ).toEqual([
      'Tralee Races/OTHER',
      'Mary Dunne Summer School/OTHER',
      'Kerry Fleadh/OTHER',
      'Leeds Christmas Markets/OTHER',
    ]);
  });

  test('bodies with the same last words are left', () => {
    const text = 'Harbour Capital Markets backed the Summer School and Races.';
    expect(
      shown(
        withMeetings(
          mentionsIn(text, [
            ['Harbour Capital Markets', 'ORG'],
            ['Summer School', 'ORG'],
            ['Races', 'ORG'],
          ]),
        ),
      ),
    ).toEqual(['Harbour Capital Markets/ORG', 'Summer School/ORG', 'Races/ORG']);
  });
});

/**
 * "St. Paul" and "Kanagawa Pref." whole, as places (src/core/entities/loc-abbreviated.ts): in
 * texts we wrote.
 */
import { describe, expect, test } from 'vitest';
import { withAbbreviatedPlaces } from '../../src/core/entities/loc-abbreviated';
import type { EntityMention, EntityType } from '../../src/core/types';
import { mention } from './entity-mentions';

const run = (text: string, names: [string, EntityType][]) =>
  withAbbreviatedPlaces(
    new Map([[0, text]]),
    names.map(([name, type]) => mention(text, name, type)),
  ).map((m: EntityMention) => `${m.text}/${m.type}@${m.start}`);

describe('a place with an abbreviation in its name', () => {
  test.each([
    ['Snow fell overnight. St. Cloud declared an emergency.', [['Cloud', 'PERSON']], ['St. Cloud/PLACE@21']],
    ['Roseville switched in 2015 and St Albert in 2018.', [['Albert', 'PERSON']], ['St Albert/PLACE@31']],
    ['NAGOYA, Aichi Pref. — A rover landed.', [['Aichi Pref', 'PLACE']], ['Aichi Pref./PLACE@8']],
  ] as [string, [string, EntityType][], string[]][])('%s', (text, names, expected) => {
    expect(run(text, names)).toEqual(expected);
  });

  test.each([
    // A full name after "St.", a person without it, a place with no abbreviation at its end.
    ['St. Mary Jones spoke.', [['Mary Jones', 'PERSON']], ['Mary Jones/PERSON@4']],
    ['Paul Ekman spoke at Best. Then he left.', [['Paul Ekman', 'PERSON']], ['Paul Ekman/PERSON@0']],
    ['They moved to Osaka. Then Kobe.', [['Osaka', 'PLACE']], ['Osaka/PLACE@14']],
  ] as [string, [string, EntityType][], string[]][])('left alone: %s', (text, names, expected) => {
    expect(run(text, names)).toEqual(expected);
  });
});

/**
 * A town named before a noun after "a" is the place (src/core/entities/loc-modifiers.ts): on
 * sentences we wrote, with mentions typed as the tagger mistypes them.
 */
import { describe, expect, test } from 'vitest';
import { withPlaceModifiers } from '../../src/core/entities/loc-modifiers';
import type { EntityMention } from '../../src/core/types';
import { mention } from './entity-mentions';

const KNOWN = new Set(['Android', 'Tern']);

function read(text: string, mentions: EntityMention[]): string[] {
  return withPlaceModifiers(new Map([[0, text]]), mentions, (w) => KNOWN.has(w)).map((m) => `${m.text}/${m.type}`);
}

describe('a town as a modifier after "a"', () => {
  test('after "a", "an" and "a former", before a lower-case noun', () => {
    const a = 'He worked for a Brellby joiner, then an Oskvale bakery, and met a former Quarrow councillor.';
    expect(
      read(a, [mention(a, 'Brellby', 'OTHER'), mention(a, 'Oskvale', 'OTHER'), mention(a, 'Quarrow', 'OTHER')]),
    ).toEqual(['Brellby/PLACE', 'Oskvale/PLACE', 'Quarrow/PLACE']);
  });

  test("a religion's or people's name, a contest's name and a name before no noun stay", () => {
    const a = 'Troops reached a Moslem village before a Brellby final; she became a Quarrow and sold it.';
    expect(
      read(a, [mention(a, 'Moslem', 'OTHER'), mention(a, 'Brellby', 'OTHER'), mention(a, 'Quarrow', 'OTHER')]),
    ).toEqual(['Moslem/OTHER', 'Brellby/OTHER', 'Quarrow/OTHER']);
  });

  test('known words, nationalities, compounds, other types and other positions stay', () => {
    const a =
      'She used an Android phone, a Norvinian singer, a Brell-made kit, a Tern rover and a Quarrow Ltd van; the Brellby market; a Brellby.';
    expect(
      read(a, [
        mention(a, 'Android', 'OTHER'),
        mention(a, 'Norvinian', 'OTHER'),
        mention(a, 'Brell-made', 'OTHER'),
        mention(a, 'Tern', 'OTHER'),
        mention(a, 'Quarrow', 'ORG'),
        mention(a, 'Brellby', 'OTHER'),
        mention(a, 'Brellby', 'OTHER', 1),
      ]),
    ).toEqual([
      'Android/OTHER',
      'Norvinian/OTHER',
      'Brell-made/OTHER',
      'Tern/OTHER',
      'Quarrow/ORG',
      'Brellby/OTHER',
      'Brellby/OTHER',
    ]);
  });

  test('a listed city typed ORG before any noun, outside a sports story and before no sports noun', () => {
    const cities = new Set(['Harwick', 'Brellby']);
    const readCities = (text: string, mentions: EntityMention[]) =>
      withPlaceModifiers(
        new Map([[0, text]]),
        mentions,
        (w) => KNOWN.has(w) || cities.has(w),
        (name) => cities.has(name),
      ).map((m) => `${m.text}/${m.type}`);
    const a = 'The round was led by a Harwick venture firm; a former Brellby strata manager was charged.';
    expect(readCities(a, [mention(a, 'Harwick', 'ORG'), mention(a, 'Brellby', 'ORG')])).toEqual([
      'Harwick/PLACE',
      'Brellby/PLACE',
    ]);
    // A club's noun, a name no list holds as a city, and any city in a sports story stay.
    const b = 'She is a Harwick fan and a Quarrow broker.';
    expect(readCities(b, [mention(b, 'Harwick', 'ORG'), mention(b, 'Quarrow', 'ORG')])).toEqual([
      'Harwick/ORG',
      'Quarrow/ORG',
    ]);
    const c = 'The striker scored a hat-trick. It was a Harwick broker who bought the club.';
    expect(readCities(c, [mention(c, 'Harwick', 'ORG')])).toEqual(['Harwick/ORG']);
  });
});

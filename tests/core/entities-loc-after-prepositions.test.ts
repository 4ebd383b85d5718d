/**
 * A listed city after a place's preposition is the place (src/core/entities/loc-after-prepositions.ts):
 * on sentences we wrote, with mentions typed as the tagger mistypes them.
 */
import { describe, expect, test } from 'vitest';
import { withCitiesAfterPrepositions } from '../../src/core/entities/loc-after-prepositions';
import type { EntityMention } from '../../src/core/types';
import { mention } from './entity-mentions';

const CITIES = new Set(['Harwick', 'Dunmore', 'Osk']);

function read(
  text: string,
  mentions: EntityMention[],
  isCity: (name: string) => boolean = (n) => CITIES.has(n),
  isKnownWord?: (word: string) => boolean,
): string[] {
  return withCitiesAfterPrepositions(new Map([[0, text]]), mentions, isCity, isKnownWord).map(
    (m) => `${m.text}/${m.type}`,
  );
}

describe('a listed city after a place preposition', () => {
  test('after "to", "from" and "in" in a story that is no sports story', () => {
    const a = 'The painting goes on loan to Harwick, then from Dunmore to a gallery in Osk.';
    expect(read(a, [mention(a, 'Harwick', 'ORG'), mention(a, 'Dunmore', 'ORG'), mention(a, 'Osk', 'ORG')])).toEqual([
      'Harwick/PLACE',
      'Dunmore/PLACE',
      'Osk/PLACE',
    ]);
  });

  test('an unlisted name, a name of two words and a name after another word stay organisations', () => {
    const a = 'Shares of Brellcorp rose in Harwick Council trading, and Dunmore said so.';
    expect(
      read(a, [mention(a, 'Brellcorp', 'ORG'), mention(a, 'Harwick Council', 'ORG'), mention(a, 'Dunmore', 'ORG')]),
    ).toEqual(['Brellcorp/ORG', 'Harwick Council/ORG', 'Dunmore/ORG']);
  });

  test('in a sports story, a club after "lost to" stays, a city after "fly to" is the place', () => {
    const a = 'After the playoffs the quarterback said they lost to Harwick, and would fly to Dunmore.';
    expect(read(a, [mention(a, 'Harwick', 'ORG'), mention(a, 'Dunmore', 'ORG')])).toEqual([
      'Harwick/ORG',
      'Dunmore/PLACE',
    ]);
  });

  test('an unlisted town after "near" or "toward" is the place, in any story; a body, a common word or an owner stays', () => {
    const known = new Set(['Court', 'Parliament', 'Crown']);
    const a =
      "After the match, troops pushed toward Velmarsk and shelled a farm near Ostry Yar; fans queued outside Dunmore Crown Court, near Parliament and outside Brellcorp's plant.";
    const tagged = [
      mention(a, 'Velmarsk', 'ORG'),
      mention(a, 'Ostry Yar', 'ORG'),
      mention(a, 'Dunmore Crown Court', 'ORG'),
      mention(a, 'Parliament', 'ORG'),
      mention(a, 'Brellcorp', 'ORG'),
    ];
    expect(
      read(
        a,
        tagged,
        () => false,
        (w) => known.has(w),
      ),
    ).toEqual(['Velmarsk/PLACE', 'Ostry Yar/PLACE', 'Dunmore Crown Court/ORG', 'Parliament/ORG', 'Brellcorp/ORG']);
  });

  test('an unlisted town after a word of travel or distance and "from" is the place; a sender or a club stays (names44a)', () => {
    const known = new Set(['Bank']);
    const a =
      'Her son drives up from Kellory on Fridays, the crew had come from Tarn Vale, and it is three hours from Olsby; a letter from Brellcorp and a grant from Fenwick Bank arrived.';
    const tagged = [
      mention(a, 'Kellory', 'OTHER'),
      mention(a, 'Tarn Vale', 'ORG'),
      mention(a, 'Olsby', 'ORG'),
      mention(a, 'Brellcorp', 'ORG'),
      mention(a, 'Fenwick Bank', 'ORG'),
    ];
    expect(
      read(
        a,
        tagged,
        () => false,
        (w) => known.has(w),
      ),
    ).toEqual(['Kellory/PLACE', 'Tarn Vale/PLACE', 'Olsby/PLACE', 'Brellcorp/ORG', 'Fenwick Bank/ORG']);
    const b = 'The striker, who moved from Velmar in the summer, scored twice as the league leaders won 3-1.';
    expect(
      read(
        b,
        [mention(b, 'Velmar', 'ORG')],
        () => false,
        () => false,
      ),
    ).toEqual(['Velmar/ORG']);
  });

  test('a journey\'s days before "from" are its distance outside sport (names47a)', () => {
    const a = 'She had walked for six days from Tarn Vale, and the parcel came in two days from Brellcorp Ltd.';
    const tagged = [mention(a, 'Tarn Vale', 'ORG'), mention(a, 'Brellcorp Ltd', 'ORG')];
    expect(
      read(
        a,
        tagged,
        () => false,
        (w) => w === 'Ltd',
      ),
    ).toEqual(['Tarn Vale/PLACE', 'Brellcorp Ltd/ORG']);
  });
});

describe('a person\'s noun before "from" and an unlisted town (names48a)', () => {
  test('"an engineer from", "the reader from", "a farmer from the" make the town a place; a firm\'s word or a sports story does not', () => {
    const a =
      'An engineer from Velmarsk said so, the reader from Ostry Yar wrote, and a cereal farmer from the Tarnois drove in; a nurse from Brellcorp Bank came too.';
    const tagged = [
      mention(a, 'Velmarsk', 'ORG'),
      mention(a, 'Ostry Yar', 'ORG'),
      mention(a, 'Tarnois', 'ORG'),
      mention(a, 'Brellcorp Bank', 'ORG'),
    ];
    expect(
      read(
        a,
        tagged,
        () => false,
        (w) => w === 'Bank',
      ),
    ).toEqual(['Velmarsk/PLACE', 'Ostry Yar/PLACE', 'Tarnois/PLACE', 'Brellcorp Bank/ORG']);
    const b =
      'The striker scored twice in the match as the league leaders won 3-1; a fan from Velmar cheered the goal.';
    expect(
      read(
        b,
        [mention(b, 'Velmar', 'ORG')],
        () => false,
        () => false,
      ),
    ).toEqual(['Velmar/ORG']);
  });
});

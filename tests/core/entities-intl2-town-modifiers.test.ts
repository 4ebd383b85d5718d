/**
 * A town named before a noun after "a" is the place even where the tagger typed it an
 * organisation (src/core/entities/loc-modifiers.ts; lang-news.md, en-train8: towns LOC): on
 * sentences we wrote, with mentions typed as the tagger mistypes them, and through the model.
 */
import { describe, expect, test } from 'vitest';
import { withPlaceModifiers } from '../../src/core/entities/loc-modifiers';
import type { EntityMention } from '../../src/core/types';
import { englishRecogniser, mention } from './entity-mentions';

const KNOWN = new Set(['Kestrel', 'Rovers']);

function read(text: string, mentions: EntityMention[]): string[] {
  return withPlaceModifiers(new Map([[0, text]]), mentions, (w) => KNOWN.has(w)).map((m) => `${m.text}/${m.type}`);
}

describe('a town typed an organisation before a noun after "a"', () => {
  test('before a noun of people known by their town, it is the place: "a Brellby couple"', () => {
    const a = 'A Brellby couple sued a former Quarrow pensioner and an Oskvale property developer.';
    expect(read(a, [mention(a, 'Brellby', 'ORG'), mention(a, 'Quarrow', 'ORG'), mention(a, 'Oskvale', 'ORG')])).toEqual(
      ['Brellby/PLACE', 'Quarrow/PLACE', 'Oskvale/PLACE'],
    );
  });

  test('a company\'s or team\'s people and things, known names and names not after "a" stay organisations', () => {
    const a =
      'A Brellby spokesman, a Quarrow striker, a Kestrel engineer and a Rovers fan met the Oskvale board, and Brellby staff left.';
    expect(
      read(a, [
        mention(a, 'Brellby', 'ORG'),
        mention(a, 'Quarrow', 'ORG'),
        mention(a, 'Kestrel', 'ORG'),
        mention(a, 'Rovers', 'ORG'),
        mention(a, 'Oskvale', 'ORG'),
        mention(a, 'Brellby', 'ORG', 1),
      ]),
    ).toEqual(['Brellby/ORG', 'Quarrow/ORG', 'Kestrel/ORG', 'Rovers/ORG', 'Oskvale/ORG', 'Brellby/ORG']);
  });
});

describe('through the model', () => {
  test('a town of a fraud story is no organisation', () => {
    const text =
      'A Lisburn couple who paid a deposit in 2019 said the foundations were never laid, the court heard on Tuesday.';
    const out = englishRecogniser()
      .recognise([{ id: 0, kind: 'paragraph', text }])
      .filter((m) => m.text === 'Lisburn')
      .map((m) => m.type);
    expect(out).toEqual(['PLACE']);
  });
});

/**
 * Speed (issue 15) without a change of answer: the shared by-name cache of the corrections
 * (kept-by-name.ts), and demonyms.ts's look-up only of names whose first two letters begin a
 * nationality's word; sentences we wrote.
 */
import { describe, expect, test } from 'vitest';
import { keptByName } from '../../src/core/entities/kept-by-name';
import { demonymNames, demonymStarts } from '../../src/core/entities/demonyms';
import { GAZ } from '../../src/core/entities/model/gazetteers';
import { splitTwoNames } from '../../src/core/entities/two-names';
import { typedByWordBefore } from '../../src/core/entities/word-before';
import type { EntityMention } from '../../src/core/types';
import { mention } from './entity-mentions';

const shown = (ms: readonly EntityMention[]) => ms.map((m) => `${m.text}/${m.type}`);

describe('keptByName', () => {
  test('asks once a name, gives the answer each time, and starts afresh past its limit', () => {
    const asked: string[] = [];
    const length = keptByName((name) => {
      asked.push(name);
      return name.length;
    }, 2);
    expect([length('Avonlea'), length('Avonlea'), length('Brisk')]).toEqual([7, 7, 5]);
    expect(asked).toEqual(['Avonlea', 'Brisk']);
    // Full (two names): emptied before the third is kept, so "Avonlea" is asked again.
    expect(length('Corran')).toBe(6);
    expect(length('Avonlea')).toBe(7);
    expect(asked).toEqual(['Avonlea', 'Brisk', 'Corran', 'Avonlea']);
  });
});

describe('demonymNames looks up only names that may start with a nationality', () => {
  // A word list of our own: two nationalities and a first name.
  const words = { words: ['valdorian', 'zemlish', 'tobin'], bits: [GAZ.DEMONYM, GAZ.DEMONYM, GAZ.FIRST_NAME] };
  const starts = demonymStarts(words);
  const lookUp = (asked: string[]) => (w: string) => {
    asked.push(w);
    const i = words.words.indexOf(w.toLowerCase());
    return i < 0 ? 0 : (words.bits[i] as number);
  };
  const isOrgWord = (w: string) => w === 'Service';

  test("the pairs are the nationalities' first two letters only", () => {
    expect(starts[('v'.charCodeAt(0) - 97) * 26 + ('a'.charCodeAt(0) - 97)]).toBe(1);
    expect(starts[('z'.charCodeAt(0) - 97) * 26 + ('e'.charCodeAt(0) - 97)]).toBe(1);
    expect(starts[('t'.charCodeAt(0) - 97) * 26 + ('o'.charCodeAt(0) - 97)]).toBe(0);
  });

  test('splits and adds as without the pairs, and asks nothing of the other names', () => {
    const a = 'The Valdorian Tobin met Brask at the Zemlish Weather Service and then Élan.';
    const ms = [
      mention(a, 'Valdorian Tobin', 'PERSON'),
      mention(a, 'Brask', 'PERSON'),
      mention(a, 'Zemlish', 'OTHER'),
      mention(a, 'Élan', 'OTHER'),
    ];
    const without: string[] = [];
    const withPairs: string[] = [];
    const plain = demonymNames(a, ms, lookUp(without), isOrgWord);
    const fast = demonymNames(a, ms, lookUp(withPairs), isOrgWord, starts);
    expect(shown(fast)).toEqual(shown(plain));
    expect(shown(fast)).toEqual([
      'Valdorian/OTHER',
      'Tobin/PERSON',
      'Brask/PERSON',
      'Zemlish/OTHER',
      'Weather Service/ORG',
      'Élan/OTHER',
    ]);
    // "Brask" ("br" begins no nationality) is not looked up; "Élan" (not ASCII) is.
    expect(without).toContain('Brask');
    expect(withPairs).not.toContain('Brask');
    expect(withPairs).toContain('Élan');
  });

  test('a text with nothing to split or add keeps its own array', () => {
    const b = 'Brask and Tobin Marr walked home.';
    const ms = [mention(b, 'Brask', 'PERSON'), mention(b, 'Tobin Marr', 'PERSON')];
    expect(demonymNames(b, ms, lookUp([]), isOrgWord, starts)).toBe(ms);
  });
});

describe('passes that change no mention give back their own array, and a copy at a change', () => {
  const a = 'Orla Fenwick of the Brackley Rowing Club spoke in Tarnmouth.';
  const ms = [
    mention(a, 'Orla Fenwick', 'PERSON'),
    mention(a, 'Brackley Rowing Club', 'ORG'),
    mention(a, 'Tarnmouth', 'PLACE'),
  ];

  test('splitTwoNames', () => {
    expect(splitTwoNames(a, ms, () => false)).toBe(ms);
    const b = 'Orla Fenwick of the Brackley Rowing Club met House Democrats.';
    const two = [...ms.slice(0, 2), mention(b, 'House Democrats', 'ORG')];
    expect(shown(splitTwoNames(b, two, () => false))).toEqual([
      'Orla Fenwick/PERSON',
      'Brackley Rowing Club/ORG',
      'House/ORG',
      'Democrats/OTHER',
    ]);
  });

  test('typedByWordBefore', () => {
    expect(
      typedByWordBefore(
        a,
        ms,
        () => 0,
        () => false,
      ),
    ).toBe(ms);
    const c = 'Orla Fenwick of the Brackley Rowing Club watched the National Lacrosse League.';
    const league = [...ms.slice(0, 2), mention(c, 'National Lacrosse League', 'OTHER')];
    const read = typedByWordBefore(
      c,
      league,
      () => 0,
      () => false,
    );
    expect(shown(read)).toEqual(['Orla Fenwick/PERSON', 'Brackley Rowing Club/ORG', 'National Lacrosse League/ORG']);
    expect(read[0]).toBe(league[0]);
  });
});

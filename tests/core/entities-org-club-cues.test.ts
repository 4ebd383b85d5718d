/**
 * More words of sport (a basketball or college story: "3-pointer", "regular season", "free
 * throws") and "visit" before a club (src/core/entities/club-context.ts): in texts we wrote.
 */
import { describe, expect, test } from 'vitest';
import { clubsInContext } from '../../src/core/entities/club-context';
import type { EntityMention, EntityType } from '../../src/core/types';
import { mention } from './entity-mentions';

const LISTED = new Set(['Harwick', 'Brindle', 'Osk']);

function read(text: string, tagged: [string, EntityType, number?][]): string[] {
  return clubsInContext(
    new Map([[0, text]]),
    tagged.map(([name, type, nth]) => mention(text, name, type, nth ?? 0)),
    () => false,
    (n: string) => LISTED.has(n),
  ).map((m: EntityMention) => `${m.text}/${m.type}`);
}

describe('clubs in stories the sports words now find', () => {
  test('a basketball story: two 3-pointers and free throws, then "against" a club', () => {
    expect(
      read('Ray Obi hit two 3-pointers and six free throws, a week after a loss against Harwick.', [
        ['Ray Obi', 'PERSON'],
        ['Harwick', 'PLACE'],
      ]),
    ).toEqual(['Ray Obi/PERSON', 'Harwick/ORG']);
  });

  test('a college story: the regular season and a ranking', () => {
    expect(
      read('Brindle has won 14 straight regular-season games in College Football, and No. 6 Brindle plays Osk.', [
        ['Brindle', 'PLACE'],
        ['College Football', 'OTHER'],
        ['Brindle', 'PLACE', 1],
        ['Osk', 'PLACE'],
      ]),
    ).toEqual(['Brindle/ORG', 'College Football/OTHER', 'Brindle/ORG', 'Osk/PLACE']);
  });

  test('"visit" before a club in a sports story', () => {
    expect(
      read('The striker is fit after the goalkeeper was injured. Dunfield visit Harwick on Sunday.', [
        ['Dunfield', 'ORG'],
        ['Harwick', 'PLACE'],
      ]),
    ).toEqual(['Dunfield/ORG', 'Harwick/ORG']);
  });

  test('left alone: "visit" and "against" in a story with one word of sport or none', () => {
    expect(
      read('The minister will visit Harwick, a week after protests against Brindle over the free throws.', [
        ['Harwick', 'PLACE'],
        ['Brindle', 'PLACE'],
      ]),
    ).toEqual(['Harwick/PLACE', 'Brindle/PLACE']);
  });
});

/**
 * Clubs in a sports story's fixture lines and short forms (src/core/entities/club-context.ts):
 * a fixture list's home or away mark, "v" between two sides, "at home to" and "away to", a club's
 * city alone where the text names the club in full ("Harwick Town", then "Harwick"), and a club
 * the tagger typed so that types the same name elsewhere. Texts written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { clubsInContext } from '../../src/core/entities/club-context';
import type { EntityMention, EntityType } from '../../src/core/types';

const LISTED = new Set(['Harwick', 'Brindle', 'Brindle Town']);

/** The mentions of `text` (one block) after the rule, as "name/TYPE"; `tagged` in text order. */
function read(text: string, tagged: [string, EntityType][]): string[] {
  let from = 0;
  const mentions: EntityMention[] = tagged.map(([name, type]) => {
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`${name} not found`);
    from = start + name.length;
    return { blockId: 0, start, end: start + name.length, text: name, type };
  });
  return clubsInContext(
    new Map([[0, text]]),
    mentions,
    () => false,
    (n) => LISTED.has(n),
  ).map((m) => `${m.text}/${m.type}`);
}

const SPORTS = 'The striker was fit again after relegation. ';

describe('clubs in fixture lines', () => {
  test('a home or away mark after a club', () => {
    expect(
      read(`${SPORTS}Saturday: Dunmere (a), 3pm; Osk (h), 7.45pm`, [
        ['Dunmere', 'PLACE'],
        ['Osk', 'PLACE'],
      ]),
    ).toEqual(['Dunmere/ORG', 'Osk/ORG']);
  });

  test('"v" between two sides', () => {
    expect(
      read(`${SPORTS}Sat 9 Mar: Dunmere v Carrow (3pm)`, [
        ['Dunmere', 'PLACE'],
        ['Carrow', 'PLACE'],
      ]),
    ).toEqual(['Dunmere/ORG', 'Carrow/ORG']);
  });

  test('"at home to" and "away to"; "went home to" is the place', () => {
    expect(
      read(`${SPORTS}They lost at home to Dunmere, drew away to Carrow, then the captain went home to Vell.`, [
        ['Dunmere', 'PLACE'],
        ['Carrow', 'PLACE'],
        ['Vell', 'PLACE'],
      ]),
    ).toEqual(['Dunmere/ORG', 'Carrow/ORG', 'Vell/PLACE']);
  });

  test('a club\'s city alone where the text names the club in full, but not after "in"', () => {
    expect(
      read(`${SPORTS}Dunmere Rovers were promoted. Dunmere spent little, and fans in Dunmere celebrated.`, [
        ['Dunmere Rovers', 'PLACE'],
        ['Dunmere', 'PLACE'],
        ['Dunmere', 'PLACE'],
      ]),
    ).toEqual(['Dunmere Rovers/ORG', 'Dunmere/ORG', 'Dunmere/PLACE']);
  });

  test('a listed town with a club suffix stays a place', () => {
    expect(
      read(`${SPORTS}The team flew to Brindle Town. Brindle Town was warm.`, [
        ['Brindle Town', 'PLACE'],
        ['Brindle Town', 'PLACE'],
      ]),
    ).toEqual(['Brindle Town/PLACE', 'Brindle Town/PLACE']);
  });

  test('a club the tagger typed so, by its own signal, types the same name elsewhere', () => {
    expect(
      read(`${SPORTS}First up is Dunmere on Saturday. Fixtures: Dunmere (a), 3pm`, [
        ['Dunmere', 'PLACE'],
        ['Dunmere', 'ORG'],
      ]),
    ).toEqual(['Dunmere/ORG', 'Dunmere/ORG']);
  });

  test('no sports story: nothing changes', () => {
    expect(read('Saturday: Dunmere (a), 3pm', [['Dunmere', 'PLACE']])).toEqual(['Dunmere/PLACE']);
  });
});

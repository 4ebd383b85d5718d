/**
 * Clubs named by their city after a result (src/core/entities/club-context.ts): a result "at"
 * a club ("a loss at Harwick"), a result with its score ("lost 45-31 to Brindle"), and a city
 * joined by "and" to a club ("beat Osk and Carrow"); on texts written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { clubsInContext } from '../../src/core/entities/club-context';
import type { EntityMention, EntityType } from '../../src/core/types';

const LISTED = new Set(['Harwick', 'Brindle', 'Osk', 'Carrow', 'Dunmere']);
const SPORT = 'The quarterback was sacked twice before halftime.';

/** The mentions of `names` (each at its first occurrence after the last) in `text`, typed `type`. */
function read(text: string, names: [string, EntityType][]): string[] {
  let from = 0;
  const ms: EntityMention[] = names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`${name} not found`);
    from = start + name.length;
    return { blockId: 1, start, end: from, text: name, type };
  });
  return clubsInContext(
    new Map([
      [0, SPORT],
      [1, text],
    ]),
    ms,
    () => false,
    (n) => LISTED.has(n),
  ).map((m) => `${m.text}/${m.type}`);
}

describe('a city after a result is its club', () => {
  test('a result at a club', () => {
    expect(read('The week before, he went 2 for 10 in a loss at Harwick.', [['Harwick', 'PLACE']])).toEqual([
      'Harwick/ORG',
    ]);
    expect(read('They were tipped to lose at Dunmere in the wild-card round.', [['Dunmere', 'PLACE']])).toEqual([
      'Dunmere/ORG',
    ]);
  });

  test('a result with its score', () => {
    expect(read('Two weeks later it lost 45-31 to Brindle at home.', [['Brindle', 'PLACE']])).toEqual(['Brindle/ORG']);
  });

  test('a city joined by "and" to a club', () => {
    expect(
      read('They then beat Osk and Carrow at home before the final.', [
        ['Osk', 'PLACE'],
        ['Carrow', 'PLACE'],
      ]),
    ).toEqual(['Osk/ORG', 'Carrow/ORG']);
  });

  test('a venue, a place joined to a place, and an unlisted name stay places', () => {
    expect(read('The team trained at Harwick on a cold morning.', [['Harwick', 'PLACE']])).toEqual(['Harwick/PLACE']);
    expect(
      read('Fans drove from Osk and Carrow for the game.', [
        ['Osk', 'PLACE'],
        ['Carrow', 'PLACE'],
      ]),
    ).toEqual(['Osk/PLACE', 'Carrow/PLACE']);
    expect(read('A loss at Fernhill ended the run.', [['Fernhill', 'PLACE']])).toEqual(['Fernhill/PLACE']);
  });
});

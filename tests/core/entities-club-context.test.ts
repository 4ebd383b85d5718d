/**
 * Clubs named by their city in a sports story (src/core/entities/club-context.ts): on mentions
 * as a tagger might type them, in texts written for these tests, with word lists given here.
 */
import { describe, expect, test } from 'vitest';
import { clubsInContext } from '../../src/core/entities/club-context';
import type { EntityMention, EntityType } from '../../src/core/types';

const COUNTRIES = new Set(['Norland', 'Spain']);
const LISTED = new Set(['Harwick', 'Brindle', 'Osk', 'Carrow', 'Dunmere', 'Vell', 'Halden', 'Perrin']);

/** Each [name, type] at its next occurrence in `blocks` (block by block, in order). */
function mentionsOf(blocks: string[], tagged: [string, EntityType][]): EntityMention[] {
  const out: EntityMention[] = [];
  let block = 0;
  let from = 0;
  for (const [name, type] of tagged) {
    let start = (blocks[block] ?? '').indexOf(name, from);
    while (start < 0 && block < blocks.length - 1) {
      block++;
      from = 0;
      start = (blocks[block] ?? '').indexOf(name, from);
    }
    if (start < 0) throw new Error(`${name} not found`);
    out.push({ blockId: block, start, end: start + name.length, text: name, type });
    from = start + name.length;
  }
  return out;
}

/** The mentions after the rule, as "name/TYPE". */
function read(blocks: string[], tagged: [string, EntityType][]): string[] {
  const text = new Map(blocks.map((b, i) => [i, b]));
  return clubsInContext(
    text,
    mentionsOf(blocks, tagged),
    (n) => COUNTRIES.has(n),
    (n) => LISTED.has(n),
  ).map((m) => `${m.text}/${m.type}`);
}

const SPORTS = 'The quarterback was sacked twice before halftime.';

describe('a city standing for its club in a sports story', () => {
  test.each([
    ['a record in brackets', 'Harwick (7-8) still has a chance.', 'Harwick'],
    ['a ranking', 'No. 4 Brindle held on for the win.', 'Brindle'],
    ['a record after a verb', 'Osk went 15-2 last year.', 'Osk'],
    ['a score after "led"', 'Carrow led 93-76 with ten minutes left.', 'Carrow'],
    ['"vs."', 'Thursday: vs. Dunmere, 7:10 p.m.', 'Dunmere'],
    ['"against"', 'The rookie returned against Vell on Sunday.', 'Vell'],
    ['"host"', 'Falcons: Host Halden on Saturday night.', 'Halden'],
    ['"beaten"', 'Since then they have beaten Perrin twice.', 'Perrin'],
    ['"lost to"', 'They lost to Tampa Bay in overtime.', 'Tampa Bay'],
    ['"a win over"', 'It was a 31-9 win over Harwick.', 'Harwick'],
    ['"the visit of"', 'He could play in time for the visit of Brindle.', 'Brindle'],
    ['"at" a listed city and a time', 'Monday, Sept. 22 — at Osk, 8:15 p.m.', 'Osk'],
    ['"at" a listed city and a day', 'They won at Osk on Boxing Day.', 'Osk'],
    ['"At" after a team and a colon', 'UP NEXT\nFalcons: At Osk a week from Sunday.', 'Osk'],
    ['a possessive role', "Carrow's defense remains the league's best.", 'Carrow'],
    ['a line opening with it and a colon', 'Vell: The team won six one-score games.', 'Vell'],
    ['a club suffix after a city', 'He signed a goalkeeper from Halden City on loan.', 'Halden City'],
  ])('%s: %s', (_, sentence, place) => {
    expect(
      read(
        [SPORTS, sentence],
        [
          ['quarterback', 'OTHER'],
          [place, 'PLACE'],
        ],
      ).slice(1),
    ).toEqual([`${place}/ORG`]);
  });

  test('a name made a club is the club elsewhere, except after "in" or "to"', () => {
    expect(
      read(
        [
          SPORTS,
          'Harwick (9-6) won again. Harwick plays next week.',
          'The team will fly to Harwick after a stop in Harwick.',
        ],
        [
          ['quarterback', 'OTHER'],
          ['Harwick', 'PLACE'],
          ['Harwick', 'PLACE'],
          ['Harwick', 'PLACE'],
          ['Harwick', 'PLACE'],
        ],
      ).slice(1),
    ).toEqual(['Harwick/ORG', 'Harwick/ORG', 'Harwick/PLACE', 'Harwick/PLACE']);
  });
});

describe('places stay places', () => {
  test('outside a sports story, the same signals change nothing', () => {
    const tagged: [string, EntityType][] = [
      ['Harwick', 'PLACE'],
      ['Brindle', 'PLACE'],
      ['Osk', 'PLACE'],
    ];
    expect(
      read(['The council voted against Harwick and lost to Brindle. The mayor arrived at Osk on Monday.'], tagged),
    ).toEqual(['Harwick/PLACE', 'Brindle/PLACE', 'Osk/PLACE']);
  });

  test('a country, a venue or a city after "at" alone, a dateline in capitals and a city with "in" stay places', () => {
    expect(
      read(
        [
          SPORTS,
          'CARROW: They lost to Norland and have not won at Lambeau since 1991. Rain stopped play at Osk, where they lead.',
          'The draft is in Vell, and the club beat nobody in Perrin.',
        ],
        [
          ['quarterback', 'OTHER'],
          ['CARROW', 'PLACE'],
          ['Norland', 'PLACE'],
          ['Lambeau', 'PLACE'],
          ['Osk', 'PLACE'],
          ['Vell', 'PLACE'],
          ['Perrin', 'PLACE'],
        ],
      ).slice(1),
    ).toEqual(['CARROW/PLACE', 'Norland/PLACE', 'Lambeau/PLACE', 'Osk/PLACE', 'Vell/PLACE', 'Perrin/PLACE']);
  });

  test('a place typed otherwise, or a listed city that ends in "City", is left alone', () => {
    const listedCity = (n: string): boolean => n === 'Kanto' || n === 'Kanto City';
    const blocks = [SPORTS, 'The playoffs move to Kanto City, and Kanto (3-1) travels.'];
    const mentions = mentionsOf(blocks, [
      ['quarterback', 'OTHER'],
      ['Kanto City', 'PLACE'],
      ['Kanto', 'ORG'],
    ]);
    const out = clubsInContext(new Map(blocks.map((b, i) => [i, b])), mentions, () => false, listedCity);
    expect(out.map((m) => `${m.text}/${m.type}`)).toEqual(['quarterback/OTHER', 'Kanto City/PLACE', 'Kanto/ORG']);
  });
});

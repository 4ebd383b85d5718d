import { describe, expect, test } from 'vitest';
import { withAppositiveWorks } from '../../src/core/entities/works-appositives';
import { withStudioNouns } from '../../src/core/entities/org-studio-nouns';
import { withBookListings } from '../../src/core/entities/book-listings';
import { withVersions } from '../../src/core/entities/misc-versions';
import { withAustralianStates } from '../../src/core/entities/loc-au-states';
import { clubsInContext } from '../../src/core/entities/club-context';
import { withFormats } from '../../src/core/entities/misc-formats';
import { withoutGluedDollars } from '../../src/core/entities/intl-amounts';
import { withHandleNames } from '../../src/core/entities/per-handles';
import { withExams } from '../../src/core/entities/misc-exams';
import { withoutStandards } from '../../src/core/entities/misc-standards';
import type { EntityMention } from '../../src/core/types';

/** Mentions of `block` (block 0) by their text, each the first occurrence from `from`. */
function mention(block: string, text: string, type: EntityMention['type'], from = 0): EntityMention {
  const start = block.indexOf(text, from);
  return { blockId: 0, start, end: start + text.length, text, type };
}

const pairs = (ms: readonly EntityMention[]): Array<[string, string]> => ms.map((m) => [m.text, m.type]);
const one = (block: string): Map<number, string> => new Map([[0, block]]);
const FIRST_NAMES = new Set(['Dana', 'Ellen', 'Tom', 'Ana']);
const isFirstName = (w: string): boolean => FIRST_NAMES.has(w);
const PLACES = new Set(['Spain', 'Berlin', 'Glenrock']);
const isPlace = (name: string): boolean => PLACES.has(name);

describe('works named before their kind (works-appositives)', () => {
  test('"X, the open-world RPG from ..." makes X a work everywhere', () => {
    const block = 'Ashfall slips to 2027. Ashfall, the open-world fantasy RPG from Harwick Studios, was due in May.';
    const out = withAppositiveWorks(one(block), [
      mention(block, 'Ashfall', 'PERSON'),
      mention(block, 'Ashfall', 'PERSON', 10),
      mention(block, 'Harwick Studios', 'ORG'),
    ]);
    expect(pairs(out)).toEqual([
      ['Ashfall', 'OTHER'],
      ['Ashfall', 'OTHER'],
      ['Harwick Studios', 'ORG'],
    ]);
  });
  test('a kind noun as a modifier, or a relation to a work, is no cue', () => {
    const block = 'Mara Lind, the drama teacher, met Joss Vey, the star of the film that won.';
    const out = withAppositiveWorks(one(block), [
      mention(block, 'Mara Lind', 'PERSON'),
      mention(block, 'Joss Vey', 'PERSON'),
    ]);
    expect(pairs(out)).toEqual([
      ['Mara Lind', 'PERSON'],
      ['Joss Vey', 'PERSON'],
    ]);
  });
});

describe("a studio's works and a company after its noun (works-of-studios, org-studio-nouns)", () => {
  test('a name after "studio" or "publisher" is a company; a person or a place there is not', () => {
    const block = 'Made by Leeds studio Copperfield; Copperfield hired publisher Tom Hale and studio Berlin.';
    const out = withStudioNouns(
      one(block),
      [
        mention(block, 'Leeds', 'PLACE'),
        mention(block, 'Copperfield', 'OTHER'),
        mention(block, 'Copperfield', 'OTHER', 30),
        mention(block, 'Tom Hale', 'PERSON'),
        mention(block, 'Berlin', 'PLACE'),
      ],
      isFirstName,
      isPlace,
    );
    expect(pairs(out)).toEqual([
      ['Leeds', 'PLACE'],
      ['Copperfield', 'ORG'],
      ['Copperfield', 'ORG'],
      ['Tom Hale', 'PERSON'],
      ['Berlin', 'PLACE'],
    ]);
  });
});

describe('a name after a trade noun of a company (names46a)', () => {
  test('a shipbroker, a family office, a think tank, a consultancy, a chain and a firm after its comma', () => {
    const block =
      'Bergen shipbroker Halvard Moe said so, as did the family office Osterwald Kapital, the think tank Meridian and the consultancy Brandt Yule; the chain Pellow cut prices, and an outside firm, Tessaly, helped.';
    const out = withStudioNouns(
      one(block),
      [
        mention(block, 'Bergen', 'PLACE'),
        mention(block, 'Halvard Moe', 'PERSON'),
        mention(block, 'Osterwald Kapital', 'PERSON'),
        mention(block, 'Meridian', 'PLACE'),
        mention(block, 'Brandt Yule', 'PERSON'),
        mention(block, 'Pellow', 'PERSON'),
        mention(block, 'Tessaly', 'PLACE'),
      ],
      () => false,
      () => false,
    );
    expect(pairs(out)).toEqual([
      ['Bergen', 'PLACE'],
      ['Halvard Moe', 'ORG'],
      ['Osterwald Kapital', 'ORG'],
      ['Meridian', 'ORG'],
      ['Brandt Yule', 'ORG'],
      ['Pellow', 'ORG'],
      ['Tessaly', 'ORG'],
    ]);
  });

  test('a person by a first name and a listed place after the noun stay', () => {
    const block = 'The broker Dana Whitfield joined the chain Leeds had lost.';
    const out = withStudioNouns(
      one(block),
      [mention(block, 'Dana Whitfield', 'PERSON'), mention(block, 'Leeds', 'PLACE')],
      (w) => w === 'Dana',
      (name) => name === 'Leeds',
    );
    expect(pairs(out)).toEqual([
      ['Dana Whitfield', 'PERSON'],
      ['Leeds', 'PLACE'],
    ]);
  });
});

describe('a shortlist\'s "Title by Author (Publisher)" (book-listings)', () => {
  test('the publisher in brackets is an organisation, the title opening the item a work', () => {
    const items = ['Glass Harbour by Ana Mirren (Hollis Greer), her second novel', 'Hollis Greer also won in 2019.'];
    const text = new Map(items.map((t, i) => [i, t]));
    const m = (i: number, s: string, type: EntityMention['type']): EntityMention => ({
      ...mention(items[i] as string, s, type),
      blockId: i,
    });
    const out = withBookListings(
      text,
      [
        m(0, 'Glass Harbour', 'PLACE'),
        m(0, 'Ana Mirren', 'PERSON'),
        m(0, 'Hollis Greer', 'PERSON'),
        m(1, 'Hollis Greer', 'PERSON'),
      ],
      isPlace,
    );
    expect(pairs(out)).toEqual([
      ['Glass Harbour', 'OTHER'],
      ['Ana Mirren', 'PERSON'],
      ['Hollis Greer', 'ORG'],
      ['Hollis Greer', 'ORG'],
    ]);
  });
  test('a place in the brackets is left alone', () => {
    const block = 'The race was won by Ana Mirren (Spain) ahead of the field.';
    const out = withBookListings(
      one(block),
      [mention(block, 'Ana Mirren', 'PERSON'), mention(block, 'Spain', 'PLACE')],
      isPlace,
    );
    expect(pairs(out)).toEqual([
      ['Ana Mirren', 'PERSON'],
      ['Spain', 'PLACE'],
    ]);
  });
});

describe('a version inside a product name (misc-versions)', () => {
  test('a dotted version joins the name as one OTHER name', () => {
    const block = 'Corvid 3.0 ships in Fenwick 26.04 LTS, replacing Corvid 2.8.1 from May.';
    const out = withVersions(
      one(block),
      [mention(block, 'Corvid', 'PLACE'), mention(block, 'Fenwick', 'PERSON'), mention(block, 'Corvid', 'ORG', 40)],
      isPlace,
    );
    expect(pairs(out)).toEqual([
      ['Corvid 3.0', 'OTHER'],
      ['Fenwick', 'PERSON'],
      ['Corvid 2.8.1', 'OTHER'],
    ]);
  });
  test('quantities, listed places and table columns are no versions', () => {
    const block = 'Spain 2.5 3.1 and Halvor 1.5 percent; Glenrock 4.2 was next.';
    const out = withVersions(
      one(block),
      [mention(block, 'Spain', 'PLACE'), mention(block, 'Halvor', 'ORG'), mention(block, 'Glenrock', 'PLACE')],
      isPlace,
    );
    expect(pairs(out)).toEqual([
      ['Spain', 'PLACE'],
      ['Halvor', 'ORG'],
      ['Glenrock', 'PLACE'],
    ]);
  });
});

describe("Australia's short state names (loc-au-states)", () => {
  test('a state typed ORG becomes a place; a longer name holding it stays', () => {
    const block = 'Nine died on NSW roads, Transport for NSW said; the WA count was lower.';
    const out = withAustralianStates(one(block), [
      mention(block, 'NSW', 'ORG'),
      mention(block, 'Transport for NSW', 'ORG'),
      mention(block, 'WA', 'ORG'),
    ]);
    expect(pairs(out)).toEqual([
      ['NSW', 'PLACE'],
      ['Transport for NSW', 'ORG'],
      ['WA', 'PLACE'],
    ]);
  });
  test('in a sports story a state names its side and is left alone', () => {
    const block = 'NSW levelled the series at the halftime break; the playoffs start on Friday.';
    expect(pairs(withAustralianStates(one(block), [mention(block, 'NSW', 'ORG')]))).toEqual([['NSW', 'ORG']]);
  });
});

describe('a team named in full makes its city the team (club-context)', () => {
  test('the city alone is the team, except after "in"', () => {
    const block =
      'Harwick traded guard Tom Vale to the Brindle Foxes before the NBA deadline. When Brindle called, the deal was done; the regular season ends in Brindle.';
    const isTeam = (name: string): boolean => name === 'Brindle Foxes';
    const isCity = (name: string): boolean => name === 'Brindle' || name === 'Harwick';
    const out = clubsInContext(
      one(block),
      [
        mention(block, 'Harwick', 'ORG'),
        mention(block, 'Tom Vale', 'PERSON'),
        mention(block, 'Brindle Foxes', 'ORG'),
        mention(block, 'Brindle', 'PLACE', 80),
        mention(block, 'Brindle', 'PLACE', 120),
      ],
      () => false,
      isCity,
      isTeam,
    );
    expect(pairs(out)).toEqual([
      ['Harwick', 'ORG'],
      ['Tom Vale', 'PERSON'],
      ['Brindle Foxes', 'ORG'],
      ['Brindle', 'ORG'],
      ['Brindle', 'PLACE'],
    ]);
  });
});

describe('formats, glued dollars and season labels (misc-formats, intl-amounts, misc-labels)', () => {
  test('a cinema format and an audience rating are OTHER; the company acting stays', () => {
    const block = 'It took $9 million from Imax screens and an A CinemaScore. Imax said it was pleased.';
    const out = withFormats(one(block), [
      mention(block, 'Imax', 'PLACE'),
      mention(block, 'CinemaScore', 'ORG'),
      mention(block, 'Imax', 'ORG', 50),
    ]);
    expect(pairs(out)).toEqual([
      ['Imax', 'OTHER'],
      ['CinemaScore', 'OTHER'],
      ['Imax', 'ORG'],
    ]);
  });
  test("a dollar's short form glued to its figure is no name; one standing apart stays", () => {
    const block = 'It sold for HK$182m, above the HK$120m-HK$160m estimate; bonds fell C$ 0.45.';
    const out = withoutGluedDollars(one(block), [
      mention(block, 'HK$', 'OTHER'),
      mention(block, 'HK$120m-HK$', 'OTHER'),
      mention(block, 'C$', 'OTHER'),
    ]);
    expect(pairs(out)).toEqual([['C$', 'OTHER']]);
  });
});

describe("a quoted handle inside a player's name (per-handles)", () => {
  test('given name, handle and surname make one person; the broken pieces go', () => {
    const block = 'Rifler Dana "vex" Orlund was MVP, and Quill "Brisk" Tamm also starred.';
    const out = withHandleNames(
      one(block),
      [
        mention(block, 'Rifler Dana', 'PERSON'),
        mention(block, 'Orlund', 'OTHER'),
        mention(block, 'Quill', 'PERSON'),
        mention(block, 'Tamm', 'PERSON'),
      ],
      isFirstName,
    );
    expect(pairs(out)).toEqual([
      ['Dana "vex" Orlund', 'PERSON'],
      ['Quill "Brisk" Tamm', 'PERSON'],
    ]);
  });
  test("a tagger's person that opens with a given name keeps its other names", () => {
    const block = 'Dana Mirren "Skip" Hale (born 1901) was a pitcher.';
    const out = withHandleNames(one(block), [mention(block, 'Dana Mirren', 'PERSON')], isFirstName);
    expect(pairs(out)).toEqual([['Dana Mirren "Skip" Hale', 'PERSON']]);
  });
  test('a quoted word between words that name no person is left alone', () => {
    const block = 'The "new" Deal was signed, and Harwick "Gold" Cup tickets sold out.';
    const out = withHandleNames(one(block), [mention(block, 'Harwick', 'PLACE')], isFirstName);
    expect(pairs(out)).toEqual([['Harwick', 'PLACE']]);
  });
});

describe('examinations and technical standards (misc-exams, misc-standards)', () => {
  test('a named examination is OTHER; the body that sets it stays ORG', () => {
    const block =
      'Pupils sit the Harwick School Leaving Examination (HSLE) and the PSLE, set by the Harwick Examinations Board.';
    const out = withExams([
      mention(block, 'Harwick School Leaving Examination', 'ORG'),
      mention(block, 'PSLE', 'ORG'),
      mention(block, 'Harwick Examinations Board', 'ORG'),
    ]);
    expect(pairs(out)).toEqual([
      ['Harwick School Leaving Examination', 'OTHER'],
      ['PSLE', 'OTHER'],
      ['Harwick Examinations Board', 'ORG'],
    ]);
  });
  test('a protocol or a standard is dropped; a product is kept', () => {
    const block = 'The Quillpad app now sends RCS messages over X11 and HDMI.';
    const out = withoutStandards([
      mention(block, 'Quillpad', 'OTHER'),
      mention(block, 'RCS', 'OTHER'),
      mention(block, 'X11', 'OTHER'),
      mention(block, 'HDMI', 'OTHER'),
    ]);
    expect(pairs(out)).toEqual([['Quillpad', 'OTHER']]);
  });
});

describe('words of the trade market make a sports story (club-context)', () => {
  test('"trade deadline" and "second-round pick" are words of sport', () => {
    const block =
      'Harwick acquired guard Tom Vale from the Brindle Foxes before the trade deadline for a second-round pick. When Brindle called, Harwick listened.';
    const out = clubsInContext(
      one(block),
      [mention(block, 'Brindle Foxes', 'ORG'), mention(block, 'Brindle', 'PLACE', 100)],
      () => false,
      (name) => name === 'Brindle',
      (name) => name === 'Brindle Foxes',
    );
    expect(pairs(out)).toEqual([
      ['Brindle Foxes', 'ORG'],
      ['Brindle', 'ORG'],
    ]);
  });
});

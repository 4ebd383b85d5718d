/**
 * English names read by their head words (src/core/entities/name-heads.ts) and the festival
 * days added to the holidays (src/core/entities/holidays.ts): on mentions as a tagger might cut
 * and type them, in sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { withNameHeads } from '../../src/core/entities/name-heads';
import { withoutHolidays } from '../../src/core/entities/holidays';
import type { EntityMention, EntityType } from '../../src/core/types';

const GIVEN = new Set(['todd', 'ricki', 'tyrone', 'marta']);
const isGiven = (w: string): boolean => GIVEN.has(w.toLowerCase());

function mention(text: string, name: string, type: EntityType): EntityMention {
  const start = text.indexOf(name);
  if (start < 0) throw new Error(`${name} not in ${text}`);
  return { blockId: 0, start, end: start + name.length, text: name, type };
}

/** The mentions kept, as "name/TYPE". */
function read(text: string, tagged: [string, EntityType][]): string[] {
  const mentions = tagged.map(([name, type]) => mention(text, name, type));
  return withNameHeads(new Map([[0, text]]), mentions, isGiven).map((m) => `${m.text}/${m.type}`);
}

describe('time zones are no names', () => {
  test.each([
    ['after a clock time with a colon', 'The ferry left Brindle at 14:20 GMT on the tide.', 'Brindle', 'GMT'],
    ['after a clock time with a point', 'Polls in Carrow shut at 9.30 BST tonight.', 'Carrow', 'BST'],
    ['after "pm"', 'The launch from Osk is set for 7pm EST.', 'Osk', 'EST'],
    ['after "p.m."', 'Kick-off at Dunmere is 7 p.m. EDT.', 'Dunmere', 'EDT'],
    ['spelled out', 'Clocks in Vell keep Coordinated Universal Time.', 'Vell', 'Coordinated Universal Time'],
  ])('%s: %s', (_, text, place, zone) => {
    expect(
      read(text, [
        [place, 'PLACE'],
        [zone, 'OTHER'],
      ]),
    ).toEqual([`${place}/PLACE`]);
  });

  test('a zone after a bare number or alone is left as tagged', () => {
    expect(read('Trading in Osk closed at 1400 GMT.', [['GMT', 'OTHER']])).toEqual(['GMT/OTHER']);
    expect(read('Ships keep GMT on board.', [['GMT', 'OTHER']])).toEqual(['GMT/OTHER']);
  });
});

describe('a facility or landform head makes a place', () => {
  test.each([
    [
      'a reservoir the tagger took for a person',
      'Boats crossed Dillmore Reservoir at dawn.',
      'Dillmore Reservoir',
      'PERSON',
    ],
    ['a lake named first', 'Rowers trained on Lake Corvane all week.', 'Lake Corvane', 'PERSON'],
    ['a shrine', 'Crowds filled Hoshida Shrine by noon.', 'Hoshida Shrine', 'PERSON'],
    ['a garden typed as a work', 'Lights went up in the Ardley Botanical Garden.', 'Ardley Botanical Garden', 'OTHER'],
    ['a canal typed as a body', 'The water rose in the Brennick Canal overnight.', 'Brennick Canal', 'ORG'],
    ['a station typed as a person', 'Trains to Ostvale Station were cancelled.', 'Ostvale Station', 'PERSON'],
    ['a railway station typed as a body', 'Buses run from Ostvale Station to the old town.', 'Ostvale Station', 'ORG'],
    [
      'a toll road typed as a body',
      'Lanes between the Brisk North Tollway and the river close.',
      'Brisk North Tollway',
      'ORG',
    ],
    ['a zoo typed as a body', 'The Corvane Zoo lights open at dusk.', 'Corvane Zoo', 'ORG'],
    ['a conservatory typed as a body', 'The Ardley Conservatory is open daily.', 'Ardley Conservatory', 'ORG'],
  ] as [string, string, string, EntityType][])('%s: %s', (_, text, name, type) => {
    expect(read(text, [[name, type]])).toEqual([`${name}/PLACE`]);
  });

  test.each([
    ['a person with a surname-like head', 'The minister thanked Todd Park for the report.', 'Todd Park', 'PERSON'],
    [
      'a film title with "The"',
      'Critics praised The Quiet Mooring Harbour at the festival.',
      'The Quiet Mooring Harbour',
      'OTHER',
    ],
    ['a work with lower-case words', 'She painted Heron on the Bridge in 1990.', 'Heron on the Bridge', 'OTHER'],
    ['a military operation', 'Veterans of Operation Orchard Garden met again.', 'Operation Orchard Garden', 'OTHER'],
    ['a station run by a body', 'Staff at Keswold Air Station were moved.', 'Keswold Air Station', 'ORG'],
  ] as [string, string, string, EntityType][])('not %s: %s', (_, text, name, type) => {
    expect(read(text, [[name, type]])).toEqual([`${name}/${type}`]);
  });
});

describe('a corporate head makes an organisation', () => {
  test.each([
    ['works taken for a person', 'The probe was built by Lunara Works in Osaka.', 'Lunara Works', 'PERSON'],
    ['an insurer taken for a person', 'Customers of Brannock Insurance were refunded.', 'Brannock Insurance', 'PERSON'],
    ['a utility taken for a place', 'Crews from Blue Ridge Power restored the lines.', 'Blue Ridge Power', 'PLACE'],
    ['a drug maker taken for a person', 'Trials run by Torvik Biologics ended.', 'Torvik Biologics', 'PERSON'],
    ['a boat builder taken for a person', 'Orders at Halvorsen Marine rose.', 'Halvorsen Marine', 'PERSON'],
    ['a fund taken for a place', 'An economist at Harbor Bay Capital said so.', 'Harbor Bay Capital', 'PLACE'],
  ] as [string, string, string, EntityType][])('%s: %s', (_, text, name, type) => {
    expect(read(text, [[name, type]])).toEqual([`${name}/ORG`]);
  });

  test('a person named like a utility and the West Bank stay as tagged', () => {
    expect(read('The film starred Tyrone Power.', [['Tyrone Power', 'PERSON']])).toEqual(['Tyrone Power/PERSON']);
    expect(read('Talks on the West Bank resumed.', [['West Bank', 'PLACE']])).toEqual(['West Bank/PLACE']);
  });

  test('a school name runs on to "District"', () => {
    expect(read('Classes in Flintmoor School District were cancelled.', [['Flintmoor School', 'PLACE']])).toEqual([
      'Flintmoor School District/ORG',
    ]);
  });

  test('a school district read as a place whole is an organisation; a district alone stays a place', () => {
    expect(read('Flintmoor School District canceled classes.', [['Flintmoor School District', 'PLACE']])).toEqual([
      'Flintmoor School District/ORG',
    ]);
    expect(read('Homes in the Lake District flooded.', [['Lake District', 'PLACE']])).toEqual(['Lake District/PLACE']);
  });
});

describe('a sentence-opening "The" before a public body', () => {
  test('is cut at the start of a sentence and after a dash', () => {
    expect(read('The Harbour Agency closed the quay.', [['The Harbour Agency', 'ORG']])).toEqual([
      'Harbour Agency/ORG',
    ]);
    expect(read('10:05 - The Harbour Agency says the quay is shut.', [['The Harbour Agency', 'ORG']])).toEqual([
      'Harbour Agency/ORG',
    ]);
  });

  test('is kept inside a sentence and before other names', () => {
    expect(read('Staff said The Harbour Agency would reply.', [['The Harbour Agency', 'ORG']])).toEqual([
      'The Harbour Agency/ORG',
    ]);
    expect(read('The Daily Lantern ran the story.', [['The Daily Lantern', 'ORG']])).toEqual(['The Daily Lantern/ORG']);
  });
});

describe('festival days are no names', () => {
  const kept = (text: string, tagged: [string, EntityType][]): string[] =>
    withoutHolidays(
      new Map([[0, text]]),
      tagged.map(([name, type]) => mention(text, name, type)),
    ).map((m) => m.text);

  test.each([
    ['the new year', 'Fireworks over Tarrow marked the New Year.', 'Tarrow', 'New Year'],
    ['a festival week', 'Hotels in Sendai fill up in Golden Week.', 'Sendai', 'Golden Week'],
    ['a lantern festival', 'Stalls in Penang open for the Lantern Festival.', 'Penang', 'Lantern Festival'],
    ['"Lunar" cut from "Lunar New Year"', 'Trains out of Wuxi are full before Lunar New Year.', 'Wuxi', 'Lunar'],
    ['"Lunar" of "the Lunar festival"', 'Perth’s Lunar festival ends on Sunday.', 'Perth', 'Lunar'],
  ])('%s: %s', (_, text, place, holiday) => {
    expect(
      kept(text, [
        [place, 'PLACE'],
        [holiday, 'OTHER'],
      ]),
    ).toEqual([place]);
  });

  test('"Lunar" before another word is kept', () => {
    expect(kept('The Lunar Gateway will orbit the Moon.', [['Lunar', 'OTHER']])).toEqual(['Lunar']);
  });
});

describe('an airport named before "International Airport"', () => {
  test('runs back over its own name', () => {
    expect(
      read('Flights at O’Brannigan International Airport were grounded.', [['International Airport', 'PLACE']]),
    ).toEqual(['O’Brannigan International Airport/PLACE']);
    expect(
      read('Flights at Kellan International Airport were grounded.', [
        ['Kellan', 'PERSON'],
        ['International Airport', 'ORG'],
      ]),
    ).toEqual(['Kellan International Airport/PLACE']);
  });

  test('not over a sentence’s first word', () => {
    expect(read('The International Airport reopened.', [['International Airport', 'PLACE']])).toEqual([
      'International Airport/PLACE',
    ]);
  });
});

describe('the days of the new year', () => {
  test('"Eve" and "Day" cut from "New Year’s Eve" are no names', () => {
    const text = 'Varden hosts Brook on New Year’s Eve and on New Year’s Day.';
    const mentions = [
      mention(text, 'Varden', 'ORG'),
      mention(text, 'Brook', 'ORG'),
      mention(text, 'Eve', 'OTHER'),
      { ...mention(text, 'Day', 'OTHER') },
    ];
    expect(withoutHolidays(new Map([[0, text]]), mentions).map((m) => m.text)).toEqual(['Varden', 'Brook']);
  });

  test('a holiday of South-East Asia', () => {
    const text = 'Offices in Ipoh close for Hari Raya Aidilfitri.';
    const mentions = [mention(text, 'Ipoh', 'PLACE'), mention(text, 'Hari Raya Aidilfitri', 'PERSON')];
    expect(withoutHolidays(new Map([[0, text]]), mentions).map((m) => m.text)).toEqual(['Ipoh']);
  });
});

describe('a shop named with a possessive', () => {
  test('runs on over its "’s" and is an organisation', () => {
    expect(
      read("Shoppers lined up outside Macy’s and Kohl's in Dunmere.", [
        ['Macy', 'PERSON'],
        ['Kohl', 'ORG'],
        ['Dunmere', 'PLACE'],
      ]),
    ).toEqual(['Macy’s/ORG', "Kohl's/ORG", 'Dunmere/PLACE']);
  });

  test('a person’s possessive is left alone', () => {
    expect(read('Voters backed Marta Kell’s plan.', [['Marta Kell', 'PERSON']])).toEqual(['Marta Kell/PERSON']);
  });
});

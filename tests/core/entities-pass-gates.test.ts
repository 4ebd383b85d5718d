/**
 * The cheap checks before four passes' patterns and copies (speed, issue 15) let through every
 * mention the pass changes: each lead word of a place list (place-lists.ts `mayLead`), a
 * block's mentions out of order, a time zone of each shape and the stock indexes' first letters
 * (name-heads.ts, market-names.ts), a holiday with and without its tail and a name cut before one
 * (holidays.ts), a people's word in the plural (misc-derived-demonyms.ts); and the letters outside
 * ASCII that conv-compounds.ts, possessive-names.ts, loc-modifiers.ts and loc-place-nouns.ts read
 * by their case, not their code; misc-hajj.ts's kept answers. On sentences of our own.
 */
import { describe, expect, test } from 'vitest';
import { withCompoundNames } from '../../src/core/entities/conv-compounds';
import { withoutHolidays } from '../../src/core/entities/holidays';
import { withDerivedDemonyms } from '../../src/core/entities/misc-derived-demonyms';
import { withPlaceModifiers } from '../../src/core/entities/loc-modifiers';
import { withPlaceNouns } from '../../src/core/entities/loc-place-nouns';
import { withHajjWords } from '../../src/core/entities/misc-hajj';
import { withNameHeads } from '../../src/core/entities/name-heads';
import { withPlaceLists } from '../../src/core/entities/place-lists';
import { withPossessiveNames } from '../../src/core/entities/possessive-names';
import type { EntityMention, EntityType } from '../../src/core/types';
import { mention } from './entity-mentions';

const show = (ms: readonly EntityMention[]): string[] => ms.map((m) => `${m.text}/${m.type}`);

describe('place lists: every lead word, and only those', () => {
  const listed = (lead: string): string[] => {
    const text = `Shops ${lead} Tarwick and Pellham closed.`;
    const mentions = [mention(text, 'Tarwick', 'PLACE'), mention(text, 'Pellham', 'PERSON')];
    return show(withPlaceLists(new Map([[0, text]]), mentions));
  };
  test.each(
    [
      'in',
      'at',
      'from',
      'near',
      'across',
      'around',
      'outside',
      'throughout',
      'towards',
      'toward',
      'in the',
      'throughout the',
      'counties',
      'municipalities',
      'prefectures, including',
      'boroughs such as',
      'parishes, like',
    ].map((lead) => [lead]),
  )('after "%s" the person is a place', (lead) => {
    expect(listed(lead)).toEqual(['Tarwick/PLACE', 'Pellham/PLACE']);
  });

  test.each([['within'], ['Latin'], ['begin'], ['unlike'], ['whereas'], ['breathe'], ['in Tin']])(
    'after "%s" it stays a person',
    (lead) => {
      expect(listed(lead)).toEqual(['Tarwick/PLACE', 'Pellham/PERSON']);
    },
  );

  test('a lead word at the start of the block', () => {
    const text = 'in Tarwick and Pellham';
    const mentions = [mention(text, 'Tarwick', 'PLACE'), mention(text, 'Pellham', 'PERSON')];
    expect(show(withPlaceLists(new Map([[0, text]]), mentions))).toEqual(['Tarwick/PLACE', 'Pellham/PLACE']);
  });

  test('a block’s mentions out of order are read in order', () => {
    const text = 'Marta Ossel said shops in Tarwick and Pellham closed.';
    const inOrder = [
      mention(text, 'Marta Ossel', 'PERSON'),
      mention(text, 'Tarwick', 'PLACE'),
      mention(text, 'Pellham', 'PERSON'),
    ];
    const shuffled = [inOrder[2], inOrder[0], inOrder[1]] as EntityMention[];
    const map = new Map([[0, text]]);
    expect(show(withPlaceLists(map, shuffled))).toEqual(['Pellham/PLACE', 'Marta Ossel/PERSON', 'Tarwick/PLACE']);
    expect(show(withPlaceLists(map, inOrder))).toEqual(['Marta Ossel/PERSON', 'Tarwick/PLACE', 'Pellham/PLACE']);
  });
});

describe('name heads: time zones of each shape, the indexes’ first letters', () => {
  const read = (text: string, names: [string, EntityType][]): string[] =>
    show(
      withNameHeads(
        new Map([[0, text]]),
        names.map(([n, t]) => mention(text, n, t)),
      ),
    );
  test('a zone after a clock time, or of several words, is no name; a word of its shape is', () => {
    expect(
      read(
        'At 14:20 GMT, 9.30 AEST and 7pm WIB the GMB and Coordinated Universal Time met in Pacific Daylight Times.',
        [
          ['GMT', 'ORG'],
          ['AEST', 'ORG'],
          ['WIB', 'ORG'],
          ['GMB', 'ORG'],
          ['Coordinated Universal Time', 'OTHER'],
          ['Pacific Daylight Times', 'OTHER'],
        ],
      ),
    ).toEqual(['GMB/ORG', 'Pacific Daylight Times/OTHER']);
  });
  test('stock indexes of each first letter are OTHER, "Treasuries" ORG', () => {
    expect(
      read(
        'The FTSE 100, Hang Seng, Topix, Kospi, Ibovespa, Nikkei 225 and Sensex fell; Treasuries and Gazprom rose.',
        [
          ['FTSE 100', 'ORG'],
          ['Hang Seng', 'PLACE'],
          ['Topix', 'ORG'],
          ['Kospi', 'PERSON'],
          ['Ibovespa', 'ORG'],
          ['Nikkei 225', 'ORG'],
          ['Sensex', 'ORG'],
          ['Treasuries', 'OTHER'],
          ['Gazprom', 'ORG'],
        ],
      ),
    ).toEqual([
      'FTSE 100/OTHER',
      'Hang Seng/OTHER',
      'Topix/OTHER',
      'Kospi/OTHER',
      'Ibovespa/OTHER',
      'Nikkei 225/OTHER',
      'Sensex/OTHER',
      'Treasuries/ORG',
      'Gazprom/ORG',
    ]);
  });
  test('a name run back over the word before it replaces that word’s mention, in a second block too', () => {
    const first = 'Flights left Tarwick.';
    const text = 'Flights from O’Hare International Airport resumed.';
    const mentions = [mention(first, 'Tarwick', 'PLACE'), mention(text, 'O’Hare', 'PERSON', 0, 1)];
    mentions.push(mention(text, 'International Airport', 'ORG', 0, 1));
    const out = withNameHeads(
      new Map([
        [0, first],
        [1, text],
      ]),
      mentions,
    );
    expect(out.map((m) => `${m.blockId}:${m.text}/${m.type}`)).toEqual([
      '0:Tarwick/PLACE',
      '1:O’Hare International Airport/PLACE',
    ]);
  });
});

describe('holidays: the shapes and the tails', () => {
  const kept = (text: string, names: [string, EntityType][]): string[] =>
    show(
      withoutHolidays(
        new Map([[0, text]]),
        names.map(([n, t]) => mention(text, n, t)),
        (name) => name === 'New Marston',
      ),
    );
  test('a holiday with its tail goes; the same word with no tail, or at the block’s end, stays', () => {
    expect(
      kept('Cards for Mother’s Day sold; Mother Ossel spoke of Valentine', [
        ['Mother', 'OTHER'],
        ['Mother Ossel', 'PERSON'],
        ['Valentine', 'PERSON'],
      ]),
    ).toEqual(['Mother Ossel/PERSON', 'Valentine/PERSON']);
  });
  test('a holiday in capitals, and a long one, go', () => {
    expect(
      kept('HALLOWEEN came, then Domingo de Resurrección.', [
        ['HALLOWEEN', 'OTHER'],
        ['Domingo de Resurrección', 'OTHER'],
      ]),
    ).toEqual([]);
  });
  test('a name run on into a holiday is cut before its linking word; one without a lower-case word is not', () => {
    expect(
      kept('Visitors came to New Marston for Christmas Eve and to Bank Holme Christmas Fair.', [
        ['New Marston for Christmas Eve', 'PERSON'],
        ['Bank Holme Christmas Fair', 'OTHER'],
      ]),
    ).toEqual(['New Marston/PLACE', 'Bank Holme Christmas Fair/OTHER']);
  });
});

describe('derived demonyms: the plural’s endings', () => {
  test('a plural in -ns, -is and -ites is OTHER; a word in -ers or another ending is not', () => {
    const places = new Set(['Moldova', 'Qatar', 'Delhi', 'London', 'Tarwick']);
    const text = 'Moldovans, Qataris, Delhiites, Londoners and Tarwicks met.';
    const out = withDerivedDemonyms(
      new Map([[0, text]]),
      ['Moldovans', 'Qataris', 'Delhiites', 'Londoners', 'Tarwicks'].map((n) => mention(text, n, 'PLACE')),
      (name) => places.has(name),
      () => false,
    );
    expect(show(out)).toEqual([
      'Moldovans/OTHER',
      'Qataris/OTHER',
      'Delhiites/OTHER',
      'Londoners/PLACE',
      'Tarwicks/PLACE',
    ]);
  });
});

describe('compounds and possessives: letters outside ASCII read as before', () => {
  test('a base or a prefix’s name with a letter outside ASCII builds its compound', () => {
    const text = 'An Ørsted-owned farm near a São Paulo-based plant drew anti-Élysée protests.';
    const listed = new Set(['Ørsted', 'São Paulo', 'Élysée']);
    const out = withCompoundNames(new Map([[0, text]]), [mention(text, 'São Paulo', 'PLACE')], (w) => listed.has(w));
    expect(show(out)).toEqual(['Ørsted-owned/OTHER', 'São Paulo-based/OTHER', 'anti-Élysée/OTHER']);
  });
  test('an owner’s given name with a letter outside ASCII names the shop', () => {
    const text = 'We ate at Zoë’s Crab House and at Åsa’s Diner.';
    const out = withPossessiveNames(
      new Map([[0, text]]),
      [mention(text, 'Crab House', 'PLACE')],
      (w) => w === 'Zoë' || w === 'Åsa',
    );
    expect(show(out)).toEqual(['Zoë’s Crab House/ORG', 'Åsa’s Diner/ORG']);
  });
});

describe('place modifiers, place nouns and the Hajj: the first and next letters', () => {
  test('a town before a lower-case noun outside ASCII is the place; before a capital or at the end it is not', () => {
    const text = 'A Brellby épicier met a Quarrow Baker and a former Oskvale';
    const out = withPlaceModifiers(
      new Map([[0, text]]),
      [mention(text, 'Brellby', 'OTHER'), mention(text, 'Quarrow', 'OTHER'), mention(text, 'Oskvale', 'OTHER')],
      () => false,
    );
    expect(show(out)).toEqual(['Brellby/PLACE', 'Quarrow/OTHER', 'Oskvale/OTHER']);
  });
  test('a name opening with a lower-case letter, in ASCII or not, is not read as a place', () => {
    for (const name of ['iOssley Works', 'éOssley Works']) {
      const text = `The play ran at ${name} theatre in May.`;
      expect(show(withPlaceNouns(new Map([[0, text]]), [mention(text, name, 'ORG')]))).toEqual([`${name}/ORG`]);
    }
    const text = 'The play ran at Ōssley Works theatre in May.';
    expect(show(withPlaceNouns(new Map([[0, text]]), [mention(text, 'Ōssley Works', 'ORG')]))).toEqual([
      'Ōssley Works/PLACE',
    ]);
  });
  test('a Hijri month is no name each time it comes, in any text', () => {
    for (let k = 0; k < 3; k++) {
      const text = 'The Hajj falls in Dhul Hijjah, after Ramadan; Dhul Pellam spoke.';
      const out = withHajjWords(new Map([[0, text]]), [
        mention(text, 'Hajj', 'ORG'),
        mention(text, 'Dhul Hijjah', 'PERSON'),
        mention(text, 'Dhul Pellam', 'PERSON'),
      ]);
      expect(show(out)).toEqual(['Hajj/OTHER', 'Dhul Pellam/PERSON']);
    }
  });
});

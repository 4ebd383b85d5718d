import { describe, expect, test } from 'vitest';
import { withHyphenPairs } from '../../src/core/entities/hyphen-pairs';
import { withTours } from '../../src/core/entities/misc-tours';
import { withEventHeads } from '../../src/core/entities/misc-event-heads';
import { withoutCalendarSpans } from '../../src/core/entities/calendar-spans';
import { withBodyLinks } from '../../src/core/entities/org-body-links';
import { withMoreCompounds } from '../../src/core/entities/misc-compounds-more';
import type { EntityMention } from '../../src/core/types';

/** Mentions of `block` (block 0) by their text, each the first occurrence from `from`. */
function mention(block: string, text: string, type: EntityMention['type'], from = 0): EntityMention {
  const start = block.indexOf(text, from);
  return { blockId: 0, start, end: start + text.length, text, type };
}

const pairs = (ms: readonly EntityMention[]): Array<[string, string]> => ms.map((m) => [m.text, m.type]);
const one = (block: string): Map<number, string> => new Map([[0, block]]);

// Invented word lists: countries and nationalities as the gazetteers would list them.
const COUNTRIES = new Set(['Norway', 'Peru', 'U.S.', 'US', 'Guinea', 'Bissau', 'Guinea-Bissau']);
const PEOPLES = new Set(['Peruvian', 'Chilean', 'Norwegian', 'Italian', 'American', 'African', 'Israeli']);
const isCountry = (w: string): boolean => COUNTRIES.has(w);
const isNationality = (w: string): boolean => PEOPLES.has(w);
const isListedWhole = (w: string): boolean => COUNTRIES.has(w);

describe('two countries or nationalities joined by a hyphen are two names (hyphen-pairs)', () => {
  test('a pair of nationalities, a pair of countries, and a country before a nationality', () => {
    const block = 'The Peruvian-Chilean painter met Norway-Peru trade envoys to discuss U.S.-Israeli ties.';
    const out = withHyphenPairs(
      one(block),
      [
        mention(block, 'Peruvian-Chilean', 'OTHER'),
        mention(block, 'Norway-Peru', 'PLACE'),
        mention(block, 'Israeli', 'OTHER'),
      ],
      isCountry,
      isNationality,
      isListedWhole,
    );
    expect(pairs(out)).toEqual([
      ['Peruvian', 'OTHER'],
      ['Chilean', 'OTHER'],
      ['Norway', 'PLACE'],
      ['Peru', 'PLACE'],
      ['U.S.', 'PLACE'],
      ['Israeli', 'OTHER'],
    ]);
    expect(out[1]?.start).toBe(block.indexOf('Chilean'));
    expect(out[4]?.end).toBe(block.indexOf('-Israeli'));
  });
  test('one identity or one listed name stays whole; unlisted parts and names are left alone', () => {
    const block =
      'An Italian-American chef, an African-American poet, a Guinea-Bissau envoy, the Anglo-Norwegian firm and Ana Vale-Ruiz.';
    const tagged = [
      mention(block, 'Italian-American', 'OTHER'),
      mention(block, 'African-American', 'OTHER'),
      mention(block, 'Guinea-Bissau', 'PLACE'),
      mention(block, 'Anglo-Norwegian', 'OTHER'),
      mention(block, 'Ana Vale-Ruiz', 'PERSON'),
    ];
    const out = withHyphenPairs(one(block), tagged, isCountry, isNationality, isListedWhole);
    expect(pairs(out)).toEqual(pairs(tagged));
  });
  test("a bloc's acronym and a listed country are the body and the place; a body's name of more words stays", () => {
    const block =
      'Before the ABCN-Peru summit and a yearly ABCN-New Norway forum, the ABCN-Norway Council met; DEF-GHI too.';
    const withNew = (w: string): boolean => isCountry(w) || w === 'New Norway';
    const tagged = [
      mention(block, 'ABCN-Peru', 'ORG'),
      mention(block, 'ABCN-New Norway', 'ORG'),
      mention(block, 'ABCN-Norway Council', 'ORG'),
      mention(block, 'DEF-GHI', 'ORG'),
    ];
    expect(pairs(withHyphenPairs(one(block), tagged, withNew, isNationality, withNew))).toEqual([
      ['ABCN', 'ORG'],
      ['Peru', 'PLACE'],
      ['ABCN', 'ORG'],
      ['New Norway', 'PLACE'],
      ['ABCN-Norway Council', 'ORG'],
      ['DEF-GHI', 'ORG'],
    ]);
  });
});

describe('named tours are OTHER (misc-tours)', () => {
  test('an unmarked tour, an ordinal one, and a band written as one title with its tour', () => {
    const block =
      'Mara Lind starts the Until Autumn Tour in Tulsa. "We love our 20th Anniversary Tour," said Lind. The Copper Kites 30th Anniversary Tour opens in May.';
    const out = withTours(one(block), [
      mention(block, 'Mara Lind', 'PERSON'),
      mention(block, 'Tulsa', 'PLACE'),
      mention(block, 'Lind', 'PERSON', 60),
      mention(block, 'The Copper Kites', 'ORG'),
    ]);
    expect(pairs(out)).toEqual([
      ['Mara Lind', 'PERSON'],
      ['Until Autumn Tour', 'OTHER'],
      ['Tulsa', 'PLACE'],
      ['20th Anniversary Tour', 'OTHER'],
      ['Lind', 'PERSON'],
      ['The Copper Kites 30th Anniversary Tour', 'OTHER'],
    ]);
  });
  test('a circuit the tagger named, a heading and a tour with no title words stay as they are', () => {
    const block =
      'She won on the Fairway Tour last year. The Copper Kites Tour Dates follow. The tour resumes. The Tour rolls on.';
    const tagged = [mention(block, 'Fairway Tour', 'ORG'), mention(block, 'The Copper Kites', 'ORG')];
    expect(pairs(withTours(one(block), tagged))).toEqual(pairs(tagged));
  });
});

describe('events named by their noun are OTHER (misc-event-heads)', () => {
  test("a week, a summit, a con, a season's market and a world congress", () => {
    const block =
      'Tarnby Restaurant Week, the Northern Rivers Climate Summit, Harbor City Comic Con, the Ferndale Christmas Market and the Mobile Radio World Congress.';
    const out = withEventHeads([
      mention(block, 'Tarnby Restaurant Week', 'ORG'),
      mention(block, 'Northern Rivers Climate Summit', 'ORG'),
      mention(block, 'Harbor City Comic Con', 'PLACE'),
      mention(block, 'Ferndale Christmas Market', 'ORG'),
      mention(block, 'Mobile Radio World Congress', 'ORG'),
    ]);
    expect(out.map((m) => m.type)).toEqual(['OTHER', 'OTHER', 'OTHER', 'OTHER', 'OTHER']);
  });
  test('a company or a place ending in Market, a body ending in Congress, a person and one word stay', () => {
    const block = 'Greenleaf Foods Market, Pike Lane Market, the Library of Congress, Ada Week and Summit.';
    const tagged = [
      mention(block, 'Greenleaf Foods Market', 'ORG'),
      mention(block, 'Pike Lane Market', 'PLACE'),
      mention(block, 'Library of Congress', 'ORG'),
      mention(block, 'Ada Week', 'PERSON'),
      mention(block, 'Summit', 'ORG'),
    ];
    expect(pairs(withEventHeads(tagged))).toEqual(pairs(tagged));
  });
});

describe('dates written as names are none (calendar-spans)', () => {
  test('a month and its day, a span of days and a fiscal year are dropped; a lone month, a person and an event stay', () => {
    const block =
      'The Mar. 9 primaries, the Saturday-to-Monday weekend and the plan for FY2027: May Ellison spoke at the April Fools Gala in May.';
    const out = withoutCalendarSpans([
      mention(block, 'Mar. 9', 'OTHER'),
      mention(block, 'Saturday-to-Monday', 'OTHER'),
      mention(block, 'FY2027', 'OTHER'),
      mention(block, 'May Ellison', 'PERSON'),
      mention(block, 'April Fools Gala', 'OTHER'),
      mention(block, 'May', 'PERSON', 100),
    ]);
    expect(pairs(out)).toEqual([
      ['May Ellison', 'PERSON'],
      ['April Fools Gala', 'OTHER'],
      ['May', 'PERSON'],
    ]);
  });
});

describe("a body's name runs through its links (org-body-links)", () => {
  const isPlace = (name: string): boolean => ['Norway', 'Peru'].includes(name);
  test('"for a", "on", a list closed by "and", and "with" run on; the tagger\'s pieces give way', () => {
    const block =
      'Ames works at the Board Council for a Balanced Harbor Budget, a lobby. Lind is a fellow at the Council on Northern Affairs. The Ministry of Rivers, Ports and Canals said so, as did the Office of Elders, Youth and Carers with Special Needs.';
    const out = withBodyLinks(
      one(block),
      [
        mention(block, 'Ames', 'PERSON'),
        mention(block, 'Board Council', 'ORG'),
        mention(block, 'Lind', 'PERSON'),
        mention(block, 'Ministry of Rivers', 'ORG'),
        mention(block, 'Canals', 'ORG'),
        mention(block, 'Office of Elders', 'ORG'),
        mention(block, 'Special Needs', 'OTHER'),
      ],
      isPlace,
    );
    expect(pairs(out)).toEqual([
      ['Ames', 'PERSON'],
      ['Board Council for a Balanced Harbor Budget', 'ORG'],
      ['Lind', 'PERSON'],
      ['Council on Northern Affairs', 'ORG'],
      ['Ministry of Rivers, Ports and Canals', 'ORG'],
      ['Office of Elders, Youth and Carers with Special Needs', 'ORG'],
    ]);
  });
  test('a possessive, a day, a listed place in the list, a bare "and" and a name named apart end the name', () => {
    const block =
      "The Bureau of Tides's report came out. He was at the Tarn Medical Center on Sunday. The Ministry of Defence, Norway and Peru said so. She met the Council on Coastal Affairs and Brightwater on Friday. The Velish Ministry of Roads spoke.";
    const tagged = [
      mention(block, 'Bureau of Tides', 'ORG'),
      mention(block, 'Tarn Medical Center', 'ORG'),
      mention(block, 'Ministry of Defence', 'ORG'),
      mention(block, 'Norway', 'PLACE'),
      mention(block, 'Peru', 'PLACE'),
      mention(block, 'Council on Coastal Affairs', 'ORG'),
      mention(block, 'Brightwater', 'ORG'),
      mention(block, 'Velish', 'OTHER'),
      mention(block, 'Ministry of Roads', 'ORG', 200),
    ];
    expect(pairs(withBodyLinks(one(block), tagged, isPlace))).toEqual(pairs(tagged));
  });
  test("a public body's whole name typed OTHER becomes ORG; a museum's stays (names44a)", () => {
    const block = "The senate's Committee on Fisheries met at the Museum of Rivers.";
    const tagged = [mention(block, 'Committee on Fisheries', 'OTHER'), mention(block, 'Museum of Rivers', 'OTHER')];
    expect(pairs(withBodyLinks(one(block), tagged, isPlace))).toEqual([
      ['Committee on Fisheries', 'ORG'],
      ['Museum of Rivers', 'OTHER'],
    ]);
  });
});

describe('words built on awards, contests and languages (misc-compounds-more)', () => {
  const isPeople = (w: string): boolean => ['Norwegian', 'Tarnby'].includes(w);
  test('an award with a participle, a contest with "-style", a language and a town with "-language" and "-native"', () => {
    const block =
      'The Emmy-nominated drama, a World Cup-style draw, a Norwegian-language film and a Tarnby-native poet.';
    const out = withMoreCompounds(one(block), [], isPeople);
    expect(pairs(out)).toEqual([
      ['Emmy-nominated', 'OTHER'],
      ['World Cup-style', 'OTHER'],
      ['Norwegian-language', 'OTHER'],
      ['Tarnby-native', 'OTHER'],
    ]);
  });
  test('an unlisted base, a lower-case base and a word a name already holds stay as they are', () => {
    const block =
      'A Velish-language site, a non-native speaker, a well-known tale and the Oscar-winning Hall-Tanner Trust.';
    const tagged = [mention(block, 'Oscar-winning Hall-Tanner Trust', 'ORG')];
    expect(pairs(withMoreCompounds(one(block), tagged, isPeople))).toEqual(pairs(tagged));
  });
});

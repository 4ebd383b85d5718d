import { describe, expect, test } from 'vitest';
import { withTheOutside } from '../../src/core/entities/the-outside';
import { withSubtitles } from '../../src/core/entities/works-subtitles';
import { withoutLetterStops } from '../../src/core/entities/misc-letter-stops';
import { withDefinedPlaces } from '../../src/core/entities/loc-defined-places';
import { withSurnames } from '../../src/core/entities/per-surnames';
import type { EntityMention } from '../../src/core/types';

/** Mentions of `block` (block 0) by their text, each the first occurrence from `from`. */
function mention(block: string, text: string, type: EntityMention['type'], from = 0): EntityMention {
  const start = block.indexOf(text, from);
  return { blockId: 0, start, end: start + text.length, text, type };
}

const pairs = (ms: readonly EntityMention[]): Array<[string, string]> => ms.map((m) => [m.text, m.type]);
const one = (block: string): Map<number, string> => new Map([[0, block]]);

describe('a sentence\'s "The" outside a name written with "the" (the-outside)', () => {
  test('"The Fernhill" at a sentence start loses its "The" where the page says "the Fernhill"', () => {
    const block = 'We skied the Fernhill all week. The Fernhill has soft tips. Powder The Fernhill floats.';
    const out = withTheOutside(one(block), [
      mention(block, 'Fernhill', 'OTHER'),
      mention(block, 'The Fernhill', 'OTHER'),
      mention(block, 'The Fernhill', 'OTHER', 60),
    ]);
    expect(pairs(out)).toEqual([
      ['Fernhill', 'OTHER'],
      ['Fernhill', 'OTHER'],
      ['Fernhill', 'OTHER'],
    ]);
    expect(out[1]?.start).toBe(block.indexOf('Fernhill has'));
  });
  test('a name the page writes with "The" mid-sentence, or never after "the", keeps it', () => {
    const block = 'The Lanterns played. We saw the Lanterns and the band The Lanterns again. The Quill Hour aired.';
    const out = withTheOutside(one(block), [
      mention(block, 'The Lanterns', 'ORG'),
      mention(block, 'Lanterns', 'ORG', 20),
      mention(block, 'The Lanterns', 'ORG', 30),
      mention(block, 'The Quill Hour', 'OTHER'),
    ]);
    expect(pairs(out)).toEqual([
      ['The Lanterns', 'ORG'],
      ['Lanterns', 'ORG'],
      ['The Lanterns', 'ORG'],
      ['The Quill Hour', 'OTHER'],
    ]);
  });
});

describe("a work's subtitle after a colon (works-subtitles)", () => {
  test('a book, an anthology and a quoted title take their subtitles in', () => {
    const block =
      'In his book Harrowed: Rent and Ruin in the Modern Town, Ames argues. Her anthology Keepsakes: 40 Years at the Pictures, out now. Read “A Lamp in Fog: The Quiet Towns that Rebuilt After the Flood,” she said.';
    const out = withSubtitles(one(block), [
      mention(block, 'Harrowed', 'OTHER'),
      mention(block, 'Modern Town', 'OTHER'),
      mention(block, 'Ames', 'PERSON'),
      mention(block, 'Keepsakes', 'OTHER'),
      mention(block, 'A Lamp in Fog', 'OTHER'),
    ]);
    expect(pairs(out)).toEqual([
      ['Harrowed: Rent and Ruin in the Modern Town', 'OTHER'],
      ['Ames', 'PERSON'],
      ['Keepsakes: 40 Years at the Pictures', 'OTHER'],
      ['A Lamp in Fog: The Quiet Towns that Rebuilt After the Flood', 'OTHER'],
    ]);
  });
  test('without a cue, or after a label, the colon ends the name', () => {
    const block = 'Nationality: British Citizen. The Brexit: The Prime Minister said no. Game of Skill: a guide.';
    const ms = [
      mention(block, 'British Citizen', 'OTHER'),
      mention(block, 'Brexit', 'OTHER'),
      mention(block, 'Prime Minister', 'OTHER'),
      mention(block, 'Game of Skill', 'OTHER'),
    ];
    expect(pairs(withSubtitles(one(block), ms))).toEqual(pairs(ms));
  });
});

describe("a sentence's full stop after a product's last letter (misc-letter-stops)", () => {
  test('"the Vexa One S." ends before the stop; people and dotted names keep theirs', () => {
    const block = 'Buy the Vexa One S. It beats the One X. Ask John F. Kennedy about the U.S. today.';
    const out = withoutLetterStops(one(block), [
      mention(block, 'Vexa One S.', 'OTHER'),
      mention(block, 'One X.', 'OTHER'),
      mention(block, 'John F.', 'PERSON'),
      mention(block, 'U.S.', 'PLACE'),
    ]);
    expect(pairs(out)).toEqual([
      ['Vexa One S', 'OTHER'],
      ['One X', 'OTHER'],
      ['John F.', 'PERSON'],
      ['U.S.', 'PLACE'],
    ]);
  });
  test('a postal code ends before the stop; an abbreviation with its own stops keeps it', () => {
    const block = 'Test site: Ashby, CO. We rode in Boone, N.C. and Provo, Utah.';
    const out = withoutLetterStops(one(block), [
      mention(block, 'Ashby', 'PLACE'),
      mention(block, 'CO.', 'PLACE'),
      mention(block, 'Boone', 'PLACE'),
      mention(block, 'N.C.', 'PLACE'),
    ]);
    expect(pairs(out)).toEqual([
      ['Ashby', 'PLACE'],
      ['CO', 'PLACE'],
      ['Boone', 'PLACE'],
      ['N.C.', 'PLACE'],
    ]);
  });
});

describe('a name the text defines as a place is a place (loc-defined-places)', () => {
  test('"X is a village in", ", a hamlet near" and "the island of X" make X a place everywhere', () => {
    const block =
      'Brellby is a small village in the county of Norvale. Fenwick, a hamlet near Brellby, grew. The island of Quarra lies east; Quarra has a ferry. Brellby held a fair.';
    const out = withDefinedPlaces(one(block), [
      mention(block, 'Brellby', 'ORG'),
      mention(block, 'Norvale', 'PLACE'),
      mention(block, 'Fenwick', 'PERSON'),
      mention(block, 'Brellby', 'ORG', 60),
      mention(block, 'Quarra', 'PERSON'),
      mention(block, 'Quarra', 'PERSON', 100),
      mention(block, 'Brellby', 'ORG', 130),
    ]);
    expect(pairs(out)).toEqual([
      ['Brellby', 'PLACE'],
      ['Norvale', 'PLACE'],
      ['Fenwick', 'PLACE'],
      ['Brellby', 'PLACE'],
      ['Quarra', 'PLACE'],
      ['Quarra', 'PLACE'],
      ['Brellby', 'PLACE'],
    ]);
  });
  test('"the planet X" and "a moon called X" make X a place', () => {
    const block = 'They fled to the planet Varnok, then to a moon called Tesh. Varnok burned.';
    const out = withDefinedPlaces(one(block), [
      mention(block, 'Varnok', 'PERSON'),
      mention(block, 'Tesh', 'ORG'),
      mention(block, 'Varnok', 'PERSON', 50),
    ]);
    expect(pairs(out)).toEqual([
      ['Varnok', 'PLACE'],
      ['Tesh', 'PLACE'],
      ['Varnok', 'PLACE'],
    ]);
  });
  test('a kind noun that goes on as a modifier is no cue', () => {
    const block = 'Ann Holt, a city councillor, and Acme, a town hall supplier, met Bo Reed, a river guide.';
    const ms = [
      mention(block, 'Ann Holt', 'PERSON'),
      mention(block, 'Acme', 'ORG'),
      mention(block, 'Bo Reed', 'PERSON'),
    ];
    expect(pairs(withDefinedPlaces(one(block), ms))).toEqual(pairs(ms));
  });
});

describe("a person's surname alone is the person (per-surnames)", () => {
  test('"Pence" after "Mike Pence" becomes PERSON; a listed company and an organisation\'s word stay', () => {
    const block = 'Mike Pence spoke. Pence left. Harrison Ford drove a Ford. Ann Vale runs Vale Group; Vale grew.';
    const out = withSurnames(
      [
        mention(block, 'Mike Pence', 'PERSON'),
        mention(block, 'Pence', 'ORG', 15),
        mention(block, 'Harrison Ford', 'PERSON'),
        mention(block, 'Ford', 'ORG', 50),
        mention(block, 'Ann Vale', 'PERSON'),
        mention(block, 'Vale Group', 'ORG'),
        mention(block, 'Vale', 'ORG', 85),
      ],
      (name) => name === 'Ford',
    );
    expect(pairs(out)).toEqual([
      ['Mike Pence', 'PERSON'],
      ['Pence', 'PERSON'],
      ['Harrison Ford', 'PERSON'],
      ['Ford', 'ORG'],
      ['Ann Vale', 'PERSON'],
      ['Vale Group', 'ORG'],
      ['Vale', 'ORG'],
    ]);
  });
});

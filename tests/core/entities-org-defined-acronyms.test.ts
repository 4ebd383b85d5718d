/**
 * An acronym the page spells out for an organisation is the organisation in every block
 * (src/core/entities/org-defined-acronyms.ts), on texts written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { withDefinedAcronyms } from '../../src/core/entities/org-defined-acronyms';
import type { EntityMention, EntityType } from '../../src/core/types';
import { mentionsIn } from '../helpers/mentions';

function read(blocks: [string, [string, EntityType][]][]): string[] {
  const text = new Map(blocks.map(([body], i) => [i, body]));
  const ms: EntityMention[] = blocks.flatMap(([body, names], i) => mentionsIn(body, names, i));
  return withDefinedAcronyms(text, ms).map((m) => `${m.blockId}:${m.text}/${m.type}`);
}

describe('an acronym spelled out once is the organisation everywhere', () => {
  test('added where the tagger left it, in its brackets and in another block', () => {
    expect(
      read([
        [
          'Owners must register with the Harbour Moorings Authority (HMA) by May.',
          [['Harbour Moorings Authority', 'ORG']],
        ],
        ['An HMA inspector visited the quay, and the HMA said fees would rise.', []],
      ]),
    ).toEqual(['0:Harbour Moorings Authority/ORG', '0:HMA/ORG', '1:HMA/ORG', '1:HMA/ORG']);
  });
  test('typed ORG, and cut out of the word after it', () => {
    expect(
      read([
        ['The Pell, Ferry and Coach Union (PFCU) called the strike.', [['Pell, Ferry and Coach Union', 'ORG']]],
        [
          'PFCU Northern secretary Ida Moss said the PFCU would meet.',
          [
            ['PFCU Northern', 'OTHER'],
            ['Ida Moss', 'PERSON'],
            ['PFCU', 'OTHER'],
          ],
        ],
      ]),
    ).toEqual(['0:Pell, Ferry and Coach Union/ORG', '0:PFCU/ORG', '1:PFCU/ORG', '1:Ida Moss/PERSON', '1:PFCU/ORG']);
  });
  test('no organisation, or letters that are not its initials: left', () => {
    expect(
      read([
        ['Pupils in upper form classes (UFC) sat tests; UFC pupils passed.', []],
        [
          'The Orrin Group (TOG) and Kelda Mining (KX) grew; TOG and KX rose.',
          [
            ['Orrin Group', 'ORG'],
            ['Kelda Mining', 'ORG'],
          ],
        ],
      ]),
    ).toEqual(['1:Orrin Group/ORG', '1:Kelda Mining/ORG']);
  });
  test('an other-name’s acronym is OTHER, found or typed so, and not cut out of a name', () => {
    expect(
      read([
        ['Pupils sat the Regional Entrance Test (RET) in May.', [['Regional Entrance Test', 'OTHER']]],
        [
          'RET scores rose, and the RET board said RET Prep courses helped.',
          [
            ['RET', 'ORG'],
            ['RET Prep', 'OTHER'],
          ],
        ],
      ]),
    ).toEqual(['0:Regional Entrance Test/OTHER', '0:RET/OTHER', '1:RET/OTHER', '1:RET/OTHER', '1:RET Prep/OTHER']);
  });
  test('not an other-name with an ampersand (a firm the tagger mistyped)', () => {
    expect(
      read([
        ['Effects came from Kestrel Light & Sound (KLS) in 2011.', [['Kestrel Light & Sound', 'OTHER']]],
        ['KLS finished the work.', [['KLS', 'ORG']]],
      ]),
    ).toEqual(['0:Kestrel Light & Sound/OTHER', '1:KLS/ORG']);
  });
});

describe("a company's stock ticker in brackets is no name (names47a)", () => {
  test('after "shares" or its own name it is dropped; an agency after a dateline and a defined acronym stay', () => {
    expect(
      read([
        [
          'Brellcorp shares (BRLC) fell 2%, and KVX (KVX) slipped. OSLO (AP) — The Tarn Valley Board (TVB) met.',
          [
            ['Brellcorp', 'ORG'],
            ['BRLC', 'ORG'],
            ['KVX', 'ORG'],
            ['KVX', 'ORG'],
            ['OSLO', 'PLACE'],
            ['AP', 'ORG'],
            ['Tarn Valley Board', 'ORG'],
            ['TVB', 'ORG'],
          ],
        ],
      ]),
    ).toEqual(['0:Brellcorp/ORG', '0:KVX/ORG', '0:OSLO/PLACE', '0:AP/ORG', '0:Tarn Valley Board/ORG', '0:TVB/ORG']);
  });
});

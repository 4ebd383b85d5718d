/**
 * A name ending in the head word of a natural or built place is the place
 * (src/core/entities/loc-place-heads.ts). Texts written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { mentionsIn } from '../helpers/mentions';
import { withPlaceHeads } from '../../src/core/entities/loc-place-heads';
import type { EntityType } from '../../src/core/types';

/** The mentions of `text` (one block) after the rule, as "name/TYPE"; `tagged` in text order. */
function read(text: string, tagged: [string, EntityType][]): string[] {
  return withPlaceHeads(mentionsIn(text, tagged)).map((m) => `${m.text}/${m.type}`);
}

describe('names ending in a place head word', () => {
  test.each([
    ['The board will vote on the Kowhai Valley Dam in March.', 'Kowhai Valley Dam', 'ORG'],
    ['Ferries were cancelled across the Hauraki Sounds on Sunday.', 'Hauraki Sounds', 'OTHER'],
    ['A kayak capsized off Pickett Narrows at dawn.', 'Pickett Narrows', 'PERSON'],
    ['Work on the Marsh Lane Embankment starts in May.', 'Marsh Lane Embankment', 'OTHER'],
    ['Gas through the Saharan Coast Pipeline stopped on Friday.', 'Saharan Coast Pipeline', 'OTHER'],
    ['Queues built up at the Eastfield Crossing all morning.', 'Eastfield Crossing', 'ORG'],
    ['The Marlow Quay Hotel housed 200 guests.', 'Marlow Quay Hotel', 'ORG'],
    ['Rangers closed the Tarnbeck Nature Reserve for the weekend.', 'Tarnbeck Nature Reserve', 'ORG'],
    ['Fishing is banned in the Coralline Bay Conservation Area.', 'Coralline Bay Conservation Area', 'ORG'],
    ['Walkers reached Brenner Gap on the third day.', 'Brenner Gap', 'ORG'],
    ['The trawler sank off Carrow Head in the gale.', 'Carrow Head', 'ORG'],
    ['Floods covered the Marsden Levels again.', 'Marsden Levels', 'OTHER'],
  ])('%s', (text, name, type) => {
    expect(read(text, [[name, type as EntityType]])).toEqual([`${name}/PLACE`]);
  });

  test('companies, works, banks and single words are left', () => {
    expect(
      read(
        'Harland Pipeline said it would pay. The Federal Reserve held rates, and the Euro Area grew; Meadow Crossing is a game, and Gap opened a store.',
        [
          ['Harland Pipeline', 'ORG'],
          ['Federal Reserve', 'ORG'],
          ['Euro Area', 'OTHER'],
          ['Meadow Crossing', 'OTHER'],
          ['Gap', 'ORG'],
        ],
      ),
    ).toEqual(['Harland Pipeline/ORG', 'Federal Reserve/ORG', 'Euro Area/OTHER', 'Meadow Crossing/OTHER', 'Gap/ORG']);
  });
});

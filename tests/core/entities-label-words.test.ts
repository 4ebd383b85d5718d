/**
 * A citation's or a life's label word is no name (src/core/entities/label-words.ts): sentences
 * written for this test, with mentions typed as the tagger mistypes them.
 */
import { describe, expect, test } from 'vitest';
import { mentionsIn } from '../helpers/mentions';
import { withoutLabelWords } from '../../src/core/entities/label-words';
import type { EntityType } from '../../src/core/types';

function read(text: string, tagged: [string, EntityType][]): string[] {
  return withoutLabelWords(new Map([[0, text]]), mentionsIn(text, tagged)).map((m) => `${m.text}/${m.type}`);
}

describe('label words', () => {
  test('a citation\'s "Retrieved" and "Archived" before a date, and "Born in", are dropped', () => {
    expect(
      read('"A Quiet Harbour". The Daily Brell. Retrieved 4 June 2019. Archived March 2, 2020.', [
        ['The Daily Brell', 'ORG'],
        ['Retrieved', 'ORG'],
        ['Archived', 'ORG'],
      ]),
    ).toEqual(['The Daily Brell/ORG']);
    expect(read('Born in a fishing town in 1950, she left at 16.', [['Born', 'PLACE']])).toEqual([]);
  });

  test('the same word as a name, or before another word, stays', () => {
    expect(
      read('Max Born won the prize; Born said little. Retrieved Memories sold well.', [
        ['Max Born', 'PERSON'],
        ['Born', 'PERSON'],
        ['Retrieved Memories', 'OTHER'],
      ]),
    ).toEqual(['Max Born/PERSON', 'Born/PERSON', 'Retrieved Memories/OTHER']);
  });
});

describe('a science page\'s "Journal reference" label (names48a)', () => {
  test('"Journal" before "reference" is dropped; a journal\'s name and "Journal" before another word stay', () => {
    expect(
      read('Journal reference: Annals of Tarn Ecology, DOI 10.1000/x. The Journal said so.', [
        ['Journal', 'ORG'],
        ['Annals of Tarn Ecology', 'ORG'],
        ['Journal', 'ORG'],
      ]),
    ).toEqual(['Annals of Tarn Ecology/ORG', 'Journal/ORG']);
  });
});

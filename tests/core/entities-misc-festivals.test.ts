/**
 * Festivals by their short names are OTHER in a text about a festival (src/core/entities/misc-festivals.ts). Texts written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { mentionsIn } from '../helpers/mentions';
import { withFestivals } from '../../src/core/entities/misc-festivals';
import type { EntityMention, EntityType } from '../../src/core/types';

const shown = (ms: readonly EntityMention[]): string[] => ms.map((m) => `${m.text}/${m.type}`);

function festivals(text: string, tagged: [string, EntityType][]): string[] {
  return shown(withFestivals(new Map([[0, text]]), mentionsIn(text, tagged)));
}

describe('festivals by their short names', () => {
  test('a listed festival typed as a body or a town is OTHER in a text about a festival', () => {
    expect(
      festivals('The festival season opens in June. Latitude sold out, and Glastonbury takes a fallow year.', [
        ['Latitude', 'ORG'],
        ['Glastonbury', 'PLACE'],
      ]),
    ).toEqual(['Latitude/OTHER', 'Glastonbury/OTHER']);
  });

  test('a festival of several words the tagger missed or read in part is added whole', () => {
    expect(
      festivals('Marla Quint will headline All Points East, then Reading and Leeds, the festival said.', [
        ['Marla Quint', 'PERSON'],
        ['Leeds', 'PLACE'],
      ]),
    ).toEqual(['Marla Quint/PERSON', 'All Points East/OTHER', 'Reading and Leeds/OTHER']);
  });

  test('a longer name that holds a festival is left', () => {
    expect(
      festivals('Tickets for the Reading and Leeds Festival went on sale.', [['Reading and Leeds Festival', 'OTHER']]),
    ).toEqual(['Reading and Leeds Festival/OTHER']);
  });

  test('without the word festival nothing changes', () => {
    expect(festivals('Download the app from Latitude Partners.', [['Latitude Partners', 'ORG']])).toEqual([
      'Latitude Partners/ORG',
    ]);
    expect(festivals('Glastonbury town council met on Tuesday.', [['Glastonbury', 'PLACE']])).toEqual([
      'Glastonbury/PLACE',
    ]);
  });
});

/**
 * Towns, postal codes and venues of listings (src/core/entities/listings.ts), through the
 * English corrections after tagging, on mentions as a tagger might cut and type them.
 */
import { describe, expect, test } from 'vitest';
import type { EntityType } from '../../src/core/types';
import { corrected } from './corrected';

describe('places in listings', () => {
  test('a tour-date line "Venue, Town, ST": the venue, the town and the state are places', () => {
    const text =
      'The band’s spring dates:\nMay 2 -- Harbor Lights Music Center at Fox Point, Milbrook, NJ\nMay 4 -- Granite Hall, Ashford, ON';
    expect(
      corrected(text, [
        ['Harbor Lights Music Center', 'ORG'],
        ['Fox Point', 'PLACE'],
        ['Milbrook', 'ORG'],
        ['Granite Hall', 'OTHER'],
        ['Ashford', 'PLACE'],
      ]),
    ).toEqual([
      ['Harbor Lights Music Center at Fox Point', 'PLACE'],
      ['Milbrook', 'PLACE'],
      ['NJ', 'PLACE'],
      ['Granite Hall', 'PLACE'],
      ['Ashford', 'PLACE'],
      ['ON', 'PLACE'],
    ]);
  });

  test('the other order, "Town, ST @ Venue"', () => {
    const text = 'Tour dates\nMay 2 – Milbrook, NJ @ The Harbor Lights Pavilion\nMay 4 – Ashford, IN @ Granite Hall';
    expect(
      corrected(text, [
        ['Milbrook', 'PERSON'],
        ['NJ', 'ORG'],
        ['Harbor Lights', 'ORG'],
        ['Granite', 'ORG'],
      ]),
    ).toEqual([
      ['Milbrook', 'PLACE'],
      ['NJ', 'PLACE'],
      ['The Harbor Lights Pavilion', 'PLACE'],
      ['Ashford', 'PLACE'],
      ['IN', 'PLACE'],
      ['Granite Hall', 'PLACE'],
    ]);
  });

  test('a town and its state in running text, and nothing taken for one', () => {
    expect(corrected('The show moves to Milbrook, NJ for a week.', [['Milbrook', 'ORG']])).toEqual([
      ['Milbrook', 'PLACE'],
      ['NJ', 'PLACE'],
    ]);
    // Not a code: a word after the comma, two capitals glued to more letters, a town in capitals.
    const text = 'At Milbrook, Ohio, we met Acme Corp, NYSE traders and MILBROOK, NJ readers.';
    const tagged: [string, EntityType][] = [
      ['Milbrook', 'ORG'],
      ['Ohio', 'PLACE'],
      ['Acme Corp', 'ORG'],
      ['NYSE', 'ORG'],
      ['MILBROOK', 'ORG'],
    ];
    expect(corrected(text, tagged)).toEqual(tagged);
  });
});

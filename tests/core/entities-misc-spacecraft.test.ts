/**
 * In a story about space, craft are OTHER and asteroids, bodies and launch sites places
 * (src/core/entities/misc-spacecraft.ts). Texts written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { mentionsIn } from '../helpers/mentions';
import { withSpacecraft } from '../../src/core/entities/misc-spacecraft';
import type { EntityType } from '../../src/core/types';

/** The mentions of `blocks` after the rule, as "name/TYPE"; `tagged` in text order, block by block. */
function read(blocks: string[], tagged: [string, EntityType][][]): string[] {
  const mentions = blocks.flatMap((text, blockId) => mentionsIn(text, tagged[blockId] ?? [], blockId));
  const text = new Map(blocks.map((b, i) => [i, b]));
  return withSpacecraft(text, mentions, (name) => name === 'Orbitex').map((m) => `${m.text}/${m.type}`);
}

describe('spacecraft', () => {
  test('a craft named before its noun, and its other mentions', () => {
    expect(
      read(
        [
          'The agency delayed the Suzaku comet probe after a leak in the rocket.',
          'Suzaku will fly past the comet Oriel in 2031 and pass Venus on the way.',
        ],
        [
          [['Suzaku', 'ORG']],
          [
            ['Suzaku', 'PERSON'],
            ['Oriel', 'PERSON'],
            ['Venus', 'PERSON'],
          ],
        ],
      ),
    ).toEqual(['Suzaku/OTHER', 'Suzaku/OTHER', 'Oriel/PLACE', 'Venus/PLACE']);
  });

  test('a craft after its noun and a comma, a numbered craft, a launch site', () => {
    expect(
      read(
        ['Its first lunar orbiter, Chandra Vani, will launch from Palmera on a rocket built with Miravo-2 parts.'],
        [
          [
            ['Chandra Vani', 'PERSON'],
            ['Palmera', 'ORG'],
            ['Miravo-2', 'ORG'],
          ],
        ],
      ),
    ).toEqual(['Chandra Vani/OTHER', 'Palmera/PLACE', 'Miravo-2/OTHER']);
    expect(
      read(
        ['The rocket lifted off from the Kestrel Bay Space Center carrying the Deep Sky Observing Satellite-2.'],
        [
          [
            ['Kestrel Bay Space Center', 'ORG'],
            ['Deep Sky Observing Satellite-2', 'ORG'],
          ],
        ],
      ),
    ).toEqual(['Kestrel Bay Space Center/PLACE', 'Deep Sky Observing Satellite-2/OTHER']);
  });

  test('acronyms, listed companies, places and texts not about space are left', () => {
    expect(
      read(
        ['The NASA probe and the Orbitex satellite reached orbit; the Mars rover did too.'],
        [
          [
            ['NASA', 'ORG'],
            ['Orbitex', 'ORG'],
            ['Mars', 'PLACE'],
          ],
        ],
      ),
    ).toEqual(['NASA/ORG', 'Orbitex/ORG', 'Mars/PLACE']);
    expect(read(['The Halloran probe into the council found no fault.'], [[['Halloran', 'PERSON']]])).toEqual([
      'Halloran/PERSON',
    ]);
    expect(
      read(['The Federal Cabinet approved the mission before the rocket was built.'], [[['Federal Cabinet', 'ORG']]]),
    ).toEqual(['Federal Cabinet/ORG']);
  });
});

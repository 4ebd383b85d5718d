import { describe, expect, test } from 'vitest';
import { withStudios } from '../../src/core/entities/media2-studios';
import type { EntityMention } from '../../src/core/types';

function mention(text: string, block: string, type: EntityMention['type'], from = 0): EntityMention {
  const start = block.indexOf(text, from);
  return { blockId: 0, start, end: start + text.length, text, type } as EntityMention;
}

const PLACES = (name: string): boolean => name === 'Atlanta';

describe('studios, labels and publishers (media2-studios)', () => {
  const block = 'Brackenfold Games said its shooter slips to spring. Brackenfold said Ossory Records agreed.';
  test('a name ending in a head word typed OTHER is an organisation, and so is its short name', () => {
    const out = withStudios(
      [
        mention('Brackenfold Games', block, 'OTHER'),
        mention('Brackenfold', block, 'PERSON', 20),
        mention('Ossory Records', block, 'OTHER'),
      ],
      PLACES,
    );
    expect(out.map((m) => [m.text, m.type])).toEqual([
      ['Brackenfold Games', 'ORG'],
      ['Brackenfold', 'ORG'],
      ['Ossory Records', 'ORG'],
    ]);
  });
  test('sporting games stay as they are', () => {
    const text = 'She won gold at the Commonwealth Games, the 2030 Asian Games and the Atlanta Games in Atlanta.';
    const ms = [
      mention('Commonwealth Games', text, 'OTHER'),
      mention('2030 Asian Games', text, 'OTHER'),
      mention('Atlanta Games', text, 'OTHER'),
      mention('Atlanta', text, 'PLACE', 80),
    ];
    expect(withStudios(ms, PLACES).map((m) => m.type)).toEqual(['OTHER', 'OTHER', 'OTHER', 'PLACE']);
  });
  test('a name without a head word is left alone', () => {
    const text = 'Brackenfold said the game ships in May.';
    expect(withStudios([mention('Brackenfold', text, 'PERSON')], PLACES)[0]?.type).toBe('PERSON');
  });
});

/**
 * Numbered roads are places (src/core/entities/intl-roads.ts; lang-news.md: "numbered roads LOC").
 * On mentions as a tagger might cut and type them, and through the English model on a story we
 * wrote.
 */
import { describe, expect, test } from 'vitest';
import { withNumberedRoads } from '../../src/core/entities/intl-roads';
import type { EntityMention } from '../../src/core/types';
import { englishRecogniser, mention } from './entity-mentions';

const shown = (ms: readonly EntityMention[]) => ms.map((m) => `${m.text}/${m.type}`);

describe('a numbered road', () => {
  test('after "the", and each code of a list after it, is a place where the block speaks of roads', () => {
    const a = 'Police set up roadblocks on the N2, N7 and R61, and a crash closed the M4 near Kestrel.';
    const out = withNumberedRoads(new Map([[0, a]]), [
      mention(a, 'N2', 'OTHER'),
      mention(a, 'N7', 'OTHER'),
      mention(a, 'R61', 'OTHER'),
      mention(a, 'M4', 'ORG'),
      mention(a, 'Kestrel', 'PLACE'),
    ]);
    expect(shown(out)).toEqual(['N2/PLACE', 'N7/PLACE', 'R61/PLACE', 'M4/PLACE', 'Kestrel/PLACE']);
  });

  test('a chip, a mask or a code without "the" or without roads stays as the tagger typed it', () => {
    const a = 'The laptop runs the M3 chip, and N95 masks sold out.';
    const b = 'Traffic was light, and B52 flew over.';
    const kept = [mention(a, 'M3', 'OTHER'), mention(a, 'N95', 'OTHER'), mention(b, 'B52', 'OTHER', 0, 1)];
    expect(
      withNumberedRoads(
        new Map([
          [0, a],
          [1, b],
        ]),
        kept,
      ),
    ).toEqual(kept);
  });

  test('through the model, the roads of a traffic story are places', () => {
    const text =
      'The transport agency said roadblocks on the N2, N7 and N9 would run around the clock, and the N2 is among the busiest roads in the province.';
    const out = englishRecogniser()
      .recognise([{ id: 0, kind: 'paragraph', text }])
      .filter((m) => /^N\d$/u.test(m.text));
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((m) => m.type === 'PLACE')).toBe(true);
  });
});

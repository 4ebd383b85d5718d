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

  test('the words of traffic make a block speak of roads; a code left out after a road of its list is a road (names47a)', () => {
    const a = 'Queues built on the A419 approach, and drivers may go via the M12 and M27 or the A3/A31.';
    const out = withNumberedRoads(new Map([[0, a]]), [
      mention(a, 'A419', 'ORG'),
      mention(a, 'M12', 'OTHER'),
      mention(a, 'A3', 'OTHER'),
    ]);
    expect(shown(out)).toEqual(['A419/PLACE', 'M12/PLACE', 'M27/PLACE', 'A3/PLACE', 'A31/PLACE']);
    const b = 'More cyclists will die on the A58 unless it is made safer.';
    expect(shown(withNumberedRoads(new Map([[0, b]]), [mention(b, 'A58', 'OTHER')]))).toEqual(['A58/PLACE']);
    const c = 'The rebels of the M23 and M24 met.';
    expect(shown(withNumberedRoads(new Map([[0, c]]), [mention(c, 'M23', 'ORG')]))).toEqual(['M23/ORG']);
  });

  test('a highway cut before its one-digit number runs on to it (names47a)', () => {
    const a = 'The slip closed State Highway 4 near Orton, and State Highway 12,000 cars a day use was left.';
    const out = withNumberedRoads(new Map([[0, a]]), [
      mention(a, 'State Highway', 'PLACE'),
      mention(a, 'Orton', 'PLACE'),
    ]);
    expect(shown(out)).toEqual(['State Highway 4/PLACE', 'Orton/PLACE']);
  });
});

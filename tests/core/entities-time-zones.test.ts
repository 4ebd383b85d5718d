/**
 * A clock time's zone is no name (src/core/entities/time-zones.ts; lang-news.md: named time zones
 * are never names). On mentions as a tagger might cut and type them.
 */
import { describe, expect, test } from 'vitest';
import { withoutTimeZones } from '../../src/core/entities/time-zones';
import type { EntityMention } from '../../src/core/types';
import { mention } from './entity-mentions';

const shown = (ms: readonly EntityMention[]) => ms.map((m) => `${m.text}/${m.type}`);

describe("a clock time's zone", () => {
  test('a clock time with its zone, and a zone alone after a clock time, are dropped', () => {
    const a = 'Emails came at 6AM PT, the vote at 5 p.m. ET, the count at 16:30 CET and the result at noon BST.';
    const out = withoutTimeZones(new Map([[0, a]]), [
      mention(a, '6AM PT', 'ORG'),
      mention(a, '5 p.m. ET', 'ORG'),
      mention(a, 'CET', 'ORG'),
      mention(a, 'BST', 'OTHER'),
    ]);
    expect(out).toEqual([]);
  });

  test('a wire time\'s "GMT", a place before "time", and zones without a clock time are kept', () => {
    const a =
      'It fell before the 0830 GMT release, at 5 p.m. New York time. The GMT desk and PT Bank Sentosa said so; 2024 Bank too.';
    const ms = [
      mention(a, 'GMT', 'OTHER'),
      mention(a, 'New York', 'PLACE'),
      mention(a, 'GMT', 'ORG', 1),
      mention(a, 'PT Bank Sentosa', 'ORG'),
      mention(a, '2024 Bank', 'ORG'),
    ];
    const out = withoutTimeZones(new Map([[0, a]]), ms);
    expect(out).toBe(ms);
    expect(shown(out)).toEqual(['GMT/OTHER', 'New York/PLACE', 'GMT/ORG', 'PT Bank Sentosa/ORG', '2024 Bank/ORG']);
  });

  test('a wire time in brackets after the local time drops its zone', () => {
    const a = 'Polls closed at 7 p.m. (1900 GMT) and the count began at 9 p.m. local time (1300 UTC) in Kerrow.';
    const out = withoutTimeZones(new Map([[0, a]]), [
      mention(a, 'GMT', 'OTHER'),
      mention(a, 'UTC', 'OTHER'),
      mention(a, 'Kerrow', 'PLACE'),
    ]);
    expect(shown(out)).toEqual(['Kerrow/PLACE']);
  });
});

describe('a US zone written as a word after a clock time (names48a)', () => {
  test('"Central" and "Pacific" after a clock time are dropped; the word before no clock time, or a name it opens, stays', () => {
    const a = 'Totality reached Brell at 1:40 pm Central, the vote came at 7:45 p.m. Pacific time, and 10am Eastern.';
    expect(
      shown(
        withoutTimeZones(new Map([[0, a]]), [
          mention(a, 'Central', 'ORG'),
          mention(a, 'Pacific', 'PLACE'),
          mention(a, 'Eastern', 'OTHER'),
        ]),
      ),
    ).toEqual([]);
    const b = 'Fans met at 7 p.m. Pacific Coliseum gates; Central Bank and the Pacific stayed calm.';
    const ms = [
      mention(b, 'Pacific Coliseum', 'PLACE'),
      mention(b, 'Central Bank', 'ORG'),
      mention(b, 'Pacific', 'PLACE', 1),
    ];
    expect(shown(withoutTimeZones(new Map([[0, b]]), ms))).toEqual([
      'Pacific Coliseum/PLACE',
      'Central Bank/ORG',
      'Pacific/PLACE',
    ]);
  });
});

/**
 * The cheap checks before the English corrections' patterns (issue 15, speed) skip only what the
 * patterns could never match: each case here sits at the edge of one check, on sentences we wrote.
 */
import { describe, expect, test } from 'vitest';
import { withCivicDays } from '../../src/core/entities/civic-days';
import { isNamedProduct } from '../../src/core/entities/misc-products';
import { withStorms } from '../../src/core/entities/storms';
import type { EntityMention } from '../../src/core/types';
import { mention } from './entity-mentions';

const shown = (ms: readonly EntityMention[]) => ms.map((m) => `${m.text}/${m.type}`);
const one = (text: string): Map<number, string> => new Map([[0, text]]);

describe('the cheap checks keep every case the patterns find', () => {
  test('a storm word in capitals only ("TYPHOON") still makes the text a weather story', () => {
    const a = 'Residents braced as TYPHOON Halvard neared; Halvard is the third typhoon this year.';
    const out = withStorms(one(a), [mention(a, 'Halvard', 'PERSON'), mention(a, 'Halvard', 'PERSON', 1)]);
    expect(shown(out)).toEqual(['Halvard/OTHER', 'Halvard/OTHER']);
    const calm = 'Residents braced as Halvard neared the coast.';
    expect(shown(withStorms(one(calm), [mention(calm, 'Halvard', 'PERSON')]))).toEqual(['Halvard/PERSON']);
  });

  test('"Remembrance Sunday" is found in a block with no "Day" in it', () => {
    const a = 'Wreaths were laid at the cenotaph on Remembrance Sunday, and the town fell silent.';
    expect(shown(withCivicDays(one(a), []))).toEqual(['Remembrance Sunday/OTHER']);
    const dates = 'The market opens on Sunday and closes on Monday.';
    expect(shown(withCivicDays(one(dates), []))).toEqual([]);
  });

  test('a year’s possessive after an apposed work word ("her debut album, 2019’s Lanterns")', () => {
    const a = 'She toured with her debut album, 2019’s Lanterns, across the north.';
    expect(isNamedProduct(a, mention(a, 'Lanterns', 'ORG'))).toBe(true);
    const b = 'She toured with her debut album, Lanterns, across the north.';
    expect(isNamedProduct(b, mention(b, 'Lanterns', 'ORG'))).toBe(true);
    const c = 'She toured with her band, Lanterns, across the north.';
    expect(isNamedProduct(c, mention(c, 'Lanterns', 'ORG'))).toBe(false);
  });
});

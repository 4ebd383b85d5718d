/**
 * Sums of money glued to a currency's short form are no names (src/core/entities/intl-amounts.ts;
 * names.md: money is not a name). On mentions as a tagger might cut and type them, and through the
 * English model on a story we wrote.
 */
import { describe, expect, test } from 'vitest';
import { withoutGluedDollars } from '../../src/core/entities/intl-amounts';
import { englishRecogniser, mention } from './entity-mentions';

describe('a sum of money glued to its currency', () => {
  test('through the model, no sum is a name', () => {
    const text =
      'Kilima Foods said pre-tax profit rose to Sh18.4 billion from Sh16.6 billion, while the levy climbs from Sh18 to Sh22 a litre.';
    const names = englishRecogniser()
      .recognise([{ id: 0, kind: 'paragraph', text }])
      .map((m) => m.text);
    expect(names.filter((n) => /^Sh\d/u.test(n))).toEqual([]);
  });
});

describe('naira glued to their figure (names48a)', () => {
  test('three digits or a thousands comma are a sum and dropped; roads and a mask standard stay', () => {
    const a = 'Petrol sold at N617 in Ikeja, between N950 and N1,100 in Sagamu, and the wage is N70,000 a month.';
    const out = withoutGluedDollars(new Map([[0, a]]), [
      mention(a, 'N617', 'ORG'),
      mention(a, 'Ikeja', 'PLACE'),
      mention(a, 'N950', 'OTHER'),
      mention(a, 'N1', 'OTHER'),
      mention(a, 'Sagamu', 'PLACE'),
      mention(a, 'N70', 'OTHER'),
    ]);
    expect(out.map((m) => m.text)).toEqual(['Ikeja', 'Sagamu']);
    const b = 'Traffic on the N1, N95 masks and the N7 road.';
    const ms = [mention(b, 'N1', 'PLACE'), mention(b, 'N95', 'OTHER'), mention(b, 'N7', 'PLACE')];
    expect(withoutGluedDollars(new Map([[0, b]]), ms).map((m) => m.text)).toEqual(['N1', 'N95', 'N7']);
  });
});

/**
 * Sums of money glued to a currency's short form are no names (src/core/entities/intl-amounts.ts;
 * names.md: money is not a name). On mentions as a tagger might cut and type them, and through the
 * English model on a story we wrote.
 */
import { describe, expect, test } from 'vitest';
import { isGluedSum, withoutGluedSums } from '../../src/core/entities/intl-amounts';
import { englishRecogniser, mention } from './entity-mentions';

describe('a sum of money glued to its currency', () => {
  test('shillings and rupees are sums; roads, names and products are not', () => {
    expect(['Sh18.4', 'Sh22', 'KSh200', 'Sh1,250', 'Rs612', 'Rs.40'].every(isGluedSum)).toBe(true);
    expect(['R21', 'N1', 'Shell', 'Sh', 'Rs', 'Shanghai2', 'Sh-1', 'Sh18.'].some(isGluedSum)).toBe(false);
  });

  test('is dropped, and the names beside it stay', () => {
    const a = 'Tamu Mills said profit rose to Sh18.4 billion, and Jane Wairimu expects Sh64 billion.';
    const out = withoutGluedSums([
      mention(a, 'Tamu Mills', 'ORG'),
      mention(a, 'Sh18.4', 'OTHER'),
      mention(a, 'Jane Wairimu', 'PERSON'),
      mention(a, 'Sh64', 'ORG'),
    ]);
    expect(out.map((m) => m.text)).toEqual(['Tamu Mills', 'Jane Wairimu']);
  });

  test('through the model, no sum is a name', () => {
    const text =
      'Kilima Foods said pre-tax profit rose to Sh18.4 billion from Sh16.6 billion, while the levy climbs from Sh18 to Sh22 a litre.';
    const names = englishRecogniser()
      .recognise([{ id: 0, kind: 'paragraph', text }])
      .map((m) => m.text);
    expect(names.filter((n) => /^Sh\d/u.test(n))).toEqual([]);
  });
});

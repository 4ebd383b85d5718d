/**
 * Persons named straight after a kinship noun or "née" (src/core/entities/per-kin.ts; names.md:
 * people are PER). On mentions as a tagger might cut and type them.
 */
import { describe, expect, test } from 'vitest';
import { withKinPersons } from '../../src/core/entities/per-kin';
import type { EntityMention } from '../../src/core/types';
import { mention } from './entity-mentions';

const shown = (ms: readonly EntityMention[]) => ms.map((m) => `${m.text}/${m.type}`);

describe('a person after a kinship noun', () => {
  test("an obituary's survivors and a maiden name are persons", () => {
    const a =
      'She is survived by her son Pádraig, her daughters Máire and Eilís, and his wife Bridget (née Considine) of Ennis.';
    const out = withKinPersons(new Map([[0, a]]), [
      mention(a, 'Pádraig', 'ORG'),
      mention(a, 'Máire', 'ORG'),
      mention(a, 'Eilís', 'ORG'),
      mention(a, 'Bridget', 'PERSON'),
      mention(a, 'Considine', 'OTHER'),
      mention(a, 'Ennis', 'PLACE'),
    ]);
    expect(shown(out)).toEqual([
      'Pádraig/PERSON',
      'Máire/PERSON',
      'Eilís/PERSON',
      'Bridget/PERSON',
      'Considine/PERSON',
      'Ennis/PLACE',
    ]);
  });

  test('without an owner before the noun, or after a list, nothing changes', () => {
    const a = 'The Son Heung-min show: Mother Teresa and Oxfam met the son Tottenham chose, then Brazil and Chile.';
    const ms = [
      mention(a, 'Son Heung-min', 'PERSON'),
      mention(a, 'Oxfam', 'ORG'),
      mention(a, 'Tottenham', 'ORG'),
      mention(a, 'Brazil', 'PLACE'),
      mention(a, 'Chile', 'PLACE'),
    ];
    const out = withKinPersons(new Map([[0, a]]), ms);
    expect(out).toBe(ms);
  });
});

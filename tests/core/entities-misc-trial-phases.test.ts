/**
 * A clinical trial's phase is no name (src/core/entities/misc-trial-phases.ts). On mentions as a
 * tagger might cut and type them.
 */
import { describe, expect, test } from 'vitest';
import { withoutTrialPhases } from '../../src/core/entities/misc-trial-phases';
import type { EntityMention } from '../../src/core/types';
import { mention } from './entity-mentions';

const shown = (ms: readonly EntityMention[]) => ms.map((m) => `${m.text}/${m.type}`);

describe("a clinical trial's phase", () => {
  test('before a trial, its results or its data, is dropped', () => {
    const a = 'In a large Phase 3 trial, as in the Phase III study, whose Phase 2b results and Phase 1/2 data held.';
    const out = withoutTrialPhases(new Map([[0, a]]), [
      mention(a, 'Phase 3', 'OTHER'),
      mention(a, 'Phase III', 'OTHER'),
      mention(a, 'Phase 2b', 'OTHER'),
      mention(a, 'Phase 1/2', 'OTHER'),
    ]);
    expect(out).toEqual([]);
  });

  test('a named deal, a phase at the end of a sentence and longer names are kept', () => {
    const a = 'The Phase 1 trade deal held. The plan reached Phase 2. Phase One Foods and Phase 3 Labs trial it.';
    const ms = [
      mention(a, 'Phase 1', 'OTHER'),
      mention(a, 'Phase 2', 'OTHER'),
      mention(a, 'Phase One Foods', 'ORG'),
      mention(a, 'Phase 3 Labs', 'ORG'),
    ];
    const out = withoutTrialPhases(new Map([[0, a]]), ms);
    expect(out).toBe(ms);
    expect(shown(out)).toEqual(['Phase 1/OTHER', 'Phase 2/OTHER', 'Phase One Foods/ORG', 'Phase 3 Labs/ORG']);
  });
});

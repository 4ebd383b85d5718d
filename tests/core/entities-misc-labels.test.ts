/**
 * Numbered and lettered stage labels are no names (src/core/entities/misc-labels.ts): on label
 * texts and through the English model on a sentence we wrote.
 */
import { describe, expect, test } from 'vitest';
import { isStageLabel, withoutStageLabels } from '../../src/core/entities/misc-labels';
import { englishRecogniser, mention } from './entity-mentions';

describe('a stage label is no name', () => {
  test.each(['Stage 4', 'Zone A', 'Round 1', 'Round One', 'Level 3', 'Group B', 'Category 5', 'Week 12'])(
    '%s is a label',
    (name) => expect(isStageLabel(name)).toBe(true),
  );

  test.each([
    'Division One',
    'Series 3',
    'Phase 1',
    'Terminal 5',
    'Area 51',
    'Apollo 17',
    'Stage',
    'Zone AB',
    'Stage 2024',
  ])('%s is not', (name) => expect(isStageLabel(name)).toBe(false));

  test('labels are dropped, the names around them kept', () => {
    const a = 'Residents of Zone A in Pinellas County were told to leave by Tuesday.';
    const out = withoutStageLabels([mention(a, 'Zone A', 'OTHER'), mention(a, 'Pinellas County', 'PLACE')]);
    expect(out.map((m) => m.text)).toEqual(['Pinellas County']);
  });

  test('through the English model', () => {
    const recogniser = englishRecogniser();
    const names = (text: string) => recogniser.recognise([{ id: 0, kind: 'paragraph', text }]).map((m) => m.text);
    expect(names('Load-shedding will move to Stage 4 at 4pm, Eskom said.')).toEqual(['Eskom']);
    expect(names('Residents in Zone A must leave their homes by noon, the county said.')).toEqual([]);
  });
});

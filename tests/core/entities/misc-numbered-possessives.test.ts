import { describe, expect, test } from 'vitest';
import { loadRecogniser } from '../../../src/cli/model';
import type { EntityType } from '../../../src/core/types';

const recogniser = loadRecogniser();
const found = (text: string): [string, EntityType][] =>
  recogniser.recognise([{ id: 0, kind: 'paragraph', text }]).map((m) => [m.text, m.type]);

describe('a possessive after a numbered product is outside its name (en-train20, en-train22)', () => {
  test('"the Fold 2\'s" at a sentence\'s end', () => {
    const names = found("The Fold 3 is lighter than the Fold 2's. It costs more than the Fold 2.");
    expect(names).toContainEqual(['Fold 2', 'OTHER']);
    expect(names.map(([t]) => t)).not.toContain("Fold 2's");
  });

  test('the possessive cut, the name keeps its place in the sentence', () => {
    const names = found(
      "The spec sheet describes the T4 as an eight-core design, with a neural engine twice as fast as the Halo 2's. We will test it.",
    );
    expect(names.map(([t]) => t)).toContain('Halo 2');
    expect(names.map(([t]) => t)).not.toContain("Halo 2's");
  });
});

import { describe, expect, test } from 'vitest';
import { loadRecogniser } from '../../../src/cli/model';
import type { EntityType } from '../../../src/core/types';

const recogniser = loadRecogniser();
const found = (text: string): [string, EntityType][] =>
  recogniser.recognise([{ id: 0, kind: 'paragraph', text }]).map((m) => [m.text, m.type]);

describe("a product line named with and without its maker's name (en-train20, en-train21)", () => {
  const laptop =
    "The Corvane Pilot 14 is the best-value laptop we've tested. The Pilot 14 went on sale in March, after the Pilot 13 flopped, and a 16-inch Pilot 16 will follow.";

  test.each(['Corvane Pilot 14', 'Pilot 14', 'Pilot 13'])('%s is one OTHER name', (name) => {
    expect(found(laptop)).toContainEqual([name, 'OTHER']);
  });

  test('a phone and its predecessor', () => {
    const text = 'The Brisa Fold 3 phone is thinner than the Fold 2 was, and its hinge is quieter.';
    expect(found(text)).toContainEqual(['Fold 2', 'OTHER']);
  });

  test('roads with numbers stay places, in a story about phones too', () => {
    const text = 'Traffic on Highway 174 and Highway 417 slowed as the new phones went on sale.';
    expect(found(text)).toContainEqual(['Highway 174', 'PLACE']);
    expect(found(text)).toContainEqual(['Highway 417', 'PLACE']);
  });
});

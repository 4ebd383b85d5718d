import { describe, expect, test } from 'vitest';
import { loadRecogniser } from '../../../src/cli/model';
import type { EntityType } from '../../../src/core/types';

const recogniser = loadRecogniser();
const found = (text: string): [string, EntityType][] =>
  recogniser.recognise([{ id: 0, kind: 'paragraph', text }]).map((m) => [m.text, m.type]);

describe("a society's congress and a named weekend are events (en-train19, en-train20)", () => {
  test('"the ESMO Congress"', () => {
    expect(found('Results were presented at the ESMO Congress in Barcelona.')).toContainEqual([
      'ESMO Congress',
      'OTHER',
    ]);
  });

  test('"the Chesapeake Folk Weekend"', () => {
    expect(found('The band plays the Chesapeake Folk Weekend at Rash Field.')).toContainEqual([
      'Chesapeake Folk Weekend',
      'OTHER',
    ]);
  });

  test("a country's congress stays a body", () => {
    expect(found('The US Congress passed the bill on Tuesday.')).toContainEqual(['US Congress', 'ORG']);
  });
});

import { describe, expect, test } from 'vitest';
import { loadRecogniser } from '../../../src/cli/model';
import type { EntityType } from '../../../src/core/types';

const recogniser = loadRecogniser();
const found = (text: string): [string, EntityType][] =>
  recogniser.recognise([{ id: 0, kind: 'paragraph', text }]).map((m) => [m.text, m.type]);

describe("a province's people are OTHER (en-train19, en-train21)", () => {
  test('"Ontarians" from "Ontario" (the "-o" dropped before "-an"), where the tagger reads a person', () => {
    expect(found('Ontarians said the trains were late again.')).toContainEqual(['Ontarians', 'OTHER']);
  });

  test('a plural typed an organisation without "the" before it is the people', () => {
    expect(found('Premier Danielle Smith said Albertans would pay less.')).toContainEqual(['Albertans', 'OTHER']);
    expect(found('Premier Doug Ford said Ontarians would pay less.')).toContainEqual(['Ontarians', 'OTHER']);
  });
});

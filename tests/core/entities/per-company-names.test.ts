import { describe, expect, test } from 'vitest';
import { loadRecogniser } from '../../../src/cli/model';
import type { EntityType } from '../../../src/core/types';

const recogniser = loadRecogniser();
const found = (text: string): [string, EntityType][] =>
  recogniser.recognise([{ id: 0, kind: 'paragraph', text }]).map((m) => [m.text, m.type]);

describe('a company the tagger reads as a person is ORG (en-train20-22)', () => {
  test('a business word at the end of the name, and the short name after it', () => {
    const text =
      'Okafor Furnishers said on Friday it would close 20 stores. Okafor makes most of its sales at Christmas.';
    expect(found(text)).toContainEqual(['Okafor Furnishers', 'ORG']);
    expect(found(text)).toContainEqual(['Okafor', 'ORG']);
    expect(found('Stadtwerke Ulmendorf said prices would rise.')).toContainEqual(['Stadtwerke Ulmendorf', 'ORG']);
  });

  test('a name the text founds right after is no person', () => {
    const text =
      'Ansel, which was founded in Oakland in 2016 and sold its first phone in 2019, has used Qualcomm chips in every device until now. Ansel declined to comment.';
    expect(found(text)).toContainEqual(['Ansel', 'ORG']);
    expect(found(text)).not.toContainEqual(['Ansel', 'PERSON']);
  });

  test('an appositive naming its trade', () => {
    const text =
      'Halvorsen Vance, the family-owned furniture chain, said on Monday that Halvorsen Vance would shut 12 stores.';
    expect(found(text)).toContainEqual(['Halvorsen Vance', 'ORG']);
  });

  test('a person is left alone: born, not founded, and an appositive with a preposition', () => {
    expect(found('Dana Whitcombe, who founded the chain in 1990, said sales fell.')).toContainEqual([
      'Dana Whitcombe',
      'PERSON',
    ]);
    expect(found('Marcus Ellery, a manager at the chain, said sales fell.')).toContainEqual([
      'Marcus Ellery',
      'PERSON',
    ]);
  });
});

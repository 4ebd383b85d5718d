import { describe, expect, test } from 'vitest';
import { loadRecogniser } from '../../../src/cli/model';

const recogniser = loadRecogniser();
const texts = (text: string): string[] => recogniser.recognise([{ id: 0, kind: 'paragraph', text }]).map((m) => m.text);

describe('naira sums are no names (en-train21), roads named N and a number are', () => {
  test('a fuel price page', () => {
    const found = texts('Petrol now sells at N617 per litre in Abuja, up from N185 in May, a motorist in Lagos said.');
    expect(found).not.toContain('N617');
    expect(found).not.toContain('N185');
    expect(found).toContain('Abuja');
  });
});

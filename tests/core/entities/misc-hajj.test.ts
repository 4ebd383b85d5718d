import { describe, expect, test } from 'vitest';
import { loadRecogniser } from '../../../src/cli/model';
import type { EntityType } from '../../../src/core/types';

const recogniser = loadRecogniser();
const found = (text: string): [string, EntityType][] =>
  recogniser.recognise([{ id: 0, kind: 'paragraph', text }]).map((m) => [m.text, m.type]);

describe("the pilgrimage's words (en-train22; the thirty-seventh session's rulings)", () => {
  const text =
    'Pilgrims performing Hajj will stand on Arafat on 9 Dhu Al-Hijjah. The Ministry of Hajj and Umrah said Umrah visas end in Dhul Qadah.';

  test('"Hajj" and "Umrah" are OTHER, and the ministry one organisation', () => {
    expect(found(text)).toContainEqual(['Hajj', 'OTHER']);
    expect(found(text)).toContainEqual(['Umrah', 'OTHER']);
    expect(found(text)).toContainEqual(['Ministry of Hajj and Umrah', 'ORG']);
  });

  test('Hijri months are no names, "Arafat" is the plain', () => {
    const names = found(text).map(([t]) => t);
    expect(names).not.toContain('Dhu Al-Hijjah');
    expect(names).not.toContain('Dhul Qadah');
    expect(found(text)).toContainEqual(['Arafat', 'PLACE']);
  });

  test('Yasser Arafat outside a story about the Hajj stays a person', () => {
    expect(found('Yasser Arafat died in 2004. Arafat was 75.')).toContainEqual(['Arafat', 'PERSON']);
  });
});

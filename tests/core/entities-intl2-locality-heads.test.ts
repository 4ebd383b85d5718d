/**
 * A name ending in a square's or a locality's head word is a place, not a person
 * (src/core/entities/loc-locality-heads.ts; en-train8: "Martin Place", "Anand Vihar"). On
 * mentions as a tagger might type them, and through the English model on a story we wrote.
 */
import { describe, expect, test } from 'vitest';
import { withLocalityHeads } from '../../src/core/entities/loc-locality-heads';
import type { EntityMention } from '../../src/core/types';
import { englishRecogniser, mention } from './entity-mentions';

const shown = (ms: readonly EntityMention[]) => ms.map((m) => `${m.text}/${m.type}`);

describe('a locality typed a person', () => {
  test("is a place when its last word is a square's or a locality's head", () => {
    const a =
      'Roads around Oskar Place and stalls in Meera Vihar and Ravi Nagar closed, said Ana Place-Ruiz near Gandhi Marg.';
    const out = withLocalityHeads([
      mention(a, 'Oskar Place', 'PERSON'),
      mention(a, 'Meera Vihar', 'PERSON'),
      mention(a, 'Ravi Nagar', 'PERSON'),
      mention(a, 'Ana Place-Ruiz', 'PERSON'),
      mention(a, 'Gandhi Marg', 'PERSON'),
    ]);
    expect(shown(out)).toEqual([
      'Oskar Place/PLACE',
      'Meera Vihar/PLACE',
      'Ravi Nagar/PLACE',
      'Ana Place-Ruiz/PERSON',
      'Gandhi Marg/PLACE',
    ]);
  });

  test('one word, other types and other last words stay; a text without one is given back as it was', () => {
    const a = 'Place said the Kestrel Place fund and Nagar Holdings met Ravi Singh.';
    const kept = [
      mention(a, 'Place', 'PERSON'),
      mention(a, 'Kestrel Place', 'ORG'),
      mention(a, 'Nagar Holdings', 'ORG'),
      mention(a, 'Ravi Singh', 'PERSON'),
    ];
    expect(withLocalityHeads(kept)).toEqual(kept);
  });
});

describe('through the model', () => {
  test('a square named after a man is a place', () => {
    const text = 'Roads around Martin Place and Pitt Street will be closed from 4am for the march, police said.';
    const out = englishRecogniser()
      .recognise([{ id: 0, kind: 'paragraph', text }])
      .filter((m) => m.text === 'Martin Place')
      .map((m) => m.type);
    expect(out).toEqual(['PLACE']);
  });
});

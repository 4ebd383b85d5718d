import { describe, expect, test } from 'vitest';
import { loadRecogniser } from '../../../src/cli/model';
import type { EntityType } from '../../../src/core/types';

const recogniser = loadRecogniser();
const found = (text: string): [string, EntityType][] =>
  recogniser.recognise([{ id: 0, kind: 'paragraph', text }]).map((m) => [m.text, m.type]);

describe('West African and Kenyan honorifics stay outside the person (en-train21)', () => {
  test('"Comrade" before a union leader', () => {
    const text = 'The chairman of the union in Ogun State, Comrade Babatunde Adeyemi-Cole, said the wage was too low.';
    expect(found(text)).toContainEqual(['Babatunde Adeyemi-Cole', 'PERSON']);
    expect(found(text).map(([t]) => t)).not.toContain('Comrade Babatunde Adeyemi-Cole');
  });

  test('"Eng." before an engineer ends no sentence, and the role before it is no name', () => {
    const text =
      'County Executive Committee Member for Water Eng. Florence Wanjiru-Kamau said the county would sink boreholes.';
    expect(found(text)).toContainEqual(['Florence Wanjiru-Kamau', 'PERSON']);
    expect(found(text).map(([t]) => t)).not.toContain('Eng');
  });

  test('"Eng" in a cricket fixture is still England', () => {
    expect(found('Eng v Aus: England won by six wickets.')).toContainEqual(['England', 'PLACE']);
  });
});

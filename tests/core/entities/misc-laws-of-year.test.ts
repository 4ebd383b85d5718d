import { describe, expect, test } from 'vitest';
import { loadRecogniser } from '../../../src/cli/model';
import type { EntityType } from '../../../src/core/types';

const recogniser = loadRecogniser();
const found = (text: string): [string, EntityType][] =>
  recogniser.recognise([{ id: 0, kind: 'paragraph', text }]).map((m) => [m.text, m.type]);

describe('a US law with "of" and its year is one OTHER name (en-train21)', () => {
  test.each<[string, string]>([
    ['The Energy Policy Act of 2005 moved daylight saving time by four weeks.', 'Energy Policy Act of 2005'],
    ['Levees were built under the Flood Control Act of 1928 after the great flood.', 'Flood Control Act of 1928'],
    ['Congress passed the Civil Rights Act of 1964 after a long filibuster.', 'Civil Rights Act of 1964'],
  ])('%j', (text, law) => {
    expect(found(text)).toContainEqual([law, 'OTHER']);
  });

  test('a law without a year keeps its name, and a year after "in" stays out', () => {
    expect(found('The Clean Air Act was amended in 1990 by Congress.')).toContainEqual(['Clean Air Act', 'OTHER']);
  });
});

/**
 * Hospitals and health providers are organisations (src/core/entities/org-health.ts): on names
 * and mentions we wrote, by the rule and through the English model.
 */
import { describe, expect, test } from 'vitest';
import { isHealthProvider, withHealthProviders } from '../../src/core/entities/org-health';
import { englishRecogniser, mention } from './entity-mentions';

describe('a health provider is an organisation', () => {
  test.each([
    'Brookfield Medical Center',
    'Dunmore Health',
    'Osk Health System',
    'Harwick General Hospital',
    'Glenrae Royal Infirmary',
  ])('%s is one', (name) => expect(isHealthProvider(name)).toBe(true));

  test.each(['Health', 'Hospital', 'Brookfield', 'Healthville', 'Dunmore Healthcare Park', 'Hospital No 4'])(
    '%s is not',
    (name) => expect(isHealthProvider(name)).toBe(false),
  );

  test('a place is retyped, other mentions kept', () => {
    const a = 'She was taken to Brookfield Medical Center in Harwick.';
    const out = withHealthProviders([mention(a, 'Brookfield Medical Center', 'PLACE'), mention(a, 'Harwick', 'PLACE')]);
    expect(out.map((m) => `${m.text}/${m.type}`)).toEqual(['Brookfield Medical Center/ORG', 'Harwick/PLACE']);
  });

  test('through the English model', () => {
    const recogniser = englishRecogniser();
    const names = (text: string) =>
      recogniser.recognise([{ id: 0, kind: 'paragraph', text }]).map((m) => `${m.text}/${m.type}`);
    expect(names('The driver was flown to Anchorage Regional Medical Center on Tuesday.')).toContain(
      'Anchorage Regional Medical Center/ORG',
    );
  });

  test('a name before a lower-case "hospital" is the hospital, a listed town before it the town (names46a)', () => {
    const a = 'She was treated at Kestrel Royal hospital, then moved to a Harwick hospital and the Leeds hospital.';
    const out = withHealthProviders(
      [mention(a, 'Kestrel Royal', 'PLACE'), mention(a, 'Harwick', 'PLACE'), mention(a, 'Leeds', 'PLACE')],
      new Map([[0, a]]),
      (name) => name === 'Leeds',
    );
    expect(out.map((m) => `${m.text}/${m.type}`)).toEqual(['Kestrel Royal/ORG', 'Harwick/PLACE', 'Leeds/PLACE']);
  });
});

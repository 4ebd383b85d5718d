/**
 * A league's conferences and divisions are OTHER in a sports story
 * (src/core/entities/league-divisions.ts): on texts we wrote, by the rule and through the model.
 */
import { describe, expect, test } from 'vitest';
import { isLeagueDivision, withLeagueDivisions } from '../../src/core/entities/league-divisions';
import { englishRecogniser, mention, namesAfter } from './entity-mentions';

const SPORT = 'The quarterback threw two touchdowns before halftime.';

describe("a league's conferences and divisions are OTHER", () => {
  test.each([
    'AFC',
    'NFC North',
    'AFC East',
    'Western Conference',
    'Central Division',
    'NL East',
    'American League West',
  ])('%s is a division', (name) => expect(isLeagueDivision(name)).toBe(true));

  test.each(['NFL', 'AFC Championship Game', 'National Football League', 'Conference', 'Division One', 'NL'])(
    '%s is not',
    (name) => expect(isLeagueDivision(name)).toBe(false),
  );

  test('retyped and added in a sports story, a body left alone', () => {
    const a = 'Marlow Bay won the AFC East and the NFL fined its coach; the NFC title went to Ridgefield.';
    const text = new Map([
      [0, SPORT],
      [1, a],
    ]);
    const out = withLeagueDivisions(text, [
      mention(a, 'Marlow Bay', 'ORG', 0, 1),
      mention(a, 'AFC East', 'ORG', 0, 1),
      mention(a, 'NFL', 'ORG', 0, 1),
      mention(a, 'Ridgefield', 'ORG', 0, 1),
    ]);
    expect(out.map((m) => `${m.text}/${m.type}`)).toEqual([
      'Marlow Bay/ORG',
      'AFC East/OTHER',
      'NFL/ORG',
      'NFC/OTHER',
      'Ridgefield/ORG',
    ]);
  });

  test('outside a sports story nothing changes', () => {
    const a = 'The Western Conference of mayors met in Dunmore; the AFC booth was empty.';
    const ms = [mention(a, 'Western Conference', 'ORG'), mention(a, 'Dunmore', 'PLACE')];
    expect(withLeagueDivisions(new Map([[0, a]]), ms)).toEqual(ms);
  });

  test('a club named AFC keeps its name', () => {
    const a = 'AFC Wimbledon were relegated after the striker missed a penalty at half-time.';
    const ms = [mention(a, 'AFC Wimbledon', 'ORG')];
    expect(withLeagueDivisions(new Map([[0, a]]), ms)).toEqual(ms);
  });

  test('through the English model', () => {
    const recogniser = englishRecogniser();
    const names = (text: string) => namesAfter(SPORT, text, recogniser);
    expect(names("The Falcons clinched the NFC's top seed and will host the playoffs.")).toContain('NFC/OTHER');
    expect(names('Denver finished second in the AFC West behind the Chiefs.')).toContain('AFC West/OTHER');
  });
});

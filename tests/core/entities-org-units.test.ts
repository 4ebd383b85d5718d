import { describe, expect, test } from 'vitest';
import { withOrgUnits } from '../../src/core/entities/org-units';
import type { EntityMention } from '../../src/core/types';
import { mentionsIn } from '../helpers/mentions';

const pairs = (ms: readonly EntityMention[]): Array<[string, string]> => ms.map((m) => [m.text, m.type]);

describe("a named unit after an organisation's possessive is an organisation (org-units)", () => {
  test("a unit typed OTHER or PLACE after an ORG's 's becomes ORG", () => {
    const block =
      "At MIT's Instrumentation Laboratory and NASA’s Goddard Space Flight Center, the PSNI's Economic Crime Unit met.";
    const ms = mentionsIn(block, [
      ['MIT', 'ORG'],
      ['Instrumentation Laboratory', 'OTHER'],
      ['NASA', 'ORG'],
      ['Goddard Space Flight Center', 'PLACE'],
      ['PSNI', 'ORG'],
      ['Economic Crime Unit', 'OTHER'],
    ]);
    expect(pairs(withOrgUnits(new Map([[0, block]]), ms))).toEqual([
      ['MIT', 'ORG'],
      ['Instrumentation Laboratory', 'ORG'],
      ['NASA', 'ORG'],
      ['Goddard Space Flight Center', 'ORG'],
      ['PSNI', 'ORG'],
      ['Economic Crime Unit', 'ORG'],
    ]);
  });

  test("a person's possessive, a fund and a name without a unit's noun stay as they are", () => {
    const block =
      "Taylor Swift's The Tortured Poets Department sold, BlackRock's iShares Bitcoin Trust grew and Apple's Vision Pro shipped.";
    const ms = mentionsIn(block, [
      ['Taylor Swift', 'PERSON'],
      ['The Tortured Poets Department', 'OTHER'],
      ['BlackRock', 'ORG'],
      ['iShares Bitcoin Trust', 'OTHER'],
      ['Apple', 'ORG'],
      ['Vision Pro', 'OTHER'],
    ]);
    const out = withOrgUnits(new Map([[0, block]]), ms);
    expect(pairs(out)).toEqual(pairs(ms));
    expect(out).toBe(ms);
  });

  test('a unit after "its" typed OTHER, and a unit the tagger left out after an ORG\'s possessive, become ORG (names44a)', () => {
    const block =
      "The ministry said its Fair Trade Division would act, and UEFA's Appeals Committee met while the league's Control Board waited.";
    const ms = mentionsIn(block, [
      ['Fair Trade Division', 'OTHER'],
      ['UEFA', 'ORG'],
    ]);
    expect(pairs(withOrgUnits(new Map([[0, block]]), ms))).toEqual([
      ['Fair Trade Division', 'ORG'],
      ['UEFA', 'ORG'],
      ['Appeals Committee', 'ORG'],
    ]);
  });

  test("a person's possessive, a word before the unit and a lone noun are left out", () => {
    const block =
      "Maya Reed's Comedy Hour aired after Oxfam's Board met and its Summer Tour opened in their Oval Office and its Harbour Office.";
    const ms = mentionsIn(block, [
      ['Maya Reed', 'PERSON'],
      ['Comedy Hour', 'OTHER'],
      ['Oxfam', 'ORG'],
      ['Summer Tour', 'OTHER'],
      ['Oval Office', 'PLACE'],
      ['Harbour Office', 'OTHER'],
    ]);
    expect(withOrgUnits(new Map([[0, block]]), ms)).toBe(ms);
  });
});

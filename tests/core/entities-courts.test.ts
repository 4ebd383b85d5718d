/**
 * A court's whole name is one organisation (org-courts.ts), on sentences we wrote.
 */
import { describe, expect, test } from 'vitest';
import { withCourts } from '../../src/core/entities/org-courts';
import type { EntityMention } from '../../src/core/types';
import { mentionsIn } from '../helpers/mentions';

const pairs = (ms: readonly EntityMention[]): Array<[string, string]> => ms.map((m) => [m.text, m.type]);
const one = (block: string): Map<number, string> => new Map([[0, block]]);

describe("courts' names (org-courts)", () => {
  test("an appeals court's circuit joins its name, before or after it", () => {
    const block =
      'Harrow Mills appealed to the U.S. Court of Appeals for the 4th Circuit, and later the 11th U.S. Circuit Court of Appeals heard the case; the Court of Appeals for the Seventh Circuit did not.';
    const ms = mentionsIn(block, [
      ['Harrow Mills', 'ORG'],
      ['U.S. Court of Appeals', 'ORG'],
      ['Court of Appeals', 'ORG'],
      ['Court of Appeals', 'ORG'],
      ['Seventh Circuit', 'ORG'],
    ]);
    expect(pairs(withCourts(one(block), ms))).toEqual([
      ['Harrow Mills', 'ORG'],
      ['U.S. Court of Appeals for the 4th Circuit', 'ORG'],
      ['11th U.S. Circuit Court of Appeals', 'ORG'],
      ['Court of Appeals for the Seventh Circuit', 'ORG'],
    ]);
  });
  test("a court named before its judge's title, where the tagger found nothing", () => {
    const block =
      'Sentencing is set before Lakeshore County Court Judge Ines Varga. Pell Superior Court Justice Amos Reed agreed.';
    const ms = mentionsIn(block, [
      ['Ines Varga', 'PERSON'],
      ['Amos Reed', 'PERSON'],
    ]);
    expect(pairs(withCourts(one(block), ms))).toEqual([
      ['Lakeshore County Court', 'ORG'],
      ['Ines Varga', 'PERSON'],
      ['Pell Superior Court', 'ORG'],
      ['Amos Reed', 'PERSON'],
    ]);
  });
  test('a court the tagger named, and a court without a title after it, are left alone', () => {
    const block = 'The Supreme Court Justice Ola Lind wrote it. The court met; Court Street was shut.';
    const ms = mentionsIn(block, [
      ['Supreme Court', 'ORG'],
      ['Ola Lind', 'PERSON'],
      ['Court Street', 'PLACE'],
    ]);
    expect(withCourts(one(block), ms)).toBe(ms);
  });
});

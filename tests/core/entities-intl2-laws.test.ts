/**
 * Laws by their short titles are one OTHER name with their year and bracketed word, and "the
 * Bill" is no person (src/core/entities/intl-laws.ts; lang-news.md, en-train8: "a law's short
 * title with its year one MISC", "the Irish house-style "the Bill" unmarked"). On mentions as a
 * tagger might cut and type them, and through the English model on a story we wrote.
 */
import { describe, expect, test } from 'vitest';
import { withLawTitles } from '../../src/core/entities/intl-laws';
import type { EntityMention } from '../../src/core/types';
import { englishRecogniser, mention } from './entity-mentions';

const shown = (ms: readonly EntityMention[]) => ms.map((m) => `${m.text}/${m.type}`);

describe('a bracketed title', () => {
  test('is one OTHER name, replacing the pieces the tagger cut it into, its "The" left out', () => {
    const a =
      'The Harbour Works (Dredging) Bill passed, and the Senate sent the Water Services (Charges of Kerry) Act, 2024 back.';
    const out = withLawTitles(new Map([[0, a]]), [
      mention(a, 'Harbour Works', 'ORG'),
      mention(a, 'Dredging', 'ORG'),
      mention(a, 'Bill', 'PERSON'),
      mention(a, 'Senate', 'ORG'),
      mention(a, 'Water Services', 'ORG'),
      mention(a, 'Kerry', 'PLACE'),
    ]);
    expect(shown(out)).toEqual([
      'Harbour Works (Dredging) Bill/OTHER',
      'Senate/ORG',
      'Water Services (Charges of Kerry) Act, 2024/OTHER',
    ]);
  });

  test('a bracket of lower-case words, or no title before it, is no law', () => {
    const a = 'He said the plan (which failed) Act now, and the levy (2025) Bill rose.';
    const kept = [mention(a, 'Act', 'ORG')];
    expect(withLawTitles(new Map([[0, a]]), kept)).toEqual(kept);
  });
});

describe('a law named by the tagger', () => {
  test('takes in its year after a comma and is OTHER; a sum after it stays out', () => {
    const a = 'The Roads Levy Bill, 2026 follows the Roads Levy Act, 2,000 pages long, and the Fuel Act 2023.';
    const out = withLawTitles(new Map([[0, a]]), [
      mention(a, 'Roads Levy Bill', 'OTHER'),
      mention(a, 'Roads Levy Act', 'ORG'),
      mention(a, 'Fuel Act', 'OTHER'),
    ]);
    expect(shown(out)).toEqual(['Roads Levy Bill, 2026/OTHER', 'Roads Levy Act/OTHER', 'Fuel Act 2023/OTHER']);
  });

  test('"the Bill" is no person; Bill the man stays one; "Budget 2027" is one name', () => {
    const a =
      'The Senate took the Bill on Monday, and under the housing Bill rents fall, said Bill. Budget 2027 is next.';
    const out = withLawTitles(new Map([[0, a]]), [
      mention(a, 'Senate', 'ORG'),
      mention(a, 'Bill', 'PERSON'),
      mention(a, 'Bill', 'OTHER', 1),
      mention(a, 'Bill', 'PERSON', 2),
    ]);
    expect(shown(out)).toEqual(['Senate/ORG', 'Bill/PERSON', 'Budget 2027/OTHER']);
  });

  test('a code, policy or rules takes in its year after a comma; a state’s numbered Act is one name', () => {
    const a =
      'The Code of Civil Procedure, 1898 and the National Water Policy, 2012 still apply, said Lagos Rules, and Act 45 of 2021 changed the fees.';
    const out = withLawTitles(new Map([[0, a]]), [
      mention(a, 'Code of Civil Procedure', 'ORG'),
      mention(a, 'National Water Policy', 'ORG'),
      mention(a, 'Lagos Rules', 'ORG'),
    ]);
    expect(shown(out)).toEqual([
      'Code of Civil Procedure, 1898/OTHER',
      'National Water Policy, 2012/OTHER',
      'Lagos Rules/ORG',
      'Act 45 of 2021/OTHER',
    ]);
  });

  test('a text without a law is given back as it was', () => {
    const a = 'Bill Moran said the harbour reopened.';
    const kept = [mention(a, 'Bill Moran', 'PERSON')];
    expect(withLawTitles(new Map([[0, a]]), kept)).toEqual(kept);
  });
});

describe('through the model', () => {
  test('a parliament story names its Bill whole and "the Bill" not at all', () => {
    const text =
      'The Dáil passed the Coastal Housing (Amendment) Bill on Tuesday night. The Bill now goes to the Seanad, and the Minister said the Bill would be law by May.';
    const out = englishRecogniser()
      .recognise([{ id: 0, kind: 'paragraph', text }])
      .map((m) => `${m.text}/${m.type}`);
    expect(out).toContain('Coastal Housing (Amendment) Bill/OTHER');
    expect(out.filter((m) => m.startsWith('Bill/'))).toEqual([]);
  });
});

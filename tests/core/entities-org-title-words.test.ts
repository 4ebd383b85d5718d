import { describe, expect, test } from 'vitest';
import { withoutTitleWords } from '../../src/core/entities/org-title-words';
import type { EntityMention } from '../../src/core/types';

const at = (block: string, t: string, type: EntityMention['type'] = 'ORG'): EntityMention => {
  const start = block.indexOf(t);
  return { blockId: 0, start, end: start + t.length, text: t, type };
};

describe("an office's title words are no organisation (org-title-words)", () => {
  test('a portfolio after "Minister for", the office itself and "Council" before "Member" are dropped', () => {
    const block =
      'The Minister for Transport said so. The Minister for Education has promised books. Said Council Member Dana Frost of the Ministry of Finance.';
    const ms = [
      at(block, 'Transport'),
      at(block, 'The Minister for Education'),
      at(block, 'Council'),
      at(block, 'Dana Frost', 'PERSON'),
      at(block, 'Ministry of Finance'),
    ];
    expect(withoutTitleWords(new Map([[0, block]]), ms).map((m) => m.text)).toEqual([
      'Dana Frost',
      'Ministry of Finance',
    ]);
  });

  test('a member\'s title by its letters is dropped ("the former MP")', () => {
    const block = 'The former MP, Sir Anthony Pell, and two MEPs left the Labour party.';
    const ms = [at(block, 'MP'), at(block, 'Anthony Pell', 'PERSON'), at(block, 'MEPs'), at(block, 'Labour')];
    expect(withoutTitleWords(new Map([[0, block]]), ms).map((m) => m.text)).toEqual(['Anthony Pell', 'Labour']);
  });

  test('a council, a ministry and a person after "minister" stay', () => {
    const block = 'The Council met; the Ministry of Transport agreed; the minister of Keir Starmer’s cabinet left.';
    const ms = [at(block, 'Council'), at(block, 'Ministry of Transport'), at(block, 'Keir Starmer', 'PERSON')];
    expect(withoutTitleWords(new Map([[0, block]]), ms)).toBe(ms);
  });
});

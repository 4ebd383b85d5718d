/** The nouns of a business and the one reading of an apposition that names one (src/core/entities/company-names.ts): texts we wrote. */
import { describe, expect, test } from 'vitest';
import { ANY_TRADE_NOUN, NOUN_BEFORE, TRADE_NOUNS, tradeAfter } from '../../../src/core/entities/company-names';

describe('the nouns of a business, one table', () => {
  test('the cheap check and the noun before a name spell the table', () => {
    for (const noun of TRADE_NOUNS) {
      expect(ANY_TRADE_NOUN.test(`said the ${noun} on Monday`)).toBe(true);
      expect(NOUN_BEFORE.test(`a Dutch ${noun}, `)).toBe(true);
    }
    const spelt = ANY_TRADE_NOUN.source.slice('\\b(?:'.length, -')\\b'.length).split('|');
    expect(new Set(spelt)).toEqual(new Set(TRADE_NOUNS));
  });
});

describe('an apposition naming a business', () => {
  test('closed at a comma, a full stop or a bracket, with up to four words of trade', () => {
    expect(tradeAfter(', the developer, said')).toBe('closed');
    expect(tradeAfter(', the AIM-listed camping and outdoor chain. It')).toBe('closed');
    expect(tradeAfter(', a Swedish furniture chain, said')).toBe('closed');
    expect(tradeAfter(', a company in Leiden, said')).toBe('open');
    expect(tradeAfter(', the utility)')).toBe('closed');
  });

  test("another noun after it, a preposition or a possessive before it, five words: no business's", () => {
    expect(tradeAfter(', a company spokesman, said')).toBeNull();
    expect(tradeAfter(", the company's chief, said")).toBeNull();
    expect(tradeAfter(', a member of the group, said')).toBeNull();
    expect(tradeAfter(", the firm's founder")).toBeNull();
    expect(tradeAfter(', a very old family-owned furniture and appliance chain, said')).toBeNull();
    expect(tradeAfter(' the developer, said')).toBeNull();
  });
});

import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain ES module of the gold tools, without types
import { applyRulings } from '../../scripts/gold/names-conventions.mjs';

interface Span {
  start: number;
  end: number;
  type: string;
  text: string;
  note?: string;
}

/** Spans for each [string, type] at its first occurrence in text. */
function spansOf(text: string, marks: [string, string][]): Span[] {
  return marks.map(([s, type]) => {
    const start = text.indexOf(s);
    if (start < 0) throw new Error(`no ${s}`);
    return { start, end: start + s.length, type, text: s };
  });
}
const shown = (spans: Span[]) => spans.map((s) => `${s.text}|${s.type}`);

describe('the name conventions settled by CoNLL-2003 (scripts/gold/names-conventions.mjs)', () => {
  test('stock indexes become MISC, the exchange and the rating agency stay ORG', () => {
    const text =
      'The Nasdaq Composite rose 1% and the S&P 500 gained, while the Dow Jones industrial average slipped. ' +
      'Trading on the Harbour Stock Exchange was calm; S&P kept its rating. MSCI said it would review.';
    const gold = spansOf(text, [
      ['Nasdaq Composite', 'ORG'],
      ['S&P 500', 'ORG'],
      ['Dow Jones', 'ORG'],
      ['Harbour Stock Exchange', 'ORG'],
      ['S&P kept', 'ORG'],
      ['MSCI', 'ORG'],
    ]).map((s) => (s.text === 'S&P kept' ? { ...s, end: s.start + 3, text: 'S&P' } : s));
    const after = applyRulings(text, gold, new Set(), ['indexes']) as Span[];
    expect(shown(after)).toEqual([
      'Nasdaq Composite|MISC',
      'S&P 500|MISC',
      'Dow Jones|MISC',
      'Harbour Stock Exchange|ORG',
      'S&P|ORG',
      'MSCI|ORG',
    ]);
    expect(after[0]?.note).toMatch(/Stock indexes/u);
    expect(after[3]?.note).toBeUndefined();
  });

  test('Treasuries become ORG; divisions and conferences of a league become MISC on a league page', () => {
    const text = 'Treasuries fell. The Colts lead the AFC South and the AFC, as the NFL season ends.';
    const gold = spansOf(text, [
      ['Treasuries', 'MISC'],
      ['Colts', 'ORG'],
      ['AFC South', 'ORG'],
      ['AFC,', 'ORG'],
      ['NFL', 'ORG'],
    ]).map((s) => (s.text === 'AFC,' ? { ...s, end: s.end - 1, text: 'AFC' } : s));
    const after = applyRulings(text, gold, new Set(), ['treasuries', 'divisions']) as Span[];
    expect(shown(after)).toEqual(['Treasuries|ORG', 'Colts|ORG', 'AFC South|MISC', 'AFC|MISC', 'NFL|ORG']);
    // Without a league on the page, a bare AFC (the football confederation) stays ORG.
    const asia = 'The AFC fined the club.';
    expect(shown(applyRulings(asia, spansOf(asia, [['AFC', 'ORG']]), new Set(), ['divisions']) as Span[])).toEqual([
      'AFC|ORG',
    ]);
  });

  test('words built on a known name with a hyphen become one MISC; other hyphenated words stay unmarked', () => {
    const text =
      'The Harbourton-based maker of an anti-Velland tool, a Port Ellis-led group and a Velland-born chef ' +
      'met in mid-March to discuss AI-powered ovens.';
    const gold = spansOf(text, [['Velland-born', 'LOC']]).map((s) => ({ ...s, end: s.start + 7, text: 'Velland' }));
    const lexicon = new Set(['Harbourton', 'Velland', 'Port Ellis', 'March']);
    const after = applyRulings(text, gold, lexicon, ['compounds']) as Span[];
    expect(shown(after)).toEqual([
      'Harbourton-based|MISC',
      'anti-Velland|MISC',
      'Port Ellis-led|MISC',
      'Velland-born|MISC',
    ]);
    expect(after[3]?.note).toMatch(/was "Velland" LOC/u);
    // Re-running changes nothing.
    expect(shown(applyRulings(text, after, lexicon, ['compounds']) as Span[])).toEqual(shown(after));
  });

  test('God on its own becomes PER; inside a longer name it stays with the name', () => {
    const text = 'God help us, she said, opening the God View panel.';
    const gold = spansOf(text, [['God View', 'MISC']]);
    expect(shown(applyRulings(text, gold, new Set(), ['god']) as Span[])).toEqual(['God|PER', 'God View|MISC']);
  });

  test('streaming services become ORG; the device, the app and a membership stay MISC', () => {
    const text = 'It streams on Peacock and Disney+; the Apple TV app and Hulu box differ; Apple TV+ renewed it.';
    const gold = spansOf(text, [
      ['Peacock', 'MISC'],
      ['Disney+', 'MISC'],
      ['Apple TV', 'MISC'],
      ['Hulu', 'MISC'],
      ['Apple TV+', 'MISC'],
    ]);
    const after = applyRulings(text, gold, new Set(), ['streaming']) as Span[];
    expect(shown(after)).toEqual(['Peacock|ORG', 'Disney+|ORG', 'Apple TV|MISC', 'Hulu|MISC', 'Apple TV+|ORG']);
    expect(after[0]?.note).toMatch(/Streaming services/u);
  });

  test('a country abbreviation and the body one space after it become one ORG; a nationality, a title or a comma do not', () => {
    const text =
      'The U.S. Senate and the US Federal Reserve met; UK Parliament voted. U.S. Rep. Omar spoke, ' +
      'in the U.S., Congress sat, and the Russian Defense Ministry said so.';
    const gold = spansOf(text, [
      ['U.S.', 'LOC'],
      ['Senate', 'ORG'],
      ['US', 'LOC'],
      ['Federal Reserve', 'ORG'],
      ['UK', 'LOC'],
      ['Parliament', 'ORG'],
    ]);
    const later = (s: string, type: string, from: number): Span => {
      const start = text.indexOf(s, from);
      return { start, end: start + s.length, type, text: s };
    };
    const rep = later('U.S.', 'LOC', 60);
    const omar = later('Omar', 'PER', 60);
    const us = later('U.S.', 'LOC', rep.end);
    const rest = [later('Congress', 'ORG', us.end), later('Russian', 'MISC', 0), later('Defense Ministry', 'ORG', 0)];
    const after = applyRulings(text, [...gold, rep, omar, us, ...rest], new Set(), ['countrybodies']) as Span[];
    expect(shown(after)).toEqual([
      'U.S. Senate|ORG',
      'US Federal Reserve|ORG',
      'UK Parliament|ORG',
      'U.S.|LOC',
      'Omar|PER',
      'U.S.|LOC',
      'Congress|ORG',
      'Russian|MISC',
      'Defense Ministry|ORG',
    ]);
    expect(after[0]?.note).toMatch(/Country abbreviation before a body.*was "U\.S\." LOC, "Senate" ORG/u);
  });
});

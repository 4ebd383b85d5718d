/**
 * CoNLL-2003's conventions the names gold follows (eval/gold/guidelines/names.md, "Conventions
 * settled by CoNLL-2003's evidence"): stock indexes OTHER, Treasury bonds ORG, a league's
 * conferences and divisions OTHER (market-names.ts, league-divisions.ts). On mentions as a tagger
 * might cut and type them, and through the English model on sentences we wrote.
 */
import { describe, expect, test } from 'vitest';
import { isStockIndex, marketName, withMarketNames } from '../../src/core/entities/market-names';
import { withLeagueDivisions as withDivisions } from '../../src/core/entities/league-divisions';
import type { Block, EntityMention } from '../../src/core/types';
import { englishRecogniser, mention } from './entity-mentions';

const shown = (ms: readonly EntityMention[]) => ms.map((m) => `${m.text}/${m.type}`);
const recognised = (text: string) =>
  shown(englishRecogniser().recognise([{ id: 0, text, kind: 'paragraph' } as unknown as Block]));

describe('stock indexes are OTHER, exchanges and index makers stay organisations', () => {
  test('an index with its maker and number, whatever the tagger typed it', () => {
    for (const name of [
      'S&P 500',
      'Dow Jones Industrial Average',
      'Dow',
      'Nasdaq',
      'Nasdaq Composite',
      'FTSE 100',
      'Nikkei 225',
      'Stoxx 600',
      'Euro Stoxx 50',
      'MSCI Asia Pacific Index',
      'CAC 40',
      'Hang Seng',
    ])
      expect([name, marketName({ blockId: 0, start: 0, end: name.length, text: name, type: 'ORG' }).type]).toEqual([
        name,
        'OTHER',
      ]);
  });

  test("an organisation's name ending in a capitalised Index is the index", () => {
    const a = 'The Portland Exchange Chip Index rose while Index Ventures and Index Corp fell.';
    expect(
      [
        mention(a, 'Portland Exchange Chip Index', 'ORG'),
        mention(a, 'Index Ventures', 'ORG'),
        mention(a, 'Index Corp', 'ORG'),
      ].map((m) => marketName(m).type),
    ).toEqual(['OTHER', 'ORG', 'ORG']);
  });

  test('not the exchange, the rating agency, the maker or the company', () => {
    for (const name of [
      'New York Stock Exchange',
      'S&P',
      'MSCI',
      'MSCI Inc',
      'Nasdaq Inc',
      'S&P Dow Jones Indices',
      'FTSE Russell',
      'Dow Chemical',
    ])
      expect([name, isStockIndex(name)]).toEqual([name, false]);
  });

  test('a maker before a lower-case "index" is the index; "Nikkei" runs on to "Stock Average"; a bare "Dow Jones" is the company', () => {
    const a =
      'The Bloomberg U.S. Treasury index rose, the Nikkei Stock Average fell, and Dow Jones reported the figures.';
    const ms = [
      mention(a, 'Bloomberg U.S. Treasury', 'ORG'),
      mention(a, 'Nikkei', 'ORG'),
      mention(a, 'Dow Jones', 'ORG'),
    ];
    expect(shown(withMarketNames(new Map([[0, a]]), ms))).toEqual([
      'Bloomberg U.S. Treasury/OTHER',
      'Nikkei Stock Average/OTHER',
      'Dow Jones/ORG',
    ]);
  });

  test("a listing's exchange in brackets is the exchange; the market outside them stays the index (names47a)", () => {
    const a = 'Brellcorp (Nasdaq: BRLC) fell, and Orvane (NASDAQ:ORVN) rose as the Nasdaq slid.';
    const ms = [mention(a, 'Nasdaq', 'OTHER'), mention(a, 'NASDAQ', 'OTHER'), mention(a, 'Nasdaq', 'ORG', 1)];
    expect(shown(withMarketNames(new Map([[0, a]]), ms))).toEqual(['Nasdaq/ORG', 'NASDAQ/ORG', 'Nasdaq/OTHER']);
  });

  test('through the model: a markets paragraph we wrote', () => {
    const out = recognised(
      'The S&P 500 fell 1.2% and the Dow Jones Industrial Average lost 300 points, while the Nasdaq Composite slid 2% and the New York Stock Exchange stayed open.',
    );
    expect(out).toEqual(
      expect.arrayContaining([
        'S&P 500/OTHER',
        'Dow Jones Industrial Average/OTHER',
        'Nasdaq Composite/OTHER',
        'New York Stock Exchange/ORG',
      ]),
    );
  });
});

describe('Treasuries are an organisation', () => {
  test('the bonds, as the tagger might type them', () => {
    const a = 'Investors bought Treasuries.';
    expect(marketName(mention(a, 'Treasuries', 'OTHER')).type).toBe('ORG');
  });

  test('through the model', () => {
    expect(recognised('Yields on 10-year Treasuries rose as investors sold Treasury bonds on Tuesday.')).toEqual(
      expect.arrayContaining(['Treasuries/ORG', 'Treasury/ORG']),
    );
  });
});

describe("a league's conferences and divisions are OTHER", () => {
  test('divisions and conferences; the league stays an organisation', () => {
    const a =
      'The Bills lead the AFC East and the Nuggets top the Northwest Division of the Western Conference; the NFL said so.';
    const ms = ['AFC East', 'Northwest Division', 'Western Conference', 'NFL'].map((n) => mention(a, n, 'ORG'));
    expect(shown(withDivisions(new Map([[0, a]]), ms))).toEqual([
      'AFC East/OTHER',
      'Northwest Division/OTHER',
      'Western Conference/OTHER',
      'NFL/ORG',
    ]);
  });

  test('a division by its region only in a story about a league, and never a numbered military unit', () => {
    const nba = 'The Nuggets lead the Northwest Division and face the 1st Central Division side before the playoffs.';
    const army = 'Soldiers of the 10th Mountain Division and the Pacific Division arrived.';
    const divisions = (t: string) =>
      shown(
        withDivisions(
          new Map([[0, t]]),
          [...t.matchAll(/\w+ Division/gu)].map((x) => mention(t, x[0], 'ORG')),
        ),
      );
    expect(divisions(nba)).toEqual(['Northwest Division/OTHER', 'Central Division/ORG']);
    expect(divisions(army)).toEqual(['Mountain Division/ORG', 'Pacific Division/ORG']);
  });

  test('the bare AFC only in a story about the NFL', () => {
    const football = 'The Chiefs are two games clear in the AFC after their quarterback threw four touchdowns.';
    const soccer = 'The AFC fined the club after the Asian Cup qualifier in Doha.';
    expect(shown(withDivisions(new Map([[0, football]]), [mention(football, 'AFC', 'ORG')]))).toEqual(['AFC/OTHER']);
    expect(shown(withDivisions(new Map([[0, soccer]]), [mention(soccer, 'AFC', 'ORG')]))).toEqual(['AFC/ORG']);
  });

  test('through the model', () => {
    expect(
      recognised('The Lakers are fifth in the Western Conference and the Bills lead the AFC East in the NFL.'),
    ).toEqual(expect.arrayContaining(['Western Conference/OTHER', 'AFC East/OTHER', 'NFL/ORG']));
  });
});

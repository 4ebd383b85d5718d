/**
 * Market names (English, issue 15; eval/gold/guidelines/names.md, "Stock indexes" and "Treasury
 * bonds", which follow CoNLL-2003):
 * - a stock index is an OTHER name, with its maker's name and its number when written as one
 *   name ("S&P 500", "Dow Jones Industrial Average", "the Dow", "Nasdaq Composite", "FTSE 100",
 *   "Nikkei 225", "Stoxx 600", "MSCI Asia Pacific Index"), whatever the tagger typed it, and a
 *   maker's name before a lower-case "index" or "average" ("the Bloomberg U.S. Treasury index",
 *   "the Dow Jones average"; the bare "Dow Jones" is often the company, ORG); the
 *   bare "Nasdaq" is the index or the market, OTHER too. Exchanges and index makers stay
 *   organisations ("New York Stock Exchange", "Nasdaq Inc", "S&P Dow Jones Indices", a bare
 *   "MSCI" or "S&P", the rating agency);
 * - "Treasuries" (the bonds) is an organisation, as "Treasury" of "Treasury bonds" already is.
 * An organisation's name ending in a capitalised "Index" is its index, OTHER. The exchange of a
 * company's listing, before a colon and its ticker ("Veltrix (Nasdaq: VLTX)", "NYSE: ABC"), is the
 * exchange, ORG (en-513, en-536).
 * `marketName` reads the mention's own words only, `withMarketNames` the word after it too.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { mapped, respan, retype } from './by-block';

/** Stock indexes written as one name (the whole mention), maker, name and number. */
const INDEX =
  /^(?:Dow|Dow Jones(?: Industrial Average| Industrials| Transportation Average| Utility Average)|Nasdaq(?: Composite| 100)?|S&P(?: 500| 400| 600| 100|\/TSX|\/ASX 200|\/TSX Composite| MidCap 400| SmallCap 600)|Standard & Poor's 500|FTSE(?: 100| 250| 350| All-Share| MIB| Eurofirst 300| All-World)?|Nikkei(?: 225| Stock Average)?|DAX|Dax|CAC(?: 40|-40)|Hang Seng|Topix|TOPIX|Kospi|KOSPI|Sensex|Nifty(?: 50)?|Euro Stoxx(?: 50)?|Stoxx(?: Europe)?(?: 50| 600)?|STOXX(?: Europe)?(?: 50| 600)?|MSCI [A-Z][\w .&-]{1,60}|Russell 1000|Russell 2000|Russell 3000|Shanghai Composite|Shenzhen Composite|ASX 200|IBEX 35|Ibex 35|Ibovespa|Bovespa|Bloomberg [A-Z][\w .&-]{1,40} Index)(?: Index| index)?$/u;

/** Last words of a maker's name that make it the company, not its index ("MSCI Inc", "Nasdaq Inc."). */
const MAKER_END = /(?: Inc\.?| Corp\.?| Group| Indices| Ltd\.?| plc| Russell)$/u;

/** The first letters of the names above. */
const FIRST_LETTERS = 'ABCDEFHIKMNRST';

/** FIRST_LETTERS as bits (A the lowest), read by a name's first character code, no string made (speed, issue 15). */
const FIRST_BITS = [...FIRST_LETTERS].reduce((bits, c) => bits | (1 << (c.charCodeAt(0) - 65)), 0);

/** Whether `name` (a mention's whole text) is a stock index. */
export function isStockIndex(name: string): boolean {
  return INDEX.test(name) && !MAKER_END.test(name);
}

/** `m` retyped when it is a stock index (OTHER) or Treasury bonds (ORG). */
export function marketName(m: EntityMention): EntityMention {
  // An organisation's name ending in a capitalised "Index" is its index ("Philadelphia Stock Exchange Semiconductor Index").
  if (m.type === 'ORG' && m.text.endsWith(' Index') && m.text.indexOf(' ') < m.text.length - 6)
    return retype(m, 'OTHER');
  // Every index and "Treasuries" open with one of these capitals: most names are left at once.
  const first = m.text.charCodeAt(0) - 65;
  if (!(first >= 0 && first < 26 && ((FIRST_BITS >>> first) & 1) === 1)) return m;
  if (m.text === 'Treasuries' || m.text === 'TREASURIES') return m.type === 'ORG' ? m : retype(m, 'ORG');
  if (m.type !== 'OTHER' && isStockIndex(m.text)) return retype(m, 'OTHER');
  return m;
}

/** Makers whose name before a lower-case "index" or "average" is the index ("the Bloomberg U.S. Treasury index"). */
const MAKERS = new Set('Bloomberg MSCI S&P FTSE Dow Nasdaq Russell Stoxx'.split(' '));

/** Exchanges written before a colon and a ticker in a company's listing ("(Nasdaq: VLTX)", "NYSE: ABC"). */
const EXCHANGES = new Set(['Nasdaq', 'NASDAQ', 'NYSE', 'Nyse']);

/** A colon and a ticker of one to five capitals (and a class letter after a point) just after an exchange. */
const TICKER_AFTER = /^: ?[A-Z]{1,5}(?:\.[A-Z])?(?![\p{L}\p{N}])/u;

/** A lower-case "index" or "average" just after a name. */
const INDEX_AFTER = /^ (?:index|average|indexes|indices)\b/u;

/**
 * The mentions with stock indexes OTHER and Treasuries ORG (`marketName`), a maker's name before
 * a lower-case "index" OTHER, and "Nikkei" run on to "Nikkei Stock Average" (the last English
 * correction, so that no later one types them back).
 */
export function withMarketNames(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  return mapped(mentions, (m) => {
    // A company's listing names the exchange, not its index ("Corvane (Nasdaq: CRVN)").
    if (EXCHANGES.has(m.text)) {
      const block = text.get(m.blockId) ?? '';
      if (charAt(block, m.end) === ':' && TICKER_AFTER.test(block.slice(m.end, m.end + 10)))
        return m.type === 'ORG' ? m : retype(m, 'ORG');
    }
    const read = marketName(m);
    if (read.type === 'OTHER' && read.text !== 'Nikkei') return read;
    const space = read.text.indexOf(' ');
    const first = space < 0 ? read.text : read.text.slice(0, space);
    if (!MAKERS.has(first) && first !== 'Nikkei') return read;
    const block = text.get(m.blockId) ?? '';
    if (first === 'Nikkei' && read.text === 'Nikkei' && block.startsWith(' Stock Average', m.end)) {
      const end = m.end + ' Stock Average'.length;
      return respan(read, read.start, end, block.slice(m.start, end), 'OTHER');
    }
    return read.type !== 'OTHER' && INDEX_AFTER.test(block.slice(m.end, m.end + 12)) ? retype(read, 'OTHER') : read;
  });
}

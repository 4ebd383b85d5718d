/**
 * Stock indexes of today's markets pages (English, issue 15; names guidelines: stock indexes are
 * ORG, `Nasdaq`, `S&P 500`; a named index with its maker one ORG). A name that opens with an
 * index family written as today's pages write it ("Stoxx 600", "MSCI Asia Pacific Index",
 * "Topix", "Dax") and that the tagger took for another name or a place is an organisation.
 *
 * The families the CoNLL-2003 newswire writes ("DAX", "FTSE 100", "Nikkei", "Nasdaq", "CAC-40",
 * "S&P 500") are left to the tagger: CoNLL types them MISC, and its figures must not move. For
 * the same reason "Brent" and "Treasuries" (MISC under the names rulings, ORG in CoNLL) are left
 * alone. Reads the mention's own words only.
 */
import type { EntityMention } from '../types';

/** First words of stock index names as today's pages write them ("Stoxx 600", "Dax"). */
const INDEX_FIRST = new Set('Stoxx STOXX MSCI Dax Topix TOPIX Kospi KOSPI Sensex Nifty IBEX Ibex'.split(' '));

/** `m` typed as an organisation when it is a stock index the tagger took for another name or a place. */
export function marketName(m: EntityMention): EntityMention {
  if (m.type !== 'OTHER' && m.type !== 'PLACE') return m;
  const space = m.text.indexOf(' ');
  const first = space < 0 ? m.text : m.text.slice(0, space);
  // "Euro Stoxx 50".
  const second = first === 'Euro' && space > 0 ? (m.text.slice(space + 1).split(' ')[0] ?? '') : '';
  return INDEX_FIRST.has(first) || INDEX_FIRST.has(second) ? { ...m, type: 'ORG' } : m;
}

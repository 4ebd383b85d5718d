/**
 * An organisation's acronym that the page spells out once ("the Health and Safety Executive
 * (HSE)", "The Rail, Tram and Bus Union (RTBU)") is the organisation wherever the page writes it
 * alone, in every block (issue 15, names45a: en-241 "the RTB", en-459 "an HSE inspector", en-483
 * "RTBU Victorian branch secretary", en-486 "The CBN Governor"). The block's own corrections
 * (mention-rules.ts `spelledOutAcronyms`) read one block: an acronym defined in one paragraph
 * and used in the next is left to the tagger, which drops it (a word the common abbreviations
 * also hold: "RTB", real-time bidding), misses it, or runs it into the word after ("CBN Governor").
 *
 * After tagging (English): an ORG mention right before " (" and its acronym's ")", the acronym
 * two to eight capitals, the initials of the name's capitalised words in turn. Then each
 * whole-word occurrence of the acronym in any block: one not inside a mention is added, ORG; a
 * mention that is the acronym is typed ORG; a mention that begins with the acronym and one more
 * capitalised word ("CBN Governor") is cut to the acronym. Per text, one look at each ORG
 * mention's next two characters; the blocks are read only for the acronyms found.
 *
 * A company's stock ticker in brackets is no name (names.md: "Stock tickers and codes are not
 * names"; names47a, en-train18: "Nvidia shares (NVDA) fell", "AMD (AMD) slipped"): a mention
 * of one to five capitals alone in brackets right after "shares" or "stock", or after a name
 * written as it is, is dropped first. Per mention, a look at the two characters before it.
 *
 * The same for an OTHER name's acronym (names47b: the train pages' gold types every one so, eleven
 * on ten pages: en-574 "Double Asteroid Redirection Test (DART)" then "DART's impact", en-568 "the
 * National Eligibility cum Entrance Test (NEET)", en-516 "PSLV", en-261 "PSLE"): the acronym is
 * OTHER wherever the page writes it alone, found or typed so; a mention it begins is not cut. Not
 * for a name with an ampersand, a firm's the tagger read as OTHER ("Industrial Light & Magic (ILM)").
 */
import type { EntityMention, EntityType } from '../types';
import { charAt, codeAt } from './chars';
import { kept, mapped, respan, retype, unchanged, withFound } from './by-block';
import { isInitialsOf } from './mention-rules';
import { occurrences } from './text-words';

/** Whether `w` is two to eight capitals (A-Z): an acronym as the page defines it. */
function isCapitals(w: string): boolean {
  if (w.length < 2 || w.length > 8) return false;
  for (let i = 0; i < w.length; i++) {
    const c = codeAt(w, i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** The acronym in brackets right after `m` in `block` (" (HSE)"), or ''. */
function bracketedAfter(block: string, m: EntityMention): string {
  if (charAt(block, m.end) !== ' ' || charAt(block, m.end + 1) !== '(') return '';
  const close = block.indexOf(')', m.end + 2);
  if (close < 0 || close > m.end + 11) return '';
  const acronym = block.slice(m.end + 2, close);
  return isCapitals(acronym) && isInitialsOf(acronym, m.text) ? acronym : '';
}

/** Words before a ticker's bracket that make it the stock's ("Nvidia shares (NVDA)"). */
const STOCK_WORDS = [' shares', ' stock'];

/** Whether the mention `m` of `block` is a stock ticker alone in brackets after its stock or its own name. */
function isTicker(block: string, m: EntityMention, before: EntityMention | undefined): boolean {
  if (m.text.length > 5 || !isCapitals(m.text)) return false;
  if (charAt(block, m.start - 1) !== '(' || charAt(block, m.end) !== ')' || charAt(block, m.start - 2) !== ' ')
    return false;
  const at = m.start - 2;
  if (STOCK_WORDS.some((w) => block.startsWith(w, at - w.length))) return true;
  return before !== undefined && before.blockId === m.blockId && before.end === at && before.text === m.text;
}

/** `mentions` without the stock tickers in brackets ("Nvidia shares (NVDA)"). */
function withoutTickers(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  return kept(mentions, (m, i) => m.type !== 'ORG' || !isTicker(text.get(m.blockId) ?? '', m, mentions[i - 1]));
}

/** `mentions` with the acronyms the page spells out for an organisation made that organisation, in every block (tickers dropped). */
export function withDefinedAcronyms(
  text: ReadonlyMap<number, string>,
  given: readonly EntityMention[],
): EntityMention[] {
  const mentions = withoutTickers(text, given);
  // Each acronym with the type of the name it spells out (an organisation's first when both).
  const acronyms = new Map<string, EntityType>();
  for (const m of mentions) {
    if (m.type !== 'ORG' && m.type !== 'OTHER') continue;
    const acronym = bracketedAfter(text.get(m.blockId) ?? '', m);
    // An OTHER name with an ampersand is a firm the tagger mistyped ("Industrial Light & Magic (ILM)"): not spread.
    if (!acronym || (m.type === 'OTHER' && m.text.includes('&'))) continue;
    if (acronyms.get(acronym) !== 'ORG') acronyms.set(acronym, m.type);
  }
  if (acronyms.size === 0) return unchanged(mentions);
  // Mentions that are an acronym, or begin with an organisation's and one more word ("CBN Governor").
  const fixed = mapped(mentions, (m) => {
    const type = acronyms.get(m.text);
    if (type) return m.type === type ? m : retype(m, type);
    const space = m.text.indexOf(' ');
    if (space < 2 || m.text.indexOf(' ', space + 1) >= 0 || acronyms.get(m.text.slice(0, space)) !== 'ORG') return m;
    return respan(m, m.start, m.start + space, m.text.slice(0, space), 'ORG');
  });
  const found: EntityMention[] = [];
  const words = new Set(acronyms.keys());
  for (const [blockId, block] of text)
    for (const w of occurrences(block, words))
      found.push({ blockId, start: w.start, end: w.end, text: w.text, type: acronyms.get(w.text) ?? 'ORG' });
  return withFound(fixed, found);
}

/**
 * A company the tagger read as a person (issue 15, en-train20-22: an invented firm's name is a
 * surname to the model: "Lonsdale Homes, the developer,", "Homecraft Furnishers", "Orrin, which was
 * founded in Oakland"; names.md: companies ORG). After tagging (English), a PERSON mention becomes
 * ORG, with every other mention of its text and, for a name of two words or more, of its first word
 * alone (unless a person's name of two words or more on the page holds that word):
 * - when its last word is a business's ("Homes", "Furnishers", "Restructuring") or its first word a
 *   utility's ("Stadtwerke");
 * - when the text founds it right after ("Homecraft, founded in Durban", "Orrin, which was founded in
 *   2016"): people are born, not founded;
 * - when an appositive names its trade right after, closed at a comma or a full stop ("Lonsdale
 *   Homes, the developer,", "X, the JSE-listed furniture and appliance chain,"): an article, up to
 *   four words without a preposition, then one of a few nouns of a business.
 * Per mention, a look at the 60 characters after it.
 */
import type { EntityMention } from '../types';
import { retypedAll, unchanged } from './by-block';
import { withShortNames } from './company-names';

/** Last words of a business's name that end no person's ("Lonsdale Homes", "Matlala Nkosi Restructuring"). */
const BUSINESS_LAST = new Set([
  'Homes',
  'Furnishers',
  'Restructuring',
  'Builders',
  'Developments',
  'Properties',
  'Logistics',
  'Motors',
  'Foods',
  'Brewing',
  'Brewery',
  'Bakery',
  'Interiors',
  'Furniture',
  'Plumbing',
  'Roofing',
  'Haulage',
  'Outfitters',
  'Contractors',
]);

/** First words of a business's name ("Stadtwerke Halbach": a German town's utility). */
const BUSINESS_FIRST = new Set(['Stadtwerke']);

/** Right after a name: the text founds it ("Homecraft, founded in Durban", "Orrin, which was founded"). */
const FOUNDED = /^, (?:which was |which were |that was )?(?:founded|established|incorporated) (?:in|by|as|on) /u;

/** Nouns of a business that close an appositive ("the developer,", "the furniture and appliance chain."). */
const TRADE_NOUNS = new Set([
  'developer',
  'chain',
  'utility',
  'homebuilder',
  'housebuilder',
  'conglomerate',
  'carmaker',
]);

/** Words inside an appositive that make it a person's or a place's ("a member of the chain"). */
const NOT_INSIDE = new Set(['of', 'for', 'at', 'in', 'to', 'with', 'from', 'on', 'by', 'who']);

/** Whether ", the <up to four words> <trade noun>," follows a mention (`after`: the text after it). */
function tradeAfter(after: string): boolean {
  if (!after.startsWith(', ')) return false;
  const words = after.slice(2).split(' ', 7);
  const article = words[0];
  if (article !== 'a' && article !== 'an' && article !== 'the') return false;
  for (let k = 1; k < words.length && k <= 5; k++) {
    const word = words[k] as string;
    const last = word.charAt(word.length - 1);
    const closed = last === ',' || last === '.';
    const bare = closed ? word.slice(0, -1) : word;
    if (NOT_INSIDE.has(bare) || bare.endsWith("'s") || bare.endsWith('’s')) return false;
    if (closed) return TRADE_NOUNS.has(bare);
  }
  return false;
}

/** The mentions with companies typed PERSON retyped ORG, with their other mentions and short names. */
export function withCompanyNames(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  const companies = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    const space = m.text.indexOf(' ');
    const lastSpace = m.text.lastIndexOf(' ');
    if (
      (space > 0 && (BUSINESS_LAST.has(m.text.slice(lastSpace + 1)) || BUSINESS_FIRST.has(m.text.slice(0, space)))) ||
      companyAfter((text.get(m.blockId) ?? '').slice(m.end, m.end + 60))
    )
      companies.add(m.text);
  }
  if (companies.size === 0) return unchanged(mentions);
  return retypedAll(
    mentions,
    withShortNames(mentions, companies, (first) => !BUSINESS_FIRST.has(first)),
    'ORG',
  );
}

/** Whether the text after a mention founds it or names its trade. */
function companyAfter(after: string): boolean {
  return after.startsWith(', ') && (FOUNDED.test(after) || tradeAfter(after));
}

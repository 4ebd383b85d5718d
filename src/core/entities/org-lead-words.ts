/**
 * A company's name does not take in the common noun that opens its sentence ("Rival Intel Corp
 * said ...", "Peers Deccan Systems and Nilgiri Tech report ...": the name is "Intel Corp", as
 * CoNLL-2003's newswire marks it). After tagging (English, issue 15), an organisation of three
 * words or more whose first word is one of the nouns news writes before a company's name
 * ("Rival", "Peers", "Competitor", "Parent", "Carmaker" ...) starts after that word. Reads the
 * mention's first word only.
 */
import type { EntityMention } from '../types';
import { mapped, respan } from './by-block';

/** Nouns that stand before a company's name at a sentence's start. */
const LEAD_NOUNS = new Set(
  'Rival Rivals Peer Peers Competitor Competitors Parent Carmaker Automaker Chipmaker Drugmaker Retailer Lender Insurer Supplier Subsidiary'.split(
    ' ',
  ),
);

/** `m` without the common noun that opens it, when it is an organisation that starts with one. */
function withoutLeadNoun(m: EntityMention): EntityMention {
  if (m.type !== 'ORG') return m;
  const space = m.text.indexOf(' ');
  if (space < 0 || !LEAD_NOUNS.has(m.text.slice(0, space))) return m;
  const rest = m.text.slice(space + 1);
  // Three words or more: "Parent Company" or "Rival Corp" alone is left as it is.
  if (!rest.includes(' ')) return m;
  return respan(m, m.start + space + 1, m.end, rest);
}

/** The mentions (in text order) with the nouns before companies' names left out. */
export function withoutLeadNouns(mentions: readonly EntityMention[]): EntityMention[] {
  return mapped(mentions, withoutLeadNoun);
}

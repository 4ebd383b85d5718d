/**
 * A name set beside a noun for a business is that business (issue 15, en-train: "a New Jersey
 * distributor, Hadley Provisions, recalled", "The lender, Kessler Finance, first went to court",
 * "Verity Biologics, a company in Leiden"; names.md: companies ORG). The tagger reads an invented
 * company's name as a person's (a surname before a word it does not know) or as an other name.
 * After tagging (English):
 * - a mention right after "<noun>, " that closes at a comma, a full stop or a bracket
 *   ("distributor, Hadley Provisions,"), or right before ", a <noun>" / ", the <noun>"
 *   ("Verity Biologics, a company"), where the noun is one of a business's (company, firm,
 *   lender, retailer ...), becomes ORG with every other mention of the same name;
 * - so does a one-word mention that is the first word of such a company of two words or more
 *   ("Verity" after "Verity Biologics"), unless a person's name on the page holds that word
 *   ("Martin Kessler" beside "Kessler Finance") or it is a listed place ("Seattle Foods").
 * A person there ("the company, Dana Reyes, said": a given name first) and a listed place stay.
 * The nouns and the reading of the apposition are company-names.ts's (TRADE_NOUNS, tradeAfter),
 * shared with org-company-evidence.ts. Per mention with a comma two characters before it or right
 * after it, a look at the 16 characters before it and the 64 after it; nothing to do in a text
 * without one of the nouns.
 */
import type { EntityMention } from '../types';
import { retypedAll, unchanged, someBlock } from './by-block';
import { charAt } from './chars';
import { ANY_TRADE_NOUN, NOUN_BEFORE, closesName, tradeAfter, withShortNames } from './company-names';

/** The mentions with companies named beside their noun typed ORG, with their other mentions and short names. */
export function withCompanyAppositives(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isFirstName: (word: string) => boolean,
  isPlace: (name: string) => boolean,
): EntityMention[] {
  if (!someBlock(text, ANY_TRADE_NOUN)) return unchanged(mentions);
  const companies = new Set<string>();
  for (const m of mentions) {
    const block = text.get(m.blockId) ?? '';
    // Both readings need a comma: two characters before the mention, or right after it.
    const commaBefore = charAt(block, m.start - 2) === ',';
    if (!commaBefore && charAt(block, m.end) !== ',') continue;
    const before =
      commaBefore && NOUN_BEFORE.test(block.slice(Math.max(0, m.start - 16), m.start)) && closesName(block, m.end);
    if (!before && tradeAfter(block.slice(m.end, m.end + 64)) === null) continue;
    const space = m.text.indexOf(' ');
    if (m.type !== 'ORG' && (isFirstName(space < 0 ? m.text : m.text.slice(0, space)) || isPlace(m.text))) continue;
    companies.add(m.text);
  }
  if (companies.size === 0) return unchanged(mentions);
  return retypedAll(
    mentions,
    withShortNames(mentions, companies, (first) => !isPlace(first)),
    'ORG',
  );
}

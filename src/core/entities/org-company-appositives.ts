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
 * Per mention, a look at the 16 characters before it and the 64 after it; nothing to do in a text without
 * one of the nouns.
 */
import type { EntityMention } from '../types';
import { retypedAll, unchanged, someBlock } from './by-block';
import { closesName, withShortNames } from './company-names';

/** The nouns for a business, as a word anywhere in a block (the cheap check). */
const ANY_NOUN =
  /\b(?:company|firm|lender|distributor|retailer|manufacturer|maker|supplier|insurer|wholesaler|startup|start-up|subsidiary|contractor|developer|consultancy|carmaker|automaker|chipmaker|chain|group|bank|airline|brand)\b/u;

/** The noun and a comma right before a mention ("distributor, "). */
const NOUN_BEFORE =
  /(?:company|firm|lender|distributor|retailer|manufacturer|maker|supplier|insurer|wholesaler|startup|start-up|subsidiary|contractor|developer|consultancy|carmaker|automaker|chipmaker|chain|group|bank|airline|brand), $/u;

/** The nouns for a business, one word. */
const NOUNS = new Set(
  'company|firm|lender|distributor|retailer|manufacturer|maker|supplier|insurer|wholesaler|startup|start-up|subsidiary|contractor|developer|consultancy|carmaker|automaker|chipmaker|chain|group|bank|airline|brand'.split(
    '|',
  ),
);

/** Words between the article and the noun ("a small company", "a family-owned firm"). */
const MODIFIERS = new Set(['small', 'private', 'family-owned', 'local']);

/** Words after the noun that tell of a business ("a company in Leiden", "a firm that"). */
const AFTER_NOUN = new Set(['in', 'that', 'which', 'whose', 'based', 'with', 'founded', 'owned', 'run', 'from', 'of']);

/** A word without the comma, full stop, semicolon or bracket after it. */
function bare(word: string): string {
  const last = word.charAt(word.length - 1);
  return last === ',' || last === '.' || last === ';' || last === ')' ? word.slice(0, -1) : word;
}

/**
 * Whether ", a company" or ", the firm" follows a mention (`after`: the 40 characters after it),
 * the noun ending the phrase or followed by what tells of a business ("in", "that", "based"),
 * not by another noun ("Cook, the company's chief", "Hale, a company spokesman" are people).
 */
function nounAfter(after: string): boolean {
  if (!after.startsWith(', ')) return false;
  const words = after.slice(2).split(' ');
  const article = words[0];
  if (article !== 'a' && article !== 'an' && article !== 'the') return false;
  let k = 1;
  const modifier = words[k] ?? '';
  if (MODIFIERS.has(modifier) || modifier.endsWith('-based') || modifier.endsWith('-listed')) k++;
  // Up to three lower-case words of trade before the noun ("the JSE-listed furniture and appliance
  // retailer,"; names49a, en-608); a noun there ("a bank executive") is no apposition.
  for (let n = 0; n < 3 && !NOUNS.has(bare(words[k] ?? '')) && /^\p{Ll}+$/u.test(words[k] ?? ''); n++) k++;
  const word = words[k] ?? '';
  const last = word.charAt(word.length - 1);
  const closed = last === ',' || last === '.' || last === ';' || last === ')';
  if (!NOUNS.has(closed ? word.slice(0, -1) : word)) return false;
  return closed || (k + 2 < words.length && AFTER_NOUN.has(words[k + 1] ?? ''));
}

/** The mentions with companies named beside their noun typed ORG, with their other mentions and short names. */
export function withCompanyAppositives(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isFirstName: (word: string) => boolean,
  isPlace: (name: string) => boolean,
): EntityMention[] {
  if (!someBlock(text, ANY_NOUN)) return unchanged(mentions);
  const companies = new Set<string>();
  for (const m of mentions) {
    const block = text.get(m.blockId) ?? '';
    const before = NOUN_BEFORE.test(block.slice(Math.max(0, m.start - 16), m.start)) && closesName(block, m.end);
    if (!before && !nounAfter(block.slice(m.end, m.end + 64))) continue;
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

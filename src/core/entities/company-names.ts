/**
 * What the passes that find companies by their context share (org-company-appositives.ts,
 * org-company-evidence.ts): the nouns of a business and the one reading of an apposition that
 * names one (", the developer,", ", a company in Leiden"), where a name ends before its
 * apposition, and the short names a company found so lends its type to.
 */
import type { EntityMention } from '../types';
import { charAt } from './chars';

/** Whether a name closes right after `end` (a comma, a full stop, a bracket, a semicolon or the block's end). */
export function closesName(block: string, end: number): boolean {
  const c = charAt(block, end);
  return c === '' || c === ',' || c === '.' || c === ')' || c === ';' || c === '\n';
}

/**
 * The companies' names with their short names: the first word of a company of two words or more
 * ("Lonsdale" of "Lonsdale Homes"), unless it is a word of a person's name of two words or more on
 * the page (one not among the companies) or `mayShorten` refuses it.
 */
export function withShortNames(
  mentions: readonly EntityMention[],
  companies: ReadonlySet<string>,
  mayShorten: (first: string) => boolean,
): Set<string> {
  const personWords = new Set<string>();
  for (const m of mentions)
    if (m.type === 'PERSON' && m.text.includes(' ') && !companies.has(m.text))
      for (const w of m.text.split(' ')) personWords.add(w);
  const names = new Set(companies);
  for (const c of companies) {
    const space = c.indexOf(' ');
    if (space <= 0) continue;
    const first = c.slice(0, space);
    if (!personWords.has(first) && mayShorten(first)) names.add(first);
  }
  return names;
}

/**
 * The nouns of a business, one table for every pass that reads a company beside its noun
 * ("distributor, Hadley Provisions,", "Lonsdale Homes, the developer,", "a company in Leiden").
 * ANY_TRADE_NOUN and NOUN_BEFORE spell the same words (tests/core/entities/company-names.test.ts).
 */
export const TRADE_NOUNS: ReadonlySet<string> = new Set([
  'company',
  'firm',
  'lender',
  'distributor',
  'retailer',
  'manufacturer',
  'maker',
  'supplier',
  'insurer',
  'wholesaler',
  'startup',
  'start-up',
  'subsidiary',
  'contractor',
  'developer',
  'consultancy',
  'carmaker',
  'automaker',
  'chipmaker',
  'chain',
  'group',
  'bank',
  'airline',
  'brand',
  'utility',
  'homebuilder',
  'housebuilder',
  'conglomerate',
]);

/** A noun of TRADE_NOUNS as a word anywhere in a block (a pass's cheap check). */
export const ANY_TRADE_NOUN =
  /\b(?:company|firm|lender|distributor|retailer|manufacturer|maker|supplier|insurer|wholesaler|startup|start-up|subsidiary|contractor|developer|consultancy|carmaker|automaker|chipmaker|chain|group|bank|airline|brand|utility|homebuilder|housebuilder|conglomerate)\b/u;

/** A noun of TRADE_NOUNS and a comma right before a name ("distributor, "). */
export const NOUN_BEFORE =
  /(?:company|firm|lender|distributor|retailer|manufacturer|maker|supplier|insurer|wholesaler|startup|start-up|subsidiary|contractor|developer|consultancy|carmaker|automaker|chipmaker|chain|group|bank|airline|brand|utility|homebuilder|housebuilder|conglomerate), $/u;

/** Words inside an appositive before its noun that make it a person's or a place's ("a member of the chain"). */
const NOT_INSIDE = new Set(['of', 'for', 'at', 'in', 'to', 'with', 'from', 'on', 'by', 'who']);

/** Words after the noun that tell of a business ("a company in Leiden", "a firm that"). */
const AFTER_NOUN = new Set(['in', 'that', 'which', 'whose', 'based', 'with', 'founded', 'owned', 'run', 'from', 'of']);

/** A word of trade before the noun: letters, digits, hyphens ("family-owned", "JSE-listed", "furniture", "and"). */
const TRADE_WORD = /^[\p{L}\p{N}&-]+$/u;

/**
 * What an appositive right after a name says (`after`: the text after it): "closed" for ", a
 * company," or ", the JSE-listed furniture and appliance chain." (an article, up to four words of
 * trade, a noun of TRADE_NOUNS closing at a comma, a full stop, a semicolon or a bracket); "open"
 * for ", a company in Leiden" (the noun, then a word that tells of a business: "in", "that",
 * "based"); null otherwise: another noun after it ("Cook, the company's chief", "Hale, a company
 * spokesman"), a preposition or a possessive before it ("a member of the group", "the firm's").
 */
export function tradeAfter(after: string): 'closed' | 'open' | null {
  if (charAt(after, 0) !== ',' || charAt(after, 1) !== ' ') return null;
  const words = after.slice(2).split(' ', 8);
  const article = words[0];
  if (article !== 'a' && article !== 'an' && article !== 'the') return null;
  let k = 1;
  for (; k <= 4 && !TRADE_NOUNS.has(bare(words[k] ?? '')); k++) {
    const word = words[k] ?? '';
    if (!TRADE_WORD.test(word) || NOT_INSIDE.has(word)) return null;
  }
  const word = words[k] ?? '';
  const noun = bare(word);
  if (!TRADE_NOUNS.has(noun)) return null;
  if (noun !== word) return 'closed';
  return k + 2 < words.length && AFTER_NOUN.has(words[k + 1] ?? '') ? 'open' : null;
}

/** A word without the comma, full stop, semicolon or bracket after it. */
function bare(word: string): string {
  const last = word.charAt(word.length - 1);
  return last === ',' || last === '.' || last === ';' || last === ')' ? word.slice(0, -1) : word;
}

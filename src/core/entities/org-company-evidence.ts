/**
 * A name the page shows to be a company is the company wherever the page names it (issue 15;
 * names.md: companies ORG). The tagger reads an invented or foreign company's name as a person's
 * or a place's from its letters ("Lonsdale Homes", "Orrin's next phone", "Obayashi and Kajima"),
 * and keeps that type on every mention; the page says what it is in a few set phrases. The
 * families of the en-train pages (en-train20-22; names49a: en-464, en-536, en-603, en-604, en-608,
 * en-612: technology, business and markets news). One pass: session 38's two (a company read as a
 * person; a company by its context) read the same "founded" phrase each its own way.
 *
 * After tagging (English): a mention typed PERSON, PLACE or OTHER is a company, with every other
 * mention of the same text, where
 * - the text founds it right after, or says where it sits ("Homecraft, founded in Durban in 1961",
 *   "Orrin, which was founded in Oakland", "Dunmore, headquartered in Cork"): a person's or other
 *   name; a place's only when headquartered (towns are founded too; people are born, not founded);
 * - (a person's) its last word is a business's ("Homes", "Furnishers", "Restructuring") or its
 *   first word a utility's ("Stadtwerke");
 * - (a person's) an appositive names its trade right after, closed at a comma or a full stop
 *   ("Lonsdale Homes, the developer,", "X, the JSE-listed furniture and appliance chain,"): an
 *   article, up to four words of trade, then a noun of a business (company-names.ts's
 *   tradeAfter and TRADE_NOUNS, the reading org-company-appositives.ts makes of it too);
 * - (a place's or other) a person's job at a firm comes right before it and the name closes there
 *   ("a partner at Calloway Reade.", "an economist at Andes Valor, a consultancy"; a person's
 *   mention there stays, as CoNLL's news has them);
 * - a company's figure follows its possessive: for a person's mention whose words are no listed
 *   given name or surname, its revenue, profit, sales, shares or share ("Orbitra's revenue";
 *   "Musk's shares" stays); for a place's, only what a state has not ("Kazan's forecast operating
 *   profit", "'s share price"; "China's share of" stays).
 * A company found as a person's name (the first three) lends its type to its first word alone too
 * ("Lonsdale" after "Lonsdale Homes"), unless a person's name of two words or more on the page
 * holds that word.
 * Nothing to do in a text without one of the cue words; per mention, a look at the character
 * after it (and the letter two before it), then at the 24 characters before it or the 60 after it.
 */
import type { EntityMention } from '../types';
import { retypedAll, someBlock, unchanged } from './by-block';
import { charAt } from './chars';
import { ANY_TRADE_NOUN, closesName, tradeAfter, withShortNames } from './company-names';
import { lastSpace } from './last-space';

/** The cue words of the pass as a word anywhere (the cheap check, with ANY_TRADE_NOUN): the names' business words, "founded", jobs, figures. */
const ANY_CUE =
  /\b(?:Homes|Furnishers|Restructuring|Builders|Developments|Properties|Logistics|Motors|Foods|Brewing|Brewery|Bakery|Interiors|Furniture|Plumbing|Roofing|Haulage|Outfitters|Contractors|Stadtwerke|founded|established|incorporated|headquartered|partner|economist|analyst|strategist|revenue|revenues|profit|profits|sales|shares|earnings)\b/u;

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

/**
 * Right after a name: the text founds it or says where it sits ("Homecraft, founded in Durban",
 * "Orrin, which was founded", "Dunmore, headquartered in Cork"); the verb is group 1.
 */
const FOUNDED_AFTER =
  /^, (?:(?:which|that) (?:was|were|is) )?(founded|established|incorporated|headquartered) (?:in|by|as|on)\b/u;

/** A person's job at a firm, right before its name ("a partner at "). */
const JOB_BEFORE = /\b(?:partner|economist|analyst|strategist) at (?:the )?$/u;

/** A company's figure after its possessive ("'s forecast operating profit", "'s revenue"), for a person's mention. */
const FIGURE_AFTER =
  /^['’]s (?:(?:annual|quarterly|forecast|net|operating|gross|full-year) )?(?:revenue|revenues|profit|profits|operating profit|sales|shares|share price|share of|stock price|earnings|market value|shareholders)\b/u;

/** The figures only a company has, for a place's mention ("California's revenue", "China's share of" are a state's). */
const COMPANY_FIGURE_AFTER =
  /^['’]s (?:(?:forecast|net|operating|quarterly|full-year) (?:operating )?profits?|share price|stock price|market value|shareholders)\b/u;

/** Whether a person's name is a business's by its own words ("Lonsdale Homes", "Stadtwerke Halbach"). */
function businessName(name: string): boolean {
  const space = name.indexOf(' ');
  return space > 0 && (BUSINESS_LAST.has(name.slice(lastSpace(name) + 1)) || BUSINESS_FIRST.has(name.slice(0, space)));
}

/** The mentions with the names the page shows to be companies typed ORG, with their other mentions (and short names). */
export function withCompanyEvidence(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isPersonName: (word: string) => boolean,
): EntityMention[] {
  if (!someBlock(text, ANY_CUE) && !someBlock(text, ANY_TRADE_NOUN)) return unchanged(mentions);
  // Companies read as persons (with their short names), and the others.
  const people = new Set<string>();
  const companies = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'ORG' || people.has(m.text)) continue;
    const person = m.type === 'PERSON';
    // A name found already is read again only as a person's (its short name).
    if (!person && companies.has(m.text)) continue;
    if (person && businessName(m.text)) {
      people.add(m.text);
      continue;
    }
    const block = text.get(m.blockId) ?? '';
    const next = charAt(block, m.end);
    if (next === ',' && charAt(block, m.end + 1) === ' ') {
      const after = block.slice(m.end, m.end + 60);
      const founded = FOUNDED_AFTER.exec(after)?.[1];
      if (founded !== undefined && (m.type !== 'PLACE' || founded === 'headquartered')) {
        (person ? people : companies).add(m.text);
        continue;
      }
      if (person && tradeAfter(after) === 'closed') {
        people.add(m.text);
        continue;
      }
    } else if (next === "'" || next === '’') {
      const after = block.slice(m.end, m.end + 40);
      if (
        (m.type === 'PLACE' && COMPANY_FIGURE_AFTER.test(after)) ||
        (person && !m.text.split(' ').some(isPersonName) && FIGURE_AFTER.test(after))
      ) {
        companies.add(m.text);
        continue;
      }
    }
    // JOB_BEFORE ends "at " or "the ": a look at the letter before the space first.
    const lastBefore = charAt(block, m.start - 2);
    if (
      !person &&
      (lastBefore === 't' || lastBefore === 'e') &&
      closesName(block, m.end) &&
      JOB_BEFORE.test(block.slice(Math.max(0, m.start - 24), m.start))
    )
      companies.add(m.text);
  }
  if (people.size === 0) return retypedAll(mentions, companies, 'ORG');
  for (const name of withShortNames(mentions, people, (first) => !BUSINESS_FIRST.has(first))) companies.add(name);
  return retypedAll(mentions, companies, 'ORG');
}

/**
 * A name the page shows to be a company is the company wherever the page names it (issue 15;
 * names.md: companies ORG). The tagger reads an invented or foreign company's one-word name as a
 * person's or a place's from its letters ("Orrin's next phone", "Obayashi and Kajima"), and
 * keeps that type on every mention; the page says what it is in a few set phrases. The family
 * of the en-train pages (names49a: en-464, en-536, en-603, en-604, en-608, en-612: technology,
 * business and markets news).
 *
 * After tagging (English): a mention typed PERSON, PLACE or OTHER is a company, with every other
 * mention of the same text, where
 * - ", founded in" / ", founded by" or ", which was founded" / ", headquartered in" follows a
 *   person's or other name ("Homecraft, founded in Durban in 1961"; a place's only ",
 *   headquartered in": towns are founded too); "Orrin, which was founded in Oakland";
 * - a person's job at a firm comes before a place's or other name and the name closes there ("a
 *   partner at Calloway Reade.", "an economist at Andes Valor, a consultancy"; a person's
 *   mention there stays, as CoNLL's news has them);
 * - a company's figure follows its possessive: for a person's mention whose words are no listed
 *   given name or surname, its revenue, profit, sales, shares or share ("Orbitra's revenue";
 *   "Musk's shares" stays); for a place's, only what a state has not ("Kazan's forecast operating
 *   profit", "'s share price"; "China's share of" stays).
 * Per mention, a look at the 24 characters before it and the 40 after it; nothing to do in a
 * text without one of the cue words.
 */
import type { EntityMention } from '../types';
import { retypedAll, someBlock, unchanged } from './by-block';
import { closesName } from './company-names';

/** The cue words as a word anywhere (the cheap check). */
const ANY_CUE =
  /\b(?:founded|headquartered|partner|economist|analyst|strategist|revenue|revenues|profit|profits|sales|shares|earnings)\b/u;

/** What follows a company's name and tells it is one (for a person's or other name: towns are founded too). */
const FOUNDED_AFTER = /^, (?:(?:which|that) was )?(?:founded|headquartered) (?:in|by)\b/u;

/** What follows a company's name that a town's never is. */
const HEADQUARTERED_AFTER = /^, (?:(?:which|that) is )?headquartered in\b/u;

/** A person's job at a firm, right before its name ("a partner at "). */
const JOB_BEFORE = /\b(?:partner|economist|analyst|strategist) at (?:the )?$/u;

/** A company's figure after its possessive ("'s forecast operating profit", "'s revenue"), for a person's mention. */
const FIGURE_AFTER =
  /^['’]s (?:(?:annual|quarterly|forecast|net|operating|gross|full-year) )?(?:revenue|revenues|profit|profits|operating profit|sales|shares|share price|share of|stock price|earnings|market value|shareholders)\b/u;

/** The figures only a company has, for a place's mention ("California's revenue", "China's share of" are a state's). */
const COMPANY_FIGURE_AFTER =
  /^['’]s (?:(?:forecast|net|operating|quarterly|full-year) (?:operating )?profits?|share price|stock price|market value|shareholders)\b/u;

/** The mentions with the names the page shows to be companies typed ORG, with their other mentions. */
export function withCompanyEvidence(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isPersonName: (word: string) => boolean,
): EntityMention[] {
  if (!someBlock(text, ANY_CUE)) return unchanged(mentions);
  const companies = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'ORG' || companies.has(m.text)) continue;
    const block = text.get(m.blockId) ?? '';
    const after = block.slice(m.end, m.end + 40);
    const person = m.type === 'PERSON';
    if (
      (m.type === 'PLACE' ? HEADQUARTERED_AFTER.test(after) : FOUNDED_AFTER.test(after)) ||
      (!person && JOB_BEFORE.test(block.slice(Math.max(0, m.start - 24), m.start)) && closesName(block, m.end)) ||
      (m.type === 'PLACE' && COMPANY_FIGURE_AFTER.test(after)) ||
      (person && !m.text.split(' ').some(isPersonName) && FIGURE_AFTER.test(after))
    )
      companies.add(m.text);
  }
  return retypedAll(mentions, companies, 'ORG');
}

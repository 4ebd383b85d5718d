/**
 * A party's adjective before a politician's role is OTHER (English, issue 15; names.md "Parties":
 * the party is ORG, its members and its adjective MISC, `Democratic` candidates; lang-news.md:
 * "the Conservative MP" MISC, while `Labour` and `Plaid Cymru` stay ORG). The tagger types some
 * ORG ("Liberal challenger Daniel Ong", "Liberal health critic", "Conservative MP for Thirsk")
 * and leaves others out ("Socialist leader Pedro Nuno Santos", "Independent councillor"). After
 * tagging: one of the adjectives below, standing alone (no capitalised word just before it: not
 * "Liberal Democrat", "Progressive Conservative"), right before a role of a politician or party
 * member ("MP", "leader", "councillor", "candidate"; one lower-case word may come between, "health
 * critic", "state senator"), is one OTHER name, in place of a mention that starts at it. "Labour"
 * and "Labor" are the parties' own names (ORG), and a plural ("Democrats") is the members, which
 * the tagger reads well; neither is read here.
 * Cheap: no work in a text without one of the adjectives before a role (by the text's index of
 * words, then one linear pattern over the blocks).
 */
import type { EntityMention } from '../types';
import { someBlock, unchanged, withReplacing } from './by-block';

/** An adjective and a role after it (one lower-case word may come between). */
const ADJECTIVE_ROLE =
  /\b(Liberal|Conservative|Socialist|Democratic|Republican|Green|Independent|Democrat|Communist|Unionist) (?:[a-z]{2,20} )?(?:MP|MPs|MEP|MEPs|TD|TDs|MLA|MLAs|MSP|MSPs|MPP|MPPs|MHA|leader|leaders|councillor|councillors|councilor|councilors|candidate|candidates|challenger|senator|senators|lawmaker|lawmakers|legislator|legislators|critic|spokesman|spokeswoman|spokesperson|backbencher|backbenchers|incumbent|nominee|congressman|congresswoman|representative|assemblyman|assemblywoman|deputy|deputies|peer|peers)\b/gu;

/** The mentions with party adjectives before a politician's role made OTHER names. */
export function withPartyAdjectives(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  if (!someBlock(text, ADJECTIVE_ROLE)) return unchanged(mentions);
  const found: EntityMention[] = [];
  for (const [blockId, block] of text) {
    ADJECTIVE_ROLE.lastIndex = 0;
    for (let m = ADJECTIVE_ROLE.exec(block); m !== null; m = ADJECTIVE_ROLE.exec(block)) {
      const word = m[1] ?? '';
      const start = m.index;
      const end = start + word.length;
      // "Green energy minister": the colour's word before a lower-case word is no party.
      if (word === 'Green' && block.charAt(end + 1) >= 'a' && block.charAt(end + 1) <= 'z') continue;
      // A longer name ends here ("Liberal Democrat MP", "Progressive Conservative MPP").
      const before = block.charAt(start - 1) === ' ' ? wordBefore(block, start - 1) : '';
      if (/^\p{Lu}/u.test(before) && !ARTICLES.has(before)) continue;
      const over = mentions.find((x) => x.blockId === blockId && x.start < end && x.end > start);
      if (over && (over.start < start || (over.type === 'OTHER' && over.end === end))) continue;
      found.push({ blockId, start, end, text: word, type: 'OTHER' });
    }
  }
  return withReplacing(mentions, found);
}

/** Capitalised words before an adjective that start no longer name ("The Conservative MP"). */
const ARTICLES = new Set(['The', 'A', 'An']);

/** The word that ends at `end` in `block` (letters, apostrophes, hyphens; at most 30 characters). */
function wordBefore(block: string, end: number): string {
  let k = end;
  while (k > 0 && end - k < 30 && /[\p{L}'’-]/u.test(block.charAt(k - 1))) k--;
  return block.slice(k, end);
}

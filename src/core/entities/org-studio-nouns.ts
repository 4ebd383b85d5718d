/**
 * A name right after a lower-case noun for a company is that company (issue 15, en-train9: "from
 * Bristol studio Kestrel Forge", "indie publisher Saltmarsh"; names46a, en-train17 and 19, the
 * trade press: "Oslo shipbroker Fearnley Rask", "the Hamburg family office Elbwerk", "the Brussels
 * think tank Bruegel", "the property consultancy Harlow Quennell", "an external firm, Ensign";
 * names.md: companies ORG). The tagger, seeing a made-up name among works, reads it as a work
 * (OTHER), a person or a place. After tagging (English): a mention right after "studio",
 * "developer", "publisher", "label", "imprint", "firm", "consultancy", "shipbroker", "broker",
 * "family office", "think tank", "lobby", "chain", "retailer", "lender" or "insurer" (a comma may
 * stand between: "an external firm, Ensign") becomes ORG, and so does every other mention of the
 * same name; a person there ("publisher Dana Reyes", "developer Tom Hale": a first name first)
 * and a listed place ("a studio Berlin") are left alone.
 * Per mention, a look at the 16 characters before it; nothing to do in a text without one of the nouns.
 */
import type { EntityMention } from '../types';
import { retypedAll, someBlock, unchanged } from './by-block';

/** A company's lower-case nouns (alternatives of a pattern: literal words and spaces only). */
const NOUNS =
  'studio|developer|publisher|label|imprint|firm|consultancy|shipbroker|broker|family office|think tank|lobby|chain|retailer|lender|insurer';

/** A company's noun anywhere in a block (the cheap check). */
export const ANY_NOUN = new RegExp(`\\b(?:${NOUNS})\\b`, 'u');

/** The same noun right before a mention (a comma may follow it). */
export const NOUN_BEFORE = new RegExp(`(?:^|[\\s(])(?:${NOUNS}),? $`, 'u');

/** The mentions with companies named after their noun typed ORG, and their other mentions. */
export function withStudioNouns(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isFirstName: (word: string) => boolean,
  isPlace: (name: string) => boolean,
): EntityMention[] {
  if (!someBlock(text, ANY_NOUN)) return unchanged(mentions);
  const companies = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'ORG') continue;
    const block = text.get(m.blockId) ?? '';
    if (!NOUN_BEFORE.test(block.slice(Math.max(0, m.start - 16), m.start))) continue;
    if (isFirstName(m.text.split(' ')[0] ?? '') || isPlace(m.text)) continue;
    companies.add(m.text);
  }
  return retypedAll(mentions, companies, 'ORG');
}

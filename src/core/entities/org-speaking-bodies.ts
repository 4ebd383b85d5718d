/**
 * An institution named by its building or grounds that speaks is the organisation (English,
 * issue 15; names.md "When in doubt between two types, choose the type the article's context
 * makes it act as"): "Manchester Airport says about a third of flights ...", "Incheon
 * International Airport expects 1.2 million passengers", "the Chicago Park District said", "The
 * Santa Fe Animal Shelter announced". The tagger reads the place. After tagging: a mention typed
 * PLACE of two or more words, ending in an institution's noun below, right before a verb of
 * speech or of a statement ("said", "says", "expects", "announced" ...) becomes ORG. A place
 * that speaks without such a noun stays a place, as the gold keeps it ("the White House said",
 * "Washington said").
 * Per mention of that shape, one look at the words after it: linear in the mentions.
 */
import type { EntityMention } from '../types';
import { mapped, retype } from './by-block';
import { lastSpace } from './last-space';

/** Nouns of institutions named by their site. */
const INSTITUTION_NOUNS = new Set([
  'Airport',
  'District',
  'Shelter',
  'Trust',
  'Centre',
  'Center',
  'Diocese',
  'Church',
  'Hospital',
  'Library',
  'Museum',
  'Zoo',
  'Exchange',
]);

/** A verb of speech or statement right after the name. */
const SPEAKS =
  /^,? (?:said|says|expects|expected|announced|announces|reported|reports|told|confirmed|confirms|warned|warns|estimates|estimated|has said|had said)\b/u;

/** The mentions with speaking institutions named by their site typed ORG. */
export function withSpeakingBodies(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  return mapped(mentions, (m) => {
    if (m.type !== 'PLACE') return m;
    const space = lastSpace(m.text);
    if (space < 0 || !INSTITUTION_NOUNS.has(m.text.slice(space + 1))) return m;
    const block = text.get(m.blockId) ?? '';
    return SPEAKS.test(block.slice(m.end, m.end + 16)) ? retype(m, 'ORG') : m;
  });
}

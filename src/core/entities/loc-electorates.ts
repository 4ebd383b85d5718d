/**
 * An electorate named by its seat or ward is a place (eval/gold/guidelines/names.md: LOC holds
 * "districts"; the en-train gold marks "the federal seat of Fisher", "the southern suburbs seat
 * of Bateman", "the two-seat Waitākere ward", "the Glencullen-Sandyford ward" LOC). Australian
 * electorates are mostly named after people (Fisher, Bateman, Wentworth), and the tagger reads
 * them as people, and then every other mention of them ("Fisher was a long shot"). Issue 15, the
 * families of the en-train pages (ABC News Australia, The West Australian, the NZ Herald).
 *
 * After tagging (English): a mention typed PERSON or ORG right after "seat of " or "electorate
 * of ", or right before " ward", " electorate", " constituency", " riding" or " by-election"
 * (the noun ending there), is made a place, and so is every other PERSON mention of the same
 * text, unless a person's name of two words or more on the page holds it ("Andrew Fisher"
 * beside "the seat of Fisher": the surname alone may be the man). An OTHER mention is left
 * alone ("the Māori ward question": a people's adjective). Per mention, a look at the 12
 * characters before it and the 14 after it; nothing to do in a text without one of the nouns.
 */
import type { EntityMention } from '../types';
import { mapped, retype, unchanged, someBlock } from './by-block';
import { charAt } from './chars';

/** The nouns, as a word anywhere in a block (the cheap check). */
const ANY_NOUN = /\b(?:seat of|electorate|ward|constituency|riding|by-election)\b/u;

/** Words before an electorate's name. */
const BEFORE = ['seat of ', 'electorate of '];

/** Nouns after an electorate's name, with the space before them. */
const AFTER = [' ward', ' electorate', ' constituency', ' riding', ' by-election'];

/** Whether `block` names an electorate at `m`: a noun before it or after it. */
function electorateAt(block: string, m: EntityMention): boolean {
  const before = block.slice(Math.max(0, m.start - 12), m.start);
  if (BEFORE.some((w) => before.endsWith(w))) return true;
  const after = block.slice(m.end, m.end + 14);
  for (const noun of AFTER) {
    if (!after.startsWith(noun)) continue;
    const next = charAt(block, m.end + noun.length);
    if (next === '' || !/[\p{L}\d-]/u.test(next)) return true;
  }
  return false;
}

/** `mentions` with electorates typed as people or bodies made places, with their other mentions. */
export function withElectorates(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  if (!someBlock(text, ANY_NOUN)) return unchanged(mentions);
  const cued = new Set<EntityMention>();
  const names = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON' && m.type !== 'ORG') continue;
    if (!electorateAt(text.get(m.blockId) ?? '', m)) continue;
    cued.add(m);
    names.add(m.text);
  }
  if (names.size === 0) return unchanged(mentions);
  // Words of people's names of two words or more: their surname alone may be the person.
  const personWords = new Set<string>();
  for (const m of mentions)
    if (m.type === 'PERSON' && m.text.includes(' ')) for (const w of m.text.split(' ')) personWords.add(w);
  return mapped(mentions, (m) =>
    cued.has(m) || (m.type === 'PERSON' && names.has(m.text) && !personWords.has(m.text)) ? retype(m, 'PLACE') : m,
  );
}

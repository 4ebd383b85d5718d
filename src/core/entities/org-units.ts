/**
 * A named unit of an organisation, after the organisation's possessive, is an organisation
 * (English, issue 15; names guidelines: agencies, committees, laboratories and named units
 * inside an organisation are ORG): "MIT's Instrumentation Laboratory", "the PSNI's Economic
 * Crime Unit", "NASA's Goddard Space Flight Center", "Google's Threat Intelligence Group". The
 * tagger reads such a Title Case run as OTHER (a product's or a work's name) or, by its last
 * word, as a place. After tagging: a mention typed OTHER or PLACE, of two words or more, whose
 * last word is a unit's noun (UNIT_NOUNS), right after "'s " that closes a mention typed ORG,
 * becomes ORG. A person's possessive is left alone ("Taylor Swift's The Tortured Poets
 * Department" is an album), and so is a fund or a trust (often a product: "BlackRock's iShares
 * Bitcoin Trust"). Per mention, a look at its last word and the three characters before it.
 *
 * names44a (held-out pages of en-train16-17): the same unit after "its" ("the department and its
 * Antitrust Division"), typed OTHER or PLACE, is ORG too when its noun names only a body (not
 * "Office", "Program": "its Oval Office meeting"); and a unit the tagger left out after an
 * ORG's "'s" (two to four Title Case words ending in a unit's noun: "FIFA's Ethics Committee") is
 * one ORG name. Per ORG mention, a look at the characters after it.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { mapped, retype, withFound } from './by-block';
import { lastSpace } from './last-space';

/** The last words of a unit's name inside an organisation. */
const UNIT_NOUNS = new Set(
  'Institute Laboratory Laboratories Lab Labs Observatory Unit Agency Commission Committee Council Department Ministry College Foundation Association Society Bureau Authority Service Board Office Academy Group Institution Center Centre Division Directorate Team Program Programme Initiative Network Command Corps School Squad Section Branch Secretariat Hospital'.split(
    ' ',
  ),
);

/** Whether `name` (two words or more) ends in a unit's noun. */
function endsInUnitNoun(name: string): boolean {
  const space = lastSpace(name);
  return space > 0 && UNIT_NOUNS.has(name.slice(space + 1));
}

/** Whether `block` holds an "'s " at `at` (a straight or curly apostrophe). */
function possessiveAt(block: string, at: number): boolean {
  const apostrophe = charAt(block, at);
  return (apostrophe === "'" || apostrophe === '’') && charAt(block, at + 1) === 's' && charAt(block, at + 2) === ' ';
}

/**
 * The unit nouns after "its" that name a body and not also a room, a scheme or a product ("their
 * Oval Office meeting", "its Federal Child Nutrition Program" are no units).
 */
const BODY_UNIT_NOUNS = new Set(
  'Institute Laboratory Lab Unit Agency Commission Committee Council Department Bureau Authority Board Division Directorate Command Corps Squad Section Branch Secretariat'.split(
    ' ',
  ),
);

/** Whether `block` holds the word "its" and a space just before `at`. */
function itsBefore(block: string, at: number): boolean {
  return at >= 4 && block.startsWith('its ', at - 4) && !/\p{L}/u.test(charAt(block, at - 5));
}

/** A run of two to four Title Case words (letters, a hyphen or "&" inside one). */
const TITLE_RUN = /^\p{Lu}[\p{L}&-]{0,24}(?: \p{Lu}[\p{L}&-]{0,24}){1,3}/u;

/** The unit's name the tagger left out at `at` of `block`: its end, or -1. */
function leftOutUnit(block: string, at: number): number {
  const run = TITLE_RUN.exec(block.slice(at, at + 104));
  if (!run) return -1;
  // The longest run of the words that ends in a unit's noun.
  const words = run[0].split(' ');
  for (let n = words.length; n >= 2; n--) {
    if (UNIT_NOUNS.has(words[n - 1] as string)) return at + words.slice(0, n).join(' ').length;
  }
  return -1;
}

/** The mentions with the named units after an organisation's possessive made ORG. */
export function withOrgUnits(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  const retyped = mapped(mentions, (m, i) => {
    if (m.type !== 'OTHER' && m.type !== 'PLACE') return m;
    if (!endsInUnitNoun(m.text)) return m;
    const block = text.get(m.blockId) ?? '';
    if (itsBefore(block, m.start) && BODY_UNIT_NOUNS.has(m.text.slice(lastSpace(m.text) + 1))) return retype(m, 'ORG');
    const owner = mentions[i - 1];
    if (!owner || owner.type !== 'ORG' || owner.blockId !== m.blockId || owner.end !== m.start - 3) return m;
    return possessiveAt(block, m.start - 3) ? retype(m, 'ORG') : m;
  });
  const found: EntityMention[] = [];
  for (let i = 0; i < retyped.length; i++) {
    const owner = retyped[i] as EntityMention;
    if (owner.type !== 'ORG') continue;
    const block = text.get(owner.blockId) ?? '';
    if (!possessiveAt(block, owner.end)) continue;
    const next = retyped[i + 1];
    const at = owner.end + 3;
    if (next && next.blockId === owner.blockId && next.start === at) continue;
    const end = leftOutUnit(block, at);
    if (end > 0) found.push({ blockId: owner.blockId, start: at, end, text: block.slice(at, end), type: 'ORG' });
  }
  return withFound(retyped, found);
}

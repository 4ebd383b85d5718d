/**
 * A body's name runs back through an "and" before its noun (English, issue 15; names.md: mark
 * the longest name): "the Ohio House's Commerce and Labor Committee", "the Army Aviation and
 * Missile Command", "the Tasmania Parks and Wildlife Service", "the Victoria and Albert Museum".
 * The tagger ends the name at the "and" ("Labor Committee") or cuts it in two ("Army Aviation",
 * "Missile Command"). The families of the en-train pages (sets 12, 16, 17, 19: state
 * legislatures' committees, army commands, park services, museums).
 *
 * After tagging: a mention typed ORG or PLACE whose last word is a body's or a museum's noun
 * (singular: "Committees" names two bodies), right after " and ", takes in the one to three Title
 * Case words before the "and" (not a sentence's "The"; four or more, or the last items of a
 * list after a comma, are left) and any mention inside them. The words before
 * the "and" are left alone where they are a name of their own: a mention typed PERSON or OTHER, a
 * one-word organisation ("the Senate and House Intelligence Committee", "the FBI and Justice
 * Department"), an organisation the word lists hold, a name ending in a body's noun itself, or
 * an acronym; and either part that the page names on its own elsewhere, with no "and" beside it,
 * is a name of its own ("the Federal Reserve and Treasury Department" where "the Federal Reserve"
 * stands alone too). The name is ORG, a museum's
 * or a gallery's keeps the type the tagger gave its last part. Per block, a look for " and " before a
 * mention; a text without a mention right after " and " is left as it is.
 *
 * names48a (en-458, en-584, en-588: three sets): a body named by a list before its noun runs back
 * over the list's first item, after its comma ("the City Council's Business, Housing and Zoning
 * Committee", "the Energy, Utilities and Communications Committee", "the Philippine Atmospheric,
 * Geophysical and Astronomical Services Administration"): an ORG "<Word> and ... <noun>" after
 * ", " takes in the one or two Title Case words before the comma, where nothing but "the", a
 * lower-case word or a possessive stands before them, and they hold no name but an organisation
 * of their own words (not a person, a place, a day or a month: "said Tuesday, Ways and Means
 * Committee", "Ohio, Commerce and Labor Committee" stay).
 */
import type { EntityMention } from '../types';
import { rewrittenByBlock, unchanged } from './by-block';
import { charAt } from './chars';
import { MONTHS_AND_DAYS } from './word-lists';
import { lastSpace } from './last-space';

/** Last words of a body's (or a museum's) name that an "and" before them stays inside. */
const BODY_NOUNS = new Set(
  'Committee Commission Command Service Board Authority Council Department Agency Museum Gallery Institute Bureau Administration Society Association Foundation Office'.split(
    ' ',
  ),
);

/** The nouns whose name keeps the type of its last part (a museum is a place or a body by use). */
const VENUE_NOUNS = new Set(['Museum', 'Gallery']);

/** A Title Case word: a capital, then lower-case letters (an acronym is no part of such a run). */
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;

/** The word that ends just before `end` in `block` (letters only), and where it starts. */
function wordBefore(block: string, end: number): [string, number] {
  let s = end;
  while (s > 0 && /\p{L}/u.test(charAt(block, s - 1))) s--;
  return [block.slice(s, end), s];
}

/** The last word of a name. */
function lastWord(name: string): string {
  return name.slice(lastSpace(name) + 1);
}

/** Where the one to three Title Case words before " and " at `and` start, or -1 when there are none or more. */
function leftStart(block: string, and: number): number {
  let start = -1;
  let at = and;
  for (let n = 0; ; n++) {
    const [w, s] = wordBefore(block, at);
    if (!TITLE_WORD.test(w) || w === 'The') break;
    if (n === 3) return -1;
    start = s;
    if (charAt(block, s - 1) !== ' ') break;
    at = s - 1;
  }
  return start;
}

/** An ORG named by a list's last items before its noun ("Housing and Zoning Committee"). */
const LIST_TAIL = /^\p{Lu}\p{Ll}+ and \p{Lu}/u;

/**
 * Where a list's first item (one or two Title Case words) starts before ", " at `comma` in
 * `block`, or -1: the words must follow the block's start, "the", a lower-case word or a
 * possessive, and be no day or month.
 */
function listStart(block: string, comma: number): number {
  let start = -1;
  let at = comma;
  for (let n = 0; n < 2; n++) {
    const [w, s] = wordBefore(block, at);
    if (!TITLE_WORD.test(w) || w === 'The' || MONTHS_AND_DAYS.has(w.toLowerCase())) break;
    start = s;
    if (charAt(block, s - 1) !== ' ') break;
    at = s - 1;
  }
  if (start <= 0) return start;
  if (charAt(block, start - 1) !== ' ') return -1;
  const [before] = wordBefore(block, start - 1);
  const apostrophe = charAt(block, start - 3);
  const possessive = charAt(block, start - 2) === 's' && (apostrophe === "'" || apostrophe === '’');
  return possessive || (before !== '' && before === before.toLowerCase()) ? start : -1;
}

/** `mentions` with bodies named by a list run back over its first item (`text`: each block's text by id). */
function withListNames(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  const candidate = (m: EntityMention, block: string): boolean =>
    m.type === 'ORG' &&
    m.start >= 4 &&
    block.startsWith(', ', m.start - 2) &&
    BODY_NOUNS.has(lastWord(m.text)) &&
    LIST_TAIL.test(m.text);
  if (!mentions.some((m) => candidate(m, text.get(m.blockId) ?? ''))) return unchanged(mentions);
  return rewrittenByBlock(text, mentions, (blockId, block, given) => {
    let own = given;
    for (const right of given) {
      if (!candidate(right, block)) continue;
      const comma = right.start - 2;
      const start = listStart(block, comma);
      if (start < 0) continue;
      const inside = own.filter((m) => m !== right && m.start < comma && m.end > start);
      if (inside.some((m) => m.start < start || m.end > comma || m.type !== 'ORG')) continue;
      const name: EntityMention = { blockId, start, end: right.end, text: block.slice(start, right.end), type: 'ORG' };
      own = [...own.filter((m) => m !== right && !inside.includes(m)), name].sort((a, b) => a.start - b.start);
    }
    return own;
  });
}

/** The mentions with bodies' names run back through an "and" before their noun. */
export function withAndNames(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isListedOrg: (name: string) => boolean,
): EntityMention[] {
  return withListNames(text, withAndRuns(text, mentions, isListedOrg));
}

/** The mentions with bodies' names run back through an "and" before their noun (the run alone). */
function withAndRuns(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isListedOrg: (name: string) => boolean,
): EntityMention[] {
  const candidate = (m: EntityMention, block: string): boolean =>
    (m.type === 'ORG' || m.type === 'PLACE') &&
    m.start >= 5 &&
    block.startsWith(' and ', m.start - 5) &&
    BODY_NOUNS.has(lastWord(m.text));
  if (!mentions.some((m) => candidate(m, text.get(m.blockId) ?? ''))) return unchanged(mentions);
  // The names the page writes on their own, with no "and" beside them ("the Federal Reserve said").
  const alone = new Set<string>();
  for (const m of mentions) {
    const block = text.get(m.blockId) ?? '';
    if (!block.startsWith(' and ', m.end) && !(m.start >= 5 && block.startsWith(' and ', m.start - 5)))
      alone.add(m.text);
  }
  return rewrittenByBlock(text, mentions, (blockId, block, given) => {
    let own = given;
    for (const right of given) {
      if (!candidate(right, block)) continue;
      const and = right.start - 5;
      const start = leftStart(block, and);
      // A list's last items ("Science, Technology and Society"): the list is not read.
      if (start < 0 || block.startsWith(', ', start - 2)) continue;
      const left = block.slice(start, and);
      const inside = own.filter((m) => m !== right && m.start < and && m.end > start);
      // A mention cut through by the run's start, or one of its own, keeps the names apart.
      if (inside.some((m) => m.start < start || m.end > and)) continue;
      if (inside.some((m) => m.type === 'PERSON' || m.type === 'OTHER')) continue;
      if (inside.some((m) => m.type === 'ORG' && !m.text.includes(' '))) continue;
      if (isListedOrg(left) || inside.some((m) => isListedOrg(m.text))) continue;
      if (alone.has(left) || alone.has(right.text)) continue;
      if (BODY_NOUNS.has(lastWord(left))) continue;
      const type = VENUE_NOUNS.has(lastWord(right.text)) ? right.type : 'ORG';
      const name: EntityMention = { blockId, start, end: right.end, text: block.slice(start, right.end), type };
      own = [...own.filter((m) => m !== right && !inside.includes(m)), name].sort((a, b) => a.start - b.start);
    }
    return own;
  });
}

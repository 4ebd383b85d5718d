/**
 * A citation's author, written "Surname, Given (date)", is two person names (issue 15,
 * names29: a Wikipedia list's references, "^ Bogue, Mike (September 26, 2017).", "Fleming,
 * Mike Jr. (2016)"; the names gold marks the surname and the given name each as PER). The
 * tagger, trained on running prose, misses the surname before its comma. After tagging
 * (English): one or two capitalised words, a comma, one or two capitalised words and an opening
 * bracket before a date (a year, a day and a month, or a month and a day) are a surname and a given name, two PERSON
 * names that replace the tagger's mentions over them.
 * The author opens a reference: after "^ ", a full stop, a colon or a line's start, not a
 * sentence's words ("In Toronto, Kevin Tapani (12-8)": a record, no date, in CoNLL-2003 dev).
 * Cheap: nothing to do in a block without ", " and " ("; one bounded pattern over those.
 */
import type { EntityMention } from '../types';
import { withReplacing } from './by-block';

/**
 * "Bogue, Mike (September", "Rain Fordem, Kajsa (2015": the surname (group 1) and the given
 * name (group 2) before a bracketed date. Each word at most 20 characters, at most two words each.
 */
const AUTHOR =
  /(?<=^|[.^:;] |\n)(\p{Lu}[\p{Ll}'’-]{1,20}(?: \p{Lu}[\p{Ll}'’-]{1,20})?), (\p{Lu}[\p{Ll}'’-]{1,20}(?: \p{Lu}[\p{Ll}'’.-]{1,20})?) \((?=\d{4}\b|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d)/gu;

/**
 * A bracketed date as AUTHOR's lookahead reads it (" (2015", " (26 September", " (September 2"): a
 * block without one holds no author (a cheap look first: most blocks' brackets hold no date,
 * and AUTHOR's lookbehind is tried at every position).
 */
const DATE_IN_BRACKETS =
  / \((?:\d{4}\b|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d)/u;

/** The mentions with citations' authors as two person names each. */
export function withCitationAuthors(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  const found: EntityMention[] = [];
  for (const [blockId, block] of text) {
    if (!block.includes(', ') || !block.includes(' (') || !DATE_IN_BRACKETS.test(block)) continue;
    for (const m of block.matchAll(AUTHOR)) {
      const surname = m[1] ?? '';
      const given = m[2] ?? '';
      const start = m.index;
      const givenStart = start + surname.length + 2;
      found.push({ blockId, start, end: start + surname.length, text: surname, type: 'PERSON' });
      found.push({ blockId, start: givenStart, end: givenStart + given.length, text: given, type: 'PERSON' });
    }
  }
  return withReplacing(mentions, found);
}

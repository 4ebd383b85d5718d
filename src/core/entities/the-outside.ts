/**
 * A capitalised "The" left outside a name the article writes with a lower-case "the" (issue
 * 15, names29: real review and list pages; names.md "Boundaries": "at the start of a sentence,
 * include "The" only if the article writes the name with "The" elsewhere"). The tagger takes a
 * sentence's or a heading's first "The" into the name ("The Outline has fat tips", "Powder The
 * Outline is 117 mm wide") where the same page says "the Outline" mid-sentence. After tagging
 * (English): a mention "The X" is cut to "X" when the page has a mention "X" right after a
 * lower-case "the " and no mention "The X" that the page writes so mid-sentence (after a
 * lower-case word or an opening quote: "the band The Lanterns", "'The Lanterns'"), which
 * media-titles.ts's withLeadingThe keeps.
 * Linear: one pass over the mentions to learn the names written after "the ", one to cut.
 */
import { charAt } from './chars';
import { mapped, respan, unchanged } from './by-block';
import type { EntityMention } from '../types';

/** What a name's leading "The" is written as. */
const THE = 'The ';

/** A lower-case word (and a comma) and a space before a mid-sentence "The", up to 24 characters back. */
const LOWER_WORD_BEFORE = /(?:^|[\s(])\p{Ll}[\p{Ll}'’-]{0,20},? $/u;

/** Opening quotes and brackets before a title's "The". */
const OPENING = new Set(["'", '‘', '"', '“', '<', '«']);

/** Whether "The" at `at` of `block` is written mid-sentence, as part of a name. */
function midSentence(block: string, at: number): boolean {
  if (OPENING.has(charAt(block, at - 1))) return true;
  return charAt(block, at - 1) === ' ' && LOWER_WORD_BEFORE.test(block.slice(Math.max(0, at - 24), at));
}

/** The mentions with a leading "The" cut off a name the page writes after a lower-case "the". */
export function withTheOutside(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  // The cheap check first: some mention that starts with "The ".
  if (!mentions.some((m) => m.text.startsWith(THE))) return unchanged(mentions);
  const afterLowerThe = new Set<string>();
  const keepsThe = new Set<string>();
  for (const m of mentions) {
    const block = text.get(m.blockId) ?? '';
    if (m.start >= 4 && block.slice(m.start - 4, m.start) === 'the ') afterLowerThe.add(m.text);
    else if (m.text.startsWith(THE) && midSentence(block, m.start)) keepsThe.add(m.text);
  }
  if (afterLowerThe.size === 0) return unchanged(mentions);
  return mapped(mentions, (m) => {
    if (!m.text.startsWith(THE) || keepsThe.has(m.text)) return m;
    const rest = m.text.slice(THE.length);
    if (!afterLowerThe.has(rest)) return m;
    return respan(m, m.start + THE.length, m.end, rest);
  });
}

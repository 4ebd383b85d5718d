/**
 * A woman's maiden name in brackets inside her name, as obituaries write it ("his mother,
 * Hattie (Simmons) Vance, a church organist"), is one person's name (names.md: the longest
 * name; issue 15: one chip per person). The tagger reads the three words as three people, or
 * the first name alone, and the card shows "Hattie" and "Simmons" apart. After tagging: a
 * person's name of one word followed by " (Word) Word", both capitalised, runs through the
 * last word, and the mentions inside it go. Per person's mention of one word, one bounded look
 * at the 60 characters after it.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { respan, unchanged } from './by-block';

/** A maiden name in brackets and the surname after it: " (Simmons) Vance", " (Doyle) Ellingham". */
const MAIDEN = /^ \(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\) \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}\p{N}])/u;

/** The mentions (in text order) with each "First (Maiden) Surname" one person's name. */
export function withMaidenNames(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  let out: EntityMention[] | null = null;
  let skipTo = -1;
  let skipBlock = -1;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    if (m.blockId === skipBlock && m.start < skipTo) {
      out ??= mentions.slice(0, i);
      continue;
    }
    const block = m.type === 'PERSON' && !m.text.includes(' ') ? (text.get(m.blockId) ?? '') : '';
    // A space and a bracket after the name first: the cheap check before the pattern.
    const found = charAt(block, m.end + 1) === '(' ? MAIDEN.exec(block.slice(m.end, m.end + 60)) : null;
    if (found === null) {
      if (out !== null) out.push(m);
      continue;
    }
    out ??= mentions.slice(0, i);
    const end = m.end + found[0].length;
    out.push(respan(m, m.start, end, block.slice(m.start, end)));
    skipTo = end;
    skipBlock = m.blockId;
  }
  return out ?? unchanged(mentions);
}

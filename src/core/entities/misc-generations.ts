/**
 * A generation's name is one OTHER name with its "Gen" (English, issue 15: "Gen Z is buying
 * Alo", "fewer than four in ten Gen Z respondents"; names guidelines: named groups of people as
 * nationalities are, OTHER). The tagger reads the letter alone as a person or an initial. After
 * tagging: a mention that is a generation's letter or word ("Z", "X", "Alpha", "Zers") right
 * after "Gen " takes the "Gen" in and becomes OTHER; so does a mention "Gen Z" of another type.
 * Per mention, a look at its text and the four characters before it.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { mapped, respan, retype } from './by-block';

/** What follows "Gen" in a generation's name. */
const GENERATIONS = new Set(['Z', 'X', 'Y', 'Alpha', 'Zers', 'Xers', 'Zer', 'Xer']);

/** The mentions with generations' names made one OTHER name with their "Gen". */
export function withGenerations(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  return mapped(mentions, (m) => {
    if (m.text.startsWith('Gen ') && GENERATIONS.has(m.text.slice(4)))
      return m.type === 'OTHER' ? m : retype(m, 'OTHER');
    if (!GENERATIONS.has(m.text) || m.start < 4) return m;
    const block = text.get(m.blockId) ?? '';
    if (!block.startsWith('Gen ', m.start - 4) || (m.start > 4 && /[\p{L}\d]/u.test(charAt(block, m.start - 5))))
      return m;
    return respan(m, m.start - 4, m.end, block.slice(m.start - 4, m.end), 'OTHER');
  });
}

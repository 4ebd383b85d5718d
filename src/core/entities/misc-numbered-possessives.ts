/**
 * A possessive after a numbered name is outside it (issue 15, en-train20 and en-train22: "as fast as
 * the Halo 2's.", "lighter than the Fold 2's."): the tokens glue "2's" into one word, so the tagger
 * takes the possessive into the name, and reads the name as its maker's. After tagging (English),
 * a mention that ends in a digit and "'s" ends before the "'s", and takes the type the page gives
 * the same name elsewhere when that is OTHER ("the Halo 2" typed OTHER in the paragraph before).
 */
import type { EntityMention } from '../types';
import { mapped, respan, unchanged } from './by-block';

/** A name's end: a digit, then an apostrophe (straight or curly) and "s". */
const DIGIT_POSSESSIVE = /\d['’]s$/u;

/** The mentions with a possessive after a final number put outside the name. */
export function withoutNumberedPossessives(mentions: readonly EntityMention[]): EntityMention[] {
  if (!mentions.some((m) => DIGIT_POSSESSIVE.test(m.text))) return unchanged(mentions);
  const other = new Set(mentions.filter((m) => m.type === 'OTHER').map((m) => m.text));
  return mapped(mentions, (m) => {
    if (!DIGIT_POSSESSIVE.test(m.text)) return m;
    const text = m.text.slice(0, -2);
    return respan(m, m.start, m.end - 2, text, other.has(text) ? 'OTHER' : m.type);
  });
}

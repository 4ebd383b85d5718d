/**
 * A sentence's full stop after a product's final letter is outside its name (issue 15,
 * names29: real reviews, "the $279 Xbox One S. Gallery: ...", "more powerful than the One
 * X."). The tagger reads a capital letter and a full stop as an initial ("John F. Kennedy") and
 * keeps the stop in the name. After tagging (English): a mention typed OTHER whose last word is
 * one capital letter and a full stop, after a word of its own ("One S.", not "U.S." or "D.C."),
 * with the block's end or a space after it, ends before the stop. People keep their initials.
 * So does a place typed as a postal code and a stop ("Crested Butte, CO. The ski ..."): postal
 * codes are written without stops (the AP's "Colo.", "N.Y." are written otherwise), so the stop
 * is the sentence's; the tokenizer keeps it as the stop of the abbreviation "Co.".
 * Per OTHER or PLACE mention, a look at its last four characters.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { mapped, respan } from './by-block';

/** Whether `c` is one capital letter of A-Z. */
function isCapital(c: string): boolean {
  return c.length === 1 && c >= 'A' && c <= 'Z';
}

/** The mentions with a sentence's full stop after a product's final letter left outside. */
export function withoutLetterStops(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  return mapped(mentions, (m) => {
    const t = m.text;
    const n = t.length;
    if (charAt(t, n - 1) !== '.' || !isCapital(charAt(t, n - 2))) return m;
    const letter = m.type === 'OTHER' && n >= 4 && charAt(t, n - 3) === ' ';
    const postalCode = m.type === 'PLACE' && n === 3 && isCapital(charAt(t, 0));
    if (!letter && !postalCode) return m;
    const after = (text.get(m.blockId) ?? '').charAt(m.end);
    if (after !== '' && after !== ' ' && after !== '\n') return m;
    return respan(m, m.start, m.end - 1, t.slice(0, n - 1));
  });
}

/**
 * Honours and ranks written after a person's name are outside it (issue 15, en-train16 and
 * en-train18; names.md: "Titles, honorifics and roles are outside a person's name"): a
 * barrister's "KC" or "QC" ("Helen Marchetti KC, for the prosecution"), an order's letters
 * ("Mary Seacole OBE"). The tagger takes them in, and the card then shows "Helen Marchetti KC"
 * apart from the "Ms Marchetti" of the next paragraph. After tagging: a person's name of
 * three words or more ending in one of them ends before it. Per mention, one look at its last word.
 */
import type { EntityMention } from '../types';
import { mapped, respan } from './by-block';
import { lastSpace } from './last-space';

/** Letters after a name for an honour or a rank at the bar (grouping drops them too: group.ts). */
export const POST_NOMINALS = new Set(['KC', 'QC', 'SC', 'KBE', 'DBE', 'CBE', 'OBE', 'MBE', 'BEM']);

/** The mentions with a person's post-nominal letters outside the name. */
export function withoutPostNominals(mentions: readonly EntityMention[]): EntityMention[] {
  return mapped(mentions, (m) => {
    if (m.type !== 'PERSON') return m;
    const space = lastSpace(m.text);
    // Three words or more: "Helen Marchetti KC", not a name of two ("Bruce KC").
    if (space < 0 || !POST_NOMINALS.has(m.text.slice(space + 1)) || m.text.indexOf(' ') === space) return m;
    return respan(m, m.start, m.start + space, m.text.slice(0, space));
  });
}

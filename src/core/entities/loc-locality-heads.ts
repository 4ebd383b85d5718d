/**
 * A name ending in a locality's or a square's head word is a place, not a person (English; issue
 * 15, the families of en-train8: "Roads around Martin Place", "Anand Vihar and Hazrat Nizamuddin
 * stations", "the shops of Anna Nagar"; names.md: streets, squares and districts are LOC). The
 * tagger reads a given name before the head ("Martin", "Anna") as a person's, and Indian
 * localities' heads ("Vihar", "Nagar") as surnames.
 *
 * After tagging: a mention typed PERSON, of two words or more, whose last word is one of the heads
 * below, becomes a PLACE. Nothing else is read; a text without such a mention is given back as it
 * was.
 */
import type { EntityMention } from '../types';
import { mapped, retype, unchanged } from './by-block';
import { lastSpace } from './last-space';

/** Head words of squares, streets and localities (English, and India's "Vihar", "Nagar" ...). */
const HEADS = new Set(['Place', 'Terrace', 'Vihar', 'Nagar', 'Chowk', 'Bagh', 'Ganj', 'Puram', 'Enclave', 'Marg']);

/** Whether `m` is a person's mention ending in a locality's head. */
function isLocality(m: EntityMention): boolean {
  if (m.type !== 'PERSON') return false;
  const space = lastSpace(m.text);
  return space > 0 && HEADS.has(m.text.slice(space + 1));
}

/** The mentions with the localities typed as persons made places. */
export function withLocalityHeads(mentions: readonly EntityMention[]): EntityMention[] {
  if (!mentions.some(isLocality)) return unchanged(mentions);
  return mapped(mentions, (m) => (isLocality(m) ? retype(m, 'PLACE' as const) : m));
}

/**
 * A country, city or region named in full is no person: the Spanish and Dutch models
 * sometimes read one as a person on today's pages ("Nueva Zelanda" in a story about the
 * Mapuche). A mention typed PERSON whose whole text is a place of the model's word lists
 * (the gazetteers shipped in its file) becomes a PLACE. Organisations stay: a country
 * named as a government is one.
 */
import type { EntityMention } from '../types';
import { GAZ, PHRASE_BEGIN, type Gazetteers } from './model/gazetteers';
import { mapped, retype } from './by-block';

const PLACE_BITS = GAZ.COUNTRY | GAZ.CITY | GAZ.REGION;

/**
 * Whether the whole of `name` (lower-case words) is listed with one of the `mask` bits: one
 * word, or one phrase of the word lists from its first word to its last.
 */
export function isListedAs(words: readonly string[], gazetteers: Gazetteers, mask: number): boolean {
  if (words.length === 1) return (gazetteers.wordBits(words[0] ?? '') & mask) !== 0;
  const bits = gazetteers.phraseBits(words);
  return [...bits].every((b, i) => (b & mask) !== 0 && (i === 0) === ((b & PHRASE_BEGIN) !== 0));
}

/** Whether the whole of `name` is a place of the word lists: one word, or one phrase from its first word to its last. */
export function isListedPlace(name: string, gazetteers: Gazetteers): boolean {
  const words = name.toLowerCase().split(' ');
  // One word may be a person's as well as a city's ("Santiago", "Victoria"): only countries.
  return isListedAs(words, gazetteers, words.length === 1 ? GAZ.COUNTRY : PLACE_BITS);
}

export function listedPlaces(mentions: readonly EntityMention[], gazetteers: Gazetteers): EntityMention[] {
  return mapped(mentions, (m) => (m.type === 'PERSON' && isListedPlace(m.text, gazetteers) ? retype(m, 'PLACE') : m));
}

/**
 * English: a country, city or region of several words named in full is no person either (issue
 * 15, the en-train pages of Al Jazeera and Nature: "the G20 summit in Rio de Janeiro", read as a
 * person from its "de"). Only names of several words: one word is as often a person's
 * ("Jordan", "Georgia", "Chad"), and the English model reads those well. Per mention typed
 * PERSON with a space, one look up of the word lists (`isPlace`, cached by the recogniser).
 */
export function withListedPlaceNames(
  mentions: readonly EntityMention[],
  isPlace: (name: string) => boolean,
): EntityMention[] {
  return mapped(mentions, (m) =>
    m.type === 'PERSON' && m.text.includes(' ') && isPlace(m.text) ? retype(m, 'PLACE') : m,
  );
}

/**
 * A people's word made from a place's name is an OTHER name, as nationalities are (names.md,
 * MISC: "nationalities and demonyms"; issue 15, names44b: "the height of the Tasmanian summer",
 * "a Moldovan citizen", "I urge all Delhiites"): the word lists hold the countries' adjectives
 * but not every state's, city's or smaller country's, and the tagger reads such a word as the
 * place it comes from (or, plural, as a group). After tagging (English): a one-word mention
 * typed a place, an organisation or (when no listed first name or surname) a person, that the
 * lists do not hold as a place, and that is a listed place's name with a people's ending
 * ("Moldova" + "n", "Delhi" + "ite", "London" + "er", "Qatar" + "i", "Taiwan" + "ese", and their
 * plurals; a plural typed an organisation after "the" is left alone: a club's nickname), becomes OTHER
 * when, singular, a lower-case word follows it or "a" comes before it (a word alone in a table
 * or a list may be a town or a club), unless a landform's noun follows ("the Floridan aquifer"
 * is a place's name).
 * Cheap: only one-word mentions with one of the endings are looked up.
 */
import type { EntityMention } from '../types';
import { mapped, retype } from './by-block';

/** A word of letters only, capitalised, at least five letters. */
const WORD = /^\p{Lu}\p{Ll}{4,}$/u;

/**
 * The place names a people's word may be made from, by its ending (a plural's "s" left off):
 * "-n" after a place ending in "a" and "-an" ("Tasmania-n", "Chile-an", "Singapore-an"),
 * "-ian" ("Boston-ian"; "Ontarian" from "Ontario"), "-ite" ("Delhi-ite"), "-er" ("London-er"), "-ese" ("Taiwan-ese",
 * "Malt(a)-ese") and "-i" ("Qatar-i"); "-ers" is none (a club's nickname: "Millers"). Names of
 * three letters or fewer are none ("Ira-n").
 */
function placesOf(word: string): string[] {
  const w = word.endsWith('s') ? word.slice(0, -1) : word;
  let places: string[];
  if (w.endsWith('ian')) places = [w.slice(0, -1), w.slice(0, -3), `${w.slice(0, -2)}o`];
  else if (w.endsWith('an')) places = [w.slice(0, -1), w.slice(0, -2)];
  else if (w.endsWith('ite')) places = [w.slice(0, -3)];
  else if (w.endsWith('er') && w === word) places = [w.slice(0, -2)];
  else if (w.endsWith('ese') && w === word) places = [w.slice(0, -3), `${w.slice(0, -3)}a`];
  else if (w.endsWith('i')) places = [w.slice(0, -1)];
  else return [];
  return places.filter((p) => p.length >= 4);
}

/**
 * Whether `word` ends as `placesOf` reads a people's word ("-n", "-e", "-r", "-i", a plural's
 * "s" left off): the cheap check, on character codes, before the pattern and the slices (speed,
 * issue 15: most names end otherwise).
 */
function mayBeDerived(word: string): boolean {
  let last = word.length - 1;
  if (word.charCodeAt(last) === 115) last--;
  const c = word.charCodeAt(last);
  return c === 110 || c === 101 || c === 114 || c === 105;
}

/** A landform's noun after the word: then it names the place ("the Floridan aquifer"). */
const LANDFORM_AFTER = /^ (?:aquifer|basin|plateau|shelf|ridge|range|plain|trench|craton|peninsula|coast|sea)\b/u;

/** A lower-case word after the mention. */
const NOUN_AFTER = /^ \p{Ll}/u;

/** "the" right before the mention. */
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he $/u;

/** "a" or "an" right before the mention. */
const A_BEFORE = /(?:^|[^\p{L}])an? $/u;

/** The mentions with peoples' words made from places' names typed OTHER. */
export function withDerivedDemonyms(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isPlace: (name: string) => boolean,
  isPersonName: (word: string) => boolean,
): EntityMention[] {
  return mapped(mentions, (m) => {
    if (m.type === 'OTHER' || !mayBeDerived(m.text) || !WORD.test(m.text)) return m;
    // A plural typed an organisation may be a club by its nickname ("the Hammers"): left alone,
    // but without "the" before it it is the people ("Albertans will pay": en-train19).
    if (
      m.type === 'ORG' &&
      m.text.endsWith('s') &&
      THE_BEFORE.test((text.get(m.blockId) ?? '').slice(Math.max(0, m.start - 4), m.start))
    )
      return m;
    const places = placesOf(m.text);
    if (places.length === 0 || (m.type === 'PERSON' && isPersonName(m.text)) || isPlace(m.text)) return m;
    if (!places.some(isPlace)) return m;
    const block = text.get(m.blockId) ?? '';
    const after = block.slice(m.end, m.end + 12);
    if (LANDFORM_AFTER.test(after)) return m;
    // A singular word is a people's adjective before a lower-case noun ("a Moldovan citizen") or
    // a noun after "a" ("a Delhiite"); alone in a table or a list it may be a town or a club.
    if (
      !m.text.endsWith('s') &&
      !NOUN_AFTER.test(after) &&
      !A_BEFORE.test(block.slice(Math.max(0, m.start - 4), m.start))
    )
      return m;
    return retype(m, 'OTHER');
  });
}

/**
 * A name the text defines as a place is a place (issue 15, names29: Wikigold, 0.712, a
 * published dev corpus, types made-up-looking village names as organisations or people:
 * "Aisby is a village in the English county of Lincolnshire", "Clergoux is a village and
 * commune", "The island of Divar"; news writes the same in appositions: "Heydon, a hamlet near
 * Royston"). After tagging (English): a mention followed by "is a" / ", a" (up to two words)
 * and a noun of a settlement's or a landform's kind, then "in", "of", "near", "on", "and", "located",
 * "situated" or the clause's end, or a mention after "the <kind> of", "the planet", "a gas
 * giant" or "a town called" ("a small, rainy planet called Zebes"), or a person's or other name
 * followed by ", the capital of", is a place; so is every
 * other mention of the same name. A kind noun that goes on as a modifier ("a city councillor",
 * "a town hall") is no cue.
 * Per mention, one bounded look after it and one before it; nothing to do in a text without a
 * kind noun.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { retypedAll, someBlock, unchanged } from './by-block';

/* The kinds of places a text defines a name as, the same in the three patterns: village,
 * town, city, municipality, commune, hamlet, suburb, borough, county, district, province,
 * parish, settlement, township, neighbourhood, island, river, lake, mountain, peninsula,
 * valley, locality. */

/** A kind noun anywhere in a block (the cheap check). */
const ANY_KIND =
  /\b(?:capital|planet|planets|moon|giant|world|country|kingdom|realm|village|villages|town|city|municipality|commune|hamlet|suburb|borough|county|district|province|parish|settlement|township|neighbourhood|neighborhood|island|river|lake|mountain|peninsula|valley|locality)\b/u;

/** "is a small village in", ", a hamlet near" after a mention. Bounded: two words between, each at most 20 characters. */
const DEFINED_AFTER =
  /^(?: is|, was|, is|,) an? (?:[\p{L}-]{1,20} ){0,2}(?:village|villages|town|city|municipality|commune|hamlet|suburb|borough|county|district|province|parish|settlement|township|neighbourhood|neighborhood|island|river|lake|mountain|peninsula|valley|locality)(?: (?:in|of|near|on|and|located|situated)\b|[,.;)])/u;

/**
 * ", the capital of" after a mention the tagger read as a person's or other name (names49a,
 * en-613: "when the RSF took Wad Madani, the capital of Gezira state"); a club's city in a
 * sports story, typed ORG, is left to the passes of sport.
 */
const CAPITAL_AFTER = /^, (?:the )?(?:(?:provincial|state|regional|national) )?capital of\b/u;

/** "the island of", "the village of" right before a mention. */
const KIND_OF_BEFORE =
  /(?:^|\s)[Tt]he (?:village|villages|town|city|municipality|commune|hamlet|suburb|borough|county|district|province|parish|settlement|township|neighbourhood|neighborhood|island|river|lake|mountain|peninsula|valley|locality) of $/u;

/** "the planet", "a gas giant", "a town called" right before a mention (fiction's worlds as much as "the planet Mars"). */
const NAMED_BEFORE =
  /(?:^|\s)(?:(?:planet|planets|moon|gas giant)(?: of| called| named)?|(?:village|town|city|island|world|country|kingdom|realm) (?:called|named)) $/u;

/**
 * The ends of what KIND_OF_BEFORE and NAMED_BEFORE match ("the island of ", "a town called "):
 * the cheap check before either is tried on a mention (most follow none of them).
 */
const BEFORE_ENDS = ['of ', 'planet ', 'planets ', 'moon ', 'giant ', 'called ', 'named '];

/** How far after a mention the definition is read. */
const LOOK_AFTER = 72;

/** The mentions with names defined as places typed PLACE, and their other mentions. */
export function withDefinedPlaces(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  if (!someBlock(text, ANY_KIND)) return unchanged(mentions);
  const places = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'PLACE') continue;
    const block = text.get(m.blockId) ?? '';
    // DEFINED_AFTER opens with "," or " is a"; the patterns before end in one of BEFORE_ENDS.
    const next = charAt(block, m.end);
    if (
      (next === ',' || block.startsWith(' is a', m.end)) &&
      (DEFINED_AFTER.test(block.slice(m.end, m.end + LOOK_AFTER)) ||
        (m.type !== 'ORG' && CAPITAL_AFTER.test(block.slice(m.end, m.end + 40))))
    )
      places.add(m.text);
    else if (BEFORE_ENDS.some((end) => block.endsWith(end, m.start))) {
      const before = block.slice(Math.max(0, m.start - 24), m.start);
      if (KIND_OF_BEFORE.test(before) || NAMED_BEFORE.test(before)) places.add(m.text);
    }
  }
  return retypedAll(mentions, places, 'PLACE');
}

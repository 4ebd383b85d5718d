/**
 * Products, craft, works and awards named by the sentence around them are OTHER
 * (eval/gold/guidelines/names.md, MISC: "named products and models", "works", "awards";
 * lang-news.md: "missions and spacecraft MISC", "landers, probes and rockets MISC", "rovers,
 * rockets and satellites"). The tagger types a made-up product name as a company ("Kobalt's
 * Libra Color" ORG) or a person ("the lander, named Tsukuyomi"). After tagging (English), a
 * mention is OTHER when its sentence says what it is:
 *
 * - named: a product word, then "named", "called" or "dubbed" right before it ("the rover,
 *   named Tern", "a lander called Hakuto");
 * - owned: a possessive right before it and a product word right after it ("the agency's
 *   Tessera spacecraft", "Israel's Beresheet lander", "the Academy's Sangita Kalanidhi award");
 * - in apposition (not a person's mention): "a short memoir, Pup Count (2014)", "her debut,
 *   Lanterns, was", or "Libra Color, the e-reader it showed" (not "Kobalt, the e-reader maker");
 *
 * and then every mention of the same name in the article that is not a place is OTHER too
 * ("Tern will ride to the moon"). A product word after a name without a possessive before it
 * is not enough ("the NASA rover", "the Netflix series": a company's product).
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { mapped, mentionsByBlock, retype, unchanged } from './by-block';
import { mayHold } from './cue-index';

/** Things that are made, flown, published or given: their names are OTHER. */
const PRODUCT =
  'rovers?|spacecraft|probes?|landers?|orbiters?|satellites?|telescopes?|rockets?|capsules?|e-readers?|ereaders?|laptops?|smartphones?|phones?|handsets?|tablets?|earbuds|headphones|headsets?|smartwatch(?:es)?|consoles?|drones?|chips?|processors?|SUVs?|sedans?|hatchbacks?|vaccines?|albums?|EPs?|songs?|memoirs?|novels?|books?|musicals?|films?|movies?|documentar(?:y|ies)|podcasts?|awards?|prizes?|medals?|trophies|trophy';

/** Works named only before the name ("her debut, Lanterns", "its follow-up, Small Hours"). */
const WORK_BEFORE = 'debut|follow-up|sequel';

/** The words after a product word that make the phrase about a company ("the e-reader maker"). */
const MAKER =
  'maker|makers|company|companies|firm|giant|brand|manufacturer|developer|retailer|start-?up|group|business|unit|seller|publisher|studio|label|producer|operator|team|agency|streamer|distributor|network|channel|chain|supplier|provider|builder|specialist';

/** The words after a product word that make it a business's line, not one product ("the Galaxy phone business"). */
const LINE =
  'services?|lines?|lineup|range|division|deal|sales|plants?|factory|factories|project|programme|program|mission|cartel';

/** Named plans and schemes are OTHER too, only in apposition after the name ("BusConnects, the network redesign"). */
const PLAN = 'schemes?|programmes?|redesigns?|initiatives?';

/** Any product word in a block: the cheap whole-block check before the mentions are read. */
const ANY_WORD = new RegExp(
  `(?:^|[^\\p{L}-])(?:${PRODUCT}|${PLAN}|${WORK_BEFORE}|named|called|dubbed)(?![\\p{L}-])`,
  'u',
);

/** Before a mention: a product word and "named", "called" or "dubbed" ("the rover, named "). */
const NAMED = new RegExp(`(?:^|[^\\p{L}-])(?:${PRODUCT}|${WORK_BEFORE}),? (?:named|called|dubbed) $`, 'u');

/** Before a mention: a possessive ("the agency's ", "Israel’s "). */
const POSSESSIVE = /\p{L}['’]s $/u;

/** After a mention: a product word that ends the phrase ("Tessera spacecraft", not "Tern rover team"). */
const PRODUCT_AFTER = new RegExp(`^ (?:${PRODUCT})(?![\\p{L}-]| (?:${MAKER}|${LINE})(?![\\p{L}]))`, 'u');

/** Before a mention: a product word and a comma ("memoir, "), or a year's after it ("2021's "). */
const APPOSED_TAIL = new RegExp(`(?:^|[^\\p{L}])(?:${PRODUCT}|${WORK_BEFORE}), (?:\\d{4}['’]s )?$`, 'iu');

/** A determiner ending a word, after nothing or a character that is no letter ("the", "(the"). */
const DETERMINER = /(?:^|[^\p{L}])(?:a|an|the|her|his|its|their)$/iu;

/** A word between the determiner and the product word ("short", "2019", "follow-up"). */
const BETWEEN = /^[\p{L}\d-]+$/u;

/**
 * Before a mention: a determiner, at most two words, a product word and a comma ("a short memoir, "),
 * read in steps (one pattern for it all could not be shown to run in linear time).
 */
function isApposedBefore(before: string): boolean {
  const tail = APPOSED_TAIL.exec(before);
  if (!tail) return false;
  const product = tail.index + (/\p{L}/u.test(tail[0].charAt(0)) ? 0 : 1);
  if (charAt(before, product - 1) !== ' ') return false;
  const words = before.slice(0, product - 1).split(' ');
  for (let k = 1; k <= 3 && k <= words.length; k++) {
    if (DETERMINER.test(words[words.length - k] ?? '')) return true;
    if (!BETWEEN.test(words[words.length - k] ?? '')) return false;
  }
  return false;
}

/** After an apposed mention: the apposition ends (a comma, a bracket, a full stop, the end). */
const APPOSED_END = /^(?:,|\s\(|\.|$)/u;

/** After a mention: ", the e-reader it showed" ("the" or "a", at most two words, a product or plan word). */
const APPOSED_AFTER = new RegExp(
  `^, (?:the|an?) (?:[\\p{L}\\d-]+ ){0,2}(?:${PRODUCT}|${PLAN})(?![\\p{L}'’-]| (?:${MAKER})(?![\\p{L}]))`,
  'u',
);

/** The patterns built from the word lists above, for the regular-expression audit (tests/hardening). */
export const PRODUCT_PATTERNS: readonly RegExp[] = [ANY_WORD, NAMED, PRODUCT_AFTER, APPOSED_TAIL, APPOSED_AFTER];

/** How far before a mention its cue may begin, and after it end. */
const WINDOW = 60;

/** Whether the sentence around `m` (in its block's `text`) says it is a product, a work or an award. */
export function isNamedProduct(
  text: string,
  m: EntityMention,
  isKnownOrg: (name: string) => boolean = () => false,
): boolean {
  // Each pattern before the mention ends in a space, and each one's last characters are read
  // first ("ed " of "named ", "'s " of a possessive, ", " of an apposition): the cheap checks.
  if (charAt(text, m.start - 1) === ' ') {
    const before = text.slice(Math.max(0, m.start - WINDOW), m.start);
    if (text.startsWith('ed ', m.start - 3) && NAMED.test(before)) return true;
    const apostrophe = charAt(text, m.start - 3) === "'" || charAt(text, m.start - 3) === '’';
    // Owned: not an acronym or a listed company ("Taiwan's TSMC chips", "Disney's Pixar films").
    if (
      apostrophe &&
      charAt(text, m.start - 2) === 's' &&
      POSSESSIVE.test(before) &&
      PRODUCT_AFTER.test(text.slice(m.end, m.end + WINDOW))
    )
      return /\p{Ll}/u.test(m.text) && !isKnownOrg(m.text);
    if (m.type === 'PERSON') return false;
    if (
      (apostrophe || charAt(text, m.start - 2) === ',') &&
      isApposedBefore(before) &&
      APPOSED_END.test(text.slice(m.end, m.end + WINDOW))
    )
      return true;
  } else if (m.type === 'PERSON') return false;
  return text.startsWith(', ', m.end) && APPOSED_AFTER.test(text.slice(m.end, m.end + WINDOW));
}

/** The mentions with products, works and awards OTHER, by the rules above (`text`: each block's text by id). */
export function withProducts(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isKnownOrg: (name: string) => boolean = () => false,
): EntityMention[] {
  // No block holds a product word when the text's index of words has none (cue-index.ts).
  if (!mayHold(text, ANY_WORD)) return unchanged(mentions);
  const names = new Set<string>();
  for (const [id, list] of mentionsByBlock(mentions)) {
    const block = text.get(id) ?? '';
    if (!ANY_WORD.test(block)) continue;
    for (const m of list) if (isNamedProduct(block, m, isKnownOrg)) names.add(m.text);
  }
  if (names.size === 0) return unchanged(mentions);
  return mapped(mentions, (m) =>
    names.has(m.text) && (m.type === 'ORG' || m.type === 'PERSON' || isNamedProductAt(text, m, isKnownOrg))
      ? retype(m, 'OTHER' as const)
      : m,
  );
}

/** A place's mention is OTHER only where its own sentence says so ("Israel's Beresheet lander"). */
function isNamedProductAt(
  text: ReadonlyMap<number, string>,
  m: EntityMention,
  isKnownOrg: (name: string) => boolean,
): boolean {
  return m.type === 'PLACE' && isNamedProduct(text.get(m.blockId) ?? '', m, isKnownOrg);
}

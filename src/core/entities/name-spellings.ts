/**
 * Names told by their spelling, after tagging (English; applied by `MentionRules`):
 *
 * - a brand whose name ends in "'s" keeps it ("Macy's, Kellogg's and NBC", "Lowe's (LOW)"):
 *   a name and "'s" followed by a comma, a semicolon, a bracket or a full stop, that the
 *   article never writes without "'s", is no possessive, and its other mentions with "'s" are
 *   the brand too;
 * - a word written with a lower-case first letter and a capital after it ("iPhone", "eBay",
 *   "iOS") is a name the tagger cannot see (it reads a lower-case word as no name): a
 *   product, or a company where the word lists say so;
 * - a name's kind, told by its last word or its first words, gives its type: a venue or a
 *   place ("Mohegan Sun Arena", "Lincoln Park"), an event, an award or a law ("Cotton Bowl",
 *   "Nobel Prize", "National Origins Act", "Battle of the Bulge");
 * - a company's capitals joined by "&" ("PG&E", "AT&T", "H&M") are an organisation wherever
 *   the article writes them, also where the tagger saw no name ("allowing PG&E to begin");
 * - two names with a slash between them are two ("Comcast/Xfinity"; not "AC/DC");
 * - a planet, moon or dwarf planet named alone is a place ("Europa", "Mars"), not the
 *   organisation or other name (or, for those no person is named after, "Jupiter", the
 *   person) the tagger took it for, unless the text names a firm after it
 *   ("Ceres Robotics");
 * - no name inside a web address ("example.com/iPad").
 *
 * Each rule looks at a few characters around each mention or candidate word (at most
 * `WORD_REACH` for the address rule): linear in the text.
 */
import { charAt, codeAt } from './chars';
import type { EntityMention, EntityType } from '../types';
import { isAmpersandAcronym } from './text-words';
import { mapped, respan, retype, unchanged } from './by-block';
import { lastSpace } from './last-space';

const APOSTROPHES = new Set(["'", '’']);

/** Characters after "'s" that make it part of a brand's name rather than a possessive. */
const AFTER_BRAND = new Set([',', ';', ')', '.']);

/** "Macy's," "Lowe's (LOW)": the brands ending in "'s", and every mention of them with it. */
export function possessiveBrands(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const brands = new Set<string>();
  const brandAt = (m: EntityMention): boolean =>
    APOSTROPHES.has(charAt(text, m.end)) &&
    charAt(text, m.end + 1) === 's' &&
    !/[\p{L}\p{N}]/u.test(charAt(text, m.end + 2));
  for (const m of mentions) {
    if (!brandAt(m) || m.type === 'PLACE' || m.text.split(' ').length > 2) continue;
    const after = charAt(text, m.end + 2);
    if (AFTER_BRAND.has(after) || (after === ' ' && charAt(text, m.end + 3) === '(')) brands.add(m.text);
  }
  // (Most texts have no brand ending in "'s": nothing more to look at.)
  if (brands.size === 0) return unchanged(mentions);
  // A name the article also writes without "'s" is a person's or a firm's own ("Arafat's)").
  for (const m of mentions) if (!brandAt(m)) brands.delete(m.text);
  if (brands.size === 0) return unchanged(mentions);
  return mapped(mentions, (m) =>
    brands.has(m.text) && brandAt(m)
      ? respan(m, m.start, m.end + 2, text.slice(m.start, m.end + 2), 'ORG' as EntityType)
      : m,
  );
}

type Retyping = [EntityType, readonly EntityType[]];
const each = (list: string, rule: Retyping): [string, Retyping][] => list.split(' ').map((w) => [w, rule]);

/** The type a name's last word gives it, and the types the tagger gave that it overrides. */
const LAST_WORD_TYPES = new Map<string, Retyping>([
  // Venues are places ("Mohegan Sun Arena", "PNC Music Pavilion") whatever the tagger said.
  ...each(
    'arena stadium pavilion amphitheatre amphitheater coliseum colosseum ballpark speedway raceway velodrome racecourse',
    ['PLACE', ['ORG', 'OTHER', 'PERSON']],
  ),
  // A building is no person ("Trump Tower"): a place, as the names guidelines have it (left as
  // the tagger typed it otherwise: Wikigold types buildings as organisations).
  ...each('tower towers plaza skyscraper mall', ['PLACE', ['PERSON']]),
  // Places by their kind ("Lincoln Park", "Collins Ave"), where the tagger took them for
  // organisations or other names ("street" names albums, "county" clubs: left out).
  ...each(
    'park square avenue ave road boulevard reservoir river lake junction beach island islands valley bay canyon forest heights hills airport',
    ['PLACE', ['ORG', 'OTHER']],
  ),
  // Bands and firms named as brothers or sisters are organisations ("The Doobie Brothers",
  // "Lehman Brothers"), not other names or people.
  ...each('brothers sisters', ['ORG', ['OTHER', 'PERSON']]),
  // Events, awards and laws are other names ("Cotton Bowl", "Reading Festival", "US Open",
  // "National Origins Act").
  ...each(
    'cup bowl festival awards award prize trophy medal championship championships olympics games prix tournament marathon open act treaty accord agreement war revolution uprising',
    ['OTHER', ['ORG', 'PLACE', 'PERSON']],
  ),
]);

/** The type a name's last word gives it, if it gives one ("Park": a place; "Cup": another name). */
export const typeOfLastWord = (word: string): EntityType | undefined => LAST_WORD_TYPES.get(word.toLowerCase())?.[0];

/** First words before "of" of events and laws ("Battle of the Bulge", "Treaty of Versailles"). */
const EVENT_HEADS = new Set('battle battles siege treaty war'.split(' '));

/** A numeral after a name's last word ("World War II", "Euro 2020"). */
const NUMERAL = /^(?:\d+|[IVX]+)$/u;

/**
 * The type a name's kind gives it, by its last word (before a numeral) or its first words: a
 * venue or a place, an event, an award or a law ("Battle of the Bulge").
 */
export function typedByKind(mentions: readonly EntityMention[]): EntityMention[] {
  return mapped(mentions, (m) => {
    // Its words by their spaces, without splitting it: one word has no kind to read.
    const name = m.text;
    const first = name.indexOf(' ');
    if (first < 0) return m;
    // The second word "of" ("Battle of ...").
    if (
      name.startsWith('of', first + 1) &&
      (name.length === first + 3 || codeAt(name, first + 3) === 32) &&
      EVENT_HEADS.has(name.slice(0, first).toLowerCase())
    )
      return retype(m, 'OTHER');
    const space = lastSpace(name);
    let last = name.slice(space + 1);
    // Before a numeral, the word before it (when there is one: two spaces).
    if (space > first && NUMERAL.test(last)) last = name.slice(lastSpace(name, space - 1) + 1, space);
    const rule = LAST_WORD_TYPES.get(last.toLowerCase());
    return rule && rule[1].includes(m.type) ? retype(m, rule[0]) : m;
  });
}

/**
 * Planets, moons and dwarf planets the news writes about (the names guidelines: places).
 * Left out: names more often something else in the news ("Sun", "Mercury", "Titan", "Io").
 */
const CELESTIAL = new Set(
  'Venus Earth Mars Jupiter Saturn Uranus Neptune Pluto Europa Ganymede Callisto Enceladus Phobos Deimos Triton Charon Ceres Vesta Bennu Ryugu'.split(
    ' ',
  ),
);
/**
 * Those that name no person in the news, so a lone one typed PERSON is retyped too (not
 * "Venus", "Earth", "Ceres", "Vesta", nor "Mars": "Bruno Mars" is "Mars" later on).
 */
const CELESTIAL_NO_PERSON = new Set(
  'Jupiter Saturn Uranus Neptune Pluto Europa Ganymede Callisto Enceladus Phobos Deimos Triton Charon Bennu Ryugu'.split(
    ' ',
  ),
);
/** Those also found where the tagger saw no name (not "Venus", "Earth", "Ceres", "Vesta": people, days, firms). */
const CELESTIAL_UNSEEN =
  'Mars Jupiter Saturn Uranus Neptune Pluto Europa Ganymede Callisto Enceladus Phobos Deimos Triton Charon Bennu Ryugu'.split(
    ' ',
  );

/** Whether `c` is a character of a word for `\b` (an ASCII letter or digit, or "_"). */
const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * The whole-word occurrences of `names` in `text` (as `\b(?:name|...)\b` finds them), in text
 * order: one `indexOf` scan a name, several times faster than the regular expression's.
 */
function wholeWordHits(text: string, names: readonly string[]): { start: number; text: string }[] {
  const hits: { start: number; text: string }[] = [];
  for (const name of names)
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      if (!isWordCode(codeAt(text, at - 1)) && !isWordCode(codeAt(text, at + name.length)))
        hits.push({ start: at, text: name });
  return hits.length > 1 ? hits.sort((a, b) => a.start - b.start) : hits;
}

/**
 * "Europa", "Mars" alone: places. Typed ORG or OTHER, they are retyped, unless the text names
 * a firm after them ("Ceres Robotics"); where the tagger saw no name, they are added when no
 * capitalised word stands next to them ("Bruno Mars", "Mars Wrigley" are other names) and a
 * sentence does not start with them.
 */
export function celestialPlaces(text: string, mentions: readonly EntityMention[], blockId: number): EntityMention[] {
  const firms = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'ORG') continue;
    const space = m.text.indexOf(' ');
    const first = space < 0 ? m.text : m.text.slice(0, space);
    if (m.text !== first && CELESTIAL.has(first)) firms.add(first);
  }
  const typed = mapped(mentions, (m) =>
    (m.type === 'ORG' || m.type === 'OTHER' || (m.type === 'PERSON' && CELESTIAL_NO_PERSON.has(m.text))) &&
    CELESTIAL.has(m.text) &&
    !firms.has(m.text)
      ? retype(m, 'PLACE' as EntityType)
      : m,
  );
  const found: EntityMention[] = [];
  for (const hit of wholeWordHits(text, CELESTIAL_UNSEEN)) {
    const start = hit.start;
    const end = start + hit.text.length;
    if (firms.has(hit.text) || nextToCapital(text, start, end)) continue;
    found.push({ blockId, start, end, text: hit.text, type: 'PLACE' });
  }
  return found.length === 0 ? typed : whereNoMention(typed, found);
}

/** Whether a capitalised word stands just before or after `start`-`end`, or a sentence or compound starts there. */
function nextToCapital(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 2);
  // A capitalised word after it, or a compound ("Mars-based"); a possessive is fine.
  if (/^ \p{Lu}/u.test(after) || /^-\p{L}/u.test(after)) return true;
  let i = start - 1;
  while (i >= 0 && charAt(text, i) === ' ') i--;
  if (i < 0 || /[.!?\n"“]/u.test(charAt(text, i))) return true;
  if (i === start - 1) return !/[\s(]/u.test(charAt(text, i));
  return /\p{Lu}/u.test(charAt(text, lastWordStart(text, i)));
}

/** The start of the word that ends at `i`. */
function lastWordStart(text: string, i: number): number {
  let k = i;
  while (k > 0 && /[\p{L}\p{N}.’'-]/u.test(charAt(text, k - 1))) k--;
  return k;
}

/** A lower-case letter before a capital: where a word like "iPhone" may be. */
const LOWER_UPPER = /\p{Ll}\p{Lu}/gu;

/** What may stand before a name written in lower case: a space, a quote, a bracket, or nothing. */
const BEFORE_WORD = /[\s"“‘'(]/u;

/**
 * "iPhone", "eBay", "iOS": words of one or two lower-case letters, a capital and at least two
 * more lower-case letters (or "OS"), that no mention covers, as names: a company where the
 * word lists name one (`isCompany`), else a product.
 */
export function lowerCaseBrands(
  text: string,
  mentions: readonly EntityMention[],
  isCompany: (word: string) => boolean,
  blockId: number,
): EntityMention[] {
  const found: EntityMention[] = [];
  LOWER_UPPER.lastIndex = 0;
  for (let hit = LOWER_UPPER.exec(text); hit; hit = LOWER_UPPER.exec(text)) {
    let start = hit.index;
    while (start > 0 && /\p{L}/u.test(charAt(text, start - 1))) start--;
    let end = hit.index + 2;
    while (end < text.length && /[\p{L}\p{N}]/u.test(charAt(text, end))) end++;
    LOWER_UPPER.lastIndex = end;
    // The word starts in lower case ("iPhone", not "McGill"), after a space or a quote.
    if (hit.index - start > 1 || !/\p{Ll}/u.test(charAt(text, start))) continue;
    if (start > 0 && !BEFORE_WORD.test(charAt(text, start - 1))) continue;
    // Not part of an address or a handle ("example.com/iPhone", "@eBay", "e-tron").
    if (/[@#/.\-_]/u.test(charAt(text, end)) && /[\p{L}\p{N}]/u.test(charAt(text, end + 1))) continue;
    const word = text.slice(start, end);
    const rest = text.slice(hit.index + 2, end);
    if (!(/^\p{Ll}{2}/u.test(rest) || rest === 'S')) continue;
    found.push({ blockId, start, end, text: word, type: isCompany(word.toLowerCase()) ? 'ORG' : 'OTHER' });
  }
  return found.length === 0 ? unchanged(mentions) : whereNoMention(mentions, found);
}

/**
 * "PG&E", "AT&T": every whole word of capitals joined by "&" that names a company (not "R&D",
 * "Q&A") and that no mention covers is an organisation. One step per "&" and the capitals
 * around it.
 */
export function ampersandCompanies(text: string, mentions: readonly EntityMention[], blockId: number): EntityMention[] {
  const found: EntityMention[] = [];
  for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', at + 1)) {
    let start = at;
    while (start > 0 && start > at - 4 && /\p{Lu}/u.test(charAt(text, start - 1))) start--;
    let end = at + 1;
    while (end < text.length && end < at + 5 && /\p{Lu}/u.test(charAt(text, end))) end++;
    // A whole word: no letter or digit glued on either side (a possessive may follow).
    if (/[\p{L}\p{N}&]/u.test(charAt(text, start - 1)) || /[\p{L}\p{N}&]/u.test(charAt(text, end))) continue;
    const word = text.slice(start, end);
    if (isAmpersandAcronym(word)) found.push({ blockId, start, end, text: word, type: 'ORG' });
  }
  return found.length === 0 ? unchanged(mentions) : whereNoMention(mentions, found);
}

/**
 * "Comcast/Xfinity", "Nintendo/Apple", "AFP/Getty Images": two names written with a slash
 * between them are two names (both sides capitalised, one in mixed case: "AC/DC" stays whole).
 */
export function splitAtSlashes(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  // Copied only from the first name split (most texts split none: the mentions themselves).
  let out: EntityMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    const at = m.text.indexOf('/');
    if (at <= 0 || m.text.indexOf('/', at + 1) >= 0) {
      if (out !== null) out.push(m);
      continue;
    }
    const left = m.text.slice(0, at);
    const right = m.text.slice(at + 1);
    // Both capitalised, one at least in mixed case ("AFP/Getty Images", a photo credit).
    if (!/^\p{Lu}./u.test(left) || !/^\p{Lu}./u.test(right) || (!/\p{Ll}/u.test(left) && !/\p{Ll}/u.test(right))) {
      if (out !== null) out.push(m);
      continue;
    }
    out ??= mentions.slice(0, i);
    out.push(respan(m, m.start, m.start + at, left), respan(m, m.start + at + 1, m.end, right));
  }
  return out ?? unchanged(mentions);
}

/** `mentions` with those of `found` that overlap none of them (both lists in text order). */
function whereNoMention(mentions: readonly EntityMention[], found: readonly EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  let k = 0;
  for (const f of found) {
    while (k < mentions.length && (mentions[k] as EntityMention).end <= f.start)
      out.push(mentions[k++] as EntityMention);
    const m = mentions[k];
    if (!m || m.start >= f.end) out.push(f);
  }
  while (k < mentions.length) out.push(mentions[k++] as EntityMention);
  return out;
}

/** How far around a mention the address rule looks for the ends of its word (an address is shorter). */
const WORD_REACH = 200;
/** A web address in a word: a scheme, "www." or a domain followed by a path. */
const ADDRESS = /:\/\/|\bwww\.|[\p{L}\p{N}-]\.[\p{L}]{2,}\//u;

/**
 * No name inside a web address ("example.com/iPad", "www.cnn.com/Politics"): a mention that is
 * only part of a word (text between spaces) that holds an address is dropped; a whole word
 * stays, whatever it is ("Change.org" is the guidelines' call, not this rule's).
 */
export function outsideAddresses(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  // Every address has a slash or "www." (the cheap test before the regular expression's scan).
  if ((!text.includes('/') && !text.includes('www.')) || !ADDRESS.test(text)) return unchanged(mentions);
  return mentions.filter((m) => {
    let start = m.start;
    while (start > 0 && start > m.start - WORD_REACH && !/\s/u.test(charAt(text, start - 1))) start--;
    let end = m.end;
    while (end < text.length && end < m.end + WORD_REACH && !/\s/u.test(charAt(text, end))) end++;
    if (start === m.start && end === m.end) return true;
    return !ADDRESS.test(text.slice(start, end));
  });
}

/**
 * "Node.js", "Vue.js": a capitalised word ending in ".js" names a piece of software (an other
 * name, as the guidelines type software), which the tagger, reading "Node.js" as a word and a
 * full stop, misses or types as something else. One look for ".js" in the block.
 */
export function scriptNames(text: string, mentions: readonly EntityMention[], blockId: number): EntityMention[] {
  if (!text.includes('.js')) return unchanged(mentions);
  const found: EntityMention[] = [];
  for (let at = text.indexOf('.js'); at >= 0; at = text.indexOf('.js', at + 3)) {
    const end = at + 3;
    if (/[\p{L}\p{N}]/u.test(charAt(text, end))) continue;
    let start = at;
    while (start > 0 && /[\p{L}\p{N}]/u.test(charAt(text, start - 1))) start--;
    if (start === at || !/\p{Lu}/u.test(charAt(text, start)) || /[\p{L}\p{N}./@-]/u.test(charAt(text, start - 1)))
      continue;
    found.push({ blockId, start, end, text: text.slice(start, end), type: 'OTHER' });
  }
  if (found.length === 0) return unchanged(mentions);
  // A mention covering just the word, or a part of it, gives way to the whole word.
  const kept = mentions.filter((m) => !found.some((f) => f.start <= m.start && m.end <= f.end));
  return whereNoMention(kept, found);
}

/**
 * Names told by their spelling, after tagging (English; applied by `MentionRules`):
 *
 * - a brand whose name ends in "'s" keeps it ("Macy's, Kellogg's and NBC", "Lowe's (LOW)"):
 *   a name and "'s" followed by a comma, a semicolon or a bracket is no possessive, and the
 *   article's other mentions of that name with "'s" are the brand too;
 * - a word written with a lower-case first letter and a capital after it ("iPhone", "eBay",
 *   "iOS") is a name the tagger cannot see (it reads a lower-case word as no name): a
 *   product, or a company where the word lists say so;
 * - a name ending in a venue's word ("Mohegan Sun Arena", "PNC Music Pavilion") is a place.
 *
 * Each rule looks at a few characters around each mention or candidate word: linear in the
 * text.
 */
import type { EntityMention, EntityType } from '../types';

const APOSTROPHES = new Set(["'", '’']);

/** Characters after "'s" that make it part of a brand's name rather than a possessive. */
const AFTER_BRAND = new Set([',', ';', ')', '.']);

/** "Macy's," "Lowe's (LOW)": the brands ending in "'s", and every mention of them with it. */
export function possessiveBrands(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const brands = new Set<string>();
  const brandAt = (m: EntityMention): boolean =>
    APOSTROPHES.has(text.charAt(m.end)) &&
    text.charAt(m.end + 1) === 's' &&
    !/[\p{L}\p{N}]/u.test(text.charAt(m.end + 2));
  for (const m of mentions) {
    if (!brandAt(m) || m.type === 'PLACE' || m.text.split(' ').length > 2) continue;
    const after = text.charAt(m.end + 2);
    if (AFTER_BRAND.has(after) || (after === ' ' && text.charAt(m.end + 3) === '(')) brands.add(m.text);
  }
  // A name the article also writes without "'s" is a person's or a firm's own ("Arafat's)").
  for (const m of mentions) if (!brandAt(m)) brands.delete(m.text);
  if (brands.size === 0) return [...mentions];
  return mentions.map((m) =>
    brands.has(m.text) && brandAt(m)
      ? { ...m, end: m.end + 2, text: text.slice(m.start, m.end + 2), type: 'ORG' as EntityType }
      : m,
  );
}

/** Last words of the names of venues: places ("Mohegan Sun Arena", "PNC Music Pavilion"). */
const VENUE_WORDS = new Set(
  'arena stadium pavilion amphitheatre amphitheater coliseum colosseum ballpark speedway raceway velodrome racecourse'.split(
    ' ',
  ),
);

/**
 * A name of two words or more ending in a venue's word is a place ("theatre" and "stage" name
 * companies and shows as often: left out).
 */
export function venues(mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.map((m) => {
    if (m.type === 'PLACE') return m;
    const last = m.text.slice(m.text.lastIndexOf(' ') + 1).toLowerCase();
    return VENUE_WORDS.has(last) && m.text.includes(' ') ? { ...m, type: 'PLACE' } : m;
  });
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
    while (start > 0 && /\p{L}/u.test(text.charAt(start - 1))) start--;
    let end = hit.index + 2;
    while (end < text.length && /[\p{L}\p{N}]/u.test(text.charAt(end))) end++;
    LOWER_UPPER.lastIndex = end;
    // The word starts in lower case ("iPhone", not "McGill"), after a space or a quote.
    if (hit.index - start > 1 || !/\p{Ll}/u.test(text.charAt(start))) continue;
    if (start > 0 && !BEFORE_WORD.test(text.charAt(start - 1))) continue;
    // Not part of an address or a handle ("example.com/iPhone", "@eBay", "e-tron").
    if (/[@#/.\-_]/u.test(text.charAt(end)) && /[\p{L}\p{N}]/u.test(text.charAt(end + 1))) continue;
    const word = text.slice(start, end);
    const rest = text.slice(hit.index + 2, end);
    if (!(/^\p{Ll}{2}/u.test(rest) || rest === 'S')) continue;
    found.push({ blockId, start, end, text: word, type: isCompany(word.toLowerCase()) ? 'ORG' : 'OTHER' });
  }
  if (found.length === 0) return [...mentions];
  // Only where no mention is (both lists in text order).
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

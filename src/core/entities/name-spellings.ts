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

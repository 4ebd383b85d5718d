/**
 * The news agency a story's dateline credits ("LONDON (Reuters) - …", "WASHINGTON (AP) —
 * …", "(AFP) -"), or whose name stands alone on a line right under the headline ("Agence
 * France-Presse", with no "By"): where the page credits no one else, the agency wrote the story.
 */

/** Agencies as datelines write them. */
const AGENCIES = new Set(
  (
    'reuters|ap|associated press|afp|dpa|xinhua|bloomberg|upi|pti|ians|ani|efe|ansa|kyodo|yonhap|tass|aap|' +
    'cna|cp|the canadian press|canadian press|europa press|anadolu|apa|sda|kna|belga|anp|ntb|lusa|epd|ats|' +
    'agence france-presse|agence france presse|the associated press'
  ).split('|'),
);

/**
 * A dateline's bracketed credit at a text's start, with the dash after it: a place in
 * capitals and perhaps the day ("LONDON, Nov 19"), or nothing, then the credit. The dash
 * may be the next text's ("<b>LONDON (Reuters)</b> - …") only after a place: "(AFP)" alone
 * is a photo's credit. Anchored and bounded, the pattern cannot backtrack far.
 */
const DATELINE = /^(\p{Lu}[\p{Lu}\p{M}.'’ -]{0,40}(?:, [\p{L}\p{N}. ]{1,16})?\s)?\(([\p{L} ]{2,24})\)\s*([-–—:]|$)/u;

/** Texts after the headline looked at (the byline and the date come first). */
const MAX_TEXTS = 12;

/** The agency a dateline in `texts` (those after the headline, in page order) credits, or null. */
export function datelineAgency(texts: readonly string[]): string | null {
  for (const t of texts.slice(0, MAX_TEXTS)) {
    const m = DATELINE.exec(t);
    const name = m?.[2]?.trim();
    if (!m || !name || (!m[1] && !m[3])) continue;
    if (AGENCIES.has(name.toLowerCase())) return name;
  }
  return null;
}

/** Whether a name is a news agency's, as datelines and credit lines write it ("Reuters", "the Associated Press"). */
export const isAgency = (name: string): boolean => AGENCIES.has(name.trim().toLowerCase());

/** Texts right after the headline where an agency's name alone is its credit line (before the story). */
const MAX_LINE_TEXTS = 3;

/** The agency whose name alone makes one of the first texts after the headline ("Agence France-Presse"), or null. */
export function agencyLine(texts: readonly string[]): string | null {
  for (const t of texts.slice(0, MAX_LINE_TEXTS)) {
    const name = t.trim();
    if (AGENCIES.has(name.toLowerCase())) return name;
  }
  return null;
}

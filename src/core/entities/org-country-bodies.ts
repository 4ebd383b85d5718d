/**
 * A country's abbreviation before a body's name is inside it (English, issue 15; names.md
 * "Country abbreviation before a body", ruling of 2026-12-04): "U.S. Department of
 * Transportation", "US Federal Reserve", "UK Supreme Court" are one ORG, as CoNLL-2003 writes 34
 * of 37 such names. The tagger often reads the abbreviation as a place and the body as an
 * organisation: a place "U.S.", "US", "U.K." or "UK" followed, one space on, by an organisation
 * becomes one organisation over both. ("U.S. Rep. Ilhan Omar" and "the U.S. Open" are no
 * organisation after a place, and stay as they are; a nationality before a body stays apart:
 * "the Russian Defense Ministry".) One walk over the mentions, copying only where two are joined.
 */
import type { EntityMention } from '../types';
import { respan } from './by-block';
import { codeAt } from './chars';

/** The abbreviations of a country that open the names of its bodies. */
const COUNTRIES = new Set(['U.S.', 'US', 'U.K.', 'UK']);

/** `mentions` (in text order) with each country's abbreviation and the organisation after it joined. */
export function withCountryBodies(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  let out: EntityMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    const next = mentions[i + 1];
    if (
      next !== undefined &&
      m.type === 'PLACE' &&
      next.type === 'ORG' &&
      next.blockId === m.blockId &&
      next.start === m.end + 1 &&
      COUNTRIES.has(m.text)
    ) {
      const block = text.get(m.blockId) ?? '';
      if (codeAt(block, m.end) === 32) {
        out ??= mentions.slice(0, i);
        out.push(respan(m, m.start, next.end, block.slice(m.start, next.end), 'ORG'));
        i++;
        continue;
      }
    }
    out?.push(m);
  }
  return out ?? (mentions as EntityMention[]);
}

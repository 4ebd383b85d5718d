/**
 * A country's abbreviation before a body's name is inside it (English, issue 15; names.md
 * "Country abbreviation before a body", ruling of 2026-12-04): "U.S. Department of
 * Transportation", "US Federal Reserve", "UK Supreme Court" are one ORG, as CoNLL-2003 writes 34
 * of 37 such names. The tagger often reads the abbreviation as a place and the body as an
 * organisation: a place "U.S.", "US", "U.K." or "UK" followed, one space on, by an organisation
 * becomes one organisation over both. ("U.S. Rep. Ilhan Omar" and "the U.S. Open" are no
 * organisation after a place, and stay as they are; a nationality before a body stays apart:
 * "the Russian Defense Ministry".) One walk over the mentions, copying only where two are joined.
 *
 * names48a (en-train19 and en-train21): a national agency named by a common word and its country
 * after it is one ORG ("Health NZ", "Stats NZ", "Statistics South Africa", "Health Canada"); the
 * tagger leaves it out, or marks the country alone a place. Read in each block's text where its
 * cue is there: a mention inside the name gives way to it, one that runs out of it keeps it. A
 * Māori name after it is inside ("Health New Zealand Te Whatu Ora": en-586).
 */
import type { EntityMention } from '../types';
import { respan, someBlock, unchanged, withReplacing } from './by-block';
import { codeAt } from './chars';

/** A national agency: a common word of its field and its country ("Stats NZ", "Sport England"). */
const AGENCY =
  /\b(?:Health|Stats|Statistics|Sport|Creative|Tourism|Immigration|Biosecurity|Heritage) (?:NZ|New Zealand|South Africa|Canada|Australia|England|Scotland|Wales|Ireland|Norway|Sweden)(?: Te(?: \p{Lu}\p{L}*){1,3})?\b/u;

/** `mentions` with the national agencies of `text` named by a common word and their country (one ORG each). */
function withAgencies(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  if (!someBlock(text, AGENCY)) return unchanged(mentions);
  const found: EntityMention[] = [];
  for (const [blockId, block] of text) {
    // Each hit in turn (a block names few agencies; the pattern has no global flag to share).
    for (let from = 0; ;) {
      const hit = AGENCY.exec(from === 0 ? block : block.slice(from));
      if (hit === null) break;
      const start = from + hit.index;
      const end = start + hit[0].length;
      from = end;
      const outside = mentions.some(
        (m) => m.blockId === blockId && m.start < end && m.end > start && (m.start < start || m.end > end),
      );
      const held = mentions.some(
        (m) => m.blockId === blockId && m.start === start && m.end === end && m.type === 'ORG',
      );
      if (!outside && !held) found.push({ blockId, start, end, text: hit[0], type: 'ORG' });
    }
  }
  return found.length === 0 ? unchanged(mentions) : withReplacing(mentions, found);
}

/** The abbreviations of a country that open the names of its bodies. */
const COUNTRIES = new Set(['U.S.', 'US', 'U.K.', 'UK']);

/** `mentions` (in text order) with each country's abbreviation joined to the body after it, and the national agencies named by a word and their country. */
export function withCountryBodies(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  return withAgencies(text, withAbbreviatedBodies(text, mentions));
}

/** `mentions` (in text order) with each country's abbreviation and the organisation after it joined. */
function withAbbreviatedBodies(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
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

/**
 * Sums of money written with a currency's short form glued to the figure are no names
 * (eval/gold/guidelines/names.md: "numbers and money" are not names): dollars ("HK$182m") and
 * Nigerian naira ("N617", en-train21). The tagger, which met no such form in CoNLL, makes some
 * of them OTHER or ORG. A mention that is such a sum is dropped after tagging (English). The
 * shillings' and rupees' pass (withoutGluedSums, "Sh18.4", "Rs612") was retired in the
 * thirty-ninth session (names.md, "Passes that fire on one page").
 *
 * Nigerian naira written with "N" glued to the figure ("N617 per litre", "between N950 and
 * N1,100", "a minimum wage of N70,000") are no names either (names48a: en-486 and en-582).
 * "N" has roads of its own ("the N1", "N95" a mask's standard): only three digits or more
 * ("N617"), or one to three before a thousands comma and three more digits in the text
 * ("N1,480"), read as naira.
 */
import { codeAt } from './chars';
import type { EntityMention } from '../types';
import { unchanged } from './by-block';

/** A dollar's short form ("HK$", "US$", "A$", "NZ$"), or a sum that opens with one glued to its figure ("HK$120m-HK$"). */
const DOLLAR = /^[A-Z]{1,3}\$(?:\d[\d.,]*[mbk]?n?(?:-[A-Z]{1,3}\$)?)?$/u;

/**
 * Naira glued to a figure, as the tagger may cut it: the "N1" of "N1,480", which only the text
 * after the mention tells from a road.
 */
const NAIRA = /^N\d{1,3}(?:,\d{3})*$/u;

/** Whether the mention `m` of `block` (matching NAIRA) is a sum of naira: three digits or more, or a thousands comma after it. */
function isNaira(block: string, m: EntityMention): boolean {
  if (m.text.length >= 4) return true;
  return /^,\d{3}/u.test(block.slice(m.end, m.end + 4));
}

/**
 * The mentions without a dollar's short form glued to its figure ("sold for HK$182m": the tagger
 * makes "HK$" OTHER, as it found "C$" so in CoNLL-2003, where the sign stands apart: "C$ 0.45"
 * keeps its name there), nor naira glued to their figure ("N617"). English pages of en-train9; `text` holds each block's text by its id.
 */
export function withoutGluedDollars(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  const glued = (m: EntityMention): boolean => {
    if (codeAt(m.text, 0) === 78 && NAIRA.test(m.text)) return isNaira(text.get(m.blockId) ?? '', m);
    if (m.text.length > 16 || !m.text.includes('$') || !DOLLAR.test(m.text)) return false;
    const next = (text.get(m.blockId) ?? '').charCodeAt(m.end);
    return m.text.endsWith('$') ? next >= 48 && next <= 57 : true;
  };
  return mentions.some(glued) ? mentions.filter((m) => !glued(m)) : unchanged(mentions);
}

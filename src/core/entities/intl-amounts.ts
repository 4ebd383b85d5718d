/**
 * Sums of money written with a currency's short form glued to the figure are no names
 * (eval/gold/guidelines/names.md: "numbers and money" are not names): Kenyan, Ugandan and
 * Tanzanian shillings ("Sh18.4 billion", "KSh 200", "Sh22 a litre"), Indian and Pakistani
 * rupees ("Rs612 crore") and Nigerian naira ("N617", en-train21). Issue 15, the families of en-train8: the tagger, which met no such
 * form in CoNLL, makes some of them OTHER or ORG on Kenyan business pages. A mention that is
 * exactly such a sum is dropped after tagging (English).
 *
 * A lone "R" with a figure is left alone: South Africa's regional roads are named so ("the R21").
 *
 * Nigerian naira written with "N" glued to the figure ("N617 per litre", "between N950 and
 * N1,100", "a minimum wage of N70,000") are no names either (names48a: en-486 and en-582, 14
 * mentions the tagger typed OTHER, ORG or PLACE). "N" has roads of its own ("the N1", "N95" a
 * mask's standard): only three digits or more ("N617"), or one to three before a thousands comma
 * and three more digits in the text ("N1,480"), read as naira.
 */
import { codeAt } from './chars';
import type { EntityMention } from '../types';
import { unchanged } from './by-block';

/** A currency's short form glued to a figure (a decimal point and thousands commas allowed). */
const SUM = /^(?:Sh|KSh|Ksh|Kshs|TSh|USh|Rs\.?)\d[\d,]*(?:\.\d+)?$/u;

/**
 * Nigeria's naira written "N" and a figure of three digits or more, or with thousands commas or a
 * decimal point ("N617 per litre", "N1,050", "N1.9 trillion": en-train21's fuel-price page). One
 * or two digits alone stay a road's name (South Africa's "N1", Ireland's "N20").
 */
const NAIRA_SUM = /^N(?:[1-9]\d{2,}|\d{1,3}(?:,\d{3})+|\d+\.\d+)$/u;

/** Whether a mention's text is a sum of money and no name ("Sh18.4", "Rs612", "N617"). */
export function isGluedSum(name: string): boolean {
  const c = codeAt(name, 0);
  // The cheap check: every form starts with K, N, R, S, T or U.
  if (name.length > 24) return false;
  if (c === 78) return NAIRA_SUM.test(name);
  return (c === 75 || c === 82 || c === 83 || c === 84 || c === 85) && SUM.test(name);
}

/** A dollar's short form ("HK$", "US$", "A$", "NZ$"), or a sum that opens with one glued to its figure ("HK$120m-HK$"). */
const DOLLAR = /^[A-Z]{1,3}\$(?:\d[\d.,]*[mbk]?n?(?:-[A-Z]{1,3}\$)?)?$/u;

/**
 * Naira glued to a figure, as the tagger may cut it: the "N1" of "N1,480" (whole sums are
 * NAIRA_SUM's), which only the thousands comma and three digits after the mention tell from a road.
 */
const CUT_NAIRA = /^N\d{1,2}$/u;

/** Whether the mention `m` of `block` is a dollar's short form glued to its figure, or naira cut before its thousands. */
function isGluedDollarOrCut(block: string, m: EntityMention): boolean {
  if (codeAt(m.text, 0) === 78) return CUT_NAIRA.test(m.text) && /^,\d{3}/u.test(block.slice(m.end, m.end + 4));
  if (m.text.length > 16 || !m.text.includes('$') || !DOLLAR.test(m.text)) return false;
  const next = block.charCodeAt(m.end);
  return m.text.endsWith('$') ? next >= 48 && next <= 57 : true;
}

/**
 * The mentions that are no sum of money: a currency's short form glued to the figure
 * (isGluedSum), a dollar's short form glued to its figure ("sold for HK$182m": the tagger makes
 * "HK$" OTHER, as it found "C$" so in CoNLL-2003, where the sign stands apart: "C$ 0.45" keeps
 * its name there; English pages of en-train9), or naira cut before its thousands ("N1" of
 * "N1,480"). `text` holds each block's text by its id.
 */
export function withoutGluedSums(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  const glued = (m: EntityMention): boolean => isGluedSum(m.text) || isGluedDollarOrCut(text.get(m.blockId) ?? '', m);
  return mentions.some(glued) ? mentions.filter((m) => !glued(m)) : unchanged(mentions);
}

/**
 * Sums of money written with a currency's short form glued to the figure are no names
 * (eval/gold/guidelines/names.md: "numbers and money" are not names): Kenyan, Ugandan and
 * Tanzanian shillings ("Sh18.4 billion", "KSh 200", "Sh22 a litre") and Indian and Pakistani
 * rupees ("Rs612 crore"). Issue 15, the families of en-train8: the tagger, which met no such
 * form in CoNLL, makes some of them OTHER or ORG on Kenyan business pages. A mention that is
 * exactly such a sum is dropped after tagging (English).
 *
 * A lone "R" with a figure is left alone: South Africa's regional roads are named so ("the R21").
 */
import type { EntityMention } from '../types';

/** A currency's short form glued to a figure (a decimal point and thousands commas allowed). */
const SUM = /^(?:Sh|KSh|Ksh|Kshs|TSh|USh|Rs\.?)\d[\d,]*(?:\.\d+)?$/u;

/** Whether a mention's text is a sum of money and no name ("Sh18.4", "Rs612"). */
export function isGluedSum(name: string): boolean {
  const c = name.charCodeAt(0);
  // The cheap check: every form starts with K, R, S, T or U.
  return name.length <= 24 && (c === 75 || c === 82 || c === 83 || c === 84 || c === 85) && SUM.test(name);
}

/** The mentions that are no sum of money. */
export function withoutGluedSums(mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.some((m) => isGluedSum(m.text)) ? mentions.filter((m) => !isGluedSum(m.text)) : [...mentions];
}

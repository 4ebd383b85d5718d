/**
 * "plc" after a company's name is part of it (eval/gold/guidelines/names.md: "Formal names are
 * whole"; the en-train gold marks "Pawcross Veterinary Group plc" one ORG, as "… Ltd"). The
 * tagger ends the name before the lower-case "plc" (it keeps "Ltd" and "Inc"). Issue 15, the
 * families of the en-train pages (Sky News).
 *
 * After tagging (English): a mention typed ORG followed by " plc", " Plc" or " PLC" (then no
 * letter) runs over it. Nothing to do in a text without the word; per ORG mention, a look at the
 * four characters after it.
 */
import type { EntityMention } from '../types';
import { mapped, respan, someBlock, unchanged } from './by-block';
import { charAt } from './chars';

/** The cheap check: the suffix as a word anywhere. */
const ANY_PLC = /\b(?:plc|Plc|PLC)\b/u;

/** The suffix's spellings, with the space before them. */
const PLC = [' plc', ' Plc', ' PLC'];

/** Whether `block` holds a "plc" straight after `end` (and no letter after it). */
function plcAfter(block: string, end: number): boolean {
  if (charAt(block, end) !== ' ' || !PLC.some((p) => block.startsWith(p, end))) return false;
  return !/\p{L}/u.test(charAt(block, end + 4));
}

/** `mentions` with companies run over a "plc" after them. */
export function withPlc(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  if (!someBlock(text, ANY_PLC)) return unchanged(mentions);
  return mapped(mentions, (m) => {
    if (m.type !== 'ORG') return m;
    const block = text.get(m.blockId) ?? '';
    return plcAfter(block, m.end) ? respan(m, m.start, m.end + 4, block.slice(m.start, m.end + 4)) : m;
  });
}

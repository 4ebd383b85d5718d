/**
 * A festival named by its town, where a film has its premiere or wins its prize, is an event
 * (names.md: named recurring events MISC; festivals named in headlines MISC: `Sundance`). The
 * tagger reads the town ("premiered at Busan", "won the Palme d'Or at Cannes", "its world premiere
 * at Venice") as the place it is; the gold marks the festival there. misc-festivals.ts leaves a
 * film festival's town alone, as the same page names the town as a town; this reads only the
 * one mention the premiere or the prize points at. Issue 15, the families of the en-train pages
 * (Variety, South China Morning Post, The Guardian, Deadline).
 *
 * After tagging (English): a mention typed PLACE, of one word, right after "premiere(s|d) at",
 * "premiering at" or a festival's prize and "at" ("Palme d'Or at", "Golden Lion at", "Golden Bear
 * at") is OTHER. Other mentions of the town are left (the page may name it as a town too).
 * Nothing to do in a text without "premiere", "premiering" or one of the prizes.
 */
import type { EntityMention } from '../types';
import { mapped, retype, someBlock, unchanged } from './by-block';

/** The cheap check: a premiere or a festival's prize. */
const CUE = /\b(?:premiere[sd]?|premiering|Palme|Lion|Bear)\b/u;

/** Right before the name: the premiere or the prize, and "at" (the 32 characters before it). */
const BEFORE = /(?:\bpremiere[sd]?|\bpremiering|\bPalme d['’]Or|\bGolden (?:Lion|Bear)) at $/u;

/** The mentions with a festival's town typed OTHER where a premiere or a prize points at it. */
export function withPremierePlaces(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  if (!someBlock(text, CUE)) return unchanged(mentions);
  return mapped(mentions, (m) => {
    if (m.type !== 'PLACE' || m.text.includes(' ')) return m;
    const block = text.get(m.blockId) ?? '';
    return BEFORE.test(block.slice(Math.max(0, m.start - 32), m.start)) ? retype(m, 'OTHER') : m;
  });
}

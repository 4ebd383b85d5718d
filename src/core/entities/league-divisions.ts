/**
 * A league's conferences and divisions are OTHER (eval/gold/guidelines/names.md, "Conferences
 * and divisions of a league": `AFC`, `AFC West`, `NFC North`, `Western Conference`, `Central
 * Division`, `NL East`, as CoNLL-2003 marks baseball's leagues and their divisions MISC). The
 * tagger and the league rule of word-before.ts make `AFC` and `NFC North` an organisation, and
 * the tagger misses a bare "NFC" before "'s" or at a sentence's end ("the NFC's top seed").
 *
 * Only in a sports story (club-context.ts: two different words of sport in the text); there a
 * mention that is exactly a conference or a division is made OTHER, and a bare `AFC` or `NFC`
 * outside every mention is added as OTHER. A league as a body (`NFL`, "the National Football
 * League") and a cup or a game named after a conference ("AFC Championship Game") are left alone.
 */
import type { EntityMention } from '../types';
import { isSportsText } from './club-context';

/** A conference or a division of a league, the whole mention. */
const DIVISION =
  /^(?:(?:AFC|NFC)(?: (?:North|South|East|West))?|(?:AL|NL|American League|National League) (?:East|West|Central)|(?:Eastern|Western) Conference|(?:Atlantic|Central|Metropolitan|Pacific|Northwest|Southeast|Southwest|Northeast|Midwest) Division)$/u;

/** Whether a mention's whole text is a league's conference or division ("AFC East"). */
export function isLeagueDivision(name: string): boolean {
  return name.length <= 24 && DIVISION.test(name);
}

/** A bare "AFC" or "NFC" in a block, a word of its own (not "AFC Bournemouth"'s start is checked by overlap). */
const BARE_CONFERENCE = /\b[AN]FC\b/gu;

/** The mentions of a sports story with its conferences and divisions OTHER, and bare ones added. */
export function withLeagueDivisions(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  let any = mentions.some((m) => m.type !== 'OTHER' && isLeagueDivision(m.text));
  if (!any) {
    for (const block of text.values()) {
      if (block.includes('FC')) {
        any = true;
        break;
      }
    }
  }
  if (!any || !isSportsText(text)) return [...mentions];
  const out = mentions.map((m) =>
    m.type !== 'OTHER' && isLeagueDivision(m.text) ? { ...m, type: 'OTHER' as const } : m,
  );
  const added: EntityMention[] = [];
  for (const [blockId, block] of text) {
    if (!block.includes('FC')) continue;
    for (const match of block.matchAll(BARE_CONFERENCE)) {
      const start = match.index;
      const end = start + 3;
      // Not inside or against a name ("AFC Bournemouth", "AFC Wimbledon").
      if (/^ [A-Z]/u.test(block.slice(end, end + 2))) continue;
      if (out.some((m) => m.blockId === blockId && m.start < end && m.end > start)) continue;
      added.push({ blockId, start, end, text: match[0], type: 'OTHER' });
    }
  }
  if (added.length === 0) return out;
  return [...out, ...added].sort((a, b) => a.blockId - b.blockId || a.start - b.start);
}

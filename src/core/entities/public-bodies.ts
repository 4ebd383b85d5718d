/**
 * Parliaments and courts (English, issue 15; names guidelines: government bodies and courts are
 * ORG; a court's own name with its city is one ORG, `Birmingham Crown Court`):
 *
 * - a parliament named in its own language ("Dáil", "Oireachtas", "Bundestag", "Knesset", "Lok
 *   Sabha") is an organisation, whatever the tagger typed it, and is named where it left it out;
 * - a court's name ("High Court", "Court of Appeal", "Supreme Court", "Court of King's Bench")
 *   or "Parliament" alone ("a seat in Parliament"; not "Parliament Hill" or "the Houses of
 *   Parliament", the building) the tagger left out (as in "a High Court judge") is named, and one it stopped before "of" and a capitalised place runs on
 *   ("High Court of Australia").
 *
 * A country or state before an institution is not split here ("Delaware Court of Chancery"):
 * CoNLL-2003 and Wikigold write "U.S. District Court" and "Ohio Senate" as one name, and their
 * figures must not move.
 *
 * One pass of one pattern over each block finds the names left out; the other rules read the
 * mention's own words and at most 40 characters after it.
 */
import type { EntityMention } from '../types';
import { mapped, mentionsByBlock, respan, retype } from './by-block';
import { mayHold } from './cue-index';

/** Parliaments and chambers named in their own language. */
const PARLIAMENTS = new Set(
  'Dáil|Dail|Dáil Éireann|Oireachtas|Seanad|Seanad Éireann|Bundestag|Bundesrat|Knesset|Lok Sabha|Rajya Sabha|State Duma|Duma|Sejm|Riksdag|Storting|Folketing|Eduskunta|Althing|Majlis|Verkhovna Rada|Rada|Tweede Kamer|Landtag'.split(
    '|',
  ),
);

/** Names of parliaments and courts found where the tagger left them out. */
const BODY_NAMES =
  /\b(?:Dáil|Oireachtas|Seanad|Bundestag|Bundesrat|Knesset|Lok Sabha|Rajya Sabha|High Court|Supreme Court|Court of Appeal|Court of Appeals|Crown Court|Court of Chancery|Federal Court|Constitutional Court|Court of Session|Court of Justice|Court of (?:Queen|King)['’]s Bench|(?<!Houses of )Parliament(?! \p{Lu}))(?![\p{L}\d])/gu;

/**
 * The words each of BODY_NAMES holds, one of them: a block without any holds no name to find
 * (the cheap check before the pattern).
 */
const BODY_WORDS = ['Court', 'Parliament', 'Dáil', 'Oireachtas', 'Seanad', 'Bundes', 'Knesset', 'Sabha'];

/**
 * A word each of BODY_NAMES holds whole (no ASCII letter on either side), as the text's index of
 * words reads it (cue-index.ts): "D" of "Dáil" (the index reads ASCII letters only).
 */
const BODY_NAME_WORDS = /\b(?:Court|Parliament|Oireachtas|Seanad|Bundestag|Bundesrat|Knesset|Sabha|D)\b/u;

/** Whether `block` may hold one of BODY_NAMES. */
function mayNameBodies(block: string): boolean {
  return BODY_WORDS.some((word) => block.includes(word));
}

/** A court stopped before " of " and a capitalised place ("High Court of Australia"): the end of the longer name, or -1. */
function courtOfPlaceEnd(block: string, m: EntityMention): number {
  if (!m.text.endsWith('Court')) return -1;
  const after = /^ of (?:the )?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?/u.exec(block.slice(m.end, m.end + 40));
  return after ? m.end + after[0].length : -1;
}

/** The mentions of each block (in text order) with parliaments and courts named and typed. */
export function publicBodies(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  const out = mapped(mentions, (m) => {
    if (PARLIAMENTS.has(m.text)) return m.type === 'ORG' ? m : retype(m, 'ORG');
    if (m.type !== 'ORG') return m;
    const block = text.get(m.blockId) ?? '';
    const end = courtOfPlaceEnd(block, m);
    return end > 0 ? respan(m, m.start, end, block.slice(m.start, end)) : m;
  });
  return withBodiesLeftOut(text, out);
}

/** `mentions` (in text order) with the parliaments and courts the tagger left out, in text order. */
function withBodiesLeftOut(text: ReadonlyMap<number, string>, mentions: EntityMention[]): EntityMention[] {
  // Most texts name no court or parliament: nothing to add (first the text's index of words, no block read).
  if (!mayHold(text, BODY_NAME_WORDS) || ![...text.values()].some(mayNameBodies)) return mentions;
  const byBlock = mentionsByBlock(mentions);
  let added = false;
  const out: EntityMention[] = [];
  for (const [blockId, block] of text) {
    const own = byBlock.get(blockId) ?? [];
    byBlock.delete(blockId);
    // The block's mentions and the matches, both in text order, walked together.
    let i = 0;
    for (const match of mayNameBodies(block) ? block.matchAll(BODY_NAMES) : []) {
      const start = match.index;
      const end = start + match[0].length;
      while (i < own.length && (own[i] as EntityMention).end <= start) out.push(own[i++] as EntityMention);
      // Inside a name already ("the Supreme Court" is mostly tagged).
      if (i < own.length && (own[i] as EntityMention).start < end) continue;
      out.push({ blockId, start, end, text: match[0], type: 'ORG' });
      added = true;
    }
    while (i < own.length) out.push(own[i++] as EntityMention);
  }
  if (!added) return mentions;
  // Mentions of blocks the text does not hold (none in practice) keep their place at the end.
  for (const rest of byBlock.values()) out.push(...rest);
  return out;
}

/**
 * A club's "FC" and a television station's channel number belong to the name before them
 * (issue 15; names.md: "Mark the longest name"). The tagger stops short: "to beat Sydney FC 3-2"
 * as "Sydney", "KARE 11 meteorologist" as "KARE" (names49a: en-570; en-150 and en-531, two
 * sets). After tagging (English):
 * - a mention typed ORG or PLACE followed by " FC" or " AFC" (then no letter or digit) runs over
 *   it, as an ORG;
 * - a mention that is a North American call sign ("KARE", "WWL-TV": K or W and two or three
 *   capitals) followed by a channel number of one or two digits (then no letter or digit) runs
 *   over the number, as an ORG.
 * Per mention, a look at the four characters after it.
 */
import type { EntityMention } from '../types';
import { kept, mapped, respan } from './by-block';

/** A call sign, whole. */
const CALL_SIGN = /^[KW][A-Z]{2,3}(?:-(?:TV|DT))?$/u;

/** A club's suffix, or a channel number, right after a name (its length), or 0. */
function tailAfter(m: EntityMention, block: string): number {
  // Both tails start with a space, then "A"/"F" or a digit: read two codes before slicing.
  if (block.charCodeAt(m.end) !== 32) return 0;
  const next = block.charCodeAt(m.end + 1);
  if (next !== 65 && next !== 70 && !(next >= 48 && next <= 57)) return 0;
  const after = block.slice(m.end, m.end + 5);
  const club = /^ A?FC(?![\p{L}\p{N}])/u.exec(after);
  if (club && (m.type === 'ORG' || m.type === 'PLACE')) return club[0].length;
  if (!CALL_SIGN.test(m.text)) return 0;
  const channel = /^ \d{1,2}(?![\p{L}\p{N}])/u.exec(after);
  return channel ? channel[0].length : 0;
}

/** `mentions` with clubs' suffixes and stations' channel numbers inside their names (a mention of the tail alone dropped). */
export function withNameTails(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  const grown = mapped(mentions, (m) => {
    const block = text.get(m.blockId) ?? '';
    const tail = tailAfter(m, block);
    return tail === 0 ? m : respan(m, m.start, m.end + tail, block.slice(m.start, m.end + tail), 'ORG');
  });
  if (grown === mentions) return grown;
  return kept(grown, (m, i) => {
    const last = grown[i - 1];
    return !(last && last.blockId === m.blockId && m.start < last.end);
  });
}

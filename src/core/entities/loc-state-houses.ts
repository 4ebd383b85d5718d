/**
 * A state before its legislature's "House" is a place and the House an organisation, two names
 * (eval/gold/guidelines/lang-news.md, the thirty-third session's open question on "Vermont
 * House", settled by the nearest ruling, the seventeenth set's "a state before an institution":
 * `Vermont` LOC + `Superior Court` ORG, `B.C.` LOC + `Supreme Court` ORG; the train pages write
 * "the `Texas` `House`", "A `Vermont` `House` race"). The tagger reads "Vermont House" as one
 * name, a place or an organisation. Issue 15, names45a.
 *
 * After tagging (English): a mention typed ORG or PLACE that is a region of the word lists (a
 * state: "Texas", "New Hampshire"), not a country, then " House", with no " of" after it ("the
 * Georgia House of Representatives" stays one name, as its page writes it), is cut in two: the
 * state a place, "House" an organisation. A state's Senate, courts and legislature are left as
 * they are (the pages write "Arizona Legislature" and "Nevada Supreme Court" whole). Per mention,
 * a look at its last word, and a look-up of the rest in the word lists only when it is "House".
 */
import type { EntityMention } from '../types';
import { respan, unchanged } from './by-block';

const HOUSE = ' House';

/** `mentions` with each "<state> House" cut into the state (PLACE) and "House" (ORG); `isState` tells a state. */
export function withStateHouses(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isState: (name: string) => boolean,
): EntityMention[] {
  let out: EntityMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    const cut = m.text.length - HOUSE.length;
    if (
      (m.type === 'ORG' || m.type === 'PLACE') &&
      cut > 0 &&
      m.text.endsWith(HOUSE) &&
      !(text.get(m.blockId) ?? '').startsWith(' of ', m.end) &&
      isState(m.text.slice(0, cut))
    ) {
      out ??= mentions.slice(0, i);
      out.push(respan(m, m.start, m.start + cut, m.text.slice(0, cut), 'PLACE'));
      out.push(respan(m, m.end - 5, m.end, 'House', 'ORG'));
      continue;
    }
    out?.push(m);
  }
  return out ?? unchanged(mentions);
}

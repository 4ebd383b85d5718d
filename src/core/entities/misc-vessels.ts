/**
 * A ship is an OTHER name (names.md: "ships and vehicles MISC (`Enterprise`)"). The tagger reads
 * a ship's made-up name as a person, a place or its owner ("the VLCC Nordvik Aurora", "the
 * icebreaker Aurora", "the expeditionary sea base USS Lewis B. Puller", whose prefix it leaves
 * out), and then every other mention of it. Issue 15, names46b: the families of the en-train pages
 * (TradeWinds, Breaking Defense, The Guardian, Lonely Planet).
 *
 * After tagging (English), in a text that names a kind of ship:
 * - a mention right after a ship's noun ("the tanker", "the car carrier", "the icebreaker", "the
 *   VLCC", not "the carrier" alone, which is an airline too), or after a plural one and a comma
 *   with a determiner or a number before it ("two of its newest ships, Nordvik Aurora"), and a
 *   mention after " and " right after such a one ("Nordvik Aurora and Nordvik Solstice"), is OTHER,
 *   and so is every other mention of the same text;
 * - a mention right after a navy's or a merchant ship's prefix ("USS", "HMS", "HMAS", "MV") takes
 *   the prefix in and is OTHER ("USS Lewis B. Puller"), and a mention of the prefix alone there is
 *   dropped; a tanker's class in capitals is outside the ship's name ("VLCC Nordvik Aurora": the
 *   tagger's "VLCC" alone there is dropped, its "VLCC Nordvik Aurora" cut to the ship).
 * Per mention, one look at the 40 characters before it; nothing to do in a text without a ship's
 * noun or prefix.
 */
import type { EntityMention } from '../types';
import { kept, mapped, respan, retypedAll, someBlock, unchanged } from './by-block';

/** The cheap check: a ship's noun or prefix. */
const SHIP_WORD =
  /\b(?:tankers?|supertankers?|VLCCs?|carriers?|vessels?|ships?|containerships?|boxships?|bulkers?|icebreakers?|ferry|ferries|frigates?|destroyers?|corvettes?|submarines?|trawlers?|yachts?|superyachts?|freighters?|base|USS|HMS|HMAS|HMNZS|HMCS|RFA|MV|RV)\b/u;

/** Right before the name: a ship's noun (the 40 characters before it). */
const NOUN_BEFORE =
  /(?:^|[\s(])(?:(?:car|aircraft|bulk|LNG|LPG|gas|ore|crude|product|container) carrier|(?:super)?tanker|VLCC|ULCC|vessel|(?:cruise|container|cargo|research|survey|patrol|naval) ship|containership|boxship|bulker|icebreaker|ferry|frigate|destroyer|corvette|submarine|trawler|(?:super)?yacht|freighter|sea base) $/u;

/** Right before the name: a plural ship's noun after a determiner or a number, and a comma. */
const LIST_BEFORE =
  /\b(?:its|their|the|two|three|four|five|six|\d{1,4}) (?:[\p{Ll}-]{1,20} )?(?:ships|vessels|tankers|carriers|VLCCs|icebreakers|frigates|destroyers|submarines), $/u;

/** A navy's or a merchant ship's prefix. */
const PREFIXES = new Set(['USS', 'HMS', 'HMAS', 'HMNZS', 'HMCS', 'RFA', 'MV', 'RV']);

/** Right before the name: a ship's prefix. */
export const PREFIX_BEFORE = new RegExp(`(?:^|[\\s(])(${[...PREFIXES].join('|')}) $`, 'u');

/** A tanker's class written in capitals, which the tagger may read into the ship's name ("VLCC Nordvik Aurora"). */
const CLASS_LEAD = /^(?:VLCC|ULCC|LNG|LPG) (?=\p{Lu})/u;

/** The mentions with ships typed OTHER, their prefixes taken in. */
export function withVessels(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  if (!someBlock(text, SHIP_WORD)) return unchanged(mentions);
  const ships = new Set<string>();
  const prefixed = new Map<EntityMention, number>();
  let last: EntityMention | null = null;
  for (const m of mentions) {
    const block = text.get(m.blockId) ?? '';
    const before = block.slice(Math.max(0, m.start - 40), m.start);
    const prefix = PREFIX_BEFORE.exec(before);
    const lead = CLASS_LEAD.exec(m.text);
    if (lead) {
      prefixed.set(m, m.start + lead[0].length);
      ships.add(m.text.slice(lead[0].length));
    } else if (prefix && !PREFIXES.has(m.text)) {
      prefixed.set(m, m.start - (prefix[1] ?? '').length - 1);
      ships.add(m.text);
    } else if (NOUN_BEFORE.test(before) || LIST_BEFORE.test(before)) ships.add(m.text);
    else if (
      last !== null &&
      last.blockId === m.blockId &&
      ships.has(last.text) &&
      block.slice(last.end, m.start) === ' and '
    )
      ships.add(m.text);
    last = m;
  }
  if (ships.size === 0 && prefixed.size === 0) return unchanged(mentions);
  const dropped = new Set<string>();
  for (const [m, start] of prefixed) dropped.add(`${m.blockId}:${start}`);
  // A tanker's class alone right before a ship's mention is no name ("The VLCC Nordvik Aurora").
  const classes = new Set<string>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    const next = mentions[i + 1] as EntityMention;
    if (
      /^(?:VLCC|ULCC)$/u.test(m.text) &&
      next.blockId === m.blockId &&
      next.start === m.end + 1 &&
      ships.has(next.text)
    )
      classes.add(`${m.blockId}:${m.start}`);
  }
  const withPrefixes = mapped(mentions, (m) => {
    const start = prefixed.get(m);
    if (start === undefined) return m;
    const block = text.get(m.blockId) ?? '';
    return respan(m, start, m.end, block.slice(start, m.end), 'OTHER');
  });
  const out = retypedAll(withPrefixes, ships, 'OTHER');
  // A mention of the prefix alone before a ship taken in is dropped.
  return dropped.size === 0 && classes.size === 0
    ? out
    : kept(
        out,
        (m) =>
          !(PREFIXES.has(m.text) && dropped.has(`${m.blockId}:${m.start}`)) && !classes.has(`${m.blockId}:${m.start}`),
      );
}

/**
 * Numbered roads are places (eval/gold/guidelines/lang-news.md: "numbered roads LOC (`A30`,
 * `Interstate 90`)"). British, Irish, South African and Australian news names its roads by a
 * letter and a number ("the A30", "the N1, N3 and N4", "the M50"), a form CoNLL's newswire hardly
 * holds, and the tagger makes them OTHER (a product's model, as "N95" or "M1" chips are).
 * Issue 15, the families of en-train8.
 *
 * After tagging (English): a mention that is exactly a road's letter (A, B, M, N or R) and one to
 * three digits, typed OTHER or ORG, is a PLACE where "the" stands before it (or before the first
 * of a list of such codes: "the N1, N3 and N4") and its block speaks of roads ("road",
 * "motorway", "highway", "roadblocks", "traffic" ...). Reads nothing else of the text.
 */
import type { EntityMention } from '../types';
import { mapped, retype, unchanged } from './by-block';

/** A road's letter and its number. */
const ROAD = /^[ABMNR]\d{1,3}$/u;

/** Words of roads, any one of which in the block makes a code a road. */
const ROAD_WORDS =
  /\b(?:[Rr]oads?|[Rr]oadblocks?|[Rr]oadworks|[Mm]otorways?|[Hh]ighways?|[Ff]reeways?|[Cc]arriageways?|[Tt]raffic|[Jj]unctions?|[Dd]rivers|[Mm]otorists|[Cc]rash|[Bb]ypass|[Tt]oll)\b/u;

/** What may stand between two codes of a list ("the N1, N3 and N4"). */
const LIST_LINKS = [', ', ' and ', ', and ', ' or ', '/'];

/** Whether "the " stands before the code at `start`, or before a code of the list it ends. */
function afterThe(block: string, start: number, codes: ReadonlyArray<EntityMention>): boolean {
  let at = start;
  for (let hops = 0; hops < 6; hops++) {
    if (block.slice(Math.max(0, at - 4), at).toLowerCase() === 'the ') return true;
    const link = LIST_LINKS.find((l) => block.startsWith(l, at - l.length));
    if (link === undefined) return false;
    const before = codes.find((c) => c.end === at - link.length);
    if (!before) return false;
    at = before.start;
  }
  return false;
}

/** The mentions (in text order) with numbered roads named PLACE. */
export function withNumberedRoads(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  const isCode = (m: EntityMention): boolean =>
    m.text.length <= 4 && (m.type === 'OTHER' || m.type === 'ORG') && ROAD.test(m.text);
  if (!mentions.some(isCode)) return unchanged(mentions);
  const roadBlocks = new Map<number, boolean>();
  const talksOfRoads = (blockId: number): boolean => {
    let known = roadBlocks.get(blockId);
    if (known === undefined) roadBlocks.set(blockId, (known = ROAD_WORDS.test(text.get(blockId) ?? '')));
    return known;
  };
  return mapped(mentions, (m) => {
    if (!isCode(m) || !talksOfRoads(m.blockId)) return m;
    const codes = mentions.filter((c) => c.blockId === m.blockId && isCode(c));
    return afterThe(text.get(m.blockId) ?? '', m.start, codes) ? retype(m, 'PLACE' as const) : m;
  });
}

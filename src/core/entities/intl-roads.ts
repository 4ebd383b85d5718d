/**
 * Numbered roads are places (eval/gold/guidelines/lang-news.md: "numbered roads LOC (`A30`,
 * `Interstate 90`)"). British, Irish, South African and Australian news names its roads by a
 * letter and a number ("the A30", "the N1, N3 and N4", "the M50"), a form CoNLL's newswire hardly
 * holds, and the tagger makes them OTHER (a product's model, as "N95" or "M1" chips are).
 * Issue 15, the families of en-train8.
 *
 * names47a (en-train18-20): the words of roads hold those of traffic on them too ("queues",
 * "cyclists", "lorries", "northbound", "anticlockwise", "a detour"); a code the tagger left out
 * after a road of the same list is a road too ("via the M11 and M26"); a highway typed PLACE
 * without its one-digit number runs on to it ("State Highway 6", which the tagger cuts before).
 *
 * After tagging (English): a mention that is exactly a road's letter (A, B, M, N or R) and one to
 * three digits, typed OTHER or ORG, is a PLACE where "the" stands before it (or before the first
 * of a list of such codes: "the N1, N3 and N4") and its block speaks of roads ("road",
 * "motorway", "highway", "roadblocks", "traffic" ...). Reads nothing else of the text.
 */
import type { EntityMention } from '../types';
import { mapped, respan, retype, withFound } from './by-block';

/** A road's letter and its number. */
const ROAD = /^[ABMNR]\d{1,3}$/u;

/** Words of roads, any one of which in the block makes a code a road. */
const ROAD_WORDS =
  /\b(?:[Rr]oads?|[Rr]oadblocks?|[Rr]oadworks|[Mm]otorways?|[Hh]ighways?|[Ff]reeways?|[Cc]arriageways?|[Tt]raffic|[Jj]unctions?|[Dd]rivers|[Mm]otorists|[Cc]rash|[Bb]ypass|[Tt]oll|[Qq]ueues|[Cc]yclists|[Ll]orr(?:y|ies)|[Ll]anes|[Dd]etour|[Dd]iversions?|(?:[Aa]nti)?[Cc]lockwise|(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)bound)\b/u;

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

/** A road's code right after a list's link ("M11 and M26": " and M26"), its link and code apart. */
const NEXT_CODE = /^(, and |, | and | or |\/)([ABMNR]\d{1,3})(?![\p{L}\p{N}])/u;

/** A highway's one-digit number after its name ("State Highway 6"), the tagger's cut before it. */
const HIGHWAY_NUMBER = /^ \d(?![\p{L}\p{N}]|[.,]\d)/u;

/**
 * The codes the tagger left out after a road of the same list ("via the M11 and M26"): PLACE
 * mentions, each after the road before it. Reads at most 12 characters after each road.
 */
function listedCodes(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  const found: EntityMention[] = [];
  for (const m of mentions) {
    if (m.type !== 'PLACE' || m.text.length > 4 || !ROAD.test(m.text)) continue;
    const block = text.get(m.blockId) ?? '';
    let at = m.end;
    for (let hops = 0; hops < 6; hops++) {
      const next = NEXT_CODE.exec(block.slice(at, at + 12));
      if (!next) break;
      const start = at + (next[1] as string).length;
      const code = next[2] as string;
      found.push({ blockId: m.blockId, start, end: start + code.length, text: code, type: 'PLACE' });
      at = start + code.length;
    }
  }
  return found;
}

/** The mentions (in text order) with numbered roads named PLACE. */
export function withNumberedRoads(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  const highways = withHighwayNumbers(text, mentions);
  const isCode = (m: EntityMention): boolean =>
    m.text.length <= 4 && (m.type === 'OTHER' || m.type === 'ORG') && ROAD.test(m.text);
  if (!highways.some(isCode) && !highways.some((m) => m.type === 'PLACE' && ROAD.test(m.text))) return highways;
  const roadBlocks = new Map<number, boolean>();
  const talksOfRoads = (blockId: number): boolean => {
    let known = roadBlocks.get(blockId);
    if (known === undefined) roadBlocks.set(blockId, (known = ROAD_WORDS.test(text.get(blockId) ?? '')));
    return known;
  };
  const roads = mapped(highways, (m) => {
    if (!isCode(m) || !talksOfRoads(m.blockId)) return m;
    const codes = highways.filter((c) => c.blockId === m.blockId && isCode(c));
    return afterThe(text.get(m.blockId) ?? '', m.start, codes) ? retype(m, 'PLACE' as const) : m;
  });
  return withFound(roads, listedCodes(text, roads));
}

/** The mentions with a highway typed PLACE run on to its one-digit number ("State Highway 6"). */
function withHighwayNumbers(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  return mapped(mentions, (m) => {
    if (m.type !== 'PLACE' || !m.text.endsWith(' Highway')) return m;
    const block = text.get(m.blockId) ?? '';
    if (!HIGHWAY_NUMBER.test(block.slice(m.end, m.end + 4))) return m;
    return respan(m, m.start, m.end + 2, block.slice(m.start, m.end + 2));
  });
}

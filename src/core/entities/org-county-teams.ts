/**
 * In a story about Gaelic games, an Irish county is its team (eval/gold/guidelines/lang-news.md,
 * the fourteenth set: "teams by city in a fixture ORG", "Limerick's win over Kilkenny", "the
 * football final between Dublin and Kerry", "a Limerick supporter"). The tagger reads a county
 * that is also a name as a person ("Kerry", "Limerick") and a county in a fixture as the place.
 * Issue 15, the families of the en-train pages (The Irish Times).
 *
 * After tagging (English), in a text that speaks of the GAA, hurling, Gaelic football, camogie or
 * the inter-county game: a county's mention typed PERSON is ORG; one typed PLACE is ORG where the
 * sentence makes it a side: before "'s win", "'s defeat", "players", "supporters", "fans",
 * "hurlers", "footballers", "manager", "team", "side" (with or without "'s"), or in a pair
 * "between X and Y" or "X and Y" of two counties after "between". Nothing to do in a text
 * without one of the sport's words.
 */
import type { EntityMention } from '../types';
import { mapped, retype, someBlock, unchanged } from './by-block';

/** The cheap check: a word of Gaelic games. */
const GAELIC = /\b(?:GAA|[Hh]url(?:ing|ers?)|Gaelic football|[Cc]amogie|inter-county|Liam MacCarthy|Sam Maguire)\b/u;

/** Ireland's 32 counties, as their teams are named. */
const COUNTIES = new Set(
  (
    'Antrim Armagh Carlow Cavan Clare Cork Derry Donegal Down Dublin Fermanagh Galway Kerry Kildare ' +
    'Kilkenny Laois Leitrim Limerick Longford Louth Mayo Meath Monaghan Offaly Roscommon Sligo ' +
    'Tipperary Tyrone Waterford Westmeath Wexford Wicklow'
  ).split(' '),
);

/** After a county: the words that make it a side ("'s win", " players"). */
const SIDE_AFTER =
  /^(?:['’]s)? (?:win|wins|victory|defeat|players|supporters|supporter|fans|hurlers|footballers|manager|management|team|side|panel|captain|goalkeeper|forwards|defence)\b/u;

/** Before a county: "between " (the first of a fixture's pair). */
const BETWEEN = /\bbetween $/u;

/** Whether `m` (a county's place) is a side in `block`: "Dublin players", "between Dublin and Kerry". */
function isSideAt(block: string, m: EntityMention, mentions: readonly EntityMention[], i: number): boolean {
  if (SIDE_AFTER.test(block.slice(m.end, m.end + 16))) return true;
  const before = block.slice(Math.max(0, m.start - 8), m.start);
  const next = mentions[i + 1];
  if (
    BETWEEN.test(before) &&
    next !== undefined &&
    next.blockId === m.blockId &&
    COUNTIES.has(next.text) &&
    block.slice(m.end, next.start) === ' and '
  )
    return true;
  const prev = mentions[i - 1];
  return (
    before.endsWith(' and ') &&
    prev !== undefined &&
    prev.blockId === m.blockId &&
    COUNTIES.has(prev.text) &&
    block.slice(prev.end, m.start) === ' and ' &&
    BETWEEN.test(block.slice(Math.max(0, prev.start - 8), prev.start))
  );
}

/** `mentions` with Irish counties made their teams in a story about Gaelic games. */
export function withCountyTeams(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  if (!someBlock(text, GAELIC)) return unchanged(mentions);
  return mapped(mentions, (m, i) => {
    if (!COUNTIES.has(m.text)) return m;
    if (m.type === 'PERSON') return retype(m, 'ORG');
    return m.type === 'PLACE' && isSideAt(text.get(m.blockId) ?? '', m, mentions, i) ? retype(m, 'ORG') : m;
  });
}

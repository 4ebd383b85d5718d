/**
 * The two ends of a road, a line or a service are places: "State Highway 6 between Nelson and
 * Murchison", "no Overground service between Highbury & Islington and New Cross", "sits in Jeff
 * Davis County between Van Horn and Marfa" (eval/gold/guidelines/names.md: towns, suburbs and
 * stations LOC). The tagger reads a small town it does not know as a person (a surname: "Nelson",
 * "Murchison") or a company, and neither end is a place for place-lists.ts to go by. Issue 15,
 * names45a: the towns with no cue of en-train4, en-train17 and en-train18.
 *
 * After tagging (English): two mentions joined by " and ", right after "between ", where the
 * word before "between" is a lower-case noun of a way or a journey ("road", "service", "trains",
 * "halfway"), a road's number ("State Highway 6", "the A64") or the end of a place's mention
 * ("Jeff Davis County"): each of the two typed PERSON, ORG or OTHER becomes a place, unless it is
 * an acronym or holds a word of an organisation's name ("talks between Harlow Bank and Pell
 * Group" has no way before it; "the line between Network Rail and ..." keeps "Network Rail"'s
 * "Rail"). Per block, a search for " between " only where the block has a mention after one.
 */
import type { EntityMention } from '../types';
import { codeAt } from './chars';
import { mapped, retype, unchanged } from './by-block';
import { lastWordIn } from './text-words';

/** Lower-case nouns of a way or a journey before "between". */
const WAYS = new Set(
  'road roads highway highways motorway freeway line lines service services train trains bus buses route routes stretch section journey journeys trip trips flight flights ferry ferries crossing track trail rail railway border halfway midway corridor link drive'.split(
    ' ',
  ),
);

/** Words of an organisation's name: a name with one stays what it is. */
const ORG_WORDS = new Set(
  'Bank Group Company Corp Corporation Inc Ltd Council Ministry Department Agency Authority Rail Railways Airlines Airways Union Party University College Club United City FC Trust Board Commission Committee Police'.split(
    ' ',
  ),
);

const BETWEEN = ' between ';

/** Whether `m` may be a town at a way's end: typed otherwise, no acronym, no organisation's word. */
function mayBeTown(m: EntityMention): boolean {
  if (m.type === 'PLACE' || m.text.toUpperCase() === m.text) return false;
  return !m.text.split(' ').some((w) => ORG_WORDS.has(w));
}

/** Whether the text before " between " at `at` of `block` ends a way: a way's noun, a number, or a place's mention. */
function wayBefore(block: string, at: number, blockId: number, near: readonly EntityMention[]): boolean {
  if (near.some((p) => p.blockId === blockId && p.type === 'PLACE' && p.end === at)) return true;
  const w = lastWordIn(block, Math.max(0, at - 24), at);
  if (w === undefined || w.end !== at) return false;
  if (WAYS.has(w.text)) return true;
  // A road's number ("Highway 6", "the A64", "M6"): a digit at the word's end.
  const c = codeAt(w.text, w.text.length - 1);
  return c >= 48 && c <= 57;
}

/** `mentions` with the towns at the two ends of a way ("between Nelson and Murchison") made places. */
export function withWayEnds(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  const places = new Set<EntityMention>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i] as EntityMention;
    const b = mentions[i + 1] as EntityMention;
    if (b.blockId !== a.blockId || b.start !== a.end + 5) continue;
    const block = text.get(a.blockId) ?? '';
    const at = a.start - BETWEEN.length;
    if (at < 0 || !block.startsWith(BETWEEN, at) || !block.startsWith(' and ', a.end)) continue;
    if (!mayBeTown(a) && !mayBeTown(b)) continue;
    if (!wayBefore(block, at, a.blockId, mentions.slice(Math.max(0, i - 3), i))) continue;
    if (mayBeTown(a)) places.add(a);
    if (mayBeTown(b)) places.add(b);
  }
  return places.size === 0 ? unchanged(mentions) : mapped(mentions, (m) => (places.has(m) ? retype(m, 'PLACE') : m));
}

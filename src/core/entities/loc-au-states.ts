/**
 * Australia's states written short are places (issue 15, en-train8: "died on NSW roads", "WA
 * election 2025"; names.md: states LOC). The tagger, seeing capitals it does not know, reads
 * them as organisations. After tagging (English): a mention whose whole text is a state's short
 * form, typed ORG, becomes PLACE. A longer name holding one ("Transport for NSW", "NSW Police")
 * is another mention and is left alone, and so is a sports story, where a state names its side
 * ("NSW levelled the series": a team, ORG).
 * Per mention, a look at its text; the sports test is club-context.ts's, one pass over the blocks.
 */
import type { EntityMention } from '../types';
import { isSportsText } from './club-context';
import { mapped, retype, unchanged } from './by-block';

/** The states' and territories' short forms that name nothing else in English news. */
const STATES = new Set(['NSW', 'Qld', 'QLD', 'Vic', 'WA', 'Tas']);

/** The mentions with Australia's short state names typed PLACE. */
export function withAustralianStates(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  if (!mentions.some((m) => m.type === 'ORG' && STATES.has(m.text)) || isSportsText(text)) return unchanged(mentions);
  return mapped(mentions, (m) => (m.type === 'ORG' && STATES.has(m.text) ? retype(m, 'PLACE' as const) : m));
}

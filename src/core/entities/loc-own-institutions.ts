/**
 * A town named by its own institutions is a place (English, issue 15): where an article names
 * "Bloomington City Council", "Cornwall Council" or "Kyoto Station", the tagger often reads the
 * town's name alone as the organisation too ("the city will divide Bloomington into seven zones",
 * "Kyoto received 10.6 million visitors", "a Seattle tradition"). A one-word mention typed
 * organisation whose word opens such a name elsewhere in the text becomes a place:
 *
 * - a council or city hall of it ("X City Council", "X Council", "X City Hall") is enough;
 * - a station, an airport, a botanical garden or a centre of it ("X Station", "X Center") only
 *   where the word is a city or region of the word lists ("Penn Station", "Lincoln Center": the
 *   university, the person);
 * - never an acronym ("the U.N. Council": the body);
 * - never in a sports story, where a town's name is its club ("Essex" the county side, "Essex
 *   Police"), nor for a word the lists hold as an organisation's.
 *
 * One pass over the mentions finds the institutions (most texts have none: nothing else runs).
 */
import type { EntityMention } from '../types';
import { isSportsText } from './club-context';
import { mapped, retype, unchanged } from './by-block';

/** The last words of a town's council or city hall. */
const COUNCILS = new Set(['Council', 'City Council', 'Town Council', 'County Council', 'Borough Council', 'City Hall']);

/** The last words of a town's station, airport, garden or centre (the town must be a listed city or region). */
const FACILITIES = new Set(['Station', 'Airport', 'Botanical Garden', 'Center', 'Centre']);

/**
 * The mentions with the towns named by their own institutions made places (`text`: each block's
 * text by id; `isListedPlace`: a city or region of the word lists; `isListedOrg`: an organisation's name).
 */
export function withOwnInstitutions(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isListedPlace: (name: string) => boolean,
  isListedOrg: (name: string) => boolean,
): EntityMention[] {
  const towns = new Set<string>();
  for (const m of mentions) {
    const space = m.text.indexOf(' ');
    if (space <= 0 || m.type === 'PERSON') continue;
    const town = m.text.slice(0, space);
    const tail = m.text.slice(space + 1);
    // An acronym is no town ("U.N. Council").
    if (town.toUpperCase() === town) continue;
    if (COUNCILS.has(tail) || (FACILITIES.has(tail) && isListedPlace(town))) towns.add(town);
  }
  if (towns.size === 0) return unchanged(mentions);
  if (!mentions.some((m) => m.type === 'ORG' && towns.has(m.text)) || isSportsText(text)) return unchanged(mentions);
  return mapped(mentions, (m) =>
    m.type === 'ORG' && towns.has(m.text) && !isListedOrg(m.text) ? retype(m, 'PLACE' as const) : m,
  );
}

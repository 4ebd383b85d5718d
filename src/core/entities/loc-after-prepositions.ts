/**
 * A listed city after a place's preposition is the place, not an organisation (English; issue
 * 15: "a four-month loan to Norwich", "the train from Porto's station", "would fly to Toronto").
 * The tagger reads some cities as organisations by the page's other uses of the word (a club, a
 * council). Only a mention of one word that the word lists name as a city, typed ORG, right
 * after "in", "near", "outside", "around", "across", "from" or "to". In a sports story a city
 * after "to" or "from" is as often the club ("lost to Brisbane", "a transfer from Porto"): there
 * only after "in", "near", "outside", "around", "across", or a verb of travel and "to" ("fly to
 * Toronto"). Precondition: the text holds an organisation typed so that is a listed city.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { isSportsText } from './club-context';
import { mapped, retype, unchanged } from './by-block';

/** Prepositions of place before a city, in any story. */
const PLACE_WORDS = new Set(['in', 'near', 'outside', 'around', 'across']);

/** Prepositions that may also bring a club in a sports story ("lost to", "signed from"). */
const MOVE_WORDS = new Set(['from', 'to']);

/** Verbs of travel before "to" in a sports story ("fly to Toronto"). */
const TRAVEL = new Set(
  'fly flies flew flying travel travels travelled traveled travelling traveling head heads headed heading return returns returned returning drive drove move moved'.split(
    ' ',
  ),
);

/** The `n` words before `start` (from at most 40 characters back), lower case. */
function wordsBefore(block: string, start: number, n: number): string[] {
  if (charAt(block, start - 1) !== ' ') return [];
  const words = block
    .slice(Math.max(0, start - 40), start - 1)
    .split(' ')
    .map((w) => w.toLowerCase());
  return words.slice(-n);
}

/** The mentions with the listed cities typed ORG after a place's preposition made places; `isCity` tells a listed city. */
export function withCitiesAfterPrepositions(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isCity: (name: string) => boolean,
): EntityMention[] {
  const candidates = mentions.filter((m) => m.type === 'ORG' && !m.text.includes(' ') && isCity(m.text));
  if (candidates.length === 0) return unchanged(mentions);
  const sports = isSportsText(text);
  const places = new Set<EntityMention>();
  for (const m of candidates) {
    const words = wordsBefore(text.get(m.blockId) ?? '', m.start, 2);
    const prep = words[words.length - 1] ?? '';
    const before = words[words.length - 2] ?? '';
    if (PLACE_WORDS.has(prep) || (MOVE_WORDS.has(prep) && (!sports || (prep === 'to' && TRAVEL.has(before)))))
      places.add(m);
  }
  return places.size === 0 ? [...mentions] : mapped(mentions, (m) => (places.has(m) ? retype(m, 'PLACE' as const) : m));
}

/**
 * A name ending in the head word of a natural or built place is the place (English, issue 15;
 * names.md: "named buildings and facilities" LOC; lang-news-train.md: "pipelines, levee and
 * transit systems LOC", "a hotel as a building LOC"). The tagger reads such names as bodies or
 * works from their other words: "the Waimea Community Dam", "Elm Creek Park Reserve", "the
 * Lower Thames Crossing", "the Kingsway Hotel" as organisations, "the Marlborough Sounds", "the
 * West African Gas Pipeline" as other names, "Knapps Narrows" as a person. The families of the
 * en-train pages (sets 2, 15, 16, 17, 18, 19: regional papers' weather, roads, parks and
 * inquiries).
 *
 * After tagging: a mention of two words or more whose last word is a head below, typed as the
 * head allows, becomes a PLACE. A head that also ends companies' or works' names is read only
 * where they are unlikely: "Pipeline" only from OTHER ("Colonial Pipeline" the company stays),
 * "Crossing", "Hotel" and "Pub" only from ORG ("Animal Crossing" the game, "The Grand Budapest
 * Hotel" the film stay), "Reserve" and "Area" only after a word of nature or protection ("Federal
 * Reserve", "Euro Area" stay). Nothing but the mentions' own words is read.
 */
import type { EntityMention, EntityType } from '../types';
import { mapped, retype, unchanged } from './by-block';
import { lastSpace } from './last-space';

/** Head words of places and the types the tagger gives them that are read as places. */
const HEADS = new Map<string, ReadonlySet<EntityType>>([
  ['Narrows', new Set<EntityType>(['ORG', 'OTHER', 'PERSON'])],
  ['Sounds', new Set<EntityType>(['ORG', 'OTHER', 'PERSON'])],
  ['Embankment', new Set<EntityType>(['ORG', 'OTHER', 'PERSON'])],
  ['Dam', new Set<EntityType>(['ORG', 'OTHER'])],
  ['Canal', new Set<EntityType>(['ORG', 'OTHER'])],
  ['Tunnel', new Set<EntityType>(['ORG', 'OTHER'])],
  ['Gap', new Set<EntityType>(['ORG', 'OTHER'])],
  ['Peak', new Set<EntityType>(['ORG', 'OTHER'])],
  // Headlands and lowlands (names47a, en-train20: "between Loop Head and Slyne Head", "the Somerset Levels").
  ['Head', new Set<EntityType>(['ORG', 'OTHER'])],
  ['Levels', new Set<EntityType>(['ORG', 'OTHER'])],
  ['Pipeline', new Set<EntityType>(['OTHER'])],
  ['Crossing', new Set<EntityType>(['ORG'])],
  ['Hotel', new Set<EntityType>(['ORG'])],
  ['Pub', new Set<EntityType>(['ORG'])],
  ['Reserve', new Set<EntityType>(['ORG', 'OTHER'])],
  ['Area', new Set<EntityType>(['ORG', 'OTHER'])],
  // Regions of other states by their generic head (names49a, en-train22: "In Kharkiv Oblast" OTHER,
  // "The Noto Peninsula also suffered" ORG; the en-train gold writes every "<name> Oblast",
  // "Prefecture" and "Peninsula" LOC). "Province" not from ORG ("Islamic State Khorasan Province").
  ['Oblast', new Set<EntityType>(['ORG', 'OTHER', 'PERSON'])],
  ['Krai', new Set<EntityType>(['ORG', 'OTHER', 'PERSON'])],
  ['Governorate', new Set<EntityType>(['ORG', 'OTHER', 'PERSON'])],
  ['Prefecture', new Set<EntityType>(['ORG', 'OTHER', 'PERSON'])],
  ['Peninsula', new Set<EntityType>(['ORG', 'OTHER', 'PERSON'])],
  ['Province', new Set<EntityType>(['OTHER', 'PERSON'])],
]);

/** The word before "Reserve" or "Area" that makes it a protected place ("Nature Reserve", "Conservation Area"). */
const NATURE_WORDS = new Set(
  'Nature Park Game Forest Marine Wildlife Biosphere Scenic Conservation Heritage Recreation Wilderness Protected Natural Wetland'.split(
    ' ',
  ),
);

/** Whether `m` is a place by its head word. */
function isPlaceByHead(m: EntityMention): boolean {
  if (m.type === 'PLACE') return false;
  const space = lastSpace(m.text);
  if (space <= 0) return false;
  const head = m.text.slice(space + 1);
  if (!HEADS.get(head)?.has(m.type)) return false;
  if (head !== 'Reserve' && head !== 'Area') return true;
  const before = m.text.slice(lastSpace(m.text, space - 1) + 1, space);
  return NATURE_WORDS.has(before);
}

/** The mentions with the names ending in a place's head word made places. */
export function withPlaceHeads(mentions: readonly EntityMention[]): EntityMention[] {
  if (!mentions.some(isPlaceByHead)) return unchanged(mentions);
  return mapped(mentions, (m) => (isPlaceByHead(m) ? retype(m, 'PLACE') : m));
}

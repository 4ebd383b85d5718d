/**
 * A listed city after a place's preposition is the place, not an organisation (English; issue
 * 15: "a four-month loan to Norwich", "the train from Porto's station", "would fly to Toronto").
 * The tagger reads some cities as organisations by the page's other uses of the word (a club, a
 * council). Only a mention of one word that the word lists name as a city, typed ORG, right
 * after "in", "near", "outside", "around", "across", "from" or "to". In a sports story a city
 * after "to" or "from" is as often the club ("lost to Brisbane", "a transfer from Porto"): there
 * only after "in", "near", "outside", "around", "across", or a verb of travel and "to" ("fly to
 * Toronto"). Precondition: the text holds an organisation typed so that is a listed city.
 *
 * A name the word lists do not hold (a small town: "push toward Pokrovsk", "a farm near
 * Velyka Novosilka") typed ORG is the place after "near", "outside", "around", "across",
 * "toward" or "towards" only, in any story, where none of its words is one the lists know as
 * a word of an organisation's name or as a common word ("outside Manchester Crown Court",
 * "near Parliament" stay), and no "'s" follows it ("outside Halden's plant": the company).
 *
 * names44a (held-out pages of en-train13-17): such a town typed ORG or OTHER is the place after
 * "from" too when a word of travel or distance comes before it ("drives down from Mallow", "had
 * come from Alpine", "four hours from Pelion Gap", "a lifeboat from Dungeness"); in a sports story
 * only after a distance ("a transfer from Vejle", "moved from Braga" stay the club). names47a
 * (en-train20): a journey's days count as its distance outside sport ("walked for four days from
 * El Geneina"). names48a (en-train19-21 and older sets): a person's noun before "from" is such a cue
 * too outside sport ("an engineer from Punggol", "the reader from Goondiwindi", "a cereal farmer
 * from the Beauce": en-488, en-544, en-543), "the" allowed after "from"; not an acronym ("a student
 * from M.I.T.": students and teachers come from schools, and are not among the nouns).
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { isSportsText } from './club-context';
import { mapped, retype, unchanged } from './by-block';
import { lastWordIn } from './text-words';

/** Prepositions of place before a city, in any story. */
const PLACE_WORDS = new Set(['in', 'near', 'outside', 'around', 'across']);

/** Prepositions of place before a town the word lists do not hold (no "in": "a stake in Brellcorp"). */
const NEAR_WORDS = new Set(['near', 'outside', 'around', 'across', 'toward', 'towards']);

/** Prepositions that may also bring a club in a sports story ("lost to", "signed from"). */
const MOVE_WORDS = new Set(['from', 'to']);

/** Verbs of travel before "to" in a sports story ("fly to Toronto"). */
const TRAVEL = new Set(
  'fly flies flew flying travel travels travelled traveled travelling traveling head heads headed heading return returns returned returning drive drove move moved'.split(
    ' ',
  ),
);

/** Distances before "from" and an unlisted town: the only such words read in a sports story. */
const DISTANCES = new Set('hours miles kilometres kilometers km minutes'.split(' '));

/** Words of travel or distance before "from" and an unlisted town (a particle may come between: "drives down from"). */
const TRAVEL_FROM = new Set([
  ...'come came comes coming drive drives drove driving fly flies flew flying travel travels travelled traveled travelling traveling commute commutes commuted walk walks walked sail sails sailed lifeboat ferry ferries bus buses train trains flight flights days'.split(
    ' ',
  ),
  ...DISTANCES,
]);

/** People's nouns before "from" and an unlisted town, outside sport ("a nurse from Kisumu"). */
const PEOPLE_FROM = new Set(
  'farmer farmers engineer engineers reader readers nurse nurses resident residents woman women man men mother father mum dad worker workers family families couple grandmother grandfather pensioner pensioners retiree retirees fisherman fishermen volunteer volunteers visitor visitors tourist tourists girl boy girls boys child children native natives voter voters trader traders shopkeeper shopkeepers businessman businesswoman mechanic villager villagers'.split(
    ' ',
  ),
);

/** Particles between a verb of travel and "from" ("down", "back"). */
const PARTICLES = new Set(['down', 'up', 'over', 'back', 'in', 'out', 'all', 'away']);

/** The `n` words before `start` (from at most 40 characters back), lower case. */
function wordsBefore(block: string, start: number, n: number): string[] {
  if (charAt(block, start - 1) !== ' ') return [];
  const words = block
    .slice(Math.max(0, start - 40), start - 1)
    .split(' ')
    .map((w) => w.toLowerCase());
  return words.slice(-n);
}

/** Whether the name `m` of `block` is followed by "'s" ("outside Halden's plant"). */
function possessive(block: string, m: EntityMention): boolean {
  const c = charAt(block, m.end);
  return (c === "'" || c === '’') && charAt(block, m.end + 1) === 's';
}

/**
 * The mentions with the listed cities typed ORG after a place's preposition made places, and
 * the unlisted towns after "near", "toward" ...; `isCity` tells a listed city, `isKnownWord` a
 * word the lists know as an organisation's or a common word.
 */
export function withCitiesAfterPrepositions(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isCity: (name: string) => boolean,
  isKnownWord: (word: string) => boolean = () => true,
): EntityMention[] {
  const candidates = mentions.filter((m) => m.type === 'ORG' || m.type === 'OTHER');
  if (candidates.length === 0) return unchanged(mentions);
  let sports: boolean | undefined;
  const places = new Set<EntityMention>();
  for (const m of candidates) {
    const block = text.get(m.blockId) ?? '';
    // The word before, read alone first: most organisations follow no preposition of place.
    if (charAt(block, m.start - 1) !== ' ') continue;
    const prep = (lastWordIn(block, Math.max(0, m.start - 9), m.start - 1)?.text ?? '').toLowerCase();
    if (prep === 'the') {
      // "a cereal farmer from the Beauce": only a person's noun before "from the".
      if (
        block.slice(Math.max(0, m.start - 10), m.start) === ' from the ' &&
        fromPerson(block, m.start - 4, m, isKnownWord)
      )
        if ((sports ??= isSportsText(text)) === false) places.add(m);
      continue;
    }
    if (!PLACE_WORDS.has(prep) && !MOVE_WORDS.has(prep) && !NEAR_WORDS.has(prep)) continue;
    if (m.type === 'OTHER') {
      if (prep === 'from' && travelledFrom(block, m, isKnownWord, () => (sports ??= isSportsText(text)))) places.add(m);
      continue;
    }
    if (!m.text.includes(' ') && isCity(m.text)) {
      const words = wordsBefore(block, m.start, 2);
      const before = words[words.length - 2] ?? '';
      sports ??= isSportsText(text);
      if (PLACE_WORDS.has(prep) || (MOVE_WORDS.has(prep) && (!sports || (prep === 'to' && TRAVEL.has(before)))))
        places.add(m);
    } else if (NEAR_WORDS.has(prep) && !possessive(block, m) && !m.text.split(' ').some(isKnownWord)) places.add(m);
    else if (prep === 'from' && travelledFrom(block, m, isKnownWord, () => (sports ??= isSportsText(text))))
      places.add(m);
  }
  return places.size === 0 ? [...mentions] : mapped(mentions, (m) => (places.has(m) ? retype(m, 'PLACE' as const) : m));
}

/**
 * Whether the unlisted name `m` after "from" in `block` is a town travelled from: a word of
 * travel or distance before "from" (a particle between), none of its words known to the lists,
 * no "'s" after it; in a sports story (`sports`) only a distance.
 */
function travelledFrom(
  block: string,
  m: EntityMention,
  isKnownWord: (word: string) => boolean,
  sports: () => boolean,
): boolean {
  const words = wordsBefore(block, m.start, 3);
  let k = words.length - 2;
  if (PARTICLES.has(words[k] ?? '')) k--;
  const cue = words[k] ?? '';
  if (PEOPLE_FROM.has(cue)) return fromPerson(block, m.start, m, isKnownWord) && !sports();
  if (!TRAVEL_FROM.has(cue)) return false;
  if (possessive(block, m) || m.text.split(' ').some(isKnownWord)) return false;
  return DISTANCES.has(cue) || !sports();
}

/**
 * Whether a person's noun stands right before "from " ending at `at` in `block` ("a nurse from"),
 * and the unlisted name `m` after it has no "'s" and none of its words known to the lists.
 */
function fromPerson(block: string, at: number, m: EntityMention, isKnownWord: (word: string) => boolean): boolean {
  const words = wordsBefore(block, at, 2);
  if (words[words.length - 1] !== 'from' || !PEOPLE_FROM.has(words[words.length - 2] ?? '')) return false;
  // An acronym is an institution's ("a worker from M.I.T.", "a man from the NHS").
  if (m.text.includes('.') || m.text === m.text.toUpperCase()) return false;
  return !possessive(block, m) && !m.text.split(' ').some(isKnownWord);
}

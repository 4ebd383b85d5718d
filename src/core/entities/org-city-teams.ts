/**
 * A team named by its city and its nickname is a club (eval/gold/guidelines/names.md: clubs
 * and teams are ORG): "the Hobart Hurricanes", "Brisbane Heat", "the Miami Heat". The tagger
 * reads the city and calls the whole a place, or calls it OTHER. Only in a sports story
 * (club-context.ts: two different words of sport), and only for a mention typed PLACE or OTHER
 * whose words before the last are a listed city or region and whose last word is a nickname:
 *
 * - a capitalised plural ("Hurricanes", "Scorchers") that is no place's or event's plural
 *   ("Heights", "Falls", "Olympics", "Games");
 * - a team's word of the word lists (`isTeam`), or a singular nickname of the short list below
 *   ("Heat", "Thunder", "Storm").
 */
import type { EntityMention } from '../types';
import { mapped, retype, unchanged } from './by-block';
import { isSportsText } from './club-context';

/** Singular nicknames of clubs named by their city (NBA, WNBA, NHL, MLS, Big Bash, NRL), lower-case. */
const SINGULAR_NICKNAMES = new Set(
  'heat thunder magic jazz wild lightning storm fever sparks lynx galaxy crew kraken avalanche fire'.split(' '),
);

/** Plurals after a city that name a place, a feature or an event, not a team, lower-case. */
const NOT_NICKNAMES = new Set(
  (
    'heights falls springs hills gardens lakes islands isles plains woods downs sands keys rocks wells ' +
    'docks fields meadows banks bays parks flats narrows estates beaches quays highlands lowlands ' +
    'olympics paralympics games championships masters nationals finals trials awards open opens ' +
    'marathons series classics internationals athletics'
  ).split(' '),
);

/** A capitalised word: one capital, then lower-case letters (a digit ends it: "49ers" is listed). */
function isCapitalised(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word);
}

/** Whether `word` (as written) is a club's nickname after a city. */
function isNickname(word: string, isTeam: (word: string) => boolean): boolean {
  const lower = word.toLowerCase();
  if (isTeam(lower) || SINGULAR_NICKNAMES.has(lower)) return isCapitalised(word);
  return (
    isCapitalised(word) && lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !NOT_NICKNAMES.has(lower)
  );
}

/**
 * The mentions of a sports story with "city + nickname" made clubs; `isPlace`: a listed city or
 * region (as written), `isTeam`: a lower-case word of the lists' teams.
 */
export function withCityTeams(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isPlace: (name: string) => boolean,
  isTeam: (word: string) => boolean,
): EntityMention[] {
  if (!mentions.some((m) => m.type !== 'ORG' && m.text.includes(' ')) || !isSportsText(text))
    return unchanged(mentions);
  return mapped(mentions, (m) => {
    if (m.type !== 'PLACE' && m.type !== 'OTHER') return m;
    const words = m.text.split(' ');
    if (words.length < 2 || words.length > 4) return m;
    const last = words[words.length - 1] ?? '';
    const city = words.slice(0, -1).join(' ');
    return isNickname(last, isTeam) && isPlace(city) ? retype(m, 'ORG' as const) : m;
  });
}

/**
 * A city that plays is its club (eval/gold/guidelines/names.md: "a city or state standing for its
 * club is ORG"; lang-news.md: teams by city ORG, the city where a game is played LOC). The tagger
 * reads a city before a verb of play as the place ("Toronto allowed 3.15 goals a game", "Phoenix
 * had gone 2-3 in the Swiss stage", "Toronto has won one playoff round since 2004").
 * club-context.ts reads a city beside a fixture's or a result's words; this reads a city as the
 * subject of a verb of play. Issue 15, the families of the en-train pages (the Toronto Star,
 * Dexerto, AP News).
 *
 * After tagging (English), in a sports story (club-context.ts): a mention typed PLACE that the
 * word lists hold as a city or a region (not a country, nor a nation the lists hold as a region,
 * "England", "Wales": a national team named by its country is a place) and that stands before a verb of play, "has", "had", "have" or "also" before it or not
 * ("won", "beat", "allowed", "scored", "went", "take"), is ORG, and so is every other PLACE
 * mention of the same name but one after a preposition of place ("a trip to Toronto", "in
 * Toronto"). Nothing to do in a text without a PLACE mention before such a verb.
 */
import type { EntityMention } from '../types';
import { isSportsText } from './club-context';
import { mapped, retype, unchanged } from './by-block';

/** After the city: a verb of play, an auxiliary before it or not. */
const PLAY_AFTER =
  /^ (?:(?:has|had|have|also) )?(?:won|wins|beat|beats|lost|loses|allowed|allows|scored|scores|conceded|concedes|clinched|clinches|trailed|trails|went|goes|gone|finished|drafted|traded|signed|waived|outscored|edged|swept|take|takes|took|beaten)\b/u;

/** Nations the word lists hold as regions: their national teams are places. */
const NATIONS = new Set([
  'England',
  'Scotland',
  'Wales',
  'Northern Ireland',
  'Ireland',
  'Britain',
  'Great Britain',
  'Hong Kong',
  'Macau',
  'Taiwan',
  'Puerto Rico',
  'Catalonia',
  'Basque Country',
  'Faroe Islands',
  'Greenland',
]);

/** Words before a city that keep it the place. */
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:in|from|to|near|into|across|around|outside|inside|downtown|at|of)(?: the)? $/u;

/** `mentions` with cities that play made clubs, with their other mentions, in a sports story. */
export function withCitySubjects(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isCity: (name: string) => boolean,
): EntityMention[] {
  let clubs: Set<string> | null = null;
  for (const m of mentions) {
    if (m.type !== 'PLACE' || clubs?.has(m.text)) continue;
    const block = text.get(m.blockId) ?? '';
    if (block.charCodeAt(m.end) !== 32 || !PLAY_AFTER.test(block.slice(m.end, m.end + 24))) continue;
    if (NATIONS.has(m.text) || !isCity(m.text)) continue;
    (clubs ??= new Set()).add(m.text);
  }
  if (clubs === null || !isSportsText(text)) return unchanged(mentions);
  const names = clubs;
  return mapped(mentions, (m) => {
    if (m.type !== 'PLACE' || !names.has(m.text)) return m;
    const block = text.get(m.blockId) ?? '';
    return PLACE_BEFORE.test(block.slice(Math.max(0, m.start - 16), m.start)) ? m : retype(m, 'ORG');
  });
}

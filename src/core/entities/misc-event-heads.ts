/**
 * A named event is OTHER (eval/gold/guidelines/names.md, "Hard cases": a named recurring event
 * or contest is MISC; "Decisions from the first reading": `Milan Design Week`). The tagger reads a
 * name of several words that ends in an event's noun as an organisation when its first words
 * are a place or a body ("Seattle Restaurant Week", "United Nations Climate Action Summit", "New
 * York Comic Con", "Mobile World Congress", "the Union Square Holiday Market"). After tagging
 * (English): an ORG or PLACE mention of two words or more whose last word is such a noun is
 * OTHER. "Market" counts only after a season's word ("Christmas Market": a market of one season
 * is an event, while "Whole Foods Market" is a company and "Pike Place Market" a place), and
 * "Congress" only after "World" or a society's acronym of three letters or more ("the ESMO
 * Congress"; "the Library of Congress", "Indian National Congress" and "US Congress" are
 * bodies); "Weekend" too ("the Chesapeake Folk Weekend", en-train20).
 *
 * Per mention, a look at its last word.
 */
import type { EntityMention } from '../types';
import { retype, unchanged } from './by-block';

/** Last words that make a name an event's. */
const EVENT_NOUNS = new Set(['Summit', 'Week', 'Con', 'Weekend']);

/** A society's acronym before "Congress" ("ESMO"). */
const ACRONYM = /^[A-Z]{3,6}$/u;

/** Countries' codes before "Congress": the legislature. */
const COUNTRY_CODES = new Set(['USA', 'PHL', 'COL', 'PER', 'ARG', 'BRA', 'MEX', 'CHL']);

/** Words before "Market" that make it a season's market, an event. */
const SEASONS = new Set(['Christmas', 'Holiday', 'Winter', 'Festive', 'Xmas', 'Night']);

/** Whether a name whose words are `words` is an event's by its last words. */
function isEventName(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  const before = words[words.length - 2] ?? '';
  if (EVENT_NOUNS.has(last)) return true;
  if (last === 'Market') return SEASONS.has(before);
  // A society's yearly congress by its acronym ("the ESMO Congress": en-train19), not a country's ("US Congress").
  return last === 'Congress' && (before === 'World' || (ACRONYM.test(before) && !COUNTRY_CODES.has(before)));
}

/** The mentions with events named by their noun made OTHER. */
export function withEventHeads(mentions: readonly EntityMention[]): EntityMention[] {
  let out: EntityMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    const event = (m.type === 'ORG' || m.type === 'PLACE') && m.text.includes(' ') && isEventName(m.text.split(' '));
    if (event) out ??= mentions.slice(0, i);
    out?.push(event ? retype(m, 'OTHER') : m);
  }
  return out ?? unchanged(mentions);
}

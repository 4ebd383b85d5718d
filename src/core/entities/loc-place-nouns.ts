/**
 * A name before a lower-case noun of a place is the place's name (English, issue 15; lang-news
 * rulings: after a lower-case noun only the name is marked, a theatre named after a person before
 * a lower-case "theatre" the name only, LOC): "a short run at Hull Truck theatre", "transfers to
 * the Stephen Joseph theatre", "the winding gear of the Maerdy Fach colliery", "up and down the
 * Northumberland coast", "outside the DACH region", "the Woodall Rodgers eastbound ramp". The
 * tagger reads such a name as the company or the person it is named after. A mention typed
 * organisation or person with one of these nouns right after it (a direction's adjective may come
 * between) becomes a place. Nouns of a business stay out ("the Carrow Textile mill", "a Dunlop
 * plant": the company), and so do nouns a demonym or a company often comes before ("peninsula",
 * "mine"). A name typed OTHER is the place before a few nouns ("region", "crossing", "pass")
 * where its last word reads as no demonym (names47a). A name the tagger read as a person before a
 * noun of a land or a region ("peninsula", "prefecture", "province", "district", "state") is the
 * place too ("the Noto peninsula": en-564; names47b): a demonym is no person there. Each mention
 * reads at most 30 characters after it.
 *
 * names48a (en-train21): the nouns count in the plural too ("the Phillips and Central
 * neighborhoods", "Harnett and Lee counties": en-577, en-587; the first of two names joined so,
 * made a place too, lost a name on a measure-only set and was dropped). A county's name read as
 * an organisation before a lower-case noun of its people or officers is the place ("Harnett
 * County deputies", "Harnett County commissioners adopted": en-587; the train gold writes "<name>
 * County" LOC 52 times in 58, a county standing for its government LOC as lang-news.md rules for
 * en-593).
 */
import { charAt, codeAt } from './chars';
import type { EntityMention } from '../types';
import { mapped, retype } from './by-block';

/** Lower-case nouns of a place after its name. */
const PLACE_NOUNS = new Set(
  'theatre theater church chapel cathedral colliery coast coastline region valley ramp bridge tunnel estuary village neighbourhood neighborhood suburb courthouse villages neighbourhoods neighborhoods suburbs'.split(
    ' ',
  ),
);

/** Lower-case nouns of a county's people and officers after its name ("Harnett County deputies"). */
const COUNTY_NOUNS = new Set(
  'deputies deputy commissioners commissioner supervisors officials residents voters sheriff jail schools officers authorities leaders administrator administrators'.split(
    ' ',
  ),
);

/** Whether the mention `m` of `block`, typed ORG, is a county's name before a noun of its people or officers. */
function countyBeforeNoun(block: string, m: EntityMention): boolean {
  if (!m.text.endsWith(' County')) return false;
  const c = codeAt(block, m.end + 1);
  if (c < 97 || c > 122) return false;
  const [word, end] = nextWord(block, m.end);
  return COUNTY_NOUNS.has(word) && !/\p{L}/u.test(charAt(block, end));
}

/** Lower-case nouns of a land or a region, after a name read as a person ("the Noto peninsula"). */
const REGION_NOUNS = new Set(
  'peninsula prefecture province county district island islands oblast governorate state municipality archipelago atoll canton counties districts provinces'.split(
    ' ',
  ),
);

/** A direction's adjective that may stand between the name and the noun ("eastbound ramp"). */
const DIRECTIONS = new Set('eastbound westbound northbound southbound east west north south'.split(' '));

/** The lower-case ASCII word after the space at `at` in `block` (at most 30 characters), and where it ends. */
function nextWord(block: string, at: number): [string, number] {
  if (codeAt(block, at) !== 32) return ['', at];
  let end = at + 1;
  const limit = Math.min(block.length, at + 31);
  for (let c = codeAt(block, end); end < limit && c >= 97 && c <= 122; c = codeAt(block, ++end));
  return [block.slice(at + 1, end), end];
}

/** Whether `name` opens with a lower-case letter. */
function startsLower(name: string): boolean {
  // An ASCII first letter by its code (speed, issue 15); another by its case, as before.
  const c = name.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  const first = charAt(name, 0);
  return first !== first.toUpperCase();
}

/**
 * Nouns of a place after a name the tagger typed OTHER that make it the place ("the Amhara
 * region", "the Adré crossing", "the Sekihoku pass", "the Dirksen courthouse"; names47a,
 * en-train18-20): not a church's (a faith's adjective is OTHER: "a Baptist church").
 */
const OTHER_NOUNS = new Set('region valley crossing pass courthouse estuary'.split(' '));

/** The last word's endings of demonyms and adjectives ("German region", "Chinese coast", "Kurdish region", "Basque"). */
const ADJECTIVE_END = /(?:an|ese|ish|ist|ic|ch|i|ern|al|ant|que|ed)$/u;

/** The lower-case noun of a place after the mention `m` of `block`, or ''. */
function placeNounAfter(block: string, m: EntityMention): string {
  // Most mentions have no lower-case word after them: one character says so.
  const c = codeAt(block, m.end + 1);
  if (c < 97 || c > 122) return '';
  let [word, end] = nextWord(block, m.end);
  if (DIRECTIONS.has(word)) [word, end] = nextWord(block, end);
  const noun = PLACE_NOUNS.has(word) || OTHER_NOUNS.has(word) || REGION_NOUNS.has(word);
  return noun && !/\p{L}/u.test(charAt(block, end)) ? word : '';
}

/**
 * Whether the mention `m` before the noun `noun` is the place: an organisation before any of
 * `PLACE_NOUNS`, a person before those or `REGION_NOUNS`, another name before `OTHER_NOUNS` that
 * reads as no adjective.
 */
function isPlaceBefore(m: EntityMention, noun: string): boolean {
  if (m.type === 'ORG') return PLACE_NOUNS.has(noun);
  if (m.type === 'PERSON') return PLACE_NOUNS.has(noun) || REGION_NOUNS.has(noun);
  return m.type === 'OTHER' && OTHER_NOUNS.has(noun) && !ADJECTIVE_END.test(m.text);
}

/** The mentions with the names before a lower-case noun of a place made places (`text`: each block's text by id). */
export function withPlaceNouns(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  // A mention that opens with a lower-case word ("mainly-Moslem North Caucasus") is cut wrong: left as it is.
  return mapped(mentions, (m) => {
    if (m.type === 'PLACE' || startsLower(m.text)) return m;
    const block = text.get(m.blockId) ?? '';
    const noun = placeNounAfter(block, m);
    if (noun && isPlaceBefore(m, noun)) return retype(m, 'PLACE' as const);
    return m.type === 'ORG' && countyBeforeNoun(block, m) ? retype(m, 'PLACE' as const) : m;
  });
}

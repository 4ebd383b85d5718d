/**
 * A building named as where something happens is a place (eval/gold/guidelines/names.md:
 * "venues, stadiums, airports, streets and buildings are LOC"; lang-news.md: "a library used as a
 * venue LOC", "a museum LOC where a show opens"). The tagger reads "the Grand Island Public
 * Library", "the State Library", "Ford Performance Centre" as bodies from their capitals even
 * where the sentence puts something at them ("a session at the ... Library", "practice at ...
 * Centre", "outside the ... Library"). Issue 15, the families of the en-train pages (Al Jazeera,
 * The Sydney Morning Herald, KSNB, the Toronto Star, The Hindu).
 *
 * After tagging (English): a mention typed ORG whose last word is a building's ("Library",
 * "Museum", "Centre"/"Center", "Hall", "Theatre"/"Theater", "Gallery", "Studios", "Opera
 * House"; names46a, en-train9 … 19: "Bowl", "Pub", "Club", "Works": "at the Hollywood Bowl",
 * "at St. Nick's Pub", "a dance at the Intercolonial Club", "died at the Gary Works") right after
 * "at" (a sentence's "At" too), "outside", "inside", "in" or "near" (with "the" or not), and not
 * followed by a possessive, is a place; so is a bowl there that the tagger typed OTHER (not "the
 * Super Bowl", the game). A centre that is a body by its words ("Medical Center", "Climate
 * Prediction Center", "Space Applications Centre", a research or health centre), a club of a
 * sport ("Football Club") and a body's works ("Department of Public Works") are left. Nothing to
 * do in a text without one of the building words.
 */
import type { EntityMention } from '../types';
import { mapped, retype, someBlock, unchanged } from './by-block';
import { charAt } from './chars';

/** The cheap check: a building's word after a capitalised word. */
const ANY_BUILDING =
  /\p{L} (?:Library|Museum|Cent(?:er|re)|Hall|Theat(?:re|er)|Gallery|Studios|House|Bowl|Pub|Club|Works)\b/u;

/** A building's last words. */
const BUILDING_LAST =
  / (?:Library|Museum|Cent(?:er|re)|Hall|Theat(?:re|er)|Gallery|Studios|Opera House|Bowl|Pub|Club|Works)$/u;

/** A bowl that is a game, not its stadium ("the Super Bowl"): left. */
const BOWL_GAME = /^Super Bowl$/u;

/** A club of a sport or a body's works: the club or the body, not a building ("Glenavon Football Club", "Public Works"). */
const CLUB_OR_WORKS_BODY =
  /\b(?:Athletic|Racing|Football|Rugby|Cricket|Hockey|Soccer|Sports|Rowing|Boxing|Public Works|Department|Ministry|Board)\b/u;

/** Words that make a centre or hall a body: a hospital, a research or service centre. */
const BODY_WORDS =
  /\b(?:Medical|Health|Cancer|Research|Prediction|Applications|Data|Policy|Studies|Science Center|Fame|Control|Operations|Command|Coordination|Information|Call|Contact|Resource|Support|Services|Service)\b/u;

/** Before the building: a preposition of place, "the" or not. */
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:[Aa]t|outside|inside|in|near)(?: the)? $/u;

/** Whether `m`, in `block`, is a building named as where something happens. */
function isVenueAt(block: string, m: EntityMention): boolean {
  if (!BUILDING_LAST.test(m.text) || BODY_WORDS.test(m.text) || CLUB_OR_WORKS_BODY.test(m.text)) return false;
  if (m.type === 'OTHER' && (!m.text.endsWith(' Bowl') || BOWL_GAME.test(m.text))) return false;
  const next = charAt(block, m.end);
  if (next === "'" || next === '’') return false;
  return PLACE_BEFORE.test(block.slice(Math.max(0, m.start - 12), m.start));
}

/** `mentions` with buildings after a preposition of place made places. */
export function withVenuesAtPrepositions(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  if (!someBlock(text, ANY_BUILDING)) return unchanged(mentions);
  return mapped(mentions, (m) =>
    (m.type === 'ORG' || m.type === 'OTHER') && isVenueAt(text.get(m.blockId) ?? '', m) ? retype(m, 'PLACE') : m,
  );
}

/**
 * Clubs named by their city in a sports story (English, issue 15; names guidelines: "a city or
 * state standing for its club is ORG", the same string as a place LOC; a national team named by
 * its country stays a place). The tagger reads most of them as places. Only in a text that is a
 * sports story (two different words of sport: "quarterback", "playoffs", "kickoff", "NFL" ...)
 * and only with a signal beside the mention:
 *
 * - a team's record in brackets after it ("Atlanta (7-8)"), a ranking before it ("No. 4 Iowa"),
 *   a record or score after a verb ("Detroit went 15-2", "New Orleans led 93-76");
 * - a fixture's word before it ("vs. Chicago", "against Houston", "host Memphis", "beaten
 *   Carolina"), a result before "to", "over" or "of" ("lost to Tampa Bay", "a win over
 *   Minnesota", "the visit of Burnley"), "at" before a listed city or state with a fixture's
 *   time or day after it ("at Green Bay, 4:25 p.m.", "At Winnipeg on Tuesday night": "at" alone
 *   is as often the venue, as CoNLL-2003 has it: "play at Cardiff"), or after a team's name
 *   and a colon ("Bruins: At Winnipeg");
 * - a role after its possessive ("Buffalo's defense", "Luton's manager");
 * - a line that opens with it and a colon ("Iowa: The Hawkeyes ...", the "UP NEXT" lines);
 * - a club's own suffix after a listed city ("Norwich City", "Luton Town", "Nottingham Forest").
 *
 * A club named in full by its city and its own suffix ("Luton Town") or as the word lists name
 * a team ("the Charlotte Hornets", `isTeam`) makes its city alone the club too.
 *
 * A name made a club so is the club throughout the text, except after "in", "from", "to" and
 * the like ("a matchup in Atlanta", "fly to Toronto": the place). Each signal reads the
 * mention's own words and at most 40 characters on either side; the sports test is one pass
 * over each block.
 */
import { charAt, codeAt, isSpaceCode } from './chars';
import type { EntityMention } from '../types';
import { mapped, retype, unchanged } from './by-block';
import { mayHoldStrings, perText } from './cue-index';
import { lastSpace } from './last-space';

/** Words of sport: a text with two different ones is a sports story. */
const SPORTS_CUES =
  /\b(?:quarterbacks?|touchdowns?|kickoff|kick-off|playoffs?|play-offs?|preseason|pre-season|halftime|half-time|goalkeeper|striker|midfielder|linebackers?|innings|wickets?|rebounds|home opener|wild-card|grand final|premierships?|relegat(?:ed|ion)|head coach|standings|hat-trick|NFL|NBA|NHL|MLB|MLS|AFL|NRL|IPL|NCAA|Premier League|Big Ten|Super Bowl|World Series|Stanley Cup|regular season|regular-season|3-pointers?|three-pointers?|free throws?|field goals?|College Football|first-round picks?|second-round picks?|trade deadline|play-in)\b/g;

/** `isSportsText`'s question (`perText`): several correction passes ask it of one text in turn. */
const SPORTS_STORY = {};

/** Whether the blocks read as a sports story: two different words of sport. */
export function isSportsText(text: ReadonlyMap<number, string>): boolean {
  return perText(text, SPORTS_STORY, () => readsAsSports(text));
}

function readsAsSports(text: ReadonlyMap<number, string>): boolean {
  // Not two different words of sport when the text's index of words holds fewer than two of
  // them (cue-index.ts; most texts with a word of sport have that one only).
  if (!mayHoldStrings(text, SPORTS_CUES, 2)) return false;
  const seen = new Set<string>();
  for (const block of text.values()) {
    SPORTS_CUES.lastIndex = 0;
    for (const match of block.matchAll(SPORTS_CUES)) {
      seen.add(match[0].toLowerCase());
      if (seen.size >= 2) return true;
    }
  }
  return false;
}

/** Words before a club in a fixture or a result ("vs. Chicago", "against Houston", "beaten Carolina"). */
const FIXTURE_BEFORE = new Set(
  'vs vs. v v. versus against host hosts hosted hosting visit beat beaten beating outscored edged routed blanked swept'.split(
    ' ',
  ),
);

/** Words of a result before "to", "over" or "of" and a club ("lost to", "win over", "visit of"). */
const RESULT_BEFORE = new Set(
  'lost lose loses losing loss losses defeat defeats win wins won winning victory victories rout visit trip'.split(' '),
);
const RESULT_LINKS = new Set(['to', 'over', 'of']);

/** Roles after a club's possessive ("Buffalo's defense"). */
const ROLES_AFTER_POSSESSIVE = new Set(
  'quarterback coach manager striker goalkeeper defense defence offense offence bench lineup roster bullpen squad captain home fans finals'.split(
    ' ',
  ),
);

/** A club's own last words after its city ("Norwich City", "Luton Town"). */
const CLUB_SUFFIXES = new Set(
  'City Town United Rovers Athletic Wanderers Albion Hotspur Forest Rangers Argyle Orient Alexandra'.split(' '),
);

/** Club suffixes that a town's name seldom ends in ("Luton Town", "Bristol Rovers"; a listed town, "Cape Town", is left alone). */
const TOWNLESS_SUFFIXES = new Set('Town United Rovers Athletic Wanderers Albion Hotspur Argyle Orient'.split(' '));

/** Words before a place that stays a place where the same name is elsewhere the club. */
const PLACE_BEFORE = new Set('in from to near into across around outside inside downtown'.split(' '));

/** A fixture list's home or away mark after a club: " (a)", " (h)". */
const HOME_AWAY_AFTER = /^ \([ahAH]\)/u;

/** A team's record in brackets after its name: " (7-8)", " (12-0, 8-0 Big Ten)". */
const RECORD_AFTER = /^ \(\d{1,2}-\d{1,2}(?:-\d{1,2})?[,)]/u;

/** A record or a score after a verb: " went 15-2", " led 93-76", " is 9-5", " took a 2-1 lead". */
const SCORE_AFTER =
  /^ (?:went|led|leads|trailed|trails|won|lost|is|was|improved to|fell to|took a) \d{1,3}-\d{1,3}(?![\d-])/u;

/** A fixture's time or day after "at" and a club: ", 8:15 p.m.", " on Tuesday", " on Dec. 3". */
const FIXTURE_AFTER_AT =
  /^(?:, \d{1,2}(?::\d\d)? ?[ap]\.?m|,? on (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|New Year|Boxing Day|Christmas))/u;

/** A line's team and colon before "At" and its next opponent ("Bruins: At Winnipeg"). */
const NEXT_GAME_BEFORE = /\n[\p{L} .'’]{2,30}: At $/u;

/** A ranking before a name: "No. 4 ", "No. 12 ". */
const RANKED_BEFORE = /(?:^|\s)No\. \d{1,2} $/u;

/** The last (at most three) words before `start`, read from at most 40 characters back, without edge punctuation but keeping "vs.". */
function wordsBefore(block: string, start: number): string[] {
  // Read back from `start` (no copy of the 40 characters, no split of all their words): as
  // `block.slice(from, start).split(/\s+/u)` without its first piece when the stretch starts
  // inside the block (it may be cut), its empty pieces and all but its last three.
  const from = Math.max(0, start - 40);
  const words: string[] = [];
  let i = start;
  while (words.length < 3) {
    while (i > from && isSpaceCode(codeAt(block, i - 1))) i--;
    const end = i;
    while (i > from && !isSpaceCode(codeAt(block, i - 1))) i--;
    if (end === i || (i === from && from > 0)) break;
    const w = block.slice(i, end);
    words.push(w === 'vs.' || w === 'No.' ? w : trimmed(w));
  }
  return words.reverse();
}

/** Punctuation before and after a word ("(at", "Carolina,"). */
const OPENING = new Set('("“‘—–-');
const CLOSING = new Set(',;:)"”’—–');

/** `word` without the punctuation at its edges (a loop: no regular expression to backtrack). */
function trimmed(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && OPENING.has(charAt(word, start))) start++;
  while (end > start && CLOSING.has(charAt(word, end - 1))) end--;
  return word.slice(start, end);
}

/** A score or a record of two numbers ("45-31", "9-6"): digits, one hyphen, digits (a loop, no pattern). */
function isScore(word: string): boolean {
  const dash = word.indexOf('-');
  if (dash < 1 || dash > 3 || word.length - dash - 1 < 1 || word.length - dash - 1 > 3) return false;
  for (let i = 0; i < word.length; i++) {
    const c = codeAt(word, i);
    if (i !== dash && (c < 48 || c > 57)) return false;
  }
  return true;
}

/** Whether the mention `m` of its block is a club by its own context. */
function clubBySignal(block: string, m: EntityMention, isListedPlace: (name: string) => boolean): boolean {
  const after = block.slice(m.end, m.end + 40);
  // Each pattern's first character after the mention, or last before it, is read first.
  const next = charAt(block, m.end);
  if (next === ' ' && (RECORD_AFTER.test(after) || SCORE_AFTER.test(after))) return true;
  // A fixture list's home or away mark ("Brighton (a), 3pm"), or the home side before "v" ("Brighton v Ipswich").
  if (next === ' ' && (HOME_AWAY_AFTER.test(after) || after.startsWith(' v ') || after.startsWith(' v. '))) return true;
  const possessive = next === "'" || next === '’' ? /^['’]s (\p{L}+)/u.exec(after) : null;
  if (possessive && ROLES_AFTER_POSSESSIVE.has((possessive[1] ?? '').toLowerCase())) return true;
  const digit = codeAt(block, m.start - 2);
  if (charAt(block, m.start - 1) === ' ' && digit >= 48 && digit <= 57) {
    if (RANKED_BEFORE.test(block.slice(Math.max(0, m.start - 12), m.start))) return true;
  }
  // A line that opens with the name and a colon ("Iowa: The Hawkeyes ...").
  // A dateline in capitals ("NEW DELHI: The ...") is the place.
  if (after.startsWith(': ') && (m.start === 0 || charAt(block, m.start - 1) === '\n') && /\p{Ll}/u.test(m.text))
    return true;
  const words = wordsBefore(block, m.start);
  const prev = (words[words.length - 1] ?? '').toLowerCase();
  if (FIXTURE_BEFORE.has(prev)) return true;
  // "at" a listed city in a fixture, with its time or day after it ("— at Green Bay, 4:25 p.m.",
  // "At Winnipeg on Tuesday night"); "at" alone is as often the venue ("play at Cardiff").
  // A result "at" a club's city ("a loss at Dallas", "lose at Seattle"): the game, not the venue.
  if (prev === 'at' && RESULT_BEFORE.has((words[words.length - 2] ?? '').toLowerCase()) && isListedPlace(m.text))
    return true;
  if (prev === 'at') {
    // "Bruins: At Winnipeg ...", a team's next game in a line of its own.
    const from = Math.max(0, m.start - 45);
    const upNext =
      words[words.length - 1] === 'At' && NEXT_GAME_BEFORE.test((from === 0 ? '\n' : '') + block.slice(from, m.start));
    return (upNext || FIXTURE_AFTER_AT.test(after)) && isListedPlace(m.text);
  }
  if (RESULT_LINKS.has(prev) && RESULT_BEFORE.has((words[words.length - 2] ?? '').toLowerCase())) return true;
  // "at home to Bolton", "away to Wigan": the opponent.
  if (prev === 'to') {
    const before = (words[words.length - 2] ?? '').toLowerCase();
    if (before === 'away' || (before === 'home' && (words[words.length - 3] ?? '').toLowerCase() === 'at')) return true;
  }
  // A result with its score between ("lost 45-31 to Washington", "a 27-24 win over Denver").
  if (RESULT_LINKS.has(prev) && isScore(words[words.length - 2] ?? '')) {
    return RESULT_BEFORE.has((words[words.length - 3] ?? '').toLowerCase());
  }
  const space = lastSpace(m.text);
  if (space < 0 || isListedPlace(m.text)) return false;
  const suffix = m.text.slice(space + 1);
  return TOWNLESS_SUFFIXES.has(suffix) || (CLUB_SUFFIXES.has(suffix) && isListedPlace(m.text.slice(0, space)));
}

/**
 * The mentions (in text order) with the clubs of a sports story typed as organisations;
 * `isCountry` tells a country's name, `isListedPlace` a city's, region's or state's, `isTeam` a
 * team's full name ("Charlotte Hornets").
 */
export function clubsInContext(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isCountry: (name: string) => boolean,
  isListedPlace: (name: string) => boolean,
  isTeam: (name: string) => boolean = () => false,
): EntityMention[] {
  // Most texts are no sports story, and most sports stories' places are all tagged alike.
  if (!mentions.some((m) => m.type === 'PLACE') || !isSportsText(text)) return unchanged(mentions);
  const clubs = new Set<string>();
  // A club named in full by its city and its own suffix ("Luton Town") is the club by its city alone too.
  for (const m of mentions) {
    const space = lastSpace(m.text);
    if (space < 0 || isListedPlace(m.text)) continue;
    const suffix = m.text.slice(space + 1);
    if ((m.type === 'ORG' && CLUB_SUFFIXES.has(suffix)) || (m.type === 'PLACE' && TOWNLESS_SUFFIXES.has(suffix)))
      clubs.add(m.text.slice(0, space));
    // A team named in full by its city and its nickname ("the Charlotte Hornets") is the team by its city alone too.
    else if (m.type === 'ORG' && isTeam(m.text) && isListedPlace(m.text.slice(0, space)))
      clubs.add(m.text.slice(0, space));
  }
  let last: EntityMention | undefined;
  const out = mapped(mentions, (m) => {
    const before = last;
    last = undefined;
    if ((m.type !== 'PLACE' && m.type !== 'ORG') || isCountry(m.text)) return m;
    const block = text.get(m.blockId) ?? '';
    // A club the tagger typed so, by a signal of its own, is the club where the same name is typed a place.
    if (m.type === 'ORG') {
      if (!m.text.includes(' ') && clubBySignal(block, m, isListedPlace)) clubs.add(m.text);
      return m;
    }
    // A place joined by "and" to a club just made so by its signal ("beat Indianapolis and Baltimore").
    const joined = before !== undefined && before.blockId === m.blockId && block.slice(before.end, m.start) === ' and ';
    if (!joined && !clubBySignal(block, m, isListedPlace)) return m;
    clubs.add(m.text);
    last = m;
    return retype(m, 'ORG' as const);
  });
  if (clubs.size === 0) return out;
  return mapped(out, (m) => {
    if (m.type !== 'PLACE' || !clubs.has(m.text)) return m;
    const words = wordsBefore(text.get(m.blockId) ?? '', m.start);
    const prev = (words[words.length - 1] ?? '').toLowerCase();
    return PLACE_BEFORE.has(prev) ? m : retype(m, 'ORG' as const);
  });
}

/**
 * Sides named by their town or their nickname in a match report are clubs (names guidelines:
 * "a city or state standing for its club is ORG", "Dallas" for the Cowboys; clubs named as
 * clubs, `Steelers`). club-context.ts reads fixtures and results ("beat Hawthorn", "lost to
 * Tampa Bay"); a report names its sides more often as the subject of the game's own verbs, and
 * the tagger calls them places or OTHER. Only in a sports story (club-context.ts
 * `isSportsText`), for a mention typed PLACE or OTHER that is no country, by a signal beside it:
 *
 * - a game's verb after it ("Essendon kicked six goals", "Boston finished 81-81", "Essendon
 *   face a six-day break", "Carrow held off"), or a record's ("Toronto allowed 3.15 goals",
 *   "has won one playoff round", "had gone 2-3", "last beat Wolves"), or "and" another side before such a verb
 *   ("when Sydney and GWS play at the SCG");
 * - an Australian football score after it ("The Bombers, 12.10 (82), led");
 * - a game's word before it ("to play Port Adelaide", "before meeting St Kilda"), or a trade's
 *   "traded ... to" ("traded Chris Sale to Atlanta");
 * - after its possessive, a result or a player ("Essendon's third straight win", "Essendon's
 *   Dylan Ashcroft-Reid": a first name of the lists);
 * - a nickname: one capitalised plural typed OTHER after "the" or before a player's role ("The
 *   Bombers were outscored", "Bombers midfielder Joel Strachan"), no people, party or event.
 *
 * A name made a club so is the club throughout the text, except after "in", "from", "to" and
 * the like (the place).
 */
import type { EntityMention } from '../types';
import { mapped, retype, unchanged } from './by-block';
import { isSportsText } from './club-context';
import { lastSpace } from './last-space';

/** A game's verbs after a side ("Essendon kicked", "Boston finished 81-81"). */
const VERB_AFTER =
  /^ (?:(?:last|also|then|still|has|have|had|has not|have not|had not) )?(?:kicked|kicks|face|faces|play|played|plays|beat|beats|beaten|defeated|edged|held off|hold off|holds off|trailed|trail|scored|outscored|finished (?:with )?\d|booted|thrashed|thumped|won by|lost by|won \d|won (?:one|two|three|four|five|six|seven|eight|nine|ten) |lost \d|allowed \d|gone \d)\b/u;

/** "and" another side before a game's verb ("Sydney and GWS play"). */
const JOINED_VERB_AFTER = /^ and (?:\p{Lu}[\p{L}]*\.? ){1,2}(?:play|meet|face|clash)\b/u;

/** An Australian football score after a side: ", 12.10 (82)", " 11.9 (75)". */
const AFL_SCORE_AFTER = /^,? \d{1,2}\.\d{1,2} \(\d{1,3}\)/u;

/** Words of a game before a side ("to play Port Adelaide", "before meeting St Kilda"). */
const GAME_BEFORE = new Set('play meet meeting meets playing'.split(' '));

/** A result or a player's role after a side's possessive ("Essendon's third straight win"). */
const AFTER_POSSESSIVE =
  /^['’]s (?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) )?(?:straight |consecutive )?(?:win|wins|loss|losses|victory|defeat|forward|forwards|midfielder|midfielders|defender|ruckman|pitcher|pitchers|fullback|winger|skipper|skipper's|season|rotation|lineup|payroll|front office|best)\b/u;

/** A player's role after a nickname ("Bombers midfielder Joel Strachan"). */
const ROLE_AFTER =
  /^ (?:midfielder|forward|defender|ruckman|coach|captain|skipper|pitcher|quarterback|striker|goalkeeper|winger|fullback|star|rookie|veteran)\b/u;

/** Plurals after "the" that name no club: people, parties, events, awards, lower-case. */
const NOT_NICKNAMES = new Set(
  (
    'olympics paralympics games championships masters nationals finals trials awards opens ashes ' +
    'democrats republicans socialists liberals conservatives greens tories nationals oscars emmys grammys baftas ' +
    'americans australians britons europeans philippines netherlands bahamas maldives alps rockies andes highlands'
  ).split(' '),
);

/** Words before a place that stays a place where the same name is elsewhere the club. */
const PLACE_BEFORE = new Set('in from to near into across around outside inside downtown at'.split(' '));

/** The word before `start` in `block` (at most 30 characters back), lower case, without edge punctuation. */
function wordBefore(block: string, start: number): string {
  const stretch = block.slice(Math.max(0, start - 30), start).trimEnd();
  const space = lastSpace(stretch);
  const word = stretch.slice(space + 1).toLowerCase();
  let end = word.length;
  while (end > 0 && ',;:(“"‘.'.includes(word.charAt(end - 1))) end--;
  let s = 0;
  while (s < end && '(“"‘'.includes(word.charAt(s))) s++;
  return word.slice(s, end);
}

/** Whether `m` reads as a nickname: one capitalised plural word, no people or event. */
function isNickname(m: EntityMention): boolean {
  const t = m.text;
  if (t.includes(' ') || t.length < 5 || !/^\p{Lu}\p{Ll}+s$/u.test(t) || t.endsWith('ss')) return false;
  return !NOT_NICKNAMES.has(t.toLowerCase());
}

/** Whether the mention `m` of its `block` is a side by a signal beside it. */
function sideBySignal(block: string, m: EntityMention, isFirstName: (word: string) => boolean): boolean {
  const prev = wordBefore(block, m.start);
  if (prev === 'to')
    return /\btraded (?:\p{Lu}[\p{L}.'’-]* ){1,3}to $/u.test(block.slice(Math.max(0, m.start - 50), m.start));
  // "rain in Melbourne played havoc": after a place's preposition, the place.
  if (PLACE_BEFORE.has(prev)) return false;
  const after = block.slice(m.end, m.end + 50);
  if (VERB_AFTER.test(after) || JOINED_VERB_AFTER.test(after) || AFL_SCORE_AFTER.test(after)) return true;
  if (AFTER_POSSESSIVE.test(after)) return true;
  const possessive = /^['’]s (\p{Lu}\p{Ll}+) \p{Lu}/u.exec(after);
  if (possessive && isFirstName(possessive[1] ?? '')) return true;
  if (GAME_BEFORE.has(prev)) return true;
  if (m.type === 'OTHER' && isNickname(m)) return prev === 'the' || ROLE_AFTER.test(after);
  return false;
}

/**
 * The mentions of a sports story with its sides named by town or nickname made clubs;
 * `isCountry` tells a country's name (a national side stays the place), `isFirstName` a
 * lower-case first name of the lists.
 */
export function withMatchSides(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isCountry: (name: string) => boolean,
  isFirstName: (word: string) => boolean,
): EntityMention[] {
  if (!mentions.some((m) => m.type === 'PLACE' || m.type === 'OTHER') || !isSportsText(text))
    return unchanged(mentions);
  const sides = new Set<string>();
  const signalled = new Set<EntityMention>();
  for (const m of mentions) {
    if ((m.type !== 'PLACE' && m.type !== 'OTHER') || isCountry(m.text)) continue;
    if (m.type === 'OTHER' && !isNickname(m)) continue;
    if (!sideBySignal(text.get(m.blockId) ?? '', m, isFirstName)) continue;
    sides.add(m.text);
    signalled.add(m);
  }
  if (sides.size === 0) return unchanged(mentions);
  return mapped(mentions, (m) => {
    if ((m.type !== 'PLACE' && m.type !== 'OTHER') || !sides.has(m.text)) return m;
    if (signalled.has(m)) return retype(m, 'ORG' as const);
    return PLACE_BEFORE.has(wordBefore(text.get(m.blockId) ?? '', m.start)) ? m : retype(m, 'ORG' as const);
  });
}

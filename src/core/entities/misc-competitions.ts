/**
 * A football, rugby or cricket league named as the competition clubs play in is an OTHER name
 * (eval/gold/guidelines/names.md, "Sports bodies": "competitions as contests are MISC (`Premier
 * League`, `Champions League` ...)"; "Conferences and divisions of a league": CoNLL-2003 marks
 * `Premier League`, `Bundesliga` and `Super League` MISC 13 times and never ORG). The tagger
 * makes them organisations where a club is "outside the Football League", "in the Premier
 * League" or "11th in League One", and reads "League One" as a place. Issue 15, the families of
 * en-train7 and en-train8 (`Premier League`, `Football League`, `LaLiga`, `IPL`).
 *
 * After tagging (English): a mention whose whole text is one of the competitions below, typed ORG
 * or PLACE, becomes OTHER. A league as a body named by its initials (`NFL`, `EFL`) and a
 * longer name holding a competition ("Premier League Productions") are left alone.
 */
import type { EntityMention } from '../types';
import { mapped, retype, unchanged } from './by-block';

/** The leagues named as competitions, whole. */
const COMPETITIONS = new Set([
  'Premier League',
  'English Premier League',
  'Football League',
  'League One',
  'League Two',
  'National League',
  'Scottish Premiership',
  'Premiership',
  'Champions League',
  'Europa League',
  'Europa Conference League',
  'Conference League',
  "Women's Super League",
  'Women’s Super League',
  'Super League',
  'Bundesliga',
  'LaLiga',
  'La Liga',
  'Serie A',
  'Serie B',
  'Ligue 1',
  'Ligue 2',
  'Eredivisie',
  'Primeira Liga',
  'Danish Superliga',
  'Superliga',
  'A-League',
  'Indian Premier League',
  'IPL',
  'Big Bash League',
  'Super Rugby',
  'United Rugby Championship',
]);

/** Whether `m` is a competition typed an organisation or a place. */
const isMistypedCompetition = (m: EntityMention): boolean =>
  (m.type === 'ORG' || m.type === 'PLACE') && COMPETITIONS.has(m.text);

/** The mentions with the leagues named as competitions typed OTHER. */
export function withCompetitions(mentions: readonly EntityMention[]): EntityMention[] {
  if (!mentions.some(isMistypedCompetition)) return unchanged(mentions);
  return mapped(mentions, (m) => (isMistypedCompetition(m) ? retype(m, 'OTHER' as const) : m));
}

/**
 * Recurring events are OTHER names, their edition year outside (issue 15, en-train9 family 1;
 * names.md "Events"; lang-news.md "an event's edition year stays outside its name (`CES`, `IEM
 * Katowice`, `Reading & Leeds`)"). The tagger reads trade fairs, festivals and tournaments named
 * by one word as places or organisations ("at Gamescom", "Computex in Taipei", "Coachella's
 * lineup"), Grand Slams as places or persons ("at Wimbledon", "Roland Garros"), and keeps the
 * edition year inside the name ("CES 2026", "Ascent Cup 2025"). After tagging (English):
 * - a mention whose whole text is a well-known recurring event below, or "IEM" and a city, is OTHER;
 * - Wimbledon and Roland Garros likewise, in a text about tennis only (Wimbledon is also a
 *   London district and a football club);
 * - an OTHER mention of such an event, or of a name ending in Cup, Tour, Major or Festival,
 *   followed by a year, loses the year ("CES 2026" -> "CES").
 * Cheap: nothing to do in a text without one of the events or a year at a mention's end.
 */
import type { EntityMention } from '../types';
import { mapped, respan, retype, unchanged } from './by-block';
import { lastSpace } from './last-space';

/** Recurring trade fairs, festivals and art fairs known by one name (not places elsewhere). */
const EVENTS = new Set([
  'CES',
  'Computex',
  'Gamescom',
  'E3',
  'SXSW',
  'Coachella',
  'Lollapalooza',
  'Frieze',
  'Art Basel',
  'Comic-Con',
  'BlizzCon',
  'QuakeCon',
  'Reading & Leeds',
  'Reading and Leeds',
]);

/** Grand Slams named after their venue: events only in a text about tennis. */
const TENNIS_EVENTS = new Set(['Wimbledon', 'Roland Garros', 'Roland-Garros']);

/** A text about tennis. */
const TENNIS = /\btennis\b|Grand Slam|\bATP\b|\bWTA\b|Centre Court/u;

/** "IEM" and a capitalised city (the esports tournaments: "IEM Cologne"). */
const IEM = /^IEM \p{Lu}\p{Ll}+$/u;

/** A year at a mention's end, after a space. */
const EDITION_YEAR = / (?:19|20)\d\d$/u;

/** Last words of an event's name that may be followed by its edition year. */
const EVENT_HEADS = new Set(['Cup', 'Tour', 'Major', 'Festival']);

/** Whether `name` is a recurring event (the tennis ones when `tennis`). */
function isEvent(name: string, tennis: boolean): boolean {
  return EVENTS.has(name) || IEM.test(name) || (tennis && TENNIS_EVENTS.has(name));
}

/** The name of an OTHER mention without its edition year, or null. */
function withoutYear(m: EntityMention, tennis: boolean): string | null {
  if (m.type !== 'OTHER' || !EDITION_YEAR.test(m.text)) return null;
  const name = m.text.slice(0, -5);
  const head = name.slice(lastSpace(name) + 1);
  return isEvent(name, tennis) || (name.includes(' ') && EVENT_HEADS.has(head)) ? name : null;
}

/** The mentions with recurring events typed OTHER, their edition years cut off. */
export function withEvents(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  const candidate = (m: EntityMention): boolean =>
    EVENTS.has(m.text) || TENNIS_EVENTS.has(m.text) || IEM.test(m.text) || EDITION_YEAR.test(m.text);
  if (!mentions.some(candidate)) return unchanged(mentions);
  let tennis: boolean | undefined;
  const aboutTennis = (): boolean => {
    if (tennis === undefined) {
      tennis = false;
      for (const block of text.values()) if (TENNIS.test(block)) tennis = true;
    }
    return tennis;
  };
  return mapped(mentions, (m) => {
    if (!candidate(m)) return m;
    const tennisName = TENNIS_EVENTS.has(m.text) || TENNIS_EVENTS.has(m.text.slice(0, -5));
    const isTennis = tennisName && aboutTennis();
    const name = withoutYear(m, isTennis);
    if (name !== null) return respan(m, m.start, m.start + name.length, name);
    if (m.type !== 'OTHER' && isEvent(m.text, isTennis)) return retype(m, 'OTHER' as const);
    return m;
  });
}

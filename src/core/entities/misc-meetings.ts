/**
 * A race meeting, a summer school, a fleadh or a season's markets named by its place is an event
 * (eval/gold/guidelines/names.md: a named recurring event is MISC; the en-train gold marks "the
 * Galway Races next week", "the opening concert of the Willie Clancy Summer School", "the senior
 * fiddle title at the All-Ireland Fleadh", "the opening weekend of the Manchester Christmas
 * Markets" MISC). The tagger reads them as bodies or places from the place or person they are
 * named after. misc-event-heads.ts reads "Summit", "Week", "Con" and a season's "Market"; this
 * reads the heads it does not. Issue 15, the families of the en-train pages (The Irish Times,
 * Manchester Evening News).
 *
 * After tagging (English): a mention typed ORG or PLACE of two words or more whose last word is
 * "Races", "Fleadh", "Feis" or "Eisteddfod", whose last two are "Summer School", or whose last
 * word is "Markets" after a season's word ("Christmas Markets"; "Capital Markets" is a body), is
 * OTHER. Per mention, a look at its last words; no regular expression over the text.
 */
import type { EntityMention } from '../types';
import { mapped, retype } from './by-block';
import { lastSpace } from './last-space';

/** Last words that make a name a meeting's. */
const MEETING_LAST = new Set(['Races', 'Fleadh', 'Feis', 'Eisteddfod']);

/** Words before "Markets" that make them a season's markets. */
const SEASONS = new Set(['Christmas', 'Holiday', 'Winter', 'Festive', 'Xmas', 'Night']);

/** Whether a name of several words is a meeting's by its last words. */
function isMeeting(name: string): boolean {
  const space = lastSpace(name);
  if (space < 0) return false;
  const last = name.slice(space + 1);
  if (MEETING_LAST.has(last)) return true;
  const before = name.slice(lastSpace(name, space - 1) + 1, space);
  if (last === 'Markets') return SEASONS.has(before);
  return last === 'School' && before === 'Summer' && name.indexOf(' ') < space;
}

/** `mentions` with meetings named by their heads made OTHER. */
export function withMeetings(mentions: readonly EntityMention[]): EntityMention[] {
  return mapped(mentions, (m) =>
    (m.type === 'ORG' || m.type === 'PLACE') && isMeeting(m.text) ? retype(m, 'OTHER') : m,
  );
}

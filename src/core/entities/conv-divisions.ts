/**
 * A league's conferences and divisions are OTHER names, as CoNLL-2003 marks baseball's leagues
 * and every division (eval/gold/guidelines/names.md, "Conferences and divisions of a league"):
 * "AFC East", "NFC North", "AL East", "Western Conference", "Atlantic Division"; the bare "AFC"
 * and "NFC" only in a story about the NFL (the Asian Football Confederation is a body). The
 * league itself stays an organisation ("NFL", "NBA"). Reads the mention's own words, and the
 * whole text once for the NFL.
 */
import type { EntityMention } from '../types';

/** A conference or a league's division by its league, written as one name (the whole mention). */
const DIVISION =
  /^(?:(?:AFC|NFC|AL|NL|American League|National League) (?:East|West|North|South|Central)|(?:Eastern|Western) Conference)$/u;

/** A division by its region alone ("Atlantic Division"): a league's only in a sports story (not "10th Mountain Division"). */
const REGION_DIVISION =
  /^(?:Atlantic|Central|Southeast|Southwest|Northwest|Pacific|Metropolitan|Midwest|Mountain) Division$/u;

/** A story about a league's season. */
const LEAGUE_STORY = /\b(?:NFL|NBA|NHL|MLB|WNBA|MLS|playoffs?|standings)\b/u;

/** A story about American football. */
const NFL_STORY = /\b(?:NFL|Super Bowl|quarterback|touchdown)\b/u;

/** The mentions with each conference and division typed OTHER. */
export function withDivisions(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  // Every one of them ends in a capitalised word or is AFC / NFC: a cheap look before the patterns.
  if (!mentions.some((m) => m.type !== 'OTHER' && (m.text.includes(' ') || m.text.endsWith('FC'))))
    return [...mentions];
  let nfl: boolean | undefined;
  let league: boolean | undefined;
  return mentions.map((m) => {
    if (m.type === 'OTHER') return m;
    if (m.text === 'AFC' || m.text === 'NFC') {
      nfl ??= [...text.values()].some((t) => NFL_STORY.test(t));
      return nfl ? { ...m, type: 'OTHER' } : m;
    }
    if (DIVISION.test(m.text)) return { ...m, type: 'OTHER' };
    if (!REGION_DIVISION.test(m.text)) return m;
    league ??= [...text.values()].some((t) => LEAGUE_STORY.test(t));
    // An ordinal before it makes a military unit ("10th Mountain Division").
    const before = (text.get(m.blockId) ?? '').slice(Math.max(0, m.start - 5), m.start);
    return league && !/\d(?:st|nd|rd|th) $/u.test(before) ? { ...m, type: 'OTHER' } : m;
  });
}

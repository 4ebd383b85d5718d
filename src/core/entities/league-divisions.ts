/**
 * A league's conferences and divisions are OTHER names, as CoNLL-2003 marks baseball's leagues
 * and every division (eval/gold/guidelines/names.md, "Conferences and divisions of a league"):
 * `AFC East`, `NFC North`, `NL East`, `Western Conference`, `Atlantic Division`. The tagger and
 * the league rule of word-before.ts make them organisations, and the tagger misses a bare "NFC"
 * before "'s" or at a sentence's end ("the NFC's top seed").
 *
 * - a division named by its league ("AFC East", "American League West") is OTHER anywhere;
 * - a conference or a division named by its region alone ("Western Conference", "Central
 *   Division") only in a story about sport (club-context.ts) or a league, and never after an
 *   ordinal ("10th Mountain Division" is a military unit);
 * - a bare `AFC` or `NFC` only in a story about American football (the Asian Football
 *   Confederation is a body): typed OTHER, and added where the tagger left it out.
 *
 * A league as a body (`NFL`, "the National Football League") and a game or a club named after a
 * conference ("AFC Championship Game", "AFC Wimbledon") are left alone.
 */
import type { EntityMention } from '../types';
import { mapped, retype, unchanged, withFound } from './by-block';
import { isSportsText } from './club-context';

/** A division named by its league, the whole mention. */
const BY_LEAGUE = /^(?:AFC|NFC|AL|NL|American League|National League) (?:East|West|North|South|Central)$/u;
/** A conference, or a division named by its region alone, the whole mention. */
const BY_REGION =
  /^(?:(?:Eastern|Western) Conference|(?:Atlantic|Central|Metropolitan|Pacific|Northwest|Northeast|Southeast|Southwest|Midwest|Mountain) Division)$/u;
/** A story about a league's season. */
const LEAGUE_STORY = /\b(?:NFL|NBA|NHL|MLB|WNBA|MLS|playoffs?|standings)\b/u;
/** A story about American football. */
const NFL_STORY = /\b(?:NFL|Super Bowl|quarterback|touchdowns?)\b/u;
/** A bare "AFC" or "NFC" in a block, a word of its own. */
const BARE_CONFERENCE = /\b[AN]FC\b/gu;

/** Whether a mention's whole text is a league's conference or division ("AFC East", "NFC"). */
export function isLeagueDivision(name: string): boolean {
  return name.length <= 24 && (name === 'AFC' || name === 'NFC' || BY_LEAGUE.test(name) || BY_REGION.test(name));
}

/** The mentions with each conference and division typed OTHER, and bare AFC / NFC added in a story about the NFL. */
export function withLeagueDivisions(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  const blocks = [...text.values()];
  // Every one of them is or ends in a capitalised word after "FC", "League", a region...: a cheap look first.
  const candidates = mentions.some((m) => m.type !== 'OTHER' && isLeagueDivision(m.text));
  if (!candidates && !blocks.some((b) => b.includes('FC'))) return unchanged(mentions);
  let nfl: boolean | undefined;
  const isNfl = (): boolean => (nfl ??= blocks.some((t) => NFL_STORY.test(t)));
  let league: boolean | undefined;
  const isLeague = (): boolean =>
    (league ??= isNfl() || blocks.some((t) => LEAGUE_STORY.test(t)) || isSportsText(text));
  const out = mapped(mentions, (m) => {
    if (m.type === 'OTHER' || !isLeagueDivision(m.text)) return m;
    if (m.text === 'AFC' || m.text === 'NFC') return isNfl() ? retype(m, 'OTHER' as const) : m;
    if (BY_LEAGUE.test(m.text)) return retype(m, 'OTHER' as const);
    const before = (text.get(m.blockId) ?? '').slice(Math.max(0, m.start - 5), m.start);
    return isLeague() && !/\d(?:st|nd|rd|th) $/u.test(before) ? retype(m, 'OTHER' as const) : m;
  });
  if (!isNfl()) return out;
  const added: EntityMention[] = [];
  for (const [blockId, block] of text) {
    if (!block.includes('FC')) continue;
    for (const match of block.matchAll(BARE_CONFERENCE)) {
      const start = match.index;
      const end = start + 3;
      // Not against a name ("AFC Bournemouth", "AFC Championship Game").
      if (/^ [A-Z]/u.test(block.slice(end, end + 2))) continue;
      added.push({ blockId, start, end, text: match[0], type: 'OTHER' });
    }
  }
  return withFound(out, added);
}

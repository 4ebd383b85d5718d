/**
 * Sports clubs taken for places (English):
 *
 * - a "place" the word lists name as a sports team ("Oklahoma City Thunder", "Lakers") is the
 *   club, and so is the team's last word standing alone as a place ("the Thunder")
 *   (`teamNames`, applied by `MentionRules`);
 * - clubs named by their city in a result (`resultClubs`, applied by `typedByEvidence`): "Winnipeg
 * defeated Nashville", "Palm Bay d. Rockledge", "lead St. Louis past Tampa Bay". Two places
 * with a result's verb between them are the two clubs (organisations, as the names guidelines
 * and CoNLL have it: "a city standing for its club is ORG"); a country stays a place (a
 * national team named by its country is a place).
 *
 * One look at the text between neighbouring mentions: linear in the mentions.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { mapped, retype, unchanged } from './by-block';
import { hasSpace, wordsIn } from './text-words';

/** Words for a result between two clubs ("beat", "d." as results lines write "defeated"). */
const RESULT_WORDS = new Set(
  'beat beats defeated defeats d. edged edges topped tops downed downs routed routs blanked blanks outlasted outlasts past'.split(
    ' ',
  ),
);

/** The mentions with the clubs of "A beat B" retyped; `isCountry` tells a country's name. */
export function resultClubs(
  text: string,
  mentions: readonly EntityMention[],
  isCountry: (name: string) => boolean,
): EntityMention[] {
  // Copied at the first pair it retypes: most texts have none.
  let out: EntityMention[] | null = null;
  for (let i = 1; i < mentions.length; i++) {
    const a = (out ?? mentions)[i - 1] as EntityMention;
    const b = (out ?? mentions)[i] as EntityMention;
    if (a.type !== 'PLACE' && a.type !== 'ORG') continue;
    if (b.type !== 'PLACE' && b.type !== 'ORG') continue;
    if (a.type === 'ORG' && b.type === 'ORG') continue;
    if (b.start - a.end > 12) continue;
    const between = text.slice(a.end, b.start);
    if (between.length > 12 || charAt(between, 0) !== ' ' || charAt(between, between.length - 1) !== ' ') continue;
    if (!RESULT_WORDS.has(between.trim())) continue;
    if (isCountry(a.text) || isCountry(b.text)) continue;
    out ??= [...mentions];
    out[i - 1] = retype(a, 'ORG');
    out[i] = retype(b, 'ORG');
  }
  return out ?? unchanged(mentions);
}

/** Names `teamNames`' `known` keeps at most. */
const KNOWN_LIMIT = 50_000;

/**
 * Whether `m` (a place) names a team by `isTeam`: -1 when not; when it does, the length of its
 * last word when it has several (its nickname), else 0.
 */
function teamLastWord(text: string, m: EntityMention, isTeam: (words: readonly string[]) => boolean): number {
  // One word (most places) needs no cutting into words.
  // Pushed, not `.map` (optimised, that gives a holey array, and `isTeam` deoptimises on it).
  const words: string[] = [];
  if (hasSpace(m.text) || m.text === '')
    for (const w of wordsIn(text, m.start, m.end)) words.push(w.text.toLowerCase());
  else words.push(m.text.toLowerCase());
  if (!isTeam(words)) return -1;
  return words.length > 1 ? (words[words.length - 1] ?? '').length : 0;
}

/** The mentions with the sports teams of the word lists (`isTeam`: lower-case words) made clubs. */
export function teamNames(
  text: string,
  mentions: readonly EntityMention[],
  isTeam: (words: readonly string[]) => boolean,
  /**
   * What `isTeam` said of a name, by the name's text (`teamLastWord`): the same names come back
   * text after text (speed, issue 15). Kept by the caller, one for each `isTeam`.
   */
  known?: Map<string, number>,
): EntityMention[] {
  const nicknames = new Set<string>();
  const out = mapped(mentions, (m) => {
    if (m.type !== 'PLACE') return m;
    // A name's words are its text's (the text between its ends is its own, as always).
    const own = m.text.length === m.end - m.start && text.startsWith(m.text, m.start);
    let last = own ? known?.get(m.text) : undefined;
    if (last === undefined) {
      last = teamLastWord(text, m, isTeam);
      if (own && known) {
        if (known.size >= KNOWN_LIMIT) known.clear();
        known.set(m.text, last);
      }
    }
    if (last < 0) return m;
    if (last > 0) nicknames.add(text.slice(m.end - last, m.end));
    return retype(m, 'ORG' as const);
  });
  if (nicknames.size === 0) return out;
  return mapped(out, (m) => (m.type === 'PLACE' && nicknames.has(m.text) ? retype(m, 'ORG') : m));
}

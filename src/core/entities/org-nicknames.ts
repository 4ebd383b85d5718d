/**
 * A team's nickname standing alone is its club (eval/gold/guidelines/names.md: clubs and teams
 * are ORG, `Steelers`, `Islanders`). The tagger misses a nickname that is also a common plural
 * ("the Bills, who rested starters", "will visit Bills next weekend") and makes some OTHER
 * ("Wolves" for Wolverhampton Wanderers). Only in a sports story (club-context.ts: two different
 * words of sport in the text), and only for a one-word nickname the word lists know as a team's:
 *
 * - a capitalised plural outside every mention (a nickname of COMMON_NICKNAMES or the lists), not at a block's or a sentence's start (where a
 *   common noun is capitalised too), is added as ORG;
 * - a mention typed OTHER that is exactly such a nickname is made ORG.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { mapped, retype, unchanged, withFound } from './by-block';
import { isSportsText } from './club-context';

/** A capitalised word ending in "s" (a plural nickname): one capital, 2 to 16 lower-case letters, "s". */
const PLURAL_NAME = /\b[A-Z][a-z]{2,16}s\b/gu;

/**
 * Clubs' nicknames that are also common plurals (the tagger reads "the Bills" as bills): the
 * major North American leagues' and English football's, lower-case.
 */
const COMMON_NICKNAMES = new Set(
  (
    'bills chiefs jets giants saints packers bears lions eagles rams chargers raiders colts titans ' +
    'dolphins patriots ravens browns falcons panthers vikings commanders kings nets bucks ' +
    'bulls pistons hawks hornets wizards suns rockets grizzlies pelicans spurs warriors clippers ' +
    'thunder rangers islanders flyers penguins sabres canadiens flames oilers ' +
    'canucks sharks predators capitals hurricanes wild braves mets phillies ' +
    'marlins reds brewers cubs pirates padres dodgers rockies astros tigers ' +
    'orioles yankees mariners wolves hammers gunners magpies seagulls blades owls foxes ' +
    'canaries bees cherries hatters villans toffees'
  ).split(' '),
);

/** Characters that end a sentence or a line's label before the next word. */
const SENTENCE_END = new Set(['.', '!', '?', ':', '"', '“', '”', '—', '\n']);

/** Whether a lower-case word is a club's nickname (the list above or the word lists' `isTeam`). */
function isNicknameOf(word: string, isTeam: (word: string) => boolean): boolean {
  return COMMON_NICKNAMES.has(word) || isTeam(word);
}

/** Whether the word at `start` of `block` opens a sentence (or the block): a common noun's capital. */
function opensSentence(block: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && charAt(block, k) === ' ') k--;
  if (k < 0) return true;
  return SENTENCE_END.has(charAt(block, k));
}

/** The mentions of a sports story with its lone team nicknames made clubs; `isTeam`: a lower-case word. */
export function withTeamNicknames(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isTeam: (word: string) => boolean,
): EntityMention[] {
  if (!isSportsText(text)) return unchanged(mentions);
  const isNickname = (word: string): boolean => isNicknameOf(word, isTeam);
  const out = mapped(mentions, (m) =>
    m.type === 'OTHER' && !m.text.includes(' ') && isNickname(m.text.toLowerCase()) ? retype(m, 'ORG' as const) : m,
  );
  const added: EntityMention[] = [];
  for (const [blockId, block] of text) {
    for (const match of block.matchAll(PLURAL_NAME)) {
      const start = match.index;
      const end = start + match[0].length;
      if (opensSentence(block, start)) continue;
      if (!isNickname(match[0].toLowerCase())) continue;
      added.push({ blockId, start, end, text: match[0], type: 'ORG' });
    }
  }
  return withFound(out, added);
}

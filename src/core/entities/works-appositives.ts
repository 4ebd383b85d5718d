/**
 * A work named before its kind, in an apposition, is an OTHER name (issue 15, en-train9: games
 * and shows named before their kind noun; names.md: works MISC). media2-works.ts reads the kind
 * before the title ("the comedy Wee Hours"); pages as often write it after, with a comma and
 * "the" ("Ashfall, the open-world RPG from ...", "Greyline, the drama that won ..."). The tagger
 * reads the made-up title as a person, an organisation or a place. After tagging (English): a
 * mention followed by ", the", at most four words (none of them a preposition: "the star of the
 * film"), a noun of a work's kind and then the end of
 * the clause or a word that goes on about the work ("from", "that", "by" ...) becomes OTHER, and
 * so does every other mention of the same name. A kind noun that goes on as a modifier ("Ann
 * Lee, the drama teacher") is no cue.
 * The apposition may have "a" or "an" for "the" ("The Salt Road, a drama about a stockman"), and a
 * game's title is one where the page says it is out on its platforms ("Tidewright is out on PC,
 * PS5 and Switch 2"): names46b, en-train18/19 (The Guardian, Eurogamer).
 * Per mention, one bounded look at the 80 characters after it; nothing to do in a text without
 * ", the ", ", a" or " is out ".
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { retypedAll, unchanged } from './by-block';

/**
 * ", the", up to four words, a kind of work and what may follow it: the clause's end or a word
 * that goes on about the work. Bounded: at most four words, each at most 24 characters.
 */
const KIND_AFTER =
  /^,? (the|an?) ((?:[\p{L}\d'’-]{1,24} ){0,4})(game|video game|RPG|roguelike|shooter|platformer|sequel|drama|comedy|thriller|sitcom|musical|documentary|series|miniseries|novel|memoir|album|film|movie|podcast|play)(?=[,.;:)]| (?:from|that|which|by|about|set|starring|developed|directed|written|published|released|due|coming|based|made)\b)/u;

/** A game's release on its platforms, right after its title ("Tidewright is out on PC, PS5 and Switch 2"). */
const RELEASED_AFTER = /^ is out (?:now )?on (?:PC|PS[45]|Xbox|(?:Nintendo )?Switch|Steam|iOS|Android|Mac)\b/u;

/** Kinds that sport writes after "a" ("beat Leeds, a game that ended 2-1"): a cue only after "the". */
const SPORT_KINDS = new Set(['game', 'play', 'series']);

/** Words between "the" and the kind that tie the mention to a work rather than name it ("the star of the film"). */
const RELATION_WORDS = new Set(['of', 'in', 'on', 'for', 'at', 'with', 'to', 'and', 'from', 'behind', 'whose']);

/** How far after a mention the apposition is read. */
const LOOK_AFTER = 80;

/** The mentions with works named before their kind typed OTHER, and their other mentions. */
export function withAppositiveWorks(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  let any = false;
  for (const block of text.values())
    if (block.includes(', the ') || block.includes(', a') || block.includes(' is out ')) any = true;
  if (!any) return unchanged(mentions);
  const works = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'OTHER') continue;
    const block = text.get(m.blockId) ?? '';
    if (charAt(block, m.end) === ' ' && RELEASED_AFTER.test(block.slice(m.end, m.end + 48))) works.add(m.text);
    if (charAt(block, m.end) !== ',') continue;
    const found = KIND_AFTER.exec(block.slice(m.end, m.end + LOOK_AFTER));
    if (
      found &&
      !(found[2] ?? '').split(' ').some((w) => RELATION_WORDS.has(w)) &&
      (found[1] === 'the' || !SPORT_KINDS.has(found[3] ?? ''))
    )
      works.add(m.text);
  }
  return retypedAll(mentions, works, 'OTHER');
}

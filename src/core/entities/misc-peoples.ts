/**
 * A people named by its civilisation is an OTHER name, as nationalities and ethnic groups are
 * (issue 15, names29: a video-game history feature's "the Chozo civilisation", "a race of
 * mystics known as the Luminoth"; names.md: ethnic groups MISC, CoNLL's nationalities; history
 * writes "the Maya civilisation", "the Minoan civilization"). The tagger reads a made-up people
 * as an organisation. After tagging (English): a mention right before a lower-case
 * "civilisation" / "civilization", or right after "a race of ... known as the" (up to four
 * words between), becomes OTHER, and so does every other mention of the same name.
 * Cheap: nothing to do in a text without "civili" or "race of"; a bounded look on either side
 * of each mention.
 */
import type { EntityMention } from '../types';
import { retypedAll, unchanged } from './by-block';

/** "civilisation" after a mention. */
const CIVILISATION_AFTER = /^ civili[sz]ations?\b/u;

/** "a race of mystics known as the" before a mention. Bounded: four words, each at most 20 characters. */
const RACE_BEFORE = /\brace of (?:[\p{L}-]{1,20},? ){1,4}(?:known as|called) the $/u;

/** How far before a mention the race's words are read. */
const LOOK_BEFORE = 100;

/** The mentions with peoples named by their civilisation typed OTHER, and their other mentions. */
export function withPeoples(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  if (![...text.values()].some((b) => b.includes('civili') || b.includes('race of'))) return unchanged(mentions);
  const peoples = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'OTHER') continue;
    const block = text.get(m.blockId) ?? '';
    if (
      CIVILISATION_AFTER.test(block.slice(m.end, m.end + 16)) ||
      RACE_BEFORE.test(block.slice(Math.max(0, m.start - LOOK_BEFORE), m.start))
    )
      peoples.add(m.text);
  }
  return retypedAll(mentions, peoples, 'OTHER');
}

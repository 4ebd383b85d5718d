/**
 * A work named right after its kind is an OTHER name (issue 15, en-train9 family 2; names.md:
 * works MISC). The tagger reads a made-up title as a person, an organisation or a place ("the
 * comedy Wee Hours", "Harriet Cole's 1987 drama Salt Marsh", "the 2022 roguelike Ashen Vale",
 * "The painting, Autumn Tide"). After tagging (English): a mention right after a lower-case noun
 * of a work's kind (optionally a year between, or a comma after) becomes OTHER, and so does every
 * other mention of the same name. Nouns that also name people or places ("shooter", "western")
 * or sporting words ("game", "play", "series", "show") are not cues, and a company's short name
 * ("Meridian" beside "Meridian Pictures") is no work.
 * Cheap: nothing to do in a text without one of the nouns.
 */
import type { EntityMention } from '../types';
import { retypedAll, someBlock, unchanged } from './by-block';

/** A noun of a work's kind anywhere in a block (the cheap check). */
const ANY_CUE =
  /\b(?:comedy|drama|thriller|sitcom|musical|documentary|painting|novel|memoir|album|film|movie|sequel|roguelike)\b/u;

/** The same noun right before a mention (what precedes it, up to 32 characters back). */
const CUE_BEFORE =
  /(?:^|[\s(])(?:comedy|drama|thriller|sitcom|musical|documentary|painting|novel|memoir|album|film|movie|sequel|roguelike),? (?:\d{4} )?$/u;

/** The mentions with works named after their kind typed OTHER, and their other mentions. */
export function withWorks(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  if (!someBlock(text, ANY_CUE)) return unchanged(mentions);
  // A company's short name is no work ("Meridian" of "Meridian Pictures", after "the sequel").
  const companies = new Set<string>();
  for (const m of mentions)
    if (m.type === 'ORG')
      for (let i = m.text.indexOf(' '); i > 0; i = m.text.indexOf(' ', i + 1)) companies.add(m.text.slice(0, i));
  const works = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'OTHER' || companies.has(m.text)) continue;
    const block = text.get(m.blockId) ?? '';
    if (CUE_BEFORE.test(block.slice(Math.max(0, m.start - 32), m.start))) works.add(m.text);
  }
  return retypedAll(mentions, works, 'OTHER');
}

/**
 * A work named right after its kind is an OTHER name (issue 15, en-train9 family 2; names.md:
 * works MISC). The tagger reads a made-up title as a person, an organisation or a place ("the
 * comedy Wee Hours", "Harriet Cole's 1987 drama Salt Marsh", "the 2022 roguelike Ashen Vale",
 * "The painting, Autumn Tide"). After tagging (English): a mention right after a lower-case noun
 * of a work's kind (optionally a year between, or a comma after) becomes OTHER, and so does every
 * other mention of the same name. Nouns that also name people or places ("shooter", "western")
 * or sporting words ("game", "play", "series", "show") are not cues, and a company's short name
 * ("Meridian" beside "Meridian Pictures") is no work.
 * A title quoted whole is a work too where its block speaks of works (issue 15, names43b: "the
 * singles 'Salt Road'", "Better is "Strand Road,"" in an album review, "Andrei Mureșan's "The
 * Salt Road," a drama", typed a place or an organisation by its head word): a mention of two words
 * or more, a place or an organisation, written between quotation marks with nothing else inside
 * them but a final comma or stop, with a noun of a work's kind near it (within 250 characters:
 * the song and record nouns as well as the nouns above, "single" only before a quotation mark;
 * not "series", "show", "game" or "singles", which sport writes too). A quoted person is left
 * alone (a nickname: "Lady Bird", a call sign).
 * A maker's debut or first feature before a comma names its work too ("the band's 2016 debut,
 * Penny Arcade,", "Her first feature, Upper Floor,"), and so does an adventure ("the tide-pool
 * adventure Rockpool"): names46b, en-train16..19 (Pitchfork, South China Morning Post, Eurogamer).
 * Cheap: nothing to do in a text without one of the nouns.
 */
import type { EntityMention } from '../types';
import { retypedAll, someBlock, unchanged } from './by-block';

/** The same noun right before a mention (what precedes it, up to 32 characters back). */
const CUE_BEFORE =
  /(?:^|[\s(])(?:comedy|drama|thriller|sitcom|musical|documentary|painting|novel|memoir|album|film|movie|sequel|roguelike|adventure),? (?:\d{4} )?$/u;

/**
 * A maker's first work set off by a comma before its title ("the band's 2016 debut, Penny Arcade,",
 * "Her first feature, Upper Floor,"): only with the comma ("his debut" in sport, "the
 * international feature Oscar" are other things), and the title's apposition closing after it
 * ("On his debut, Kane scored" is a player).
 */
const FIRST_WORK_BEFORE = /(?:^|\s)(?:debut|feature), $/u;

/** After a first work's title: the apposition closes ("Penny Arcade, whose", "Quarry Songs (2014)"). */
const FIRST_WORK_AFTER = /^(?:[,.]| \()/u;

/** The cheap check of `FIRST_WORK_BEFORE` and of an adventure (not a cue of a quoted title). */
const FIRST_WORK = /\b(?:debut, |feature, |adventure )/u;

/**
 * A noun of a work's kind anywhere in a block: the cheap check, and the cue of a quoted title
 * (the song and record nouns as well as `CUE_BEFORE`'s).
 */
const ANY_CUE =
  /\b(?:comedy|drama|thriller|sitcom|musical|documentary|painting|novel|memoir|album|film|movie|sequel|roguelike|songs?|singles? ['"“‘]|tracks?|record|EP|poems?|episode|opera)\b/u;

/** How far from a quoted title its cue is looked for, each way, in characters (a page may be one block). */
const NEAR = 250;

/** The closing quotation mark of each opening one. */
const CLOSING: Readonly<Record<string, string>> = { '"': '"', '“': '”', '‘': '’', "'": "'" };

/** Whether `m` (of two words or more) is written alone between quotation marks, a final comma or stop aside. */
function quotedWhole(block: string, m: EntityMention): boolean {
  if (!m.text.includes(' ')) return false;
  const close = CLOSING[block.charAt(m.start - 1)];
  if (close === undefined) return false;
  const after = block.charAt(m.end) === ',' || block.charAt(m.end) === '.' ? m.end + 1 : m.end;
  return block.charAt(after) === close;
}

/** The mentions with works named after their kind typed OTHER, and their other mentions. */
export function withWorks(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  if (!someBlock(text, ANY_CUE) && !someBlock(text, FIRST_WORK)) return unchanged(mentions);
  // A company's short name is no work ("Meridian" of "Meridian Pictures", after "the sequel").
  const companies = new Set<string>();
  for (const m of mentions)
    if (m.type === 'ORG')
      for (let i = m.text.indexOf(' '); i > 0; i = m.text.indexOf(' ', i + 1)) companies.add(m.text.slice(0, i));
  const works = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'OTHER' || companies.has(m.text)) continue;
    const block = text.get(m.blockId) ?? '';
    const before = block.slice(Math.max(0, m.start - 32), m.start);
    if (
      CUE_BEFORE.test(before) ||
      (FIRST_WORK_BEFORE.test(before) && FIRST_WORK_AFTER.test(block.slice(m.end, m.end + 2)))
    )
      works.add(m.text);
    else if (
      (m.type === 'PLACE' || m.type === 'ORG') &&
      quotedWhole(block, m) &&
      ANY_CUE.test(block.slice(Math.max(0, m.start - NEAR), m.end + NEAR))
    )
      works.add(m.text);
  }
  return retypedAll(mentions, works, 'OTHER');
}

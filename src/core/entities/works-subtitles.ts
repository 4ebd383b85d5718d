/**
 * A work's subtitle after a colon is inside its name (issue 15, names29: real reviews, lists
 * and blogs; names.md "Decisions of the sixth round": "a book title with its subtitle is one
 * MISC span"). The tagger stops at the colon ("Evicted" of "his book Evicted: Poverty and
 * Profit in the American City", "For Keeps" of "her anthology For Keeps: 30 Years at the
 * Movies") or finds the subtitle's end as a name of its own. After tagging (English): a mention
 * typed OTHER with a work's cue before it (an opening quote or angle bracket right before it,
 * or a noun of a work's kind among the few words before: "book", "novel", "film", "titles
 * like") and followed by ": " and a title (one to twelve words, each capitalised, a number or a
 * small word, the last capitalised or a number) takes the subtitle in; mentions inside it go.
 * Per OTHER mention followed by a colon, one bounded look before and after it.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { inTextOrder, mentionsByBlock, respan, unchanged } from './by-block';

/** Nouns of a work's kind among the words before a title ("his book", "titles like", "the film"). */
const WORK_CUE =
  /\b(?:book|books|novel|memoir|biography|anthology|collection|album|record|film|movie|documentary|game|titles like|titles such as|series|play|musical|essay|study|report|guide)s?,? (?:[\p{L}'’]{1,20} ){0,2}$/iu;

/** Opening quotes and brackets right before a quoted title. */
const OPENING = new Set(['"', '“', '‘', "'", '<', '«']);

/** How far before a mention its cue is read. */
const LOOK_BEFORE = 48;

/** Words a title may write in lower case. */
const SMALL = new Set(
  'a an the and or nor but of in on at to for with by from into over as is are that who how what why when your my our its vs'.split(
    ' ',
  ),
);

/** A title's word: capitalised (with inner capitals, digits, apostrophes, hyphens) or a number. */
const CAPITALISED = /^(?:\p{Lu}[\p{L}\d'’.&-]{0,30}|\d[\d,.]{0,8})$/u;

/** The most words a subtitle holds. */
const MAX_WORDS = 12;

/** How far after the colon a subtitle is read. */
const LOOK_AFTER = 160;

/** The length of a subtitle's title after ": " in `after` (0 where none): its words up to the last capitalised one. */
function subtitleLength(after: string): number {
  let at = 0;
  let end = 0;
  let words = 0;
  while (words < MAX_WORDS) {
    const found = /^[^\s,;:!?()"“”‘’<>«»]+/u.exec(after.slice(at));
    if (!found) break;
    let word = found[0];
    // A full stop ends the sentence after the title, outside it (but "Vol." or "No." may go on).
    const stop = word.endsWith('.') && word.length > 1 ? 1 : 0;
    word = word.slice(0, word.length - stop);
    if (CAPITALISED.test(word)) end = at + word.length;
    else if (!SMALL.has(word)) break;
    words++;
    if (stop) break;
    at += found[0].length;
    if (charAt(after, at) !== ' ') break;
    at++;
  }
  return end;
}

/** The mentions with a work's subtitle after a colon taken into its name. */
export function withSubtitles(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  // The cheap check first: some OTHER mention followed by ": ".
  const any = mentions.some((m) => m.type === 'OTHER' && (text.get(m.blockId) ?? '').slice(m.end, m.end + 2) === ': ');
  if (!any) return unchanged(mentions);
  const byBlock = mentionsByBlock(mentions);
  for (const [blockId, ms] of byBlock) {
    const block = text.get(blockId) ?? '';
    const out: EntityMention[] = [];
    let swallowedTo = -1;
    for (const m of ms) {
      if (m.start < swallowedTo) continue;
      if (m.type !== 'OTHER' || block.slice(m.end, m.end + 2) !== ': ') {
        out.push(m);
        continue;
      }
      const cued =
        OPENING.has(charAt(block, m.start - 1)) ||
        (OPENING.has(charAt(block, m.start - 2)) && charAt(block, m.start - 1) === ' ') ||
        WORK_CUE.test(block.slice(Math.max(0, m.start - LOOK_BEFORE), m.start));
      const length = cued ? subtitleLength(block.slice(m.end + 2, m.end + 2 + LOOK_AFTER)) : 0;
      if (length === 0) {
        out.push(m);
        continue;
      }
      const end = m.end + 2 + length;
      out.push(respan(m, m.start, end, block.slice(m.start, end)));
      swallowedTo = end;
    }
    byBlock.set(blockId, out);
  }
  // Mentions swallowed by a subtitle are gone.
  return inTextOrder(text, byBlock);
}

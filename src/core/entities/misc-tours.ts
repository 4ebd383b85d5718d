/**
 * A named tour is OTHER (eval/gold/guidelines/names.md, "Events and memes": named tours and
 * festivals are MISC): "the Until September Tour", "our 50th Anniversary Tour", and with the
 * band before it where the page writes the two as one title ("The Doobie Brothers 50th
 * Anniversary Tour"). The tagger leaves a tour whose words are a date or an ordinal unmarked, and
 * marks the band alone. After tagging (English): Title Case words ending in "Tour" (an ordinal
 * such as "50th" among them), with no name on them, are one OTHER name; where a band's or a
 * person's name ends just before such words, the name goes with them. "Tour" must end the run
 * ("Tour Dates" is a heading) and be preceded by at least one word not already in a name, so a
 * circuit the tagger names ("PGA Tour", "the European Tour") is left to it.
 *
 * A look for the word "Tour" in the text's index of words; a text without it is left as it is.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { mentionsByBlock, unchanged } from './by-block';
import { mayHold } from './cue-index';

const TOUR = 'Tour';

/** Words of a tour's title before "Tour": a capitalised word or an ordinal ("50th", "2nd"). */
const TITLE_WORD = /^(?:\p{Lu}[\p{L}'’&.-]*|\d+(?:st|nd|rd|th))$/u;

/** Words that start a sentence or follow "the" without being part of a title. */
const NOT_TITLE = new Set(['The', 'A', 'An', 'Our', 'Their', 'His', 'Her', 'Its', 'This', 'That', 'On', 'In', 'At']);

/**
 * " Tour" with no ASCII letter after it, as the text's index of words reads it (cue-index.ts):
 * each tour's "Tour" has no letter after it, so a text without this has none.
 */
const TOUR_WORD = / Tour\b/u;

/** Words a run may hold at most before "Tour". */
const MAX_WORDS = 6;

/** The mentions with named tours made OTHER names. */
export function withTours(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  // "Tour" as a word, looked up in the text's index (no block read): a tour's "Tour" ends its run.
  if (!mayHold(text, TOUR_WORD)) return unchanged(mentions);
  const byBlock = mentionsByBlock(mentions);
  let changed = false;
  const out: EntityMention[] = [];
  for (const [blockId, block] of text) {
    const own = byBlock.get(blockId) ?? [];
    const found: EntityMention[] = [];
    const dropped = new Set<EntityMention>();
    for (let at = block.indexOf(` ${TOUR}`); at >= 0; at = block.indexOf(` ${TOUR}`, at + 1)) {
      const end = at + 1 + TOUR.length;
      // "Tour" ends the run: no letter after it, and no capitalised word after it ("Tour Dates").
      if (/\p{L}/u.test(charAt(block, end)) || /^ \p{Lu}/u.test(block.slice(end, end + 2))) continue;
      if (own.some((m) => m.start < end && m.end > at + 1)) continue;
      // Back over the title's words, one space apart, to a word that is not one or a name's end.
      let start = at + 1;
      let words = 0;
      let band: EntityMention | undefined;
      while (words < MAX_WORDS && charAt(block, start - 1) === ' ') {
        const before = own.find((m) => m.end === start - 1);
        if (before) {
          if (words > 0 && (before.type === 'ORG' || before.type === 'PERSON')) band = before;
          break;
        }
        let s = start - 1;
        while (s > 0 && !/\s/u.test(charAt(block, s - 1))) s--;
        const word = block.slice(s, start - 1);
        if (!TITLE_WORD.test(word) || NOT_TITLE.has(word)) break;
        start = s;
        words++;
      }
      if (words === 0) continue;
      const from = band ? band.start : start;
      if (band) dropped.add(band);
      found.push({ blockId, start: from, end, text: block.slice(from, end), type: 'OTHER' });
    }
    if (found.length === 0) {
      out.push(...own);
      continue;
    }
    changed = true;
    out.push(...[...own.filter((m) => !dropped.has(m)), ...found].sort((a, b) => a.start - b.start));
  }
  if (!changed) return unchanged(mentions);
  for (const m of mentions) if (!text.has(m.blockId)) out.push(m);
  return out;
}

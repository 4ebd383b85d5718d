/**
 * A title that "is currently streaming on" a service is a work, an OTHER name (issue 15,
 * names29: real film and TV lists, "Personal Shopper is currently streaming on Showtime", "Get
 * Out is available to rent on ..."; names.md: works MISC). The tagger reads an ordinary-word
 * title as nothing ("Get Out", "The Work"), a place ("Columbus") or a person ("Princess Cyd").
 * After tagging (English): a title-cased run that opens its sentence and is followed by "is
 * (currently / now) streaming on|via" or "is available to stream|rent|buy|purchase" is a work;
 * every whole occurrence of it on the page (the list's heading "3) The Work", the review's
 * sentences) becomes one OTHER name, replacing the tagger's pieces of it. Pronouns and
 * "Season 2" open no title. A title that is also a place's name ("Columbus") stays the place
 * where the page writes it as one: after "in", "to", "from", "near" or before a comma and a
 * capitalised word ("Columbus, Indiana").
 * Cheap: nothing to do in a text without the cue's words (its index of words says so); then one bounded look
 * back per cue and one search of the page per title learned (a page learns a handful).
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { inTextOrder, mentionsByBlock, unchanged } from './by-block';
import { mayHold } from './cue-index';
import { lastSpace } from './last-space';

/** A cue after a work's title: " is currently streaming on", " is available to rent". */
const CUE =
  / is (?:currently |now |also )?(?:streaming (?:on|via|for free)\b|available to (?:stream|rent|buy|purchase|digitally (?:rent|purchase|buy))\b)/gu;

/** Words a title may write in lower case. */
const SMALL = new Set('a an the and or of in on at to for with by from me my your our'.split(' '));

/** Capitalised words that open a sentence but no title ("It is streaming on ..."). */
const NO_TITLE = new Set(
  'It|This|That|These|Those|He|She|They|We|You|I|Everything|Season|Episode|Part|Chapter|Which|What|All|Each|Both|Everything|Nothing|Now|Also'.split(
    '|',
  ),
);

/** A title's capitalised word ("Shopper", "JonBenet", "Mother!"), a number, or a small word. */
const TITLE_WORD = /^(?:\p{Lu}[\p{L}\d'’-]{0,24}[!?]?|\d{1,4})$/u;

/** Prepositions before a place's name ("in Columbus"). */
const PLACE_BEFORE = /(?:^|\s)(?:in|to|from|near|at|outside|around) $/u;

/** A comma and a capitalised word after a place's name ("Columbus, Indiana"). */
const PLACE_AFTER = /^, \p{Lu}/u;

/** The most words a title holds. */
const MAX_WORDS = 8;

/** Where the title that ends at `end` of `block` starts (it opens its sentence), or -1. */
function titleStart(block: string, end: number): number {
  let at = end;
  let start = -1;
  for (let n = 0; n < MAX_WORDS; n++) {
    let k = at;
    while (k > 0 && charAt(block, k - 1) !== ' ' && charAt(block, k - 1) !== '\n' && at - k <= 26) k--;
    let word = block.slice(k, at);
    // "Star Wars: The Last Jedi": a colon inside a title.
    if (word.endsWith(':') && start >= 0) word = word.slice(0, -1);
    if (!TITLE_WORD.test(word) && !(SMALL.has(word) && start >= 0)) break;
    start = k;
    if (k === 0 || charAt(block, k - 1) === '\n') return sentenceOpen(block, k, block.slice(k, end));
    const before = charAt(block, k - 2);
    // A sentence's or a list item's end before the title ("... YouTube. 4) Get Out ...").
    if ('.!?)”"'.includes(before)) return sentenceOpen(block, k, block.slice(k, end));
    at = k - 1;
  }
  return -1;
}

/** `start` when the title there may be a work's (not a pronoun, its last word capitalised), else -1. */
function sentenceOpen(block: string, start: number, title: string): number {
  const first = title.slice(0, title.indexOf(' ') < 0 ? title.length : title.indexOf(' '));
  const last = title.slice(lastSpace(title) + 1);
  if (NO_TITLE.has(first) || SMALL.has(last) || charAt(block, start) === charAt(block, start).toLowerCase()) return -1;
  return start;
}

/** The mentions with works named by their streaming made OTHER wherever the page writes them. */
export function withStreamingWorks(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isPlace: (name: string) => boolean = () => false,
): EntityMention[] {
  // The cue's words, looked up in the text's index (no block read): most texts hold none.
  if (!mayHold(text, CUE)) return unchanged(mentions);
  const titles = new Set<string>();
  for (const block of text.values()) {
    if (!block.includes('streaming') && !block.includes('available to')) continue;
    for (const found of block.matchAll(CUE)) {
      const start = titleStart(block, found.index);
      if (start >= 0) titles.add(block.slice(start, found.index));
    }
  }
  if (titles.size === 0) return unchanged(mentions);
  const byBlock = mentionsByBlock(mentions);
  for (const [blockId, block] of text) {
    let own = byBlock.get(blockId) ?? [];
    const found: EntityMention[] = [];
    for (const title of titles)
      for (let at = block.indexOf(title); at >= 0; at = block.indexOf(title, at + title.length)) {
        const end = at + title.length;
        // Whole words only: no letter or digit on either side.
        if (/[\p{L}\p{N}]/u.test(charAt(block, at - 1)) || /[\p{L}\p{N}]/u.test(charAt(block, end))) continue;
        // The place of the same name, written as a place.
        if (
          isPlace(title) &&
          (PLACE_BEFORE.test(block.slice(Math.max(0, at - 12), at)) || PLACE_AFTER.test(block.slice(end, end + 3)))
        )
          continue;
        // A longer name that holds the title stays ("Get Out Now Tour").
        if (own.some((m) => m.start <= at && m.end >= end && m.end - m.start > title.length)) continue;
        own = own.filter((m) => m.end <= at || m.start >= end);
        found.push({ blockId, start: at, end, text: title, type: 'OTHER' });
      }
    if (found.length === 0) continue;
    byBlock.set(
      blockId,
      [...own, ...found].sort((a, b) => a.start - b.start),
    );
  }
  return inTextOrder(text, byBlock);
}

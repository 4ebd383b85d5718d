/**
 * Titles in quotation marks, after tagging (English; applied by `MentionRules`): a short
 * quoted text written as a title ("A Beautiful Lie", ‘The Medium is the Message’, "Phase 1:
 * Fortification") is the name of a work, a song, a campaign or an event: one other name,
 * where the tagger found pieces of it ("Beautiful Lie" as a person, "Wake Up" as a place) or
 * nothing ("The Fantasy").
 * A title is two to ten words, the first capitalised and every other word capitalised or a
 * small word ("a", "of", "the", "is"). A quoted name the tagger found whole keeps its type
 * ("Apple"), and quoted speech is no title (its words are not all capitalised).
 *
 * One pass over the text's quotation marks and one over the titles' characters: linear in the
 * text.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { firstWordIn } from './text-words';
import { unchanged } from './by-block';

/** Words a title may write in lower case. */
const SMALL = new Set(
  'a an the and or nor but of in on at to for with by from into onto over under up as is are be was were it its vs via de la le du von van der den des di da e y et'.split(
    ' ',
  ),
);

/** Closing quotation mark for each opening one. */
const CLOSING = new Map([
  ['“', '”'],
  ['"', '"'],
  ['‘', '’'],
]);

/** Punctuation a title may end with inside its quotation marks ("Time to Wake Up."), outside the name. */
const FINAL = new Set('.,!?;:');

/** The longest quoted text read as a title. */
const MAX_LENGTH = 120;

/** The spans [start, end) of quoted texts written as titles, in text order. */
export function quotedTitles(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = nextOpening(text, 0); i >= 0; i = nextOpening(text, i + 1)) {
    // Only the three opening marks go further.
    const close = CLOSING.get(charAt(text, i));
    if (!close) continue;
    // An opening mark stands after a space, a bracket or the start, before a letter or digit.
    if (i > 0 && !/[\s(—–-]/u.test(charAt(text, i - 1))) continue;
    let j = i + 1;
    const limit = Math.min(text.length, i + 1 + MAX_LENGTH);
    // "’" is also an apostrophe: it closes only before something other than a letter.
    while (
      j < limit &&
      charAt(text, j) !== '\n' &&
      (charAt(text, j) !== close || (close === '’' && /\p{L}/u.test(charAt(text, j + 1))))
    )
      j++;
    if (j >= limit || charAt(text, j) !== close) continue;
    let end = j;
    while (end > i + 1 && FINAL.has(charAt(text, end - 1))) end--;
    if (isTitle(text, i + 1, end)) out.push([i + 1, end]);
    i = j;
  }
  return out;
}

/** The three opening marks (`CLOSING`'s keys). */
const OPENING = /["“‘]/gu;

/** Where the first opening mark at or after `from` is, or -1. */
function nextOpening(text: string, from: number): number {
  OPENING.lastIndex = from;
  return OPENING.exec(text)?.index ?? -1;
}

function isTitle(text: string, start: number, end: number): boolean {
  // Word by word, stopping at the first that no title has (quoted speech stops at once).
  let capitalised = 0;
  let k = 0;
  for (let w = firstWordIn(text, start, end); w; w = firstWordIn(text, w.end, end), k++) {
    if (k === 0 && w.start !== start) return false;
    if (k === 10) return false;
    if (/^[\p{Lu}\p{N}]/u.test(w.text)) capitalised++;
    else if (k === 0 || !SMALL.has(w.text.toLowerCase())) return false;
  }
  return k >= 2 && capitalised >= 2;
}

/**
 * The mentions (in text order) with each quoted title made one other name: in place of the
 * mentions inside it, or alone where the tagger found nothing in it; a mention crossing a
 * title's edge leaves it as it was.
 */
export function withQuotedTitles(text: string, mentions: readonly EntityMention[], blockId: number): EntityMention[] {
  const titles = quotedTitles(text);
  if (titles.length === 0) return unchanged(mentions);
  const dropped = new Uint8Array(mentions.length);
  const added: EntityMention[] = [];
  for (const [start, end] of titles) {
    // The mentions at the first and the last of the title's characters that one covers (the
    // later mention where two cover it; mentions do not overlap).
    let low = end;
    let high = start - 1;
    for (const m of mentions) {
      const s = Math.max(m.start, start);
      const e = Math.min(m.end, end);
      if (s >= e) continue;
      if (s < low) low = s;
      if (e - 1 > high) high = e - 1;
    }
    const first = low < end ? coveringAt(mentions, low) : -1;
    const last = low < end ? coveringAt(mentions, high) : -1;
    if (first >= 0) {
      const a = mentions[first] as EntityMention;
      const b = mentions[last] as EntityMention;
      if (a.start < start || b.end > end || (first === last && a.start === start && a.end === end)) continue;
      dropped.fill(1, first, last + 1);
    }
    added.push({ blockId, start, end, text: text.slice(start, end), type: 'OTHER' });
  }
  return [...mentions.filter((_, i) => dropped[i] === 0), ...added].sort((a, b) => a.start - b.start);
}

/** The last of `mentions` that covers character `c`, or -1. */
function coveringAt(mentions: readonly EntityMention[], c: number): number {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as EntityMention;
    if (m.start <= c && c < m.end) return i;
  }
  return -1;
}

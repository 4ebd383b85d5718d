/**
 * Rail and metro lines are places (English, issue 15; lang-news.md, names rulings: "stations and
 * lines LOC (`Elizabeth` of "Elizabeth line", `Overground`)", "rail lines (`Eastern Line`,
 * `Metrolink`, `MRT`)", "the `Metro` (the system) LOC"). The tagger reads a line's name as an
 * operator ("Finch West LRT", "Metrolink") or as another name ("Overground"). After tagging, in a
 * text that speaks of trains (one of "train", "tram", "rail", "subway", "station", "riders",
 * "commuters" ... anywhere in it):
 *
 * - a name that ends in a line's word ("Circle Line", "Finch West LRT", "Eglinton Crosstown",
 *   "Overground", "Metrolink") is a place, and "Line" with its number after it ("Line 1") is one
 *   place;
 * - "the Metro" alone is the system, a place (not before "said" or "newspaper"); "Metro" before a listed city ("Metro Denver") is
 *   the city's area, a place ("Metro Transit", the operator, is left as it is).
 *
 * - a line's letters before a lower-case "train", "trains" or "lines" ("the L train", "all MRT
 *   lines") are named where the tagger left them out (after a lower-case word: "A train" opens a
 *   sentence).
 *
 * A shipping or cruise line ("Stena Line", "Holland America Line") is a company: the text's words
 * of trains keep it so, and a name typed as a person is never touched. Reads the mention's own
 * words, the word before it and the number after it; the text is searched for words of trains
 * only when a mention could change.
 */
import type { EntityMention } from '../types';
import { inTextOrder, mentionsByBlock, respan, retype, someBlock, unchanged } from './by-block';
import { mayHold } from './cue-index';
import { lastSpace } from './last-space';

/** The last words of a rail or metro line's name. */
const LINE_WORDS = new Set(['Line', 'LRT', 'MRT', 'Metrolink', 'Overground', 'Underground', 'Crosstown']);

/** Words of trains: a text with one of them speaks of rail or metro lines. */
const TRAIN_WORDS =
  /\b(?:trains?|trams?|rail|railways?|subway|metro|stations?|platforms?|commuters?|riders|ridership|shuttle buses)\b/iu;

/** "Line" and its number after it: " 1", " 12". */
const LINE_NUMBER = /^ \d{1,2}(?![\p{L}\p{N}])/u;

/** A word after "the Metro" that makes it the newspaper or the operator ("the Metro said"). */
const SAYS_AFTER = /^ (?:said|says|reported|reports|newspaper)\b/u;

/** LINE_WORDS with a space before each: a name of several words ending in one. */
const SPACED_LINE_WORDS = [...LINE_WORDS].map((w) => ` ${w}`);

/**
 * Whether the last word of `name` is one of LINE_WORDS (no copy of the word: most names end in
 * none; only the words as long as its last one are compared).
 */
function endsInLineWord(name: string): boolean {
  if (LINE_WORDS.has(name)) return true;
  const space = lastSpace(name);
  if (space < 0) return false;
  const spaced = name.length - space;
  for (const w of SPACED_LINE_WORDS) if (w.length === spaced && name.endsWith(w)) return true;
  return false;
}

/** What `m` becomes as a line or the metro in its block's `block`, or null when it is none. */
function asLine(block: string, m: EntityMention, isListedCity: (name: string) => boolean): EntityMention | null {
  if (m.type === 'PERSON') return null;
  if (m.text === 'Line') {
    const number = LINE_NUMBER.exec(block.slice(m.end, m.end + 4));
    if (!number) return null;
    const end = m.end + number[0].length;
    return respan(m, m.start, end, block.slice(m.start, end), 'PLACE');
  }
  if (m.type === 'PLACE') return null;
  if (m.text === 'Metro')
    return /(?:^|[^\p{L}])the $/u.test(block.slice(Math.max(0, m.start - 5), m.start)) &&
      !SAYS_AFTER.test(block.slice(m.end, m.end + 12))
      ? retype(m, 'PLACE')
      : null;
  if (m.text.startsWith('Metro ')) return isListedCity(m.text.slice(6)) ? retype(m, 'PLACE') : null;
  return endsInLineWord(m.text) ? retype(m, 'PLACE') : null;
}

/**
 * The mentions (in text order) with rail and metro lines typed as places; `isListedCity` tells a
 * listed city's or region's name.
 */
export function withTransitLines(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isListedCity: (name: string) => boolean,
): EntityMention[] {
  let out: EntityMention[] | null = null;
  let speaksOfTrains: boolean | undefined;
  mentions.forEach((m, i) => {
    const line = asLine(text.get(m.blockId) ?? '', m, isListedCity);
    if (!line) return;
    speaksOfTrains ??= someBlock(text, TRAIN_WORDS);
    if (!speaksOfTrains) return;
    out ??= [...mentions];
    out[i] = line;
  });
  return withLettersLeftOut(text, out ?? unchanged(mentions));
}

/** A line's letters before a lower-case "train" or "line" ("the L train", "all MRT lines"). */
const LETTERS_BEFORE_TRAIN = /(?<=\p{Ll} )\p{Lu}{1,4}(?= (?:trains?|lines)\b)/gu;

/**
 * The words LETTERS_BEFORE_TRAIN looks for after the letters, as the text's index of words
 * reads them (cue-index.ts): a text without one of them as a word names no line by its letters.
 */
const TRAIN_AFTER_LETTERS = / (?:trains?|lines)\b/u;

/** `mentions` (in text order) with the lines named by their letters that the tagger left out. */
function withLettersLeftOut(text: ReadonlyMap<number, string>, mentions: EntityMention[]): EntityMention[] {
  // Most texts speak of no train (one look in the text's index, no block read).
  if (!mayHold(text, TRAIN_AFTER_LETTERS)) return mentions;
  let byBlock: Map<number, EntityMention[]> | undefined;
  for (const [blockId, block] of text) {
    // Most blocks speak of no train: one cheap look before the pattern.
    if (!block.includes(' train') && !block.includes(' lines')) continue;
    for (const match of block.matchAll(LETTERS_BEFORE_TRAIN)) {
      const start = match.index;
      const end = start + match[0].length;
      byBlock ??= mentionsByBlock(mentions);
      const own = byBlock.get(blockId) ?? [];
      if (own.some((m) => m.start < end && m.end > start)) continue;
      const at = own.findIndex((m) => m.start >= end);
      own.splice(at < 0 ? own.length : at, 0, { blockId, start, end, text: match[0], type: 'PLACE' });
      byBlock.set(blockId, own);
    }
  }
  if (!byBlock) return mentions;
  return inTextOrder(text, byBlock);
}

/**
 * A nationality before a name, after tagging (English; applied by `MentionRules`), as the
 * names guidelines split it ("Russian" "Defense Ministry"):
 *
 * - an institution the tagger missed after a nationality it found ("the German [Weather
 *   Service]"): a run of up to four capitalised words ending in an organisation word;
 * - a nationality and a person's name read as one other name ("American Tyson"): two names.
 *
 * Each rule looks at the words just after a mention: linear in the text. A name's first word is
 * looked up only where its first two letters begin a nationality's word (`demonymStarts`).
 */
import { charAt, codeAt } from './chars';
import type { EntityMention } from '../types';
import { GAZ, type WordBitsTable } from './model/gazetteers';
import { firstWordIn, isCapitalisedWord, wordsIn, type Word } from './text-words';
import { respan, unchanged } from './by-block';

/** Longest run of capitalised words read as an institution. */
const MAX_RUN = 4;

/** An ASCII letter's place in the alphabet (either case), or -1. */
function letterOf(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65;
  return -1;
}

/**
 * The pairs of ASCII letters the word lists' nationalities begin with ("am" of "american"), one
 * byte a pair (26 x 26): made once a word list, so that most names' first word need not be cut
 * out and looked up (speed, issue 15).
 */
export function demonymStarts(words: WordBitsTable): Uint8Array {
  const starts = new Uint8Array(26 * 26);
  for (let i = 0; i < words.words.length; i++) {
    if (((words.bits[i] ?? 0) & GAZ.DEMONYM) === 0) continue;
    const w = words.words[i] as string;
    const a = letterOf(codeAt(w, 0));
    const b = letterOf(codeAt(w, 1));
    if (a >= 0 && b >= 0) starts[a * 26 + b] = 1;
  }
  return starts;
}

/**
 * Whether the word at `start` (before `end`) may be a nationality's: no only when its first two
 * characters are ASCII letters that begin no nationality of `starts` (its lower case, cut out and
 * looked up, then begins with those two letters, so its bits hold no DEMONYM).
 */
function mayBeDemonym(text: string, start: number, end: number, starts: Uint8Array | undefined): boolean {
  if (starts === undefined || end - start < 2) return true;
  const a = letterOf(codeAt(text, start));
  const b = letterOf(codeAt(text, start + 1));
  return a < 0 || b < 0 || starts[a * 26 + b] === 1;
}

export function demonymNames(
  text: string,
  mentions: readonly EntityMention[],
  bits: (word: string) => number,
  isOrgWord: (word: string) => boolean,
  starts?: Uint8Array,
): EntityMention[] {
  // The mentions themselves until a name is split or added (most texts: none), then a copy.
  let out: EntityMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    if (m.type !== 'OTHER' && m.type !== 'PERSON') {
      if (out !== null) out.push(m);
      continue;
    }
    // The first word first: most names start with no nationality (most need no look-up to say so).
    if (!mayBeDemonym(text, m.start, m.end, starts)) {
      if (out !== null) out.push(m);
      continue;
    }
    const first = firstWordIn(text, m.start, m.end) as Word;
    const firstBits = bits(first.text);
    if ((firstBits & GAZ.DEMONYM) === 0 || (m.type === 'PERSON' && firstBits & (GAZ.SURNAME | GAZ.FIRST_NAME))) {
      if (out !== null) out.push(m);
      continue;
    }
    const words = wordsIn(text, m.start, m.end);
    if (words.length === 2) {
      const name = words[1] as Word;
      const b = bits(name.text);
      // A "person" with a nationality before the name ("American Tyson") is split whatever
      // else the name is listed as.
      if (b & (GAZ.SURNAME | GAZ.FIRST_NAME) && (m.type === 'PERSON' || !(b & GAZ.ORG_NAME))) {
        out ??= mentions.slice(0, i);
        out.push(respan(m, m.start, first.end, first.text, 'OTHER'));
        out.push({ blockId: m.blockId, start: name.start, end: name.end, text: name.text, type: 'PERSON' });
        continue;
      }
    }
    if (out !== null) out.push(m);
    if (words.length !== 1 || m.type !== 'OTHER') continue;
    const run = institutionAfter(text, m.end, mentions[i + 1]?.start ?? text.length, isOrgWord);
    if (run) {
      out ??= mentions.slice(0, i + 1);
      out.push({
        blockId: m.blockId,
        start: run.start,
        end: run.end,
        text: text.slice(run.start, run.end),
        type: 'ORG',
      });
    }
  }
  return out ?? unchanged(mentions);
}

/** Capitalised words right after `at` (before `limit`), the last an organisation word. */
function institutionAfter(
  text: string,
  at: number,
  limit: number,
  isOrgWord: (word: string) => boolean,
): { start: number; end: number } | undefined {
  if (charAt(text, at) !== ' ') return undefined;
  // A run starts with a capital right after the space: an ASCII character that is none says no.
  const c = codeAt(text, at + 1);
  if (c < 128 && !(c >= 65 && c <= 90)) return undefined;
  const words = wordsIn(text, at + 1, Math.min(limit, text.length, at + 80));
  let n = 0;
  // Consecutive capitalised words, one space apart, none ending a sentence or clause.
  while (
    n < words.length &&
    n < MAX_RUN &&
    isCapitalisedWord((words[n] as Word).text) &&
    /^\p{L}+$/u.test((words[n] as Word).text) &&
    (words[n] as Word).start === (n === 0 ? at + 1 : (words[n - 1] as Word).end + 1)
  )
    n++;
  for (let k = n; k >= 1; k--) {
    const last = words[k - 1] as Word;
    if (isOrgWord(last.text)) return { start: (words[0] as Word).start, end: last.end };
  }
  return undefined;
}

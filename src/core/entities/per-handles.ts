/**
 * A player's handle or a nickname in quotes between a first name and a surname stays inside the
 * person's name (issue 15, en-train9 esports pages; lang-news.md: `Mads "frost" Kjeldsen`, a
 * quoted nickname inside the name as `Margaret "Peg" Delaney`). The tagger breaks such a name at
 * the quotes: the first name joins the word before it ("Rifler Mads"), the surname stands alone
 * or becomes OTHER. After tagging (English): a given name (`isFirstName`, or the last word of a
 * person the tagger found), a space, one quoted word of at most 20 characters, a space and one
 * or two capitalised words make one PERSON; the mentions it overlaps are dropped, and a word
 * before the given name that the tagger joined to it ("Rifler") goes with them, unless the
 * tagger's person opens with a given name ("William Herbert "Buckshot" May": kept whole).
 * Per opening quotation mark after a space, a look at the word before it and one anchored, bounded
 * pattern over the 80 characters after it.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { unchanged } from './by-block';

/** A word's letters (hyphens and apostrophes inside: "Jae-won"). */
const WORD_CHAR = /[\p{L}’'-]/u;

/** The quoted handle and the surname after an opening quote: `frost" Kjeldsen`, `Peg” Delaney Jr`. */
const AFTER_QUOTE = /^([^\s"“”]{1,20})["”] (\p{Lu}[\p{L}’'-]{1,24}(?: \p{Lu}[\p{L}’'-]{1,24})?)(?![\p{L}\p{N}])/u;

/** The capitalised word ending at `end` (a space and the quote after it), or null. */
function wordBefore(block: string, end: number): { start: number; word: string } | null {
  let start = end;
  while (start > 0 && end - start < 21 && WORD_CHAR.test(charAt(block, start - 1))) start--;
  const word = block.slice(start, end);
  if (word.length < 2 || (start > 0 && /[\p{L}\p{N}]/u.test(charAt(block, start - 1)))) return null;
  return /^\p{Lu}/u.test(word) ? { start, word } : null;
}

/** The index of the next opening quotation mark (straight or curly) from `from`, or -1. */
function nextQuote(block: string, from: number): number {
  const straight = block.indexOf('"', from);
  const curly = block.indexOf('“', from);
  return straight < 0 ? curly : curly < 0 ? straight : Math.min(straight, curly);
}

/** The mentions (in text order) with quoted handles kept inside their persons' names. */
export function withHandleNames(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isFirstName: (word: string) => boolean,
): EntityMention[] {
  const found: EntityMention[] = [];
  for (const [blockId, block] of text) {
    for (let q = nextQuote(block, 0); q >= 0; q = nextQuote(block, q + 1)) {
      if (charAt(block, q - 1) !== ' ') continue;
      const before = wordBefore(block, q - 1);
      const after = before && AFTER_QUOTE.exec(block.slice(q + 1, q + 80));
      if (!before || !after) continue;
      const given = before.word;
      let start = before.start;
      const end = q + 1 + after[0].length;
      // The given name is one by the word lists or ends a person the tagger found ("Rifler Mads", or
      // with the handle: "William Herbert "Buckshot"").
      const person = mentions.find(
        (m) =>
          m.blockId === blockId &&
          m.type === 'PERSON' &&
          m.start <= start &&
          m.end >= start + given.length &&
          m.end <= end,
      );
      if (!isFirstName(given) && person === undefined) continue;
      // A person whose first word is a given name keeps its other names ("William Herbert "Buckshot" May").
      if (person !== undefined && person.start < start && isFirstName(person.text.split(' ')[0] ?? ''))
        start = person.start;
      found.push({ blockId, start, end, text: block.slice(start, end), type: 'PERSON' });
      q = end;
    }
  }
  if (found.length === 0) return unchanged(mentions);
  const overlaps = (m: EntityMention): boolean =>
    found.some((f) => f.blockId === m.blockId && m.start < f.end && f.start < m.end);
  const order = new Map([...text.keys()].map((id, i) => [id, i]));
  return [...mentions.filter((m) => !overlaps(m)), ...found].sort(
    (a, b) => (order.get(a.blockId) ?? 0) - (order.get(b.blockId) ?? 0) || a.start - b.start,
  );
}

/**
 * Model numbers and letters after a product's name are part of it (English; applied by
 * `MentionRules`): the names guidelines mark a product with its model ("Xbox One S", "GTX
 * 1660 Ti", "Intel Core i7", "Logitech MX Master 3", "Forza Motorsport 7"), and the tagger,
 * trained on news with few products, stops before the number and often types the rest as its
 * maker. So:
 *
 * - an other name (OTHER) followed by a model's code ("i7", "5300M", "X4", "2S"), number
 *   ("4", "13") or letter ("S", "X") takes it in, up to two such words;
 * - an organisation's name of two or more words followed by a model's code is the product
 *   ("Intel Core" + "i7", "Netgear Nighthawk" + "R6700"): one other name. Not a number:
 *   clubs stand before their scores in results ("Bradford Bulls 36", CoNLL-2003 dev).
 *
 * Per mention, a look at the two words after it.
 */
import { charAt, codeAt } from './chars';
import type { EntityMention } from '../types';
import { wordsIn } from './text-words';
import { mapped, respan } from './by-block';

/** A model's code: letters and digits ("i7", "R6700", "AW3418DW", "5300M", "2S", "i5-9300H"); not an ordinal or a unit ("50th", "38mm"). */
const MODEL_CODE = /^(?:[A-Za-z]{1,3}\d{1,5}[A-Z]{0,3}|\d{1,5}[A-Z]{1,3})(?:-\d{1,5}[A-Z]{0,2})?$/u;

/** A company's reporting periods, no model ("Acme Inc Q2 loss widens"). */
const PERIODS = new Set(['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2']);

/** A model's number ("PlayStation 4", "Forza Motorsport 7"): one to three digits. */
const MODEL_NUMBER = /^\d{1,3}$/u;

/** A model's letter or suffix after a name ("Xbox One S", "GTX 1660 Ti"); not "I" or "A", words of a sentence. */
const MODEL_LETTERS = new Set('S X Z E R Ti SE XL XS'.split(' '));

/** What may follow a model's word inside a sentence: a space, the end, or punctuation that ends a clause (not "-4", "%", ".5"). */
const AFTER = /^(?:$|[\s,;:)!?’'"”]|\.(?:\s|$))/u;

/** Words after a number that make it a measure or a score, not a model's ("100 metres", "3 points"). */
const MEASURES = new Set(
  'metres meters miles kilometres kilometers km feet inches yards percent per points goals runs minutes seconds hours days weeks months years million billion pounds dollars euros'.split(
    ' ',
  ),
);

/**
 * The mentions of one block (in text order) with the model numbers after products taken in:
 * an other name takes a code, a number or a model letter (a number only after a name of two
 * words or one written like a product, "PlayStation", "iPadOS"); an organisation's name of two
 * or more words takes a code, and is then the product.
 */
export function withModelNumbers(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  return mapped(mentions, (m, i) => {
    const other = m.type === 'OTHER';
    if (!other && !(m.type === 'ORG' && m.text.includes(' '))) return m;
    if (charAt(text, m.end) !== ' ' || !codeLike(text, m.end + 1, other)) return m;
    const numbered = other && (m.text.includes(' ') || /\p{Ll}\p{Lu}/u.test(m.text));
    const next = mentions[i + 1];
    const limit = Math.min(text.length, m.end + 40, next ? next.start : text.length);
    const words = wordsIn(text, m.end, limit + 1);
    let end = m.end;
    for (let k = 0; k < 2 && k < words.length; k++) {
      const w = words[k] as { start: number; end: number; text: string };
      if (w.start !== end + 1 || w.end > limit) break;
      // The word without the punctuation that ends a clause ("PlayStation 4," "Xbox One S.").
      const word = withoutClosing(w.text);
      const after = words[k + 1];
      const ok =
        (MODEL_CODE.test(word) && !PERIODS.has(word)) ||
        (numbered && MODEL_NUMBER.test(word) && !(after && MEASURES.has(after.text.replace(/[.,;:]$/u, '')))) ||
        (other && MODEL_LETTERS.has(word));
      if (!ok || !AFTER.test(text.slice(w.start + word.length, w.start + word.length + 2))) break;
      end = w.start + word.length;
      if (word !== w.text) break;
    }
    if (end === m.end) return m;
    return respan(m, m.start, end, text.slice(m.start, end), 'OTHER' as const);
  });
}

/** Punctuation that closes a clause after a word. */
const CLOSING = new Set(['.', ',', ';', ':', '!', '?', ')', '’', "'", '"', '”']);

/** `word` without the punctuation that closes a clause after it (a loop: no regular expression to backtrack). */
function withoutClosing(word: string): string {
  let end = word.length;
  while (end > 0 && CLOSING.has(charAt(word, end - 1))) end--;
  return word.slice(0, end);
}

/**
 * Whether the word at `at` could be a model's code, number or letter: it holds a digit, or
 * (after an other name) is one of the letters. Read before the words are split, so most
 * names (followed by an ordinary word) cost a few characters.
 */
function codeLike(text: string, at: number, other: boolean): boolean {
  let end = at;
  while (end < text.length && end - at < 16 && codeAt(text, end) !== 32) end++;
  for (let i = at; i < end; i++) {
    const c = codeAt(text, i);
    if (c >= 48 && c <= 57) return true;
  }
  return other && MODEL_LETTERS.has(withoutClosing(text.slice(at, end)));
}

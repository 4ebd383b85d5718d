/**
 * The small word tests the speaker resolver (speakers.ts) reads phrases by: a phrase's head,
 * a name's initials, the honorifics that tell a gender, the words that name nobody.
 */
import type { Entity } from '../types';
import { NP_PREPOSITIONS } from './lexicon';
import type { Para, Tok } from './paragraphs';
import type { Phrase } from './phrases';

/** The entity's name holds `word` (lower case) as a word. */
export function nameHas(e: Entity, word: string): boolean {
  return e.name.toLowerCase().split(/\s+/u).includes(word);
}

/** The index of the last mention of `p` that starts before token `end`, or -1. */
export function lastMentionBefore(p: Para, end: number): number {
  let lo = 0;
  let hi = p.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((p.mentions[mid] as { t0: number }).t0 < end) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

export const HONORIFIC_GENDER = new Map<string, 'f' | 'm'>([
  ['mr', 'm'],
  ['mrs', 'f'],
  ['ms', 'f'],
  ['miss', 'f'],
  ['sir', 'm'],
  ['dame', 'f'],
  ['lord', 'm'],
  ['lady', 'f'],
]);

export const LETTER = /^\p{L}/u;
export const NOBODY = new Set(['no', 'nobody', 'none', 'neither']);
/**
 * Words that point at a thing or a clause, never at whoever speaks: "That’s how it works, they
 * said", "Here’s what he told us". One of them alone, or with "’s" ("that’s" is "that is"), names
 * no speaker; nor does "it’s".
 */
const NOT_SPEAKERS = new Set(['that', 'this', 'these', 'those', 'there', 'here', 'what', 'which']);

/** A phrase that is a pointing word, or a pronoun and its verb ("That’s", "It’s"): no one. */
export function pointsAtNoOne(p: Para, ph: Phrase): boolean {
  const first = p.toks[ph.t0] as Tok;
  const second = ph.t1 - ph.t0 > 1 ? p.toks[ph.t0 + 1] : undefined;
  if (!NOT_SPEAKERS.has(first.lower) && first.lower !== 'it') return false;
  if (ph.t1 - ph.t0 === 1) return first.lower !== 'it';
  return second?.lower === "'s";
}
/** Possessive determiners, and the pronoun whose owner they name: "its hydrologists" are the agency's. */
export const POSSESSIVE_PRONOUNS = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['its', 'it'],
  ['their', 'they'],
]);
/** The state's bodies: with a country's name before them, a source of their own. */
export const STATE_NOUNS = new Set(['government', 'military', 'army', 'authorities', 'police', 'administration']);

/** A capitalised word between the phrase's determiner and its head ("the Jordanian government"). */
export function capitalisedBefore(p: Para, ph: Phrase): boolean {
  const h = headIndex(p, ph);
  for (let i = ph.t0 + 1; i < h; i++) if ((p.toks[i] as Tok).cap) return true;
  return false;
}

/** Words a name may hold between its capitalised words. */
export const NAME_JOINERS = new Set(['of', 'for', 'and', 'the', 'de', 'on', '&']);

/** The initials of a name, its joining words left out ("World Health Organization" -> WHO). */
export function initialsOf(name: string): string {
  let out = '';
  for (const w of name.split(/[\s-]+/u)) if (w && !NAME_JOINERS.has(w.toLowerCase())) out += w[0] ?? '';
  return out.toUpperCase();
}

export const anchorKey = (para: number, sentence: number): number => para * 4096 + Math.min(sentence, 4095);

/** The head of a phrase: its last word before a preposition ("spokesperson" of "a spokesperson for…"). */
export function headIndex(p: Para, ph: Phrase): number {
  for (let i = ph.t0 + 1; i < ph.t1; i++) {
    const t = p.toks[i] as Tok;
    if (NP_PREPOSITIONS.has(t.lower)) {
      // "Dr. Joneigh Khaldun of the Michigan Department…": the name before "of".
      return i - 1;
    }
  }
  let h = ph.t1 - 1;
  while (h > ph.t0 && !(p.toks[h] as Tok).word) h--;
  return h;
}

export function headOf(p: Para, ph: Phrase): string {
  return (p.toks[headIndex(p, ph)] as Tok).lower;
}

/** "U.S." -> "US": an acronym written with full stops. */
export function undotted(name: string): string {
  return name.length <= 12 ? name.split('.').join('') : name;
}

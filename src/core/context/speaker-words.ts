/**
 * The small word tests the speaker resolver (speakers.ts) reads phrases by: a phrase's head,
 * a name's initials, the honorifics that tell a gender, the words that name nobody.
 */
import type { Entity } from '../types';
import { NP_PREPOSITIONS } from './lexicon';
import { sentenceAt, type Para, type Tok } from './paragraphs';
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
/** How many words before "who" the people it describes may take ("residents of the valley"). */
const ANTECEDENT_WORDS = 6;
/** Words that open the people a "who" clause describes ("the", "those", "many"). */
const DETERMINER_WORDS = new Set(['the', 'those', 'these', 'many', 'some', 'all', 'most', 'few', 'several']);
/** Words that end a clause before "who": the people are not read past them. */
const CLAUSE_BREAKS = new Set(['and', 'or', 'but', 'said', 'says', 'told', 'that', 'which', 'when', 'while', 'as']);

/**
 * Where the people a relative "who" at token `who` describes start ("Those who stayed",
 * "Residents of the valley who fled"): lower-case words (a determiner first, "of" or "in"
 * between) just before it; -1 when there are none.
 */
export function antecedentStart(p: Para, who: number): number {
  let t0 = -1;
  for (let i = who - 1; i >= 0 && who - i <= ANTECEDENT_WORDS; i--) {
    const t = p.toks[i] as Tok;
    // Capitalised only as a sentence's first word ("Residents who fled"), never a name.
    if (!t.word || p.mentionOf[i] !== -1 || (t.cap && p.sentences[sentenceAt(p, i)]?.t0 !== i)) break;
    if (!/^\p{L}+$/u.test(t.lower) || CLAUSE_BREAKS.has(t.lower)) break;
    t0 = i;
    // "Residents of the valley": a determiner after "of" goes on to the noun before it.
    if (DETERMINER_WORDS.has(t.lower) && !NP_PREPOSITIONS.has(p.toks[i - 1]?.lower ?? '')) break;
  }
  return t0 >= 0 && (p.toks[t0] as Tok).lower !== 'of' ? t0 : -1;
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

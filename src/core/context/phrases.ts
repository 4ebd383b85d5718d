/**
 * Noun phrases and clause edges on a paragraph's tokens, without a parser: the subject before
 * a speech verb ("A doctor on the scene told…", "Steve Clarke, deputy administrator…, said"),
 * the noun phrase after one ("said a WeWork spokesperson when…", "according to data from
 * MarketAxess"; subjects.ts finds the subject itself), the adverbials a verb may carry before its clause
 * ("said in a statement on Monday that…"), and whether a stretch of words holds a finite verb.
 * Every walk is bounded by a window of tokens, so each costs a constant.
 */
import {
  ARTICLES,
  CLAUSE_OPENERS,
  CUE_BLOCKERS,
  DETERMINERS,
  FINITE,
  GROUP_PRONOUNS,
  NOUN_FORMS,
  NP_PREPOSITIONS,
  PERSON_PRONOUNS,
  cueLemma,
  PREPOSITIONS,
  THING_PRONOUNS,
} from './lexicon';
import type { Para, Tok } from './paragraphs';

/** A noun phrase as a token range [t0, t1). */
export interface Phrase {
  t0: number;
  t1: number;
}

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/u));

/** Words that stand for a group of people on their own ("many say", "others said"). */
const QUANTIFIERS = words('many some others several both all most few');

/** The longest noun phrase walked, in tokens. */
export const MAX_PHRASE = 14;
/** The longest appositive between a subject and its verb ("X, chief executive of …, said"). */
export const MAX_APPOSITIVE = 24;

export const SPEAKER_PRONOUNS = new Set([...PERSON_PRONOUNS, ...GROUP_PRONOUNS, ...THING_PRONOUNS]);

export const WEEKDAYS = words(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight mon tue tues wed thu thurs fri sat sun',
);
export const MONTHS = words(
  'january february march april may june july august september october november december jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.',
);
/** Nouns of the channel a statement came through: "said in a statement", "told … by email". */
const CHANNEL_NOUNS = words(
  'statement statements email e-mail emails interview interviews tweet tweets post posts letter release conference teleconference call briefing video message report blog speech filing memo op-ed meeting appointment hearing podcast broadcast session twitter facebook instagram text note remarks address press website',
);
const TIME_WORDS = words('week month year weekend morning afternoon evening night time day');
/** Single adverbs a speech verb may carry before its clause. */
const VERB_ADVERBS = words(
  'also later earlier then previously again publicly privately separately recently repeatedly once initially today yesterday afterwards afterward too simply further jokingly',
);

export const isPunct = (t: Tok | undefined): boolean => t !== undefined && !t.word;
/** "blankly", "quickly": an adverb between a subject and its verb ("Andrew blankly denied"). */
export const isLyAdverb = (t: Tok): boolean =>
  !t.cap && t.lower.length > 4 && t.lower.endsWith('ly') && !NOT_ADVERBS.has(t.lower);
const NOT_ADVERBS = new Set([
  'family',
  'italy',
  'supply',
  'july',
  'ally',
  'rally',
  'assembly',
  'reply',
  'belly',
  'bully',
]);
export const isPossessive = (t: Tok | undefined): boolean =>
  t !== undefined && (t.lower === "'s" || t.lower === '’s' || t.lower === "'" || t.lower === '’');

/** A word that a noun phrase cannot hold: a clause opener, a finite verb, a speech verb. */
export function breaksPhrase(t: Tok): boolean {
  return t.cue || CLAUSE_OPENERS.has(t.lower) || FINITE.has(t.lower);
}

/** Pronouns after which "'s" is "is" or "has", not a possessive. */
const CONTRACTING = words('it that there he she what who here where everyone nobody');

/**
 * Whether token `i` is a finite verb: an auxiliary, a modal, a past tense or a common present,
 * a contraction ("it's", "we'll"), a past form after a noun ("the company reported"; not "the
 * reported pricing").
 */
export function isFiniteAt(p: Para, i: number): boolean {
  const t = p.toks[i];
  if (!t || !t.word) return false;
  const prev = p.toks[i - 1];
  const lower = t.lower;
  if (lower === "'s" || lower === '’s') return !!prev && CONTRACTING.has(prev.lower);
  if (FINITE.has(lower)) return true;
  if (
    (lower.includes("'") || lower.includes('’')) &&
    (/n['’]t$/u.test(lower) || /^\p{L}+['’](?:re|ve|ll|d|m)$/u.test(lower))
  )
    return true;
  if (t.cap || !prev || !prev.word || ARTICLES.has(prev.lower) || DETERMINERS.has(prev.lower)) return false;
  // "findings of overcrowded conditions": an adjective after a preposition.
  if (PREPOSITIONS.has(prev.lower)) return false;
  // "co-founded", "Minneapolis-based": adjectives.
  if (lower.length > 4 && lower.endsWith('ed') && !lower.includes('-')) return true;
  return t.cue;
}

/** A finite verb among the tokens [t0, t1). */
export function hasFiniteVerb(p: Para, t0: number, t1: number): boolean {
  for (let i = t0; i < t1; i++) if (isFiniteAt(p, i)) return true;
  return false;
}

/** A pronoun without its contraction: "we’ll" -> "we". */
export function pronounOf(t: Tok | undefined): string | undefined {
  if (!t) return undefined;
  const bare = t.lower.replace(/['’](?:ll|re|ve|d|s|m)$/u, '');
  return SPEAKER_PRONOUNS.has(bare) || bare === 'we' || bare === 'i' || bare === 'you' ? bare : undefined;
}

/** The entity mention index of a token, or -1. */
export const mentionAt = (p: Para, i: number): number =>
  i >= 0 && i < p.toks.length ? (p.mentionOf[i] as number) : -1;

/**
 * The noun phrase that ends at token `i`, walking left no further than `limit`: a pronoun, a
 * name with its titles ("White House Press Secretary Stephanie Grisham"), or a description
 * with its modifiers ("Bolivia’s public defender’s office", "A doctor on the scene").
 */
export function phraseEndingAt(p: Para, i: number, limit: number): Phrase | null {
  const toks = p.toks;
  const last = toks[i];
  if (!last || i < limit || !last.word) return null;
  if (pronounOf(last)) return { t0: i, t1: i + 1 };
  // "many have voiced concerns", "others said".
  if (QUANTIFIERS.has(last.lower)) return { t0: i, t1: i + 1 };
  // "The report said": a noun form of a cue, right before the verb, is the subject's head.
  const nounHead = NOUN_FORMS.has(last.lower) && cueLemma(toks[i + 1]?.lower ?? '') !== undefined;
  if ((breaksPhrase(last) && !nounHead) || PREPOSITIONS.has(last.lower) || DETERMINERS.has(last.lower)) return null;
  let t0 = i;
  let j = i;
  const floor = Math.max(limit, i - MAX_PHRASE);
  while (j >= floor) {
    const t = toks[j] as Tok;
    const m = mentionAt(p, j);
    if (m >= 0) {
      const ref = p.mentions[m];
      const start = Math.max(ref ? ref.t0 : j, floor);
      t0 = start;
      j = start - 1;
      continue;
    }
    if (isPossessive(t) || t.lower === '&' || t.lower === '-') {
      // "That's", "it's": a verb, not a possessive.
      if (t.lower === "'s" && CONTRACTING.has(toks[j - 1]?.lower ?? '')) break;
      t0 = j;
      j--;
      continue;
    }
    if (!t.word) break;
    if (DETERMINERS.has(t.lower)) {
      // "the regional health commission"; but "… of the Michigan Department" goes on.
      t0 = j;
      const before = toks[j - 1];
      if (before && j - 1 >= floor && NP_PREPOSITIONS.has(before.lower) && before.lower !== 'on') {
        j -= 1;
        continue;
      }
      break;
    }
    // "the singer and guitarist": two nouns of one description.
    if (t.lower === 'and' && j < i) {
      const before = toks[j - 1];
      const after = toks[j + 1] as Tok;
      if (
        before &&
        before.word &&
        !before.cap &&
        !after.cap &&
        !breaksPhrase(before) &&
        !DETERMINERS.has(before.lower)
      ) {
        j--;
        continue;
      }
      break;
    }
    if (NP_PREPOSITIONS.has(t.lower)) {
      // Inside a description only: a preposition between two parts of it.
      if (j === i) break;
      const before = toks[j - 1];
      if (!before || j - 1 < floor || !before.word || breaksPhrase(before) || PREPOSITIONS.has(before.lower)) break;
      j--;
      continue;
    }
    if ((breaksPhrase(t) && !(j === i && nounHead)) || PREPOSITIONS.has(t.lower) || CUE_BLOCKERS.has(t.lower)) break;
    if (!t.cap && t.lower.endsWith('ly') && t.lower.length > 4) break;
    t0 = j;
    j--;
  }
  // A phrase never starts with a preposition.
  while (t0 <= i && NP_PREPOSITIONS.has((toks[t0] as Tok).lower)) t0++;
  return t0 <= i ? { t0, t1: i + 1 } : null;
}

/** A phrase that is a name: one entity mention, or capitalised words only ("Big Machine"). */
export function isName(p: Para, ph: Phrase): boolean {
  if (ph.t1 <= ph.t0) return false;
  const m = p.mentionOf[ph.t0] as number;
  const ref = m >= 0 ? p.mentions[m] : undefined;
  if (ref && ref.t0 === ph.t0 && ref.t1 === ph.t1) return true;
  if (ph.t1 - ph.t0 > 5) return false;
  for (let k = ph.t0; k < ph.t1; k++) {
    const t = p.toks[k] as Tok;
    if (!t.cap && !(k > ph.t0 && (t.lower === '&' || t.lower === 'of'))) return false;
  }
  return !DETERMINERS.has((p.toks[ph.t0] as Tok).lower);
}

/**
 * The noun phrase that starts at token `i` (after a verb: "said a WeWork spokesperson when
 * contacted"; after "according to"), no further than `limit`.
 */
export function phraseStartingAt(p: Para, i: number, limit: number): Phrase | null {
  const toks = p.toks;
  const first = toks[i];
  if (!first || i >= limit || !first.word) return null;
  if (pronounOf(first)) return { t0: i, t1: i + 1 };
  const ceiling = Math.min(limit, i + MAX_PHRASE);
  let j = i;
  let named = false;
  while (j < ceiling) {
    const t = toks[j] as Tok;
    const m = mentionAt(p, j);
    if (m >= 0) {
      const ref = p.mentions[m];
      j = Math.min(ref ? ref.t1 : j + 1, ceiling);
      named = true;
      continue;
    }
    if (isPossessive(t) || t.lower === '&') {
      j++;
      continue;
    }
    if (!t.word) break;
    if (j > i && (breaksPhrase(t) || CUE_BLOCKERS.has(t.lower))) break;
    if (PREPOSITIONS.has(t.lower)) {
      if (j === i) return null;
      if (!NP_PREPOSITIONS.has(t.lower)) break;
      const next = toks[j + 1];
      if (!next || !next.word) break;
      // After a name only "of" ("Dr. X of the Y"); "in a statement", "on Monday" are no part of it.
      if (named && t.lower !== 'of') break;
      if (adverbialAt(p, j, ceiling) > j) break;
      j++;
      continue;
    }
    if (j > i && WEEKDAYS.has(t.lower)) break;
    // "sources cited by …", "documents obtained by …": a participle ends the phrase.
    if (j > i + 1 && !t.cap && t.lower.endsWith('ed') && PREPOSITIONS.has(toks[j + 1]?.lower ?? '')) break;
    // "said Shotwell, referring to…", "said Shotwell referring…".
    if (j > i && named && !t.cap && t.lower.endsWith('ing')) break;
    j++;
  }
  while (j > i && !(toks[j - 1] as Tok).word && !isPossessive(toks[j - 1])) j--;
  while (j > i && (PREPOSITIONS.has((toks[j - 1] as Tok).lower) || DETERMINERS.has((toks[j - 1] as Tok).lower))) j--;
  return j > i ? { t0: i, t1: j } : null;
}

/**
 * The end of an adverbial starting at token `i` ("on Monday", "in a statement", "last week",
 * "Nov. 18", "in an email to staff"), or `i` when there is none.
 */
export function adverbialAt(p: Para, i: number, limit: number): number {
  const toks = p.toks;
  const t = toks[i];
  if (!t || i >= limit) return i;
  if (VERB_ADVERBS.has(t.lower) || WEEKDAYS.has(t.lower)) return i + 1;
  if (MONTHS.has(t.lower) && t.cap) {
    let j = i + 1;
    if (toks[j]?.lower === '.') j++;
    if (toks[j] && /^\d{1,2}(?:st|nd|rd|th)?$/u.test((toks[j] as Tok).lower)) j++;
    return j;
  }
  if ((t.lower === 'last' || t.lower === 'this' || t.lower === 'next') && toks[i + 1]) {
    const n = toks[i + 1] as Tok;
    if (TIME_WORDS.has(n.lower) || WEEKDAYS.has(n.lower) || MONTHS.has(n.lower)) return i + 2;
  }
  if (['in', 'on', 'at', 'via', 'by', 'during', 'after', 'over', 'through'].includes(t.lower)) {
    let j = i + 1;
    const n = toks[j];
    if (!n) return i;
    if (WEEKDAYS.has(n.lower) || n.lower === 'twitter' || n.lower === 'facebook' || n.lower === 'instagram')
      return j + 1;
    // "in a statement", "at a news conference", "in an interview with X", "at the time"
    const ceiling = Math.min(limit, i + 6);
    while (j < ceiling) {
      const x = toks[j] as Tok;
      if (CHANNEL_NOUNS.has(x.lower) || (TIME_WORDS.has(x.lower) && j > i + 1)) {
        j++;
        // "to staff", "with reporters", "posted on its website": a short tail before the clause.
        if (toks[j] && ['to', 'with', 'on'].includes((toks[j] as Tok).lower)) {
          const tailEnd = Math.min(limit, j + 5);
          let k = j + 1;
          while (k < tailEnd && (toks[k] as Tok).word && !breaksPhrase(toks[k] as Tok)) k++;
          if (k < limit && ((toks[k] as Tok).lower === 'that' || (toks[k] as Tok).lower === ',')) return k;
        }
        return j;
      }
      if (!x.word || breaksPhrase(x)) return i;
      j++;
    }
  }
  return i;
}

/** Skips adverbials from `i`; the first token after them. */
export function skipAdverbials(p: Para, i: number, limit: number): number {
  let j = i;
  for (let guard = 0; guard < 6 && j < limit; guard++) {
    const k = adverbialAt(p, j, limit);
    if (k > j) {
      j = k;
      continue;
    }
    if ((p.toks[j] as Tok).lower === ',' && adverbialAt(p, j + 1, limit) > j + 1) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** Characters of a phrase. */
export function phraseText(p: Para, ph: Phrase): string {
  return p.text.slice((p.toks[ph.t0] as Tok).start, (p.toks[ph.t1 - 1] as Tok).end);
}

/**
 * Where a token is a cue of speech: a speech verb used as one ("said", "told", "according
 * to", "called on"), not a noun ("the report says", "with reports that"), not blocked by what
 * stands before it ("declined to say", "did not say", "was told", "will say"), and not an
 * idiom ("That said, …").
 */
import {
  NOUN_FORMS,
  ARTICLES,
  BETWEEN_SUBJECT_AND_CUE,
  CUE_BLOCKERS,
  DETERMINERS,
  FINITE,
  PREPOSITIONS,
  cueLemma,
} from './lexicon';
import { sentenceAt, type Para, type Tok } from './paragraphs';
import { isFiniteAt, isPossessive } from './phrases';

export interface Cue {
  lemma: string;
  /** Token range of the cue words, [t0, t1). */
  t0: number;
  t1: number;
}

/** Forms that are as often nouns (NOUN_FORMS): a cue only when no determiner or preposition stands before. */
const PASSIVE = new Set(['is', 'was', 'were', 'been', 'being', 'be', 'are', 'am', "'s", '’s']);

export function cueAt(p: Para, i: number): Cue | null {
  const toks = p.toks;
  const t = toks[i];
  if (!t || !t.cue || p.quoteOf[i] !== -1) return null;
  if (t.lower === 'according' && toks[i + 1]?.lower === 'to') return { lemma: 'according', t0: i, t1: i + 2 };
  // ", per the WHO, …": an attribution like "according to".
  if (t.lower === 'per') {
    const next = toks[i + 1];
    return toks[i - 1]?.lower === ',' && next && (next.cap || ARTICLES.has(next.lower))
      ? { lemma: 'according', t0: i, t1: i + 1 }
      : null;
  }
  const lemma = cueLemma(t.lower);
  if (!lemma) return null;
  const s = p.sentences[sentenceAt(p, i)];
  const prev: Tok | undefined = i > 0 ? toks[i - 1] : undefined;
  // "Said" inside a sentence is a name.
  if (t.cap && s && i > s.t0 && !(prev && !prev.word)) return null;
  // What stands before the verb, past adverbs ("should also note", "did not say").
  let b = i - 1;
  while (
    b > 0 &&
    BETWEEN_SUBJECT_AND_CUE.has((toks[b] as Tok).lower) &&
    !['has', 'have', 'had'].includes((toks[b] as Tok).lower)
  )
    b--;
  const blocker = toks[b];
  // "was told" is passive; "are urging" is the verb in progress.
  const progressive = t.lower.endsWith('ing');
  if (blocker && b < i && (CUE_BLOCKERS.has(blocker.lower) || (PASSIVE.has(blocker.lower) && !progressive)))
    return null;
  if (t.lower === 'said' && prev?.lower === 'that' && toks[i + 1]?.lower === ',') return null;
  // "It's worth noting that …": the article's own remark.
  if (prev?.lower === 'worth' || prev?.lower === 'please') return null;
  // "the reported pricing", "the said company": an adjective.
  if (prev && ARTICLES.has(prev.lower)) return null;
  if (NOUN_FORMS.has(t.lower)) {
    // "the report says", "with reports that"; but "by warning candidates" is the verb.
    const gerund = t.lower.endsWith('ing');
    if (prev && (DETERMINERS.has(prev.lower) || isPossessive(prev) || (!gerund && PREPOSITIONS.has(prev.lower))))
      return null;
    // "the early voting states has created": a noun before its verb.
    const next = toks[i + 1];
    if (next && FINITE.has(next.lower) && t.lower.endsWith('s')) return null;
  }
  if (NOUN_FORMS.has(t.lower) && (toks[i + 1]?.lower === 'says' || toks[i + 1]?.lower === 'said')) return null;
  // "One Napa County reporting station hasn't seen …": a gerund inside a noun phrase, before its noun and verb.
  if (t.lower.endsWith('ing') && prev?.cap && prev.word) {
    const noun = toks[i + 1];
    if (noun && noun.word && !noun.cap && !DETERMINERS.has(noun.lower) && isFiniteAt(p, i + 2)) return null;
  }
  if (lemma === 'call') {
    if (toks[i + 1]?.lower === 'on' || toks[i + 1]?.lower === 'upon') return { lemma: 'call-on', t0: i, t1: i + 2 };
    return { lemma, t0: i, t1: i + 1 };
  }
  return { lemma, t0: i, t1: i + 1 };
}

/**
 * Where reported content begins and ends: after a sentence's opening connectives, up to the end
 * of its clause (not across another source's attribution), and whether words after a speech
 * verb make a clause of their own without "that" ("said Starship missions could begin").
 */
import { ARTICLES, DETERMINERS, PREPOSITIONS } from './lexicon';
import { isStop } from './attribution';
import { cueAt } from './cues';
import type { Para, Sentence, Tok } from './paragraphs';
import { isFiniteAt, SPEAKER_PRONOUNS } from './phrases';

/** A reported clause is cut after this many tokens: no clause of a paragraph built to hurt is longer. */
export const MAX_CONTENT = 160;
/** How far after the verb "that" may open its clause ("said in a statement on Monday that"). */
const THAT_WINDOW = 12;
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** A clause reported without "that" has its verb within this many words. */
const BARE_CLAUSE_VERB_WINDOW = 10;

export const SUBORDINATORS = new Set([
  'once',
  'when',
  'after',
  'if',
  'because',
  'while',
  'although',
  'though',
  'since',
  'before',
  'until',
  'as',
]);
export const CONNECTIVES = new Set(['and', 'but', 'so', 'yet', 'or']);
/** A clause cut after one of these is unfinished ("the latest case is"). */
export const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had']);
/** Leading connectives that are not part of what was said ("What’s more, …", "But …"). */
const DISCOURSE = new Set(
  "but and so yet still also however meanwhile moreover indeed furthermore besides nonetheless nevertheless what's what’s more in fact that being said".split(
    ' ',
  ),
);
/**
 * Words after a comma that end the reported clause (another clause, another source). Not "but"
 * and "after": "he wasn't concerned …, but he did worry …" is one sentence of what was said.
 */
const CLAUSE_ENDERS = new Set(
  'while though although according adding saying per whereas when where before because since if until as'.split(' '),
);
export const isDash = (t: Tok | undefined): boolean => t !== undefined && (t.lower === '—' || t.lower === '–');
/** A dash set off by spaces: it may end a clause ("… return — both Hemsworth …"), not "years—26". */
export function spacedDash(p: Para, i: number): boolean {
  const t = p.toks[i];
  return isDash(t) && !!t && p.text[t.start - 1] === ' ' && p.text[t.end] === ' ';
}
/** "3,248": a comma inside a number. */
export function digitComma(p: Para, i: number): boolean {
  const t = p.toks[i] as Tok;
  const a = p.text.charCodeAt(t.start - 1);
  const b = p.text.charCodeAt(t.end);
  return a >= 48 && a <= 57 && b >= 48 && b <= 57;
}

/** Where the reported content of sentence `s` may begin: after opening connectives. */
export function contentStart(p: Para, s: Sentence): number {
  const toks = p.toks;
  let i = s.t0;
  const first = toks[i];
  if (first && CONNECTIVES.has(first.lower)) i++;
  // "What’s more, ", "Still, ", "In fact, ": up to four connective words and a comma.
  for (let j = i; j < Math.min(s.t1, i + 5); j++) {
    const t = toks[j] as Tok;
    if (t.lower === ',') {
      let all = j > i;
      for (let k = i; k < j; k++) if (!DISCOURSE.has((toks[k] as Tok).lower)) all = false;
      if (all) i = j + 1;
      break;
    }
  }
  return i;
}

/** Where the clause reported from token k ends. */
export function contentEnd(p: Para, k: number, s: Sentence): number {
  const toks = p.toks;
  const limit = Math.min(s.t1, k + MAX_CONTENT);
  for (let i = k; i < limit; i++) {
    const t = toks[i] as Tok;
    if (p.quoteOf[i] !== -1) continue;
    if (t.lower === ';') return i;
    if (isStop(t) && !p.markOf[i]) return i;
    const n = toks[i + 1];
    if (spacedDash(p, i) && n && ['but', 'and', 'though', 'although', 'while'].includes(n.lower)) return i;
    if (t.lower === ',' && !digitComma(p, i)) {
      if (!n) return i;
      if (CLAUSE_ENDERS.has(n.lower)) return i;
      // "asked not to be identified, said that …": the next verb of speech is another report.
      if (cueAt(p, i + 1)) return i;
      if (n.lower.endsWith('ing') && !n.cap && n.lower !== 'including' && n.lower.length > 5) return i;
      const n2 = toks[i + 2];
      if (n.lower === 'and' && n2 && (cueAt(p, i + 2) || SPEAKER_PRONOUNS.has(n2.lower))) return i;
      // ", after Politico reported …": another source's clause.
      if ((n.lower === 'after' || n.lower === 'but') && namedCueAfter(p, i + 2)) return i;
    }
    if ((t.lower === 'and' || t.lower === 'but') && toks[i + 1] && cueAt(p, i + 1)) return i;
  }
  return limit;
}

/**
 * A clause reported without "that": a finite verb within its first words (past a dashed or
 * bracketed aside), before any subordinate clause ("said Starship missions could begin"; not
 * "reported its third case … after two cases were revealed").
 */
export function bareClause(p: Para, k: number, limit: number): boolean {
  const toks = p.toks;
  const t = toks[k];
  // Not "he said according to a transcript": an attribution, no clause.
  if (
    !t ||
    !t.word ||
    PREPOSITIONS.has(t.lower) ||
    t.lower === 'to' ||
    t.lower === 'according' ||
    CONNECTIVES.has(t.lower) ||
    p.markOf[k] === 1
  )
    return false;
  let seen = 0;
  for (let i = k; i < limit && seen < BARE_CLAUSE_VERB_WINDOW; i++, seen++) {
    const x = toks[i] as Tok;
    if (isDash(x) || x.lower === '(') {
      const close = x.lower === '(' ? ')' : x.lower;
      let j = i + 1;
      while (j < Math.min(limit, i + 30) && (toks[j] as Tok).lower !== close) j++;
      if (j < limit && (toks[j] as Tok).lower === close) {
        i = j;
        continue;
      }
    }
    if (
      (SUBORDINATORS.has(x.lower) && (x.lower !== 'once' || i === k)) ||
      x.lower === 'which' ||
      x.lower === 'who' ||
      x.lower === 'where'
    )
      return false;
    if (p.markOf[i] || isStop(x) || (x.lower === ',' && !digitComma(p, i))) return false;
    // "maintains its own monitor and reported …": a second verb, not a clause.
    if ((x.lower === 'and' || x.lower === 'but' || x.lower === 'or') && i > k) return false;
    if (i > k && (isFiniteAt(p, i) || pastAt(p, i) || presentAfterName(p, i)) && !ADJECTIVAL.has(x.lower)) return true;
  }
  return false;
}

/** A name and its speech verb from token k ("Politico reported"). */
function namedCueAfter(p: Para, k: number): boolean {
  const m = p.mentionOf[k] ?? -1;
  const ref = m >= 0 ? p.mentions[m] : undefined;
  return !!ref && ref.t0 === k && !!cueAt(p, ref.t1);
}

/** "Apple employs", "it gives": a present verb right after a name or a pronoun. */
function presentAfterName(p: Para, i: number): boolean {
  const t = p.toks[i] as Tok;
  if (t.cap || !t.word || t.lower.length < 4 || !t.lower.endsWith('s') || t.lower.endsWith('ss')) return false;
  const prev = p.toks[i - 1];
  if (!prev) return false;
  return (p.mentionOf[i - 1] ?? -1) >= 0 || ['he', 'she', 'it'].includes(prev.lower);
}

/** Participles that describe a noun rather than make a clause ("a fatality linked to the virus"). */
const ADJECTIVAL = new Set(['linked', 'related', 'tied', 'connected', 'attributed', 'based', 'owned', 'compared']);

/** Past forms the general test misses: short ones ("fled", "died") and irregular ones ("rose"). */
const IRREGULAR_PAST = new Set(
  'fled rose sank shot struck stole threw hid quit fought caught taught sought drove flew froze rode woke wore swore forgot shook broke chose spoke withdrew overtook arose'.split(
    ' ',
  ),
);
function pastAt(p: Para, i: number): boolean {
  const t = p.toks[i] as Tok;
  const prev = p.toks[i - 1];
  if (t.cap || !prev || !prev.word || ARTICLES.has(prev.lower) || DETERMINERS.has(prev.lower)) return false;
  return IRREGULAR_PAST.has(t.lower) || (t.lower.length === 4 && t.lower.endsWith('ed') && !t.lower.includes('-'));
}

/** A "that" that opens the reported clause, a few words on at most, before any verb. */
export function findThat(p: Para, k: number, limit: number): number {
  const toks = p.toks;
  for (let i = k; i < Math.min(limit, k + THAT_WINDOW); i++) {
    const t = toks[i] as Tok;
    if (t.lower === 'that') {
      // "said in a teleconference with reporters that"; not "wrote songs that summer".
      const prev = toks[i - 1] as Tok | undefined;
      if (!prev || PREPOSITIONS.has(prev.lower)) return -1;
      let preposition = false;
      for (let j = k; j < i; j++) if (PREPOSITIONS.has((toks[j] as Tok).lower)) preposition = true;
      return preposition || prev.cap ? i : -1;
    }
    if (p.markOf[i] || isStop(t) || t.lower === ';' || cueAt(p, i) || isFiniteAt(p, i)) return -1;
  }
  return -1;
}

/** Pronouns that stand for the person addressed ("told us", "urged them"). */
const OBJECT_PRONOUNS = new Set(['us', 'me', 'him', 'her', 'them', 'you']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/**
 * The end of the person addressed after "told", "urged", "accused", "called on": a pronoun, or
 * a short noun phrase ("WeWork executives", "the man", "Reuters"), up to the complement ("to",
 * "of", "that") or the start of the reported clause (a subject pronoun, a determiner).
 */
export function objectEnd(p: Para, k: number, limit: number): number {
  const toks = p.toks;
  const t = toks[k];
  if (!t || !t.word) return k;
  if (OBJECT_PRONOUNS.has(t.lower)) return k + 1;
  for (let i = k; i < Math.min(limit, k + 7); i++) {
    const x = toks[i] as Tok;
    const m = p.mentionOf[i] as number;
    if (m >= 0) {
      i = Math.max(i, (p.mentions[m]?.t1 ?? i + 1) - 1);
      continue;
    }
    if (['to', 'of', 'against', 'that', 'about'].includes(x.lower)) return i;
    if (!x.word && !p.markOf[i]) return i;
    if (i > k && (SUBJECT_PRONOUNS.has(x.lower) || ARTICLES.has(x.lower) || POSSESSIVES.has(x.lower))) return i;
  }
  return k;
}

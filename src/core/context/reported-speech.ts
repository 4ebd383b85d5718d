/**
 * Indirect quotes: reported speech and attributions, without quotation marks. Each sentence's
 * cues are read left to right through an ordered list of attribution patterns, each a small
 * object with one method; the first to claim a stretch of the sentence keeps it:
 *
 * 1. "according to X" (and ", per X,"): the clause it attaches to;
 * 2. a speech verb with its clause or complement: `X said (that) …`, `told reporters …`,
 *    `urged X to …`, `accused X of …`, `denied being …`, `…, adding that …`;
 * 3. an attribution after its clause: `…, X said.`, `…, said X.`, and inside the clause:
 *    `The larger landers, he said, could …` (the whole clause).
 *
 * The content stops before a direct quote inside it; the words before that quote stay an
 * indirect quote only when they are a clause of their own ("he hoped the swap would").
 */
import {
  ARTICLES,
  BARE_CLAUSE_CUES,
  DETERMINERS,
  DIRECT_ONLY_CUES,
  GERUND_CUES,
  OBJECT_CUES,
  OF_COMPLEMENT_CUES,
  PREPOSITIONS,
  TO_COMPLEMENT_CUES,
} from './lexicon';
import { commaAt, cueSpan, isParticiple, isStop, speakerOfCue } from './attribution';
import { cueAt, type Cue } from './cues';
import { tokenAt, wordsIn, type Para, type Quotation, type Sentence, type Tok } from './paragraphs';
import {
  hasFiniteVerb,
  isFiniteAt,
  isName,
  phraseStartingAt,
  pronounOf,
  skipAdverbials,
  SPEAKER_PRONOUNS,
  subjectBefore,
  type Phrase,
} from './phrases';
import type { FoundQuote } from './found-quote';
import { DOCUMENT_NOUNS, type SpeakerResolver } from './speakers';

/** Reported content is at least this many words. */
const MIN_CONTENT_WORDS = 3;
/** A reported clause is cut after this many tokens: no clause of a paragraph built to hurt is longer. */
const MAX_CONTENT = 160;
/** How far after the verb "that" may open its clause ("said in a statement on Monday that"). */
const THAT_WINDOW = 12;
/** A clause reported without "that" has its verb within this many words. */
const BARE_CLAUSE_VERB_WINDOW = 10;

interface Claim {
  start: number;
  end: number;
  cue: Cue;
  phrase: Phrase;
}

interface SentenceView {
  p: Para;
  si: number;
  s: Sentence;
  /** The paragraph's direct quotes, as quotations. */
  direct: readonly Quotation[];
  /** Stretches already claimed in this sentence (character offsets). */
  claimed: { start: number; end: number }[];
}

/** One attribution pattern: reads the sentence at a cue and claims the content it reports. */
interface AttributionPattern {
  readonly name: string;
  find(v: SentenceView, cue: Cue): Claim | null;
}

const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const SUBORDINATORS = new Set([
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
const CONNECTIVES = new Set(['and', 'but', 'so', 'yet', 'or']);
/** Leading connectives that are not part of what was said ("What’s more, …", "But …"). */
const DISCOURSE = new Set(
  "but and so yet still also however meanwhile moreover indeed furthermore besides nonetheless nevertheless what's what’s more in fact that being said".split(
    ' ',
  ),
);
/** Words after a comma that end the reported clause (another clause, another source). */
const CLAUSE_ENDERS = new Set(
  'but while though although according adding saying per whereas when where after before because since if until as'.split(
    ' ',
  ),
);
const isDash = (t: Tok | undefined): boolean => t !== undefined && (t.lower === '—' || t.lower === '–');
/** A dash set off by spaces: it may end a clause ("… return — both Hemsworth …"), not "years—26". */
function spacedDash(p: Para, i: number): boolean {
  const t = p.toks[i];
  return isDash(t) && !!t && p.text[t.start - 1] === ' ' && p.text[t.end] === ' ';
}
/** "3,248": a comma inside a number. */
function digitComma(p: Para, i: number): boolean {
  const t = p.toks[i] as Tok;
  const a = p.text.charCodeAt(t.start - 1);
  const b = p.text.charCodeAt(t.end);
  return a >= 48 && a <= 57 && b >= 48 && b <= 57;
}

/** Where the reported content of sentence `s` may begin: after opening connectives. */
function contentStart(p: Para, s: Sentence): number {
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
function contentEnd(p: Para, k: number, s: Sentence): number {
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
      if (n.lower.endsWith('ing') && !n.cap && n.lower !== 'including' && n.lower.length > 5) return i;
      const n2 = toks[i + 2];
      if (n.lower === 'and' && n2 && (cueAt(p, i + 2) || SPEAKER_PRONOUNS.has(n2.lower))) return i;
    }
    if ((t.lower === 'and' || t.lower === 'but') && toks[i + 1] && cueAt(p, i + 1)) return i;
  }
  return limit;
}

/**
 * The content [k, e) as a character span, cut before a direct quote inside it (the words
 * before it stay only when they are a clause of their own), or null when too short.
 */
function contentSpan(v: SentenceView, k: number, e: number): { start: number; end: number } | null {
  const { p } = v;
  const toks = p.toks;
  let end = Math.min(e, k + MAX_CONTENT);
  // The first direct quote that opens inside the content (the quotes are in text order).
  const inside = v.direct[firstOpeningAtOrAfter(v.direct, k)];
  if (inside && inside.openTok < end) {
    let b = inside.openTok;
    while (b > k && ['and', 'that', ',', 'but', ':'].includes((toks[b - 1] as Tok).lower)) b--;
    const lastWord = toks[b - 1];
    if (
      b - k < 4 ||
      !hasFiniteVerb(p, k, b) ||
      !lastWord ||
      PREPOSITIONS.has(lastWord.lower) ||
      DETERMINERS.has(lastWord.lower) ||
      lastWord.lower === 'to'
    )
      return null;
    end = b;
  }
  // Content that is one direct quote is that quote's.
  const around = v.direct[firstOpeningAtOrAfter(v.direct, k + 1) - 1];
  if (around && around.openTok <= k && around.closeTok >= end - 1) return null;
  while (end > k && !(toks[end - 1] as Tok).word && !p.markOf[end - 1]) end--;
  while (k < end && !(toks[k] as Tok).word && !p.markOf[k]) k++;
  if (wordsIn(p, k, end) < MIN_CONTENT_WORDS) return null;
  // A closing mark at the end belongs in only when its opening is inside.
  let last = end - 1;
  if (p.markOf[last] === 2) {
    const q = p.quotes[p.quoteOf[last - 1] ?? -1];
    if (!q || q.closeTok !== last || q.openTok < k) last--;
  }
  if (p.markOf[k] === 1) {
    const q = p.quotes[p.quoteOf[k + 1] ?? -1];
    if (!q || q.openTok !== k || q.closeTok >= end) k++;
  }
  if (last < k) return null;
  return { start: (toks[k] as Tok).start, end: (toks[last] as Tok).end };
}

/** The index of the first quotation (in text order) that opens at or after token t. */
function firstOpeningAtOrAfter(list: readonly Quotation[], t: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Quotation).openTok < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first of the (ordered, disjoint) character ranges that ends after `at`. */
function firstEndingAfter(list: readonly { start: number; end: number }[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as { end: number }).end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether [start, end) overlaps one of the (ordered, disjoint) character ranges. */
function overlapsAny(list: readonly { start: number; end: number }[], start: number, end: number): boolean {
  const r = list[firstEndingAfter(list, start)];
  return !!r && r.start < end;
}

/** A "that" that opens the reported clause, a few words on at most, before any verb. */
function findThat(p: Para, k: number, limit: number): number {
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
function objectEnd(p: Para, k: number, limit: number): number {
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

/**
 * A clause reported without "that": a finite verb within its first words (past a dashed or
 * bracketed aside), before any subordinate clause ("said Starship missions could begin"; not
 * "reported its third case … after two cases were revealed").
 */
function bareClause(p: Para, k: number, limit: number): boolean {
  const toks = p.toks;
  const t = toks[k];
  if (!t || !t.word || PREPOSITIONS.has(t.lower) || t.lower === 'to' || p.markOf[k] === 1) return false;
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
    if ((SUBORDINATORS.has(x.lower) && (x.lower !== 'once' || i === k)) || x.lower === 'which' || x.lower === 'who')
      return false;
    if (p.markOf[i] || isStop(x) || (x.lower === ',' && !digitComma(p, i))) return false;
    // "maintains its own monitor and reported …": a second verb, not a clause.
    if ((x.lower === 'and' || x.lower === 'but' || x.lower === 'or') && i > k) return false;
    if (i > k && (isFiniteAt(p, i) || pastAt(p, i))) return true;
  }
  return false;
}

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

/** "X said …" reported after a subordinator ("once the man mentioned that …, Dempsey …"). */
function subordinate(p: Para, phrase: Phrase): boolean {
  const before = p.toks[phrase.t0 - 1];
  return !!before && SUBORDINATORS.has(before.lower) && before.lower !== 'as';
}

/** 1. "according to X, …", "…, according to X", "…, according to X, …", ", per X,". */
const ACCORDING_TO: AttributionPattern = {
  name: 'according to',
  find(v, cue) {
    if (cue.lemma !== 'according') return null;
    const { p, s } = v;
    const toks = p.toks;
    let phrase = phraseStartingAt(p, cue.t1, s.t1);
    if (!phrase) return null;
    phrase = documentSource(p, phrase);
    const begin = contentStart(p, s);
    let after = phrase.t1;
    while (after < s.t1 && !(toks[after] as Tok).word && (toks[after] as Tok).lower !== ',') after++;
    let span: { start: number; end: number } | null = null;
    if (cue.t0 <= begin) {
      // "According to X, …": past a participle phrase ("the study, published in …, found").
      let k = after;
      while (k < s.t1 && !(toks[k] as Tok).word) k++;
      const n = toks[k];
      if (n && !n.cap && /(?:ed|en)$/u.test(n.lower)) {
        while (k < s.t1 && (toks[k] as Tok).lower !== ',') k++;
        k++;
      }
      const end = contentEnd(p, k, s);
      // A source inside with its own speech verb is the one quoted (nested sources).
      for (let i = k; i < end; i++) {
        const inner = cueAt(p, i);
        const subject = inner && inner.lemma !== 'according' ? subjectBefore(p, i, k) : null;
        if (subject && (isName(p, subject) || pronounOf(toks[subject.t0]) || p.mentionOf[subject.t1 - 1] !== -1))
          return null;
      }
      span = contentSpan(v, k, end);
    } else if (commaAt(p, cue.t0 - 1) || isDash(toks[cue.t0 - 1])) {
      const rest = toks[after + 1];
      const inner =
        toks[after]?.lower === ',' &&
        rest &&
        !CONNECTIVES.has(rest.lower) &&
        after + 1 < s.t1 &&
        hasFiniteVerb(p, after + 1, Math.min(s.t1, after + 40));
      if (inner) span = contentSpan(v, begin, contentEnd(p, after + 1, s));
      else {
        // The clause before it, not one already claimed ("The couple was quarantined, and the CDC
        // said …, according to Wee": Wee's is the first clause).
        let e = cue.t0 - 1;
        const first = v.claimed[firstEndingAfter(v.claimed, (toks[begin] as Tok).start)];
        const ct = first ? tokenAt(toks, first.start) : -1;
        if (ct > begin && ct < e) {
          let b = ct;
          const floor = Math.max(begin, ct - MAX_CONTENT);
          while (b > floor && !((toks[b] as Tok).lower === ',' || (toks[b] as Tok).lower === ';')) b--;
          e = b;
        }
        if (begin < e) span = contentSpan(v, afterLastDash(p, begin, e), e);
      }
    }
    return span ? { ...span, cue, phrase } : null;
  },
};

/** The content of an attribution that follows it starts after the clause's last dash. */
function afterLastDash(p: Para, b: number, e: number): number {
  for (let i = e - 1; i > Math.max(b, e - MAX_CONTENT); i--) if (spacedDash(p, i) && p.quoteOf[i] === -1) return i + 1;
  return b;
}

/** "data from MarketAxess" names MarketAxess; "a report in the Argus Leader" the Argus Leader. */
function documentSource(p: Para, ph: Phrase): Phrase {
  for (let i = ph.t0; i < ph.t1; i++) {
    const t = p.toks[i] as Tok;
    if (!['from', 'in', 'by', 'of'].includes(t.lower)) continue;
    const head = p.toks[i - 1] as Tok | undefined;
    if (!head || !DOCUMENT_NOUNS.has(head.lower)) return ph;
    for (let j = i + 1; j < ph.t1; j++) {
      const m = p.mentionOf[j] as number;
      const ref = m >= 0 ? p.mentions[m] : undefined;
      if (ref) return { t0: ref.t0, t1: Math.min(ref.t1, ph.t1) };
    }
    return ph;
  }
  return ph;
}

/** 2. "X said (that) …", "told reporters …", "urged X to …", "accused X of …", "denied being …". */
const SPEECH_VERB: AttributionPattern = {
  name: 'speech verb with its clause',
  find(v, cue) {
    const { p, s } = v;
    const toks = p.toks;
    if (cue.lemma === 'according' || (DIRECT_ONLY_CUES.has(cue.lemma) && cue.lemma !== 'call-on')) return null;
    let phrase: Phrase | null;
    if (commaAt(p, cue.t0 - 1) && !isParticiple(p, cue)) {
      // After a comma: the end of an appositive ("X, chief executive of Y, said that …"), else an
      // attribution after its clause (pattern 3).
      phrase = subjectBefore(p, cue.t0, s.t0);
      // A name, a pronoun, or a description with a relative clause ("The automaker, which …, says").
      const relative =
        phrase && toks[phrase.t1]?.lower === ',' && ['who', 'which'].includes(toks[phrase.t1 + 1]?.lower ?? '');
      if (
        !phrase ||
        !(p.mentionOf[phrase.t1 - 1] !== -1 || isName(p, phrase) || pronounOf(toks[phrase.t0]) || relative)
      )
        return null;
    } else phrase = speakerOfCue(p, v.si, cue, s.t0, true);
    if (!phrase) return null;
    let k = skipAdverbials(p, cue.t1, s.t1);
    const addressed = OBJECT_CUES.has(cue.lemma) || cue.lemma === 'call-on' || OF_COMPLEMENT_CUES.has(cue.lemma);
    // "that" right after the verb and its adverbials, or after the person addressed.
    let thatAt = toks[k]?.lower === 'that' ? k : -1;
    if (thatAt < 0 && addressed) {
      const o = skipAdverbials(p, objectEnd(p, k, s.t1), s.t1);
      if (toks[o]?.lower === 'that' && o > k) thatAt = o;
    }
    if (thatAt < 0) thatAt = findThat(p, k, s.t1);
    let start = -1;
    if (thatAt >= 0) start = thatAt + 1;
    else {
      if (addressed) k = objectEnd(p, k, s.t1);
      const t = toks[k];
      if (!t) return null;
      if (t.lower === 'to' && (TO_COMPLEMENT_CUES.has(cue.lemma) || cue.lemma === 'call-on')) start = k;
      else if (t.lower === 'of' && OF_COMPLEMENT_CUES.has(cue.lemma)) start = k;
      else if (t.lower === 'against' && cue.lemma === 'warn') start = k;
      else if (GERUND_CUES.has(cue.lemma) && t.lower.endsWith('ing') && !t.cap) start = k;
      else if (BARE_CLAUSE_CUES.has(cue.lemma) && bareClause(p, k, s.t1)) start = k;
      else if (asClause(p, v.si, phrase)) {
        // "As Emily Feng reports for NPR, the first cases …": the clause after the comma.
        let c = k;
        while (c < Math.min(s.t1, k + 6) && (toks[c] as Tok).lower !== ',') c++;
        if ((toks[c] as Tok | undefined)?.lower === ',') start = c + 1;
      }
    }
    if (start < 0) return null;
    let end = contentEnd(p, start, s);
    if (subordinate(p, phrase)) {
      for (let i = start; i < end; i++)
        if ((toks[i] as Tok).lower === ',' && p.quoteOf[i] === -1) {
          end = i;
          break;
        }
    }
    const span = contentSpan(v, start, end);
    return span ? { ...span, cue, phrase } : null;
  },
};

/** "As Emily Feng reports …" at the sentence's start. */
function asClause(p: Para, si: number, phrase: Phrase): boolean {
  const s = p.sentences[si] as Sentence;
  return (p.toks[phrase.t0 - 1] as Tok | undefined)?.lower === 'as' && phrase.t0 - 1 === s.t0;
}

/** 3. `…, X said.`, `…, said X.`, `…, he added, offering…`, `The landers, he said, could …`. */
const AFTER_CLAUSE: AttributionPattern = {
  name: 'attribution after its clause',
  find(v, cue) {
    const { p, s } = v;
    const toks = p.toks;
    if (cue.lemma === 'according' || cue.lemma === 'call-on' || DIRECT_ONLY_CUES.has(cue.lemma)) return null;
    let phrase: Phrase | null;
    let comma: number;
    const inverted = commaAt(p, cue.t0 - 1);
    if (inverted) {
      phrase = phraseStartingAt(p, cue.t1, s.t1);
      comma = cue.t0 - 1;
    } else {
      phrase = subjectBefore(p, cue.t0, s.t0);
      comma = phrase ? phrase.t0 - 1 : -1;
      if (!commaAt(p, comma)) return null;
    }
    if (!phrase) return null;
    if (toks[comma]?.lower !== ',') comma--;
    const begin = contentStart(p, s);
    if (comma <= begin) return null;
    // What follows the attribution: the sentence's end, a participle, or the rest of the clause.
    // "…, an agency spokesman told us", "told Agence France-Presse": past the person told.
    const told = !inverted && OBJECT_CUES.has(cue.lemma) ? objectEnd(p, cue.t1, s.t1) : cue.t1;
    let after = skipAdverbials(p, inverted ? phrase.t1 : told, s.t1);
    while (after < s.t1 && !(toks[after] as Tok).word && (toks[after] as Tok).lower !== ',') after++;
    // A word right after the attribution: it reports a clause of its own (pattern 2's), or is no
    // attribution at all ("The automaker, which …, says the wagon will …").
    if (after < s.t1 && (toks[after] as Tok).word) return null;
    if (toks[after]?.lower === ',' && after + 1 < s.t1) {
      const n = toks[after + 1] as Tok;
      const participle = n.lower.endsWith('ing') && !n.cap;
      if (
        !participle &&
        n.lower !== 'according' &&
        n.lower !== 'per' &&
        comma - begin <= 8 &&
        hasFiniteVerb(p, after + 1, Math.min(s.t1, after + 40))
      ) {
        const span = contentSpan(v, begin, contentEnd(p, after + 1, s));
        return span ? { ...span, cue, phrase } : null;
      }
    }
    const from = afterLastDash(p, begin, comma);
    // A clause: a finite verb, or a long stretch that is no fronted phrase ("In a new study…").
    const first = toks[from];
    if (!hasFiniteVerb(p, from, comma) && (wordsIn(p, from, comma) < 8 || !first || PREPOSITIONS.has(first.lower)))
      return null;
    const span = contentSpan(v, from, comma);
    return span ? { ...span, cue, phrase } : null;
  },
};

/** The patterns in the order they are tried at each cue. */
export const ATTRIBUTION_PATTERNS: readonly AttributionPattern[] = [ACCORDING_TO, SPEECH_VERB, AFTER_CLAUSE];

/** The indirect quotes of one paragraph, around its direct quotes (`direct`). */
export function indirectQuotes(p: Para, direct: readonly Quotation[], resolver: SpeakerResolver): FoundQuote[] {
  const out: FoundQuote[] = [];
  if (!p.cueTokens.length) return out;
  let next = 0;
  p.sentences.forEach((s, si) => {
    // Questions the article asks report nothing.
    const lastTok = s.t1 - 1;
    if (p.toks[lastTok]?.lower === '?' && p.quoteOf[lastTok] === -1 && !p.markOf[lastTok]) return;
    const v: SentenceView = { p, si, s, direct, claimed: [] };
    while (next < p.cueTokens.length && (p.cueTokens[next] as number) < s.t0) next++;
    for (; next < p.cueTokens.length; next++) {
      const i = p.cueTokens[next] as number;
      if (i >= s.t1) break;
      const cue = cueAt(p, i);
      if (!cue) continue;
      for (const pattern of ATTRIBUTION_PATTERNS) {
        const f = pattern.find(v, cue);
        if (!f) continue;
        if (overlapsAny(v.claimed, f.start, f.end)) continue;
        const q = direct[firstOpeningAtOrAfter(direct, tokenAt(p.toks, f.end)) - 1];
        if (q && q.innerEnd > f.start) continue;
        const speaker = resolver.resolve(p, f.phrase);
        if (!speaker) continue;
        // Kept in text order for the bisection above.
        let at = v.claimed.length;
        while (at > 0 && (v.claimed[at - 1] as { start: number }).start > f.start) at--;
        v.claimed.splice(at, 0, { start: f.start, end: f.end });
        out.push({ kind: 'indirect', para: p, start: f.start, end: f.end, speaker, cue: cueSpan(p, cue) });
        resolver.remember(speaker);
        break;
      }
    }
  });
  return out;
}

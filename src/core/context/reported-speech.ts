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
  BARE_CLAUSE_CUES,
  DETERMINERS,
  DIRECT_ONLY_CUES,
  GERUND_CUES,
  OBJECT_CUES,
  OF_COMPLEMENT_CUES,
  PREPOSITIONS,
  TO_COMPLEMENT_CUES,
} from './lexicon';
import { commaAt, cueSpan, isParticiple, speakerOfCue } from './attribution';
import { cueAt, type Cue } from './cues';
import { tokenAt, wordsIn, type Para, type Quotation, type Sentence, type Tok } from './paragraphs';
import { hasFiniteVerb, isName, phraseStartingAt, pronounOf, skipAdverbials, type Phrase } from './phrases';
import { subjectBefore } from './subjects';
import type { FoundQuote } from './found-quote';
import {
  CONNECTIVES,
  COPULAS,
  MAX_CONTENT,
  SUBORDINATORS,
  bareClause,
  contentEnd,
  findThat,
  objectEnd,
  contentStart,
  isDash,
  spacedDash,
} from './reported-clause';
import { DOCUMENT_NOUNS, type SpeakerResolver } from './speakers';

/** Reported content is at least this many words. */
const MIN_CONTENT_WORDS = 3;

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
    // "argued that while the policies have provided "…"", "said that the case is "…"": the
    // clause goes on inside the quote.
    const first = toks[k] as Tok;
    if (
      SUBORDINATORS.has(first.lower) ||
      (lastWord && COPULAS.has(lastWord.lower)) ||
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
  k = afterDateline(p, k, end);
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

/**
 * Past a dateline opening the content: "(Reuters) — The attorney general is investigating …",
 * "WASHINGTON (AP) — …", "COLOGNE, Germany — …" (capitals or an agency in brackets first, then
 * capitalised words, commas and brackets up to a spaced dash or hyphen). What was said follows it.
 */
function afterDateline(p: Para, k: number, end: number): number {
  const first = p.toks[k];
  if (!first || !(first.lower === '(' || (first.end - first.start >= 3 && isCapitals(p.text, first)))) return k;
  for (let i = k + 1; i < Math.min(end - 1, k + 8); i++) {
    const t = p.toks[i] as Tok;
    if (spacedDash(p, i) || (t.lower === '-' && p.text[t.start - 1] === ' ' && p.text[t.end] === ' ')) return i + 1;
    if (!(t.cap || t.lower === '(' || t.lower === ')' || t.lower === ',' || t.lower === '.')) return k;
  }
  return k;
}

/** A token written in capitals only ("WASHINGTON"). */
function isCapitals(text: string, t: Tok): boolean {
  const word = text.slice(t.start, t.end);
  return word === word.toUpperCase() && word !== word.toLowerCase();
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
    // "According to data released by MOTIE in August, …", "a 2018 survey by X of Y, …": the
    // document and its maker, up to the comma.
    if (['by', 'from', 'of', 'in'].includes(toks[phrase.t1]?.lower ?? '') && cue.t0 <= contentStart(p, s)) {
      let c = phrase.t1;
      while (c < Math.min(s.t1, phrase.t1 + 14) && (toks[c] as Tok).lower !== ',') c++;
      if ((toks[c] as Tok | undefined)?.lower === ',') phrase = { t0: phrase.t0, t1: c };
    }
    const whole = phrase;
    phrase = documentSource(p, phrase);
    const begin = contentStart(p, s);
    let after = whole.t1;
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
      // A source inside with its own speech verb is the one quoted (nested sources), also
      // right after the content's end ("…, Li Jifeng, a doctor…, wrote that …").
      for (let i = k; i < Math.min(s.t1, end + 2); i++) {
        const inner = cueAt(p, i);
        const found = inner && inner.lemma !== 'according' ? subjectBefore(p, i, s.t0) : null;
        const subject = found && found.t0 >= k ? found : null;
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
    // "data released by MOTIE": past the participle to the document.
    const participle = t.lower === 'by' && /(?:ed|en)$/u.test(p.toks[i - 1]?.lower ?? '');
    const head = p.toks[participle ? i - 2 : i - 1] as Tok | undefined;
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
    // "joked that …" reports; "joked" alone introduces the joke's own words.
    if (
      cue.lemma === 'according' ||
      (DIRECT_ONLY_CUES.has(cue.lemma) && cue.lemma !== 'call-on' && toks[cue.t1]?.lower !== 'that')
    )
      return null;
    // "pointed out (that) …": the verb with its particle.
    if (cue.lemma === 'point' && toks[cue.t1]?.lower !== 'out') return null;
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
    let k = skipAdverbials(p, cue.lemma === 'point' ? cue.t1 + 1 : cue.t1, s.t1);
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

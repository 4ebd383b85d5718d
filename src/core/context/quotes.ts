/**
 * Who said what: direct quotes (words inside quotation marks that the article attributes to
 * someone) and indirect ones (reported speech and attributions), each with its speaker and
 * its cue, as `eval/gold/guidelines/quotes-roles.md` defines them.
 *
 * Direct quotes. Each quotation of three words or more (shorter only where the sentence calls
 * it speech: `called it "a disgrace"`) is attributed by the cue after it (`"…," X said`,
 * `"…," said X`), else by the cue before it (`X said: "…"`, `X said the plan "…"`); a later
 * quotation of the same paragraph without a cue of its own is the same speaker's (a split
 * quote, `"…," he said. "…"`); a paragraph that is only a quotation continues the previous
 * paragraph's open quotation, or its speaker. Anything else in marks (scare quotes, titles,
 * slogans nobody says) is no quote.
 *
 * Indirect quotes come from an ordered list of attribution patterns, each a small object with
 * one method (the first to claim a stretch of text keeps it): "according to X", a speech verb
 * with its clause or complement (`X said (that) …`, `told reporters …`, `urged X to …`,
 * `accused X of …`, `denied being …`, `…, adding that …`), and an attribution after the
 * clause (`…, X said.`, `The landers, he said, could …`).
 */
import { cueSpan, isStop, shortTail, speakerOfCue } from './attribution';
import { cueAt, type Cue } from './cues';
import { tokenAt, type Para, type Quotation, type Tok, sentenceAt } from './paragraphs';
import { isFiniteAt, isPossessive, phraseStartingAt, type Phrase } from './phrases';
import { subjectBefore } from './subjects';
import { isRoleHead } from './role-phrases';
import type { FoundQuote } from './found-quote';
import { indirectQuotes } from './reported-speech';

export type { FoundQuote } from './found-quote';
import type { ResolvedSpeaker, SpeakerResolver } from './speakers';

/** A quotation shorter than this is a quote only where the sentence calls it speech. */
const MIN_QUOTE_WORDS = 3;
/** How far after a closing mark its attribution may end ("…," Steve Clarke, deputy …, said). */
const AFTER_WINDOW = 32;
/** How far before an opening mark the cue may stand (X said after his appointment: "…). */
const BEFORE_WINDOW = 24;

interface Attribution {
  cue: Cue;
  speaker: ResolvedSpeaker;
  /** The attribution follows the quotation (`"…," X said`). */
  after: boolean;
}

/** The words of a quotation look like a title of a work ("Takin’ It To the Streets"). */
function looksLikeTitle(p: Para, q: Quotation): boolean {
  if (q.words > 8) return false;
  let caps = 0;
  let n = 0;
  for (let t = q.openTok + 2; t < q.closeTok; t++) {
    const x = p.toks[t] as Tok;
    if (!x.word) {
      if (isStop(x)) return false;
      continue;
    }
    if (isPossessive(x)) continue;
    n++;
    if (x.cap) caps++;
  }
  return n >= 1 && caps / n >= 0.6;
}

/**
 * The quotes of the article, paragraph by paragraph: the quotations with an attribution of
 * their own, then reported speech around them, then the quotations that carry on a speaker
 * (a split quote, the next sentence's quote, a paragraph that is only a quote).
 */
export class QuoteReader {
  /** What the previous paragraph leaves to the next: its closing quote, open or not, or its colon. */
  private previous: { last: FoundQuote | null; openAtEnd: boolean; colon: ResolvedSpeaker | null } | null = null;

  constructor(private readonly resolver: SpeakerResolver) {}

  /** The quotes of the next paragraph, in text order. */
  read(p: Para): FoundQuote[] {
    const resolver = this.resolver;
    const previous = this.previous;
    const direct: { qi: number; found: FoundQuote }[] = [];
    for (let qi = 0; qi < p.quotes.length; qi++) {
      const q = p.quotes[qi] as Quotation;
      if (q.words === 0 || q.innerEnd <= q.innerStart) continue;
      const att = attribute(p, qi, resolver);
      if (!att) continue;
      const callsIt = att.cue.lemma === 'call' || att.cue.lemma === 'describe';
      // A short quotation is speech where the sentence calls it so, or where it opens its
      // sentence with the attribution after it (`"Amazing," Davis said.`).
      const ownSentence = att.after && q.openTok === p.sentences[sentenceAt(p, q.openTok)]?.t0;
      if (
        q.words < MIN_QUOTE_WORDS &&
        !ownSentence &&
        !(callsIt && att.cue.t1 <= q.openTok && q.openTok - att.cue.t1 <= 4)
      )
        continue;
      if (looksLikeTitle(p, q)) continue;
      const found: FoundQuote = {
        kind: 'direct',
        para: p,
        start: q.innerStart,
        end: q.innerEnd,
        speaker: att.speaker,
        cue: cueSpan(p, att.cue),
      };
      direct.push({ qi, found });
      resolver.remember(found.speaker);
    }
    const indirect = indirectQuotes(
      p,
      direct.map((d) => p.quotes[d.qi] as Quotation),
      resolver,
    );
    // Quotations without an attribution of their own, in order, each against the latest quote
    // found before it (one walk over both lists: a paragraph of a thousand marks stays linear).
    const attributed = new Set(direct.map((d) => d.qi));
    const ordered = [...direct.map((d) => d.found), ...indirect].sort((a, b) => a.start - b.start);
    const byStart = new Map(p.quotes.map((q) => [q.innerStart, q]));
    const carried: FoundQuote[] = [];
    let latest: FoundQuote | undefined;
    let o = 0;
    let k = 0;
    for (let qi = 0; qi < p.quotes.length; qi++) {
      const q = p.quotes[qi] as Quotation;
      while (o < ordered.length && (ordered[o] as FoundQuote).start < q.innerStart) {
        const f = ordered[o++] as FoundQuote;
        if (!latest || f.start > latest.start) latest = f;
      }
      while (k < indirect.length && (indirect[k] as FoundQuote).end <= q.innerStart) k++;
      if (attributed.has(qi)) continue;
      if (q.words < MIN_QUOTE_WORDS || q.innerEnd <= q.innerStart || looksLikeTitle(p, q)) continue;
      const overlapping = indirect[k];
      if (overlapping && overlapping.start < q.innerEnd) continue;
      const si = sentenceAt(p, q.openTok);
      const before = latest;
      let found: FoundQuote | null = null;
      // A quotation without a cue carries on the speaker of the quote before it ("…," Lopez
      // said. "We…"), unless the words before it name a term ("what's called "…"").
      if (before && !namesATerm(p, q) && si - sentenceAt(p, tokenAt(p.toks, before.start)) <= 2) {
        found = { kind: 'direct', para: p, start: q.innerStart, end: q.innerEnd, speaker: before.speaker };
        if (before.cue) found.cue = before.cue;
      } else if (!before && q.openTok === 0 && previous) {
        const speaker = previous.last?.speaker ?? previous.colon;
        if (speaker) {
          found = { kind: 'direct', para: p, start: q.innerStart, end: q.innerEnd, speaker };
          if (previous.openAtEnd) found.continued = true;
        }
      }
      if (found) {
        carried.push(found);
        latest = found;
      }
    }
    const all = [...direct.map((d) => d.found), ...indirect, ...carried].sort((a, b) => a.start - b.start);
    const lastDirect = [...direct.map((d) => d.found), ...carried].sort((a, b) => a.start - b.start).pop() ?? null;
    const finalQuote = p.quotes[p.quotes.length - 1];
    const openAtEnd: boolean =
      !!finalQuote && !finalQuote.closed && lastDirect !== null && lastDirect.start === finalQuote.innerStart;
    this.previous = {
      last: lastOfParagraph(p, lastDirect, byStart),
      openAtEnd,
      colon: introducesQuote(p, resolver),
    };
    return all;
  }
}

/** Words that introduce a term, not speech: "what's called", "dubbed", "known as", "so-called". */
const TERM_WORDS = new Set([
  'called',
  'dubbed',
  'nicknamed',
  'named',
  'titled',
  'entitled',
  'so-called',
  'termed',
  'as',
]);

function namesATerm(p: Para, q: Quotation): boolean {
  for (let i = q.openTok - 1; i >= Math.max(0, q.openTok - 2); i--) {
    const t = p.toks[i] as Tok;
    if (TERM_WORDS.has(t.lower)) return true;
    if (t.word) break;
  }
  return false;
}

/** A paragraph ending in a colon after a speech verb ("Tottenham said in a statement:"): its speaker. */
function introducesQuote(p: Para, resolver: SpeakerResolver): ResolvedSpeaker | null {
  const last = p.toks[p.toks.length - 1];
  if (!last || last.lower !== ':') return null;
  const si = p.sentences.length - 1;
  const s = p.sentences[si];
  if (!s) return null;
  for (let i = s.t1 - 1; i >= s.t0; i--) {
    const cue = cueAt(p, i);
    if (!cue) continue;
    const phrase = speakerOfCue(p, si, cue, s.t0);
    return phrase ? resolver.resolve(p, phrase) : null;
  }
  return null;
}

/** The last direct quote of a paragraph when the paragraph ends with it (nothing said after). */
function lastOfParagraph(p: Para, last: FoundQuote | null, byStart: Map<number, Quotation>): FoundQuote | null {
  if (!last) return null;
  const q = byStart.get(last.start);
  if (!q) return null;
  // Whatever follows the quote: at most its attribution in the same sentence.
  const after = q.closed ? sentenceAt(p, q.closeTok) : p.sentences.length - 1;
  return after === p.sentences.length - 1 ? last : null;
}

/** The attribution of quotation `qi`: the cue after it, else the cue before it in its sentence. */
function attribute(p: Para, qi: number, resolver: SpeakerResolver): Attribution | null {
  const q = p.quotes[qi] as Quotation;
  const toks = p.toks;
  const si = sentenceAt(p, Math.min(q.openTok, toks.length - 1));
  const s = p.sentences[si];
  if (!s) return null;
  const next = p.quotes[qi + 1];
  const prev = p.quotes[qi - 1];
  // After: `"…," X said`, `"…," said X`, `"…," X, the minister, said`.
  if (q.closed) {
    let j = q.closeTok + 1;
    if (toks[j]?.lower === ',') j++;
    const end = Math.min(p.sentences[sentenceAt(p, q.closeTok)]?.t1 ?? s.t1, next ? next.openTok : toks.length);
    const ceiling = Math.min(end, j + AFTER_WINDOW);
    for (let c = j; c < ceiling; c++) {
      const t = toks[c] as Tok;
      if (p.markOf[c] || isStop(t) || t.lower === ';') break;
      const cue = cueAt(p, c);
      if (!cue) continue;
      let phrase: Phrase | null;
      if (c === j) phrase = phraseStartingAt(p, cue.t1, end);
      else {
        phrase = subjectBefore(p, c, j);
        // `"take detailed histories" of the patients, Dempsey said`: a short tail of the
        // quote's clause, then the attribution; `"…," lead researcher and NASA scientist Lucas
        // Paganini said`: titles before the name.
        if (phrase && phrase.t0 !== j && !shortTail(p, j, phrase.t0) && !titlesBefore(p, j, phrase.t0)) phrase = null;
      }
      if (!phrase) break;
      const speaker = resolver.resolve(p, phrase);
      return speaker ? { cue, speaker, after: true } : null;
    }
  }
  // Before: `X said: "…"`, `X told the audience, "…"`, `X said the release "…"`.
  // The cue stands near the quote; its subject may be further back, not before the quote before.
  const start = Math.max(s.t0, prev && prev.closed ? prev.closeTok + 1 : s.t0);
  const floor = Math.max(start, q.openTok - BEFORE_WINDOW);
  for (let c = q.openTok - 1; c >= floor; c--) {
    const t = toks[c] as Tok;
    if (isStop(t) || t.lower === ';') break;
    const cue = cueAt(p, c);
    if (!cue) continue;
    const phrase = speakerOfCue(p, si, cue, start);
    if (!phrase) return null;
    const speaker = resolver.resolve(p, phrase);
    return speaker ? { cue, speaker, after: false } : null;
  }
  return null;
}

/** Tokens [j, k) are titles before a name: a few words, no verb, no mark ("lead researcher and"). */
function titlesBefore(p: Para, j: number, k: number): boolean {
  if (k - j > 8) return false;
  let role = false;
  for (let i = j; i < k; i++) {
    const t = p.toks[i] as Tok;
    if (!t.word || p.markOf[i] || t.cue || isFiniteAt(p, i)) return false;
    if (isRoleHead(t.lower)) role = true;
  }
  return role;
}

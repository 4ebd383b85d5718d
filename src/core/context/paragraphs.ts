/**
 * The article as the context stage reads it: each block a paragraph of tokens, with its
 * quotations (see `marks.ts`), its sentences (a sentence never ends inside a quotation, and an
 * attribution that follows a closed quotation stays in the quotation's sentence: `"We won."
 * Lopez said.`), and the entity mentions it holds, each token knowing which quotation,
 * sentence and mention it belongs to. Built once per article, in time linear in its length.
 */
import { splitSentences } from '../segment/sentences';
import { tokenize } from '../segment/tokens';
import type { Block, Entity, EntityMention } from '../types';
import { cueLemma } from './lexicon';
import { findQuoteMarks } from './marks';

export interface Tok {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Holds a letter or a digit (not punctuation). */
  word: boolean;
}

export interface Quotation {
  /** Character offsets of the marks; `close` is the paragraph's end when it never closes. */
  open: number;
  close: number;
  closed: boolean;
  /** The words inside the marks (trimmed), as character offsets. */
  innerStart: number;
  innerEnd: number;
  /** Token range of the opening mark and of the closing mark (or the paragraph's end). */
  openTok: number;
  closeTok: number;
  words: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
}

export interface MentionRef {
  entity: Entity;
  mention: EntityMention;
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
}

export interface Para {
  index: number;
  block: Block;
  text: string;
  toks: Tok[];
  quotes: Quotation[];
  /** Per token: the quotation whose words it is inside (marks excluded), or -1. */
  quoteOf: Int32Array;
  /** Per token: 1 for an opening mark, 2 for a closing mark, else 0. */
  markOf: Uint8Array;
  sentences: Sentence[];
  sentenceOf: Int32Array;
  mentions: MentionRef[];
  /** Per token: index into `mentions`, or -1. */
  mentionOf: Int32Array;
}

const WORD = /[\p{L}\p{N}]/u;
const UPPER = /^\p{Lu}/u;

function wordCount(toks: readonly Tok[], t0: number, t1: number): number {
  let n = 0;
  for (let i = t0; i < t1; i++) if (toks[i]?.word && !/^['’]s$/u.test(toks[i]?.text ?? '')) n++;
  return n;
}

/** The token at or after character offset `at` (tokens sorted by start). */
export function tokenAt(toks: readonly Tok[], at: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((toks[mid] as Tok).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function buildParagraph(index: number, block: Block, mentions: { entity: Entity; mention: EntityMention }[]): Para {
  const text = block.text;
  const toks: Tok[] = tokenize(text).map((t) => ({
    start: t.start,
    end: t.end,
    text: t.text,
    lower: t.text.toLowerCase(),
    cap: UPPER.test(t.text),
    word: WORD.test(t.text),
  }));
  const n = toks.length;
  const quoteOf = new Int32Array(n).fill(-1);
  const markOf = new Uint8Array(n);
  const quotes: Quotation[] = [];
  for (const m of findQuoteMarks(text)) {
    const closed = m.close >= 0;
    const close = closed ? m.close : text.length;
    const openTok = tokenAt(toks, m.open);
    const closeTok = closed ? tokenAt(toks, m.close) : n;
    let innerStart = m.open + 1;
    let innerEnd = close;
    while (innerStart < innerEnd && /\s/u.test(text[innerStart] as string)) innerStart++;
    while (innerEnd > innerStart && /\s/u.test(text[innerEnd - 1] as string)) innerEnd--;
    // A comma that ends the quote before its attribution is not the speaker's ("…for us," Lopez
    // said), nor a closing inner mark after it (",’ ”").
    if (closed) {
      let e = innerEnd;
      while (e > innerStart && /['’\s]/u.test(text[e - 1] as string)) e--;
      if (text[e - 1] === ',') {
        innerEnd = e - 1;
        while (innerEnd > innerStart && /\s/u.test(text[innerEnd - 1] as string)) innerEnd--;
      }
    }
    const q: Quotation = {
      open: m.open,
      close,
      closed,
      innerStart,
      innerEnd,
      openTok,
      closeTok,
      words: wordCount(toks, openTok + 1, closeTok),
    };
    const qi = quotes.length;
    quotes.push(q);
    if (openTok < n) markOf[openTok] = 1;
    if (closed && closeTok < n) markOf[closeTok] = 2;
    for (let t = openTok + 1; t < closeTok; t++) quoteOf[t] = qi;
  }

  const sentences = quoteAwareSentences(text, toks, quotes);
  const sentenceOf = new Int32Array(n).fill(-1);
  sentences.forEach((s, si) => {
    for (let t = s.t0; t < s.t1; t++) sentenceOf[t] = si;
  });

  const mentionOf = new Int32Array(n).fill(-1);
  const refs: MentionRef[] = [];
  for (const { entity, mention } of mentions) {
    const t0 = tokenAt(toks, mention.start);
    let t1 = t0;
    while (t1 < n && (toks[t1] as Tok).end <= mention.end) t1++;
    if (t1 === t0) continue;
    const mi = refs.length;
    refs.push({ entity, mention, t0, t1 });
    for (let t = t0; t < t1; t++) mentionOf[t] = mi;
  }
  return { index, block, text, toks, quotes, quoteOf, markOf, sentences, sentenceOf, mentions: refs, mentionOf };
}

/**
 * Sentences of the paragraph (line by line), joined where a break falls inside a quotation,
 * and where a closed quotation is followed by a short attribution ("…tournament." Nadal said.).
 */
function quoteAwareSentences(text: string, toks: readonly Tok[], quotes: readonly Quotation[]): Sentence[] {
  const raw: { start: number; end: number }[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    for (const s of splitSentences(line)) raw.push({ start: lineStart + s.start, end: lineStart + s.end });
    lineStart += line.length + 1;
  }
  const merged: { start: number; end: number }[] = [];
  let q = 0;
  for (const s of raw) {
    const prev = merged[merged.length - 1];
    if (prev) {
      while (q < quotes.length && (quotes[q] as Quotation).close < s.start - 1) q++;
      const quote = quotes[q];
      const inside = quote !== undefined && quote.open < s.start && s.start <= quote.close;
      if (inside || attributionAfterQuote(text, toks, prev.end, s)) {
        prev.end = s.end;
        continue;
      }
    }
    merged.push({ ...s });
  }
  return merged.map((s) => ({ ...s, t0: tokenAt(toks, s.start), t1: tokenAt(toks, s.end) }));
}

/** A sentence that starts right after a closing mark with a cue in its first words, and is short. */
function attributionAfterQuote(
  text: string,
  toks: readonly Tok[],
  prevEnd: number,
  s: { start: number; end: number },
): boolean {
  const last = text[prevEnd - 1];
  if (last !== '”' && last !== '"' && last !== '’' && last !== '»' && last !== '“') return false;
  const t0 = tokenAt(toks, s.start);
  const t1 = tokenAt(toks, s.end);
  if (t1 - t0 > 16) return false;
  for (let t = t0; t < Math.min(t1, t0 + 6); t++) {
    const tok = toks[t] as Tok;
    if (cueLemma(tok.lower) || (tok.lower === 'according' && toks[t + 1]?.lower === 'to')) return true;
  }
  return false;
}

/** The article's paragraphs with the mentions of `entities` placed in them. */
export function buildParagraphs(blocks: readonly Block[], entities: readonly Entity[]): Para[] {
  const byBlock = new Map<number, { entity: Entity; mention: EntityMention }[]>();
  for (const entity of entities)
    for (const mention of entity.mentions) {
      const list = byBlock.get(mention.blockId);
      if (list) list.push({ entity, mention });
      else byBlock.set(mention.blockId, [{ entity, mention }]);
    }
  for (const list of byBlock.values()) list.sort((a, b) => a.mention.start - b.mention.start);
  return blocks.map((b, i) => buildParagraph(i, b, byBlock.get(b.id) ?? []));
}

/** Words (letters or digits) in the token range. */
export function wordsIn(p: Para, t0: number, t1: number): number {
  return wordCount(p.toks, t0, t1);
}

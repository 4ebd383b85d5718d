/**
 * The article as the context stage reads it: each block a paragraph of tokens, with its
 * quotations (see `marks.ts`), its sentences (a sentence never ends inside a quotation, and an
 * attribution that follows a closed quotation stays in the quotation's sentence: `"We won."
 * Lopez said.`), and the entity mentions it holds, each token knowing which quotation,
 * sentence and mention it belongs to. Built once per article, in time linear in its length.
 */
import { splitSentences } from '../segment/sentences';
import type { Block, Entity, EntityMention } from '../types';
import { fastTokens, isSpaceAt, type Tok } from './fast-tokens';
import { cueLemma } from './lexicon';
import { findQuoteMarks } from './marks';

export type { Tok };

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
  quoteOf: number[];
  /** Per token: 1 for an opening mark, 2 for a closing mark, else 0. */
  markOf: number[];
  sentences: Sentence[];
  mentions: MentionRef[];
  /** Per token: index into `mentions`, or -1. */
  mentionOf: number[];
  /** The tokens that may be a cue (a speech verb's form, "according", "per"), in order. */
  cueTokens: number[];
}

function wordCount(toks: readonly Tok[], t0: number, t1: number): number {
  let n = 0;
  for (let i = t0; i < t1; i++) {
    const t = toks[i] as Tok;
    if (t.word && t.lower !== "'s" && t.lower !== '’s') n++;
  }
  return n;
}

function filled(n: number, value: number): number[] {
  return new Array<number>(n).fill(value);
}

/**
 * Read-only arrays of -1 and of 0 shared by the paragraphs without quotations or without
 * mentions (most of them), grown to the longest paragraph.
 */
const NONE: number[] = [];
const ZERO: number[] = [];
function shared(n: number): void {
  while (NONE.length < n) NONE.push(-1);
  while (ZERO.length < n) ZERO.push(0);
}

/** The sentence that holds token `t` (the last one when `t` is past the end), by bisection. */
export function sentenceAt(p: Para, t: number): number {
  const list = p.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((list[mid] as Sentence).t0 <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
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

/** An entity's mention as a paragraph receives it. */
export interface PlacedMention {
  entity: Entity;
  mention: EntityMention;
}

export function buildParagraph(index: number, block: Block, mentions: readonly PlacedMention[]): Para {
  const text = block.text;
  const toks = fastTokens(text);
  const n = toks.length;
  const cueTokens: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = toks[i] as Tok;
    if (
      t.word &&
      t.lower.length > 2 &&
      (t.lower === 'according' || t.lower === 'per' || cueLemma(t.lower) !== undefined)
    ) {
      t.cue = true;
      cueTokens.push(i);
    }
  }
  // Plain arrays: a paragraph's few hundred tokens are cheaper so than as typed arrays; the
  // paragraphs without quotations share one of -1s and one of 0s.
  const marks = findQuoteMarks(text);
  shared(n);
  const quoteOf = marks.length ? filled(n, -1) : NONE;
  const markOf = marks.length ? filled(n, 0) : ZERO;
  const quotes: Quotation[] = [];
  for (const m of marks) {
    const closed = m.close >= 0;
    const close = closed ? m.close : text.length;
    const openTok = tokenAt(toks, m.open);
    const closeTok = closed ? tokenAt(toks, m.close) : n;
    let innerStart = m.open + 1;
    let innerEnd = close;
    while (innerStart < innerEnd && isSpaceAt(text, innerStart)) innerStart++;
    while (innerEnd > innerStart && isSpaceAt(text, innerEnd - 1)) innerEnd--;
    // A comma that ends the quote before its attribution is not the speaker's ("…for us," Lopez
    // said), nor a closing inner mark after it (",’ ”").
    if (closed) {
      let e = innerEnd;
      while (e > innerStart && (text[e - 1] === "'" || text[e - 1] === '’' || isSpaceAt(text, e - 1))) e--;
      if (text[e - 1] === ',') {
        innerEnd = e - 1;
        while (innerEnd > innerStart && isSpaceAt(text, innerEnd - 1)) innerEnd--;
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

  const mentionOf = mentions.length ? filled(n, -1) : NONE;
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
  return {
    index,
    block,
    text,
    toks,
    quotes,
    quoteOf,
    markOf,
    sentences,
    mentions: refs,
    mentionOf,
    cueTokens,
  };
}

/**
 * Sentences of the paragraph (line by line), joined where a break falls inside a quotation,
 * and where a closed quotation is followed by a short attribution ("…tournament." Nadal said.).
 */
function quoteAwareSentences(text: string, toks: readonly Tok[], quotes: readonly Quotation[]): Sentence[] {
  let raw: { start: number; end: number }[] = [];
  if (!text.includes('\n')) raw = splitSentences(text);
  else {
    let lineStart = 0;
    for (const line of text.split('\n')) {
      for (const s of splitSentences(line)) raw.push({ start: lineStart + s.start, end: lineStart + s.end });
      lineStart += line.length + 1;
    }
  }
  const merged: Sentence[] = [];
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
    merged.push({ start: s.start, end: s.end, t0: 0, t1: 0 });
  }
  // Token ranges by one walk over the tokens.
  let t = 0;
  for (const s of merged) {
    while (t < toks.length && (toks[t] as Tok).start < s.start) t++;
    s.t0 = t;
    while (t < toks.length && (toks[t] as Tok).start < s.end) t++;
    s.t1 = t;
  }
  return merged;
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

/** The mentions of `entities` by block id, each list in text order. */
export function mentionsByBlock(entities: readonly Entity[]): Map<number, PlacedMention[]> {
  const byBlock = new Map<number, PlacedMention[]>();
  for (const entity of entities)
    for (const mention of entity.mentions) {
      const list = byBlock.get(mention.blockId);
      if (list) list.push({ entity, mention });
      else byBlock.set(mention.blockId, [{ entity, mention }]);
    }
  for (const list of byBlock.values()) list.sort((a, b) => a.mention.start - b.mention.start);
  return byBlock;
}

/** Words (letters or digits) in the token range. */
export function wordsIn(p: Para, t0: number, t1: number): number {
  return wordCount(p.toks, t0, t1);
}

/**
 * On-device extractive summary: the few sentences that best tell the story. Each sentence
 * is scored by what it carries (the article's key words and entities, numbers), by where it
 * stands (news puts the point first: the lede is weighted), and by what makes a poor summary
 * sentence (a quote on its own, a question, an aside, a sentence that leans on the one before
 * with "And", "But", "Ahh"); the genre adds its own cue (a match report leads with the result,
 * a review with its verdict). A sentence too like one already chosen is skipped. The chosen
 * sentences come back in reading order. Deterministic.
 */
import { splitSentences } from '../segment/sentences';
import { countWords } from '../segment/tokens';
import type { Block, Entity, SummarySentence } from '../types';
import { contentWords, similarity } from './words';

/**
 * A dateline opening a story: a place in capitals, maybe a region, then an agency and any
 * dash, or a long dash ("LONDON (Reuters) -", "COLOGNE, Germany —"; not "US - China talks").
 */
const DATELINE =
  /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s{0,3}[\p{L} .'’-]{1,40})?(?:\s{0,3}\([^)]{1,40}\)\s{0,3}[—–-]{1,3}|\s{0,3}[—–])\s*/u;

/** A sentence that opens with a word pointing back ("This", "It", "They"): it does not stand alone. */
const POINTS_BACK = /^(?:this|that|these|those|it|he|she|they|his|her|their|its|there|such)\b/iu;
/** A sentence that opens by joining the one before ("And", "But", "Ahh"): an aside more often than the point. */
const JOINS_BACK =
  /^(?:and|but|or|so|yet|still|also|too|ahh?|oh|well|now|then|instead|meanwhile|however|though|plus)\b/iu;
/** A closing quotation mark before any opening one: the sentence starts inside a quote. */
const STARTS_INSIDE_QUOTE = /^[^“"«„]*[”»]/u;
/** Quotation marks that open a sentence which is then mostly a quote. */
const OPENING_QUOTE = /^["“„«‘']/u;
/** A final score in a match report ("5-4", "2–0", "6-4, 7-6"). */
const SCORE = /(?<![\d.:/])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d.:/%])/u;
const RESULT_VERB =
  /\b(?:beat|beats|defeated|defeats|won|wins|edged|routed|thrashed|downed|held off|lost to|drew|tied|clinched|overcame|lifted)\b/iu;
/** A review's verdict. */
const VERDICT =
  /\b(?:verdict|bottom line|overall|in short|recommend|worth (?:it|buying|the)|the best|rating|stars?|out of (?:five|5|ten|10))\b/iu;
const NUMBER = /\d/u;

/** Weights of the sentence score, tuned on the train half of eval/gold/summaries. */
const WEIGHTS = {
  /** Content words shared with the article (their mean frequency). */
  centrality: 1.6,
  /** Salience of the entities the sentence names (summed). */
  entities: 0.5,
  /** The opening sentences: 1/sqrt(rank). */
  position: 1.2,
  /** The first sentence of the body, the lede. */
  lede: 0.9,
  number: 0.15,
  /** Subtracted. */
  quote: 0.9,
  question: 1.0,
  pointsBack: 0.7,
  joinsBack: 0.4,
  fragment: 1.5,
  firstPerson: 0.4,
  /** A sentence with a score and a result verb in a sports report; a verdict in a review. */
  genreCue: 0.6,
} as const;

/** Sentences shorter or longer than these are never chosen. */
const MIN_WORDS = 6;
const MAX_WORDS = 55;
/** Chosen sentences may share no more than this share of their content words. */
const MAX_SIMILARITY = 0.5;

export interface SummaryOptions {
  /** By default 2 for a short article, 3 up to 1,500 words, 4 beyond. */
  maxSentences?: number;
  /** Text already shown above the summary (the publisher's description): not repeated. */
  shown?: string | null;
  /** The article's language (a primary subtag), whose rules cut its sentences; English by default. */
  lang?: string;
}

interface Candidate extends SummarySentence {
  rank: number;
}

/** The sentences of the article's body, datelines left out, in order. */
function bodySentences(blocks: readonly Block[], lang?: string): Candidate[] {
  const out: Candidate[] = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'list-item' && block.kind !== 'quote') continue;
    for (const sentence of splitSentences(block.text, lang)) {
      const cut = DATELINE.exec(block.text.slice(sentence.start, sentence.end))?.[0].length ?? 0;
      const start = sentence.start + cut;
      out.push({
        blockId: block.id,
        start,
        end: sentence.end,
        text: block.text.slice(start, sentence.end),
        score: 0,
        rank: out.length,
      });
    }
  }
  return out;
}

/** Whether most of a sentence is inside quotation marks. */
function isQuote(text: string): boolean {
  if (!OPENING_QUOTE.test(text)) return false;
  const close = Math.max(text.lastIndexOf('”'), text.lastIndexOf('"'), text.lastIndexOf('»'));
  return close > text.length * 0.5;
}

/** Words of the sentence outside quotation marks say "I" or "we": an aside of the writer. */
function isFirstPerson(text: string): boolean {
  const outside = text.replace(/["“][^"“”]*["”]/gu, ' ');
  return /\b(?:I|I'm|I’m|I've|I’ve|my|me)\b/u.test(outside);
}

type Genre = 'sports' | 'review' | 'other';

/** A match report or a review, by its cues; everything else is read as news. */
function genreOf(candidates: readonly Candidate[]): Genre {
  const opening = candidates.slice(0, 8).map((c) => c.text);
  if (opening.filter((t) => SCORE.test(t) && RESULT_VERB.test(t)).length >= 1) return 'sports';
  if (candidates.some((c) => VERDICT.test(c.text) && /\b(?:review|verdict|rating)\b/iu.test(c.text))) return 'review';
  return 'other';
}

export function summarise(
  blocks: readonly Block[],
  entities: readonly Entity[],
  options: SummaryOptions = {},
): SummarySentence[] {
  const words = blocks.reduce((n, b) => n + countWords(b.text), 0);
  const max = options.maxSentences ?? (words < 400 ? 2 : words < 1500 ? 3 : 4);
  if (max <= 0) return [];
  const candidates = bodySentences(blocks, options.lang);
  const genre = genreOf(candidates);

  // How often each content word occurs in the article: a sentence that carries the
  // article's own frequent words carries its subject.
  const frequency = new Map<string, number>();
  let total = 0;
  for (const c of candidates) {
    for (const w of contentWords(c.text)) {
      frequency.set(w, (frequency.get(w) ?? 0) + 1);
      total++;
    }
  }
  const mentionsByBlock = new Map<number, { start: number; salience: number }[]>();
  for (const e of entities) {
    for (const m of e.mentions) {
      const list = mentionsByBlock.get(m.blockId) ?? [];
      list.push({ start: m.start, salience: e.salience });
      mentionsByBlock.set(m.blockId, list);
    }
  }
  const lede = candidates.find((c) => {
    const n = countWords(c.text);
    return n >= MIN_WORDS + 2 && n <= MAX_WORDS && !isQuote(c.text) && !c.text.trimEnd().endsWith('?');
  });

  const scored: Candidate[] = [];
  for (const c of candidates) {
    const n = countWords(c.text);
    if (n < MIN_WORDS || n > MAX_WORDS) continue;
    const cw = contentWords(c.text);
    const centrality = cw.length
      ? cw.reduce((sum, w) => sum + (frequency.get(w) ?? 0), 0) / cw.length / Math.max(1, total / 100)
      : 0;
    const seen = new Set<number>();
    let entityScore = 0;
    for (const m of mentionsByBlock.get(c.blockId) ?? []) {
      if (m.start < c.start || m.start >= c.end || seen.has(m.start)) continue;
      seen.add(m.start);
      entityScore += m.salience;
    }
    let score =
      WEIGHTS.centrality * Math.min(centrality, 3) +
      WEIGHTS.entities * Math.min(entityScore, 3) +
      WEIGHTS.position / Math.sqrt(c.rank + 1) +
      (c === lede ? WEIGHTS.lede : 0) +
      (NUMBER.test(c.text) ? WEIGHTS.number : 0);
    if (isQuote(c.text)) score -= WEIGHTS.quote;
    if (c.text.trimEnd().endsWith('?')) score -= WEIGHTS.question;
    if (POINTS_BACK.test(c.text)) score -= WEIGHTS.pointsBack;
    if (JOINS_BACK.test(c.text)) score -= WEIGHTS.joinsBack;
    if (STARTS_INSIDE_QUOTE.test(c.text) || /^\p{Ll}/u.test(c.text)) score -= WEIGHTS.fragment;
    if (isFirstPerson(c.text)) score -= WEIGHTS.firstPerson;
    if (genre === 'sports' && SCORE.test(c.text) && RESULT_VERB.test(c.text)) score += WEIGHTS.genreCue;
    if (genre === 'review' && VERDICT.test(c.text)) score += WEIGHTS.genreCue;
    if (n < 12) score *= 0.8;
    scored.push({ ...c, score: Math.round(score * 1000) / 1000 });
  }

  const chosen: Candidate[] = [];
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.rank - b.rank);
  for (const c of ranked) {
    if (chosen.length >= max) break;
    if (options.shown && similarity(options.shown, c.text) > MAX_SIMILARITY) continue;
    if (chosen.some((s) => similarity(s.text, c.text) > MAX_SIMILARITY)) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.rank - b.rank).map(({ rank: _rank, ...s }) => s);
}

/**
 * The feature record of a candidate summary sentence: one number per weight of the sentence
 * score (weights.ts), so the score is their dot product. What the sentence carries (centrality,
 * names, the headline's words, length) is a measure; a cue is 1 when it holds and 0 when not; a
 * penalty is negative (-1 for a quote), so every weight says how much its feature counts. Kept apart from the
 * selection (extractive.ts) so the weights can be fitted on the features alone
 * (scripts/summary/fit-weights.ts).
 */
import { countWords } from '../segment/tokens';
import type { SummarySentence } from '../types';
import {
  hasNumber,
  isArgument,
  isAside,
  isBoilerplate,
  isBusinessMove,
  isFinding,
  isFirstPerson,
  isFragment,
  isNutCue,
  isQuestion,
  isQuote,
  isResultLine,
  isSignpost,
  isSportsPoint,
  isStatLine,
  isTeamFinding,
  isVerdict,
  joinsBack,
  pointsBack,
  quoteShare,
  sumsUp,
} from './cues';
import { namesWeight, type WeightedMention } from './entity-weight';
import type { Genre } from './genre';
import type { WeightName, Weights } from './weights';
import { contentWords } from './words';

export interface Candidate extends SummarySentence {
  rank: number;
}

/** A sentence's features, one per weight. */
export type SentenceFeatures = Record<WeightName, number>;

/** What the whole article tells about its sentences, read once before any is scored. */
export interface SentenceContext {
  genre: Genre;
  /** All body sentences, in order (rank is the index). */
  candidates: readonly Candidate[];
  lede?: Candidate;
  nutGraf?: Candidate;
  thesis?: Candidate;
  /** Read as a feature (a scene lede, a nut graf that may come later). */
  feature: boolean;
  /** Read as news (no genre of its own, or research). */
  newsLike: boolean;
  /** A sports story whose opening tells no result. */
  noResult: boolean;
  /** The block of a ranked list's top pick. */
  top?: number;
  /** The blocks that open the points of a page of points. */
  points: ReadonlySet<number>;
  /** A column's last paragraph. */
  closing?: number;
  /** A buying guide's picks. */
  picks: readonly string[];
  /** How often each content word occurs in the article, and all of them. */
  frequency: ReadonlyMap<string, number>;
  total: number;
  mentionsByBlock: ReadonlyMap<number, WeightedMention[]>;
  /** Where the article's dates start, by block. */
  datesByBlock: ReadonlyMap<number, number[]>;
  headlineShare: (c: Candidate) => number;
  /** A review's verdict in so many words on the thing reviewed. */
  strongVerdictOf: (c: Candidate) => boolean;
}

/** A candidate with its features, and whether it is short (its score damped). */
export interface ScoredCandidate {
  candidate: Candidate;
  features: SentenceFeatures;
  short: boolean;
}

/** The share of a sentence inside quotation marks above which it is mostly a quote. */
export const MOSTLY_QUOTED = 0.5;
/** How far into the opening a nut graf's words ("The move comes as …") are looked for. */
const NUT_CUE_REACH = 6;
/** Centrality and names count up to this much: past it a sentence is just long or crowded. */
const MAX_CARRIED = 3;
/** A sentence shorter than this (not a results line) tells little: its score is damped by SHORT_DAMPING. */
const SHORT_WORDS = 12;
const SHORT_DAMPING = 0.8;
/** A sentence's length is counted in units of this many words. */
const LENGTH_UNIT = 25;
/** Scores are rounded to this many decimals (ties then fall to the earlier sentence). */
const SCORE_SCALE = 1000;

/** The first scored sentence of a block, in the text's order. */
export const firstIn = (scored: readonly Candidate[], blockId: number): Candidate | undefined =>
  scored.filter((c) => c.blockId === blockId).sort((a, b) => a.rank - b.rank)[0];

/** The feature record of one candidate (of MIN_WORDS to MAX_WORDS words, or a results line). */
export function sentenceFeatures(c: Candidate, ctx: SentenceContext): ScoredCandidate {
  const { genre, lede, nutGraf, newsLike, feature } = ctx;
  const n = countWords(c.text);
  const resultLine = genre === 'sports' && isResultLine(c.text);
  const cw = contentWords(c.text);
  const centrality = cw.length
    ? cw.reduce((sum, w) => sum + (ctx.frequency.get(w) ?? 0), 0) / cw.length / Math.max(1, ctx.total / 100)
    : 0;
  const entityScore = namesWeight(ctx.mentionsByBlock.get(c.blockId), c.start, c.end);
  // A review's sentence in the first person ("I spent my first week with it…", "I have eaten a
  // lot of fish here") is the writer's anecdote: it opens the review but tells neither the
  // thing reviewed nor the verdict, and takes no weight from its place in the opening.
  const anecdoteOfReview = genre === 'review' && isFirstPerson(c.text);
  const quote = isQuote(c.text);
  const mostlyQuoted = quoteShare(c.text) > MOSTLY_QUOTED;
  // A sentence right after the lede that points back to it ("It sports more horsepower…")
  // is no fault when both are read together; one that turns away ("Meanwhile") still is.
  const followsLede = !!lede && c.rank === lede.rank + 1;
  const flag = (b: boolean): number => (b ? 1 : 0);
  // The genre's own cue: a sports point in a match report, a verdict in a review, an argument
  // in an opinion, a figure that moved or a deal in a business story, a guide's pick named.
  const genreCue =
    flag(genre === 'sports' && isSportsPoint(c.text)) +
    flag(genre === 'review' && isVerdict(c.text)) +
    flag(genre === 'opinion' && isArgument(c.text)) +
    flag(genre === 'business' && isBusinessMove(c.text)) +
    // A buying guide is told by its picks: a sentence that names one of them tells one.
    flag(ctx.picks.some((p) => c.text.includes(p)));
  const features: SentenceFeatures = {
    centrality: Math.min(centrality, MAX_CARRIED),
    entities: Math.min(entityScore, MAX_CARRIED),
    position: anecdoteOfReview ? 0 : 1 / Math.sqrt(c.rank + 1),
    lede: flag(c === lede && !nutGraf),
    anecdotalLede: flag(c === lede && !!nutGraf),
    nutGraf: flag(c === nutGraf),
    featureNutGraf: flag(c === nutGraf && feature),
    headline: ctx.headlineShare(c),
    length: n / LENGTH_UNIT,
    number: flag(hasNumber(c.text)),
    date: flag((ctx.datesByBlock.get(c.blockId) ?? []).some((at) => at >= c.start && at < c.end)),
    quote: -flag(quote),
    mostlyQuoted: -flag(!quote && mostlyQuoted),
    question: -flag(isQuestion(c.text)),
    pointsBack: -flag(pointsBack(c.text) && !followsLede),
    joinsBack: -flag(joinsBack(c.text) && !(genre === 'opinion' && sumsUp(c.text)) && c !== nutGraf),
    fragment: -flag(isFragment(c.text)),
    firstPerson: -flag(isFirstPerson(c.text)),
    // An aside; and a round-up's box-score lines, which only add who scored (its results lines tell it).
    aside: -flag(isAside(c.text)) - flag(genre === 'sports' && isStatLine(c.text)),
    boilerplate: -flag(isBoilerplate(c.text)),
    signpost: -flag(isSignpost(c.text)),
    genreCue,
    // A review's verdict on the thing reviewed, which it names or calls "it" (not "one of the
    // most gripping moments" of a film).
    strongVerdict: flag(genre === 'review' && ctx.strongVerdictOf(c)),
    thesis: flag(c === ctx.thesis),
    // A column ends on its conclusion.
    conclusion: flag(genre === 'opinion' && c.blockId === ctx.closing),
    // A business or sports story is told by what happened; a quote on its own only reacts to it.
    reportQuote: -flag((genre === 'business' || genre === 'sports') && quote),
    // A business story states the deal, the figure, the company and the change first.
    businessPosition: flag(genre === 'business' && c.rank < 4 && !quote),
    topPick: flag(c.blockId === ctx.top),
    pointOpening: flag(ctx.points.has(c.blockId) && firstIn(ctx.candidates, c.blockId) === c),
    finding: flag(genre === 'science' && isFinding(c.text)),
    // …and a research team's own result with its figure, in a research story or any story read as news.
    teamFinding: flag(newsLike && isTeamFinding(c.text)),
    // A nut graf says why the story matters, in its first paragraphs after the lede.
    nutCue: flag((newsLike || feature) && c.rank > 0 && c.rank < NUT_CUE_REACH && !quote && isNutCue(c.text)),
    // A news story tells its point in the lede and the sentence after it (the who, the figure,
    // the reason); someone's words after the lede only react to it.
    afterLede: flag((newsLike || (ctx.noResult && isSportsPoint(c.text))) && followsLede && !quote && !mostlyQuoted),
  };
  return { candidate: c, features, short: n < SHORT_WORDS && !resultLine };
}

/** A candidate's score under `weights`: the dot product, damped for a short sentence, rounded. */
export function sentenceScore(s: ScoredCandidate, weights: Weights): number {
  let score = 0;
  for (const k in s.features) score += weights[k as WeightName] * s.features[k as WeightName];
  if (s.short) score *= SHORT_DAMPING;
  return Math.round(score * SCORE_SCALE) / SCORE_SCALE;
}

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
import type { ArticleMeta, Block, Entity, Span, SummarySentence } from '../types';
import {
  isAuthorBio,
  isEarlierMeeting,
  isFirstPerson,
  isFragment,
  isFurniture,
  isQuestion,
  isQuote,
  isRating,
  isResultLine,
  isRuling,
  isSportsResult,
  isStrongVerdict,
  isAboutItself,
  isAside,
  joinsBack,
  pointsBack,
  turnsToNews,
} from './cues';
import { genreOf, PICK_HEADING, VERDICT_HEADING, type Genre } from './genre';
import { contentWords, similarity } from './words';
import { weightedMentions } from './entity-weight';
import {
  firstIn,
  sentenceFeatures,
  sentenceScore,
  type Candidate,
  type ScoredCandidate,
  type SentenceContext,
} from './features';
import { WEIGHTS, type Weights } from './weights';

export { WEIGHTS } from './weights';

/**
 * A dateline opening a story: a place in capitals, maybe a region, then an agency and any
 * dash, or a long dash ("LONDON (Reuters) -", "COLOGNE, Germany —"; not "US - China talks");
 * or the agency alone, when the page dropped the place ("(CNN) —", "(Reuters) -").
 */
const DATELINE =
  /^(?:\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s{0,3}[\p{L} .'’-]{1,40})?(?:\s{0,3}\([^)]{1,40}\)\s{0,3}[—–-]{1,3}|\s{0,3}[—–])|\(\p{Lu}[^)]{0,39}\)\s{0,3}[—–-]{1,3})\s*/u;

/** How many opening sentences a match report's result (its lede) and the genre's cues are looked for in. */
const LEDE_REACH = 10;
/** A review's summary has at least this many sentences: what is reviewed, the verdict, its reason. */
const REVIEW_SENTENCES = 3;
/** A buying guide's summary tells its opening and its picks, in at most this many sentences. */
const MAX_PICK_SENTENCES = 4;
/** Sentences shorter or longer than these are never chosen. */
const MIN_WORDS = 6;
const MAX_WORDS = 55;
/** A lede carrying less than this share of the headline's words is anecdotal… */
const ANECDOTE_SHARE = 0.2;
/** …and the nut graf is the first of the next NUT_REACH sentences that carries at least NUT_SHARE. */
const NUT_REACH = 6;
const NUT_SHARE = 0.34;
/** A feature's lede is a scene more often than not: it is anecdotal below this share, and the nut graf may come later. */
const FEATURE_ANECDOTE_SHARE = 0.4;
const FEATURE_NUT_REACH = 10;
const FEATURE_WORDS = 1500;
/** A sentence whose content words the publisher's description mostly gives (this share) adds nothing. */
const SAID_ALREADY = 0.5;
/** A fact-check's reasons (the paragraph before its ruling) take this many times the genre's cue. */
const RULING_REASONS = 4;
/** Chosen sentences may share no more than this share of their content words. */
const MAX_SIMILARITY = 0.5;
/** A chosen sentence this many times shorter than a later one that repeats it is its teaser: the later one tells more. */
const TEASER_RATIO = 2;

export interface SummaryOptions {
  /** By default 2 for a short article (3 for a review), 3 up to 1,500 words, 4 beyond. */
  maxSentences?: number;
  /** Text already shown above the summary (the publisher's description): not repeated. */
  shown?: string | null;
  /**
   * The page's address, title, section and schema.org types: they may name the genre ("/opinion/",
   * "… review", "Sport", "OpinionNewsArticle").
   */
  meta?: Pick<ArticleMeta, 'url' | 'title' | 'section' | 'schemaTypes'>;
  /** The article's dates (points in time): a sentence that dates what it tells carries more. */
  dates?: readonly Span[];
  /** The article's language (a primary subtag), whose rules cut its sentences; English by default. */
  lang?: string;
}

/** A text with its first letter in upper case. */
const capitalised = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);

/** A word's first five letters: enough to meet its inflections. */
const stem = (w: string): string => w.slice(0, 5);

/** The share of a sentence's content words (and numbers) that a text already gives. */
function saysAgain(shown: string, sentence: string): number {
  const given = new Set(contentWords(shown).map(stem));
  const own = [...new Set(contentWords(sentence).map(stem))];
  return own.length ? own.filter((w) => given.has(w)).length / own.length : 1;
}

/** Whether a sentence gives figures (numbers, amounts) the shown text does not. */
function addsFigures(shown: string, sentence: string): boolean {
  const given = new Set(shown.match(/\d[\d.,]*/gu) ?? []);
  return (sentence.match(/\d[\d.,]*/gu) ?? []).some((n) => !given.has(n));
}

/** A page title without the site's name after its last bar or dash ("… | BBC News"). */
function headlineOf(title: string | null | undefined): string {
  if (!title) return '';
  const cut = Math.max(title.lastIndexOf(' | '), title.lastIndexOf(' - '), title.lastIndexOf(' — '));
  return cut > title.length / 2 ? title.slice(0, cut) : title;
}

/** The sentences of the article's body, datelines left out, in order. */
function bodySentences(blocks: readonly Block[], lang?: string): Candidate[] {
  const out: Candidate[] = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'list-item' && block.kind !== 'quote') continue;
    for (const sentence of splitSentences(block.text, lang)) {
      const cut = DATELINE.exec(block.text.slice(sentence.start, sentence.end))?.[0].length ?? 0;
      const start = sentence.start + cut;
      // Page furniture left in the body (a byline, a caption, "Copyright …") is not the story.
      // A round-up's results line ("Palm Bay d. Rockledge 70-44") is short and has no stop, yet it is the story.
      const text = block.text.slice(start, sentence.end);
      if (isFurniture(text) && !isResultLine(text)) continue;
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

/**
 * The first sentence of a review's verdict section: the first paragraph under its last
 * verdict heading ("Verdict", "The bottom line", "Conclusion"), when it can be a summary
 * sentence.
 */
function verdictOpening(blocks: readonly Block[], scored: readonly Candidate[]): Candidate | undefined {
  let at = -1;
  blocks.forEach((b, i) => {
    if (b.kind === 'heading' && VERDICT_HEADING.test(b.text.trim())) at = i;
  });
  // The first block under the heading (a caption aside) is the verdict's paragraph, or there is none.
  const paragraph = at < 0 ? undefined : blocks.slice(at + 1).find((b) => b.kind !== 'caption');
  if (paragraph?.kind !== 'paragraph') return undefined;
  return firstIn(scored, paragraph.id);
}

/**
 * The paragraph a review's closing score sums up: the last paragraph before its only score
 * line, when that line closes the body (at most one paragraph after it, the price or where to
 * find it, and no heading), its first sentence that can be a summary sentence. A page of
 * several scores is a round-up, whose scores belong to its items.
 */
function closingVerdict(blocks: readonly Block[], scored: readonly Candidate[]): Candidate | undefined {
  const ratings = blocks.flatMap((b, i) => (b.kind !== 'heading' && isRating(b.text.trim()) ? [i] : []));
  if (ratings.length !== 1) return undefined;
  const at = ratings[0]!;
  const after = blocks.slice(at + 1);
  if (after.some((b) => b.kind === 'heading') || after.filter((b) => b.kind === 'paragraph').length > 1)
    return undefined;
  const paragraph = blocks
    .slice(0, at)
    .reverse()
    .find((b) => b.kind === 'paragraph');
  if (!paragraph) return undefined;
  return firstIn(scored, paragraph.id);
}

/** The things a guide picks under its headings (at least two: one pick is no guide). */
function picksOf(blocks: readonly Block[]): string[] {
  const picks = blocks.flatMap((b) => {
    const m = b.kind === 'heading' ? PICK_HEADING.exec(b.text.trim()) : null;
    return m ? [m[1]!.trim()] : [];
  });
  return picks.length >= 2 ? picks : [];
}

/**
 * The picks of a guide a sentence tells: those it names in full, by the words after the maker's
 * ("the Glide 3" for "Kestrel Glide 3") or by the maker's name alone when no other pick shares
 * it ("Arden's fifth pair" for "Arden Q5").
 */
function picksTold(picks: readonly string[], text: string): string[] {
  if (!picks.length) return [];
  const first = (p: string): string => p.split(' ')[0] ?? '';
  return picks.filter((p) => {
    if (text.includes(p)) return true;
    const rest = p.slice(first(p).length + 1);
    if (rest.length >= 2 && hasWord(text, rest)) return true;
    const maker = first(p);
    return maker.length >= 3 && picks.filter((q) => first(q) === maker).length === 1 && hasWord(text, maker);
  });
}

/** Whether `text` holds `word` as a whole word (not inside a longer one). */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/** A numbered heading of a ranked list ("21) Star Wars", "1. Lady Bird", "No. 3: The Work", "#1 Faces"). */
const RANKED_HEADING = /^(?:(?:no\.|number)\s?|#)?(\d{1,3})(?:[).:]|\s[-–—])\s{0,3}\S/iu;
/** A title that promises a ranking ("The 21 best movies of 2017", "Top 10 phones", "… ranked"). */
const RANKING_TITLE = /(?<![\p{L}])(?:best|top|greatest|favou?rite|worst|ranked|ranking)(?![\p{L}])/iu;
/** A list of fewer numbered headings is no ranking. */
const MIN_RANKED = 3;

/**
 * A ranked list's top pick ("1) Lady Bird" at the end of a countdown, or at the head of a top
 * ten): the paragraph under the heading numbered 1, when at least MIN_RANKED headings are
 * numbered and the title promises a ranking. A list's verdict is its first place.
 */
function topPick(blocks: readonly Block[], title: string): number | undefined {
  if (!RANKING_TITLE.test(title)) return undefined;
  const numbered = blocks
    .map((b, i) => ({ i, m: b.kind === 'heading' ? RANKED_HEADING.exec(b.text.trim()) : null }))
    .filter((x) => x.m);
  if (numbered.length < MIN_RANKED) return undefined;
  const first = numbered.find((x) => Number(x.m![1]) === 1);
  const under = first ? blocks.slice(first.i + 1).find((b) => b.kind !== 'caption') : undefined;
  return under?.kind === 'paragraph' ? under.id : undefined;
}

/**
 * A title that promises a number of points ("3 surprising findings …", "Seven key questions
 * …", "The 5 things to know"): a count and, within a few words, what is counted (not "5 dead
 * in …", "3 years of …").
 */
const COUNTED_TITLE =
  /^(?:the |our )?(?:[2-9]|1\d|20|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s(?:[\p{L}-]{1,20}\s){0,3}(?:findings|things|questions|reasons|ways|lessons|takeaways|facts|signs|tips|steps|rules|ideas|trends|myths|mistakes|changes|charts|numbers|moments|predictions|problems|answers|points)(?![\p{L}])/iu;
/** A page of points has at least this many headings. */
const MIN_POINTS = 2;

/**
 * The paragraphs that open the points of a page of points: the first paragraph under each
 * heading, when the title promises a number of points and at least MIN_POINTS headings split
 * the body. A page of points is told by its opening and the first sentence of each point, as a
 * guide is told by its picks (a ranked list, by its top pick instead).
 */
function pointOpenings(blocks: readonly Block[], title: string): Set<number> {
  const out = new Set<number>();
  if (!COUNTED_TITLE.test(headlineOf(title).trim())) return out;
  blocks.forEach((b, i) => {
    if (b.kind !== 'heading') return;
    const under = blocks.slice(i + 1).find((x) => x.kind !== 'caption');
    if (under?.kind === 'paragraph') out.add(under.id);
  });
  return out.size >= MIN_POINTS ? out : new Set();
}

/**
 * An article read for its summary: its candidate sentences with their feature records, and what
 * the choice among them needs. The weights come in only at `chooseSentences`, so the fitting
 * script (scripts/summary/fit-weights.ts) reads each article once and tries many weights.
 */
export interface SummaryReading {
  blocks: readonly Block[];
  options: SummaryOptions;
  genre: Genre;
  /** How many sentences the summary has (a review's score line aside). */
  max: number;
  candidates: Candidate[];
  /** The candidates that may be chosen, with their features. */
  records: ScoredCandidate[];
  lede?: Candidate;
  picks: string[];
  /** Read as straight news: no genre of its own or research, and not long enough to be a feature. */
  straightNews: boolean;
}

export function summarise(
  blocks: readonly Block[],
  entities: readonly Entity[],
  options: SummaryOptions = {},
): SummarySentence[] {
  const reading = readForSummary(blocks, entities, options);
  return reading ? chooseSentences(reading, WEIGHTS) : [];
}

/** The article's candidate sentences and their features; null when no sentence is wanted. */
export function readForSummary(
  blocks: readonly Block[],
  entities: readonly Entity[],
  options: SummaryOptions = {},
): SummaryReading | null {
  const words = blocks.reduce((n, b) => n + countWords(b.text), 0);
  const byLength = options.maxSentences ?? (words < 400 ? 2 : words < 1500 ? 3 : 4);
  if (byLength <= 0) return null;
  const candidates = bodySentences(blocks, options.lang);
  const texts = candidates.map((c) => c.text);
  const headings = blocks.filter((b) => b.kind === 'heading').map((b) => b.text.trim());
  const lines = blocks.map((b) => b.text);
  const genre = genreOf(texts.slice(0, LEDE_REACH), texts, { ...options.meta, headings, lines });
  // A review, however short, tells what is reviewed, the verdict and its reason.
  // A buying guide tells its opening and each of its picks (up to MAX_PICK_SENTENCES).
  const picks = genre === 'review' ? picksOf(blocks) : [];
  const reviewLength = Math.max(REVIEW_SENTENCES, Math.min(picks.length + 1, MAX_PICK_SENTENCES));
  const max = options.maxSentences ?? (genre === 'review' ? Math.max(byLength, reviewLength) : byLength);
  const datesByBlock = new Map<number, number[]>();
  for (const d of options.dates ?? []) {
    const list = datesByBlock.get(d.blockId);
    if (list) list.push(d.start);
    else datesByBlock.set(d.blockId, [d.start]);
  }

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
  const mentionsByBlock = weightedMentions(entities, blocks);
  // The lede: the first sentence that stands on its own; a match report's is its result, when
  // the opening gives one (not the pre-game remark it may open with, nor the score of the sides'
  // last meeting that a preview recalls).
  const standsAlone = (c: Candidate): boolean => {
    const n = countWords(c.text);
    return (
      n >= MIN_WORDS + 2 &&
      n <= MAX_WORDS &&
      !isQuote(c.text) &&
      !isQuestion(c.text) &&
      !isAside(c.text) &&
      !joinsBack(c.text) &&
      !isFragment(c.text)
    );
  };
  // A nut graf may open on the turn from the scene to the story ("But Netanyahu's triumph on
  // Tuesday keeps in place …"): it stands alone without its first word.
  const turnsToTheStory = (c: Candidate): boolean =>
    turnsToNews(c.text) && standsAlone({ ...c, text: capitalised(c.text.replace(/^\p{L}+,?\s+/u, '')) });
  // A review's is the first that tells of the thing reviewed, not the writer's own anecdote
  // ("I spent my first week with it…") or what leans on it ("It never did").
  const lede =
    (genre === 'sports'
      ? candidates
          .slice(0, LEDE_REACH)
          .find((c) => standsAlone(c) && isSportsResult(c.text) && !isEarlierMeeting(c.text))
      : genre === 'review'
        ? candidates.slice(0, LEDE_REACH).find((c) => standsAlone(c) && !isFirstPerson(c.text) && !pointsBack(c.text))
        : undefined) ?? candidates.find(standsAlone);

  // A sports story whose opening tells no result (a profile, a column, a preview) may tell its
  // point right after the lede (the goal that made the profile's player news, the stakes of the
  // game to come): a sports point there weighs as the sentence after a news lede does.
  const noResult = genre === 'sports' && !!lede && !isSportsResult(lede.text);
  // The headline's words (by their first five letters, so "sacked" meets "sacking").
  const headline = new Set(contentWords(headlineOf(options.meta?.title)).map(stem));
  const headlineShare = (c: Candidate): number =>
    headline.size
      ? new Set(
          contentWords(c.text)
            .map(stem)
            .filter((w) => headline.has(w)),
        ).size / headline.size
      : 0;
  // An anecdotal lede (a scene, a person, a question) carries few of the headline's words: the
  // nut graf that follows within a few sentences and says what the story is about does.
  // A feature's lede is more often a scene, and its nut graf may come a little later.
  // A long article that is no report, review or column is most often a feature.
  // A research story is read as news (its point first, the sentence after the lede goes on with
  // it), with its own cue: the finding.
  const newsLike = genre === 'other' || genre === 'science';
  const feature = genre === 'feature' || (newsLike && words >= FEATURE_WORDS);
  // A lede that sets the scene the next sentence turns from ("President Obama told the U.N. …"
  // then "But Netanyahu's triumph on Tuesday keeps in place …") is anecdotal too, however many
  // of the headline's words it shares, when the turn carries more of them: the turn is the nut graf.
  const turn = lede ? candidates[lede.rank + 1] : undefined;
  const turned =
    !!lede &&
    !!turn &&
    turnsToTheStory(turn) &&
    headlineShare(turn) >= NUT_SHARE &&
    headlineShare(turn) > headlineShare(lede);
  const nutGraf =
    lede && headline.size && headlineShare(lede) < (feature ? FEATURE_ANECDOTE_SHARE : ANECDOTE_SHARE)
      ? candidates
          .slice(lede.rank + 1, lede.rank + 1 + (feature ? FEATURE_NUT_REACH : NUT_REACH))
          .find((c) => (standsAlone(c) || turnsToTheStory(c)) && headlineShare(c) >= NUT_SHARE)
      : turned
        ? turn
        : undefined;
  // An opinion's headline states its claim: the sentence after the lede that says the most of
  // it ("In short, slaughter is likely coming to Hong Kong" under "Why Beijing will bring
  // slaughter to Hong Kong") is its thesis.
  const thesis =
    genre === 'opinion' && headline.size
      ? candidates
          .filter(
            (c) =>
              c !== lede &&
              headlineShare(c) >= NUT_SHARE &&
              countWords(c.text) >= MIN_WORDS &&
              countWords(c.text) <= MAX_WORDS &&
              !isQuote(c.text) &&
              !isQuestion(c.text) &&
              !isFragment(c.text),
          )
          .sort((a, b) => headlineShare(b) - headlineShare(a) || a.rank - b.rank)[0]
      : undefined;
  // A review's verdict in so many words on the thing reviewed: it names it ("The Corvid X3 is the
  // best phone under £600") or calls it "it" ("It is the most moving British film of the year").
  const strongVerdictOf = (c: Candidate): boolean =>
    isStrongVerdict(c.text) && (headlineShare(c) > 0 || isAboutItself(c.text));
  const top = topPick(blocks, options.meta?.title ?? '');
  const points = top === undefined ? pointOpenings(blocks, options.meta?.title ?? '') : new Set<number>();
  // A column's last paragraph (not the writer's bio under it) draws its conclusion.
  const closing = blocks.filter((b) => b.kind === 'paragraph' && !isAuthorBio(b.text.trim())).at(-1)?.id;
  const ctx: SentenceContext = {
    genre,
    candidates,
    lede,
    nutGraf,
    thesis,
    feature,
    newsLike,
    noResult,
    top,
    points,
    closing,
    picks,
    frequency,
    total,
    mentionsByBlock,
    datesByBlock,
    headlineShare,
    strongVerdictOf,
  };
  const records = candidates
    .filter((c) => {
      const n = countWords(c.text);
      return (n >= MIN_WORDS || (genre === 'sports' && isResultLine(c.text))) && n <= MAX_WORDS;
    })
    .map((c) => sentenceFeatures(c, ctx));
  return { blocks, options, genre, max, candidates, records, lede, picks, straightNews: newsLike && !feature };
}

/**
 * The summary's sentences under `weights`: the best scored, none too like another, in reading order.
 * `score`, when given, ranks the candidates instead of the weights' dot product (the fitting scripts
 * try other scorers); the placements and filters stay as they are.
 */
export function chooseSentences(
  reading: SummaryReading,
  weights: Weights,
  score: (record: ScoredCandidate) => number = (r) => sentenceScore(r, weights),
): SummarySentence[] {
  const { blocks, options, genre, max, candidates, lede, picks } = reading;
  const scored: Candidate[] = reading.records.map((r) => ({ ...r.candidate, score: score(r) }));
  const strongVerdicts = new Set(
    reading.records.filter((r) => r.features.strongVerdict > 0).map((r) => r.candidate.rank),
  );
  // A review leads with its verdict: its score line (often a heading at the end) comes first,
  // a label beside the sentences (it takes none of their places).
  const chosen: Candidate[] = [];
  // A round-up's scores (a buying guide's, one under each pick) belong to its items: none of
  // them is the page's verdict.
  const ratings = genre === 'review' ? blocks.filter((b) => isRating(b.text.trim())) : [];
  const rating = ratings.length === 1 ? ratings[0] : undefined;
  if (rating) {
    const start = rating.text.length - rating.text.trimStart().length;
    const text = rating.text.trim();
    chosen.push({ blockId: rating.id, start, end: start + text.length, text, score: weights.genreCue, rank: -1 });
  }
  const places = max + (rating ? 1 : 0);
  // …and with the opening of its verdict section ("Verdict", "Bottom line"), or the paragraph
  // its closing score sums up.
  const verdict = genre === 'review' ? (verdictOpening(blocks, scored) ?? closingVerdict(blocks, scored)) : undefined;
  if (verdict) chosen.push({ ...verdict, rank: -1 });
  // Without a verdict section, its verdict in so many words takes a place, where it stands
  // (unless the publisher's description, shown above, already gives it).
  else if (genre === 'review') {
    const strong = scored
      .filter((c) => strongVerdicts.has(c.rank) && !(options.shown && saysAgain(options.shown, c.text) > SAID_ALREADY))
      .sort((a, b) => b.score - a.score || a.rank - b.rank)[0];
    if (strong) chosen.push(strong);
  }
  // A fact-check leads with its ruling, and the reasons given in the paragraph before it.
  const ruling = candidates.find((c) => isRuling(c.text));
  if (ruling) {
    chosen.push({ ...ruling, rank: -1 });
    const reasons = candidates[ruling.rank - 1]?.blockId;
    for (const c of scored)
      if (c.blockId === reasons && c.rank < ruling.rank) c.score += weights.genreCue * RULING_REASONS;
  }
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.rank - b.rank);
  const told = new Set<string>(chosen.flatMap((c) => picksTold(picks, c.text)));
  for (const c of ranked) {
    if (chosen.length >= places) break;
    // After the publisher's description, a sentence is skipped when the description already
    // says most of what it says; a lede that overlaps it but adds names and figures stays, and
    // so does one that gives the figures the description leaves out (the deal, the number).
    const isLede = !!lede && c.blockId === lede.blockId && c.start === lede.start;
    if (
      options.shown &&
      saysAgain(options.shown, c.text) > SAID_ALREADY &&
      !(isLede && addsFigures(options.shown, c.text))
    )
      continue;
    if (chosen.some((s) => s.start === c.start && s.blockId === c.blockId)) continue;
    // A teaser chosen before the sentence that repeats it and tells more ("T-Swift is beefing with
    // The Carlyle Group …" before "Brace yourself, Swifties: Taylor Swift might not be able to
    // perform her hits due to a legal dispute with … The Carlyle Group"): the fuller one takes its place.
    const alike = chosen.filter((s) => similarity(s.text, c.text) > MAX_SIMILARITY);
    const teaser = alike.length === 1 && alike[0]!.rank >= 0 ? alike[0]! : undefined;
    if (
      teaser &&
      countWords(c.text) >= TEASER_RATIO * countWords(teaser.text) &&
      !isQuote(c.text) &&
      !isQuestion(c.text)
    ) {
      chosen.splice(chosen.indexOf(teaser), 1, c);
      continue;
    }
    if (alike.length) continue;
    // A guide tells each of its picks once: a sentence about picks already told gives way to one
    // about the next.
    const names = picksTold(picks, c.text);
    if (names.length && names.every((p) => told.has(p))) continue;
    for (const p of names) told.add(p);
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.rank - b.rank).map(({ rank: _rank, ...s }) => s);
}

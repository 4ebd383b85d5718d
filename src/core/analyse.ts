/**
 * The analysis core: article text in, `Analysis` out. Pure: no DOM, no extension APIs, no
 * network; the clock and the entity recogniser (with its model) are passed in. The stages
 * run in order: the article's language (language/identify.ts), dates (normalised against
 * the publication date), entities (recognised, those inside a date dropped, then grouped),
 * summary, context (who is who, who said what, names tied to the dates of their sentences).
 * Each stage reads the article's language: sentences are cut by its rules, dates read by its
 * parsers, names only by a model made for it (none otherwise: silence, never English
 * guesses), and the context stage, written for English, only in English.
 */
import { recogniseDates } from './dates/chrono-dates';
import { recogniseUndatedDates } from './dates/undated';
import { readTimeline } from './dates/timeline';
import { groupMentions } from './entities/group';
import { isCivicDayName } from './entities/civic-days';
import type { EntityRecogniser } from './entities/recogniser';
import { countWords } from './segment/tokens';
import { summarise, type SummaryOptions } from './summary/extractive';
import { publisherSummary } from './summary/description';
import { isUnfixed } from './dates/anchored';
import { capArticle } from './limits';
import { contextStage } from './context/context-stage';
import type { Analysis, ArticleMeta, ArticleText, Block, DateMention, ReadingTime, Span } from './types';
import { lastStartingBy } from './segment/bisect';
import { identifyLanguage } from './language/identify';
import { nativeLanguageName, readsDates } from './language/languages';
import type { ArticleLanguage, LanguageAnalysis } from './types';
import { instantMs } from './dates/instant';

export interface AnalyseOptions {
  /** The current time; relative dates fall back to it when the article has no date. */
  now: Date;
  /**
   * Finds the names (the trained model: see `ModelRecogniser`). It reads only articles in
   * its own language (`EntityRecogniser.lang`); null: no model for the article's language.
   */
  recogniser: EntityRecogniser | null;
  /** The article's language when the caller has identified it already (to pick the model). */
  language?: ArticleLanguage;
  /**
   * The model for a block in another language than the article's (an English box on an
   * Arabic page); null or absent: such a block's names are not read.
   */
  recogniserFor?: (lang: string) => EntityRecogniser | null;
  /**
   * Names only, no dates and no summary: a quick first reading (the date parser is slow to
   * start), used to paint the opening of a long article at once.
   */
  namesOnly?: boolean;
}

/** The part of an AbortSignal the analysis uses (the core is typed without the DOM). */
export interface CancelSignal {
  readonly aborted: boolean;
  throwIfAborted(): void;
}

export interface CancellableOptions extends AnalyseOptions {
  /** Aborted when the reading is superseded (a new reading of the tab, a navigation). */
  signal: CancelSignal;
  /** Gives the thread back between stages (the service worker passes a zero timeout). */
  pause: () => Promise<void>;
}

export function analyse(article: ArticleText, options: AnalyseOptions): Analysis {
  const run = stages(article, options);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
  }
}

/**
 * The same analysis, giving the thread back between its stages and stopping at the first
 * pause after `signal` is aborted (it then rejects with the signal's reason).
 */
export async function analyseCancellable(article: ArticleText, options: CancellableOptions): Promise<Analysis> {
  const run = stages(article, options);
  for (;;) {
    options.signal.throwIfAborted();
    const step = run.next();
    if (step.done) return step.value;
    await options.pause();
  }
}

/** The analysis as a sequence of stages; each `yield` is a point where it may pause or stop. */
function* stages(
  input: ArticleText,
  { now, recogniser, namesOnly = false, language: given, recogniserFor }: AnalyseOptions,
): Generator<void, Analysis> {
  // What a page sends is capped again here: the analysis never trusts its size.
  const article = capArticle(input);
  const { meta, blocks } = article;
  const published = parseInstant(meta.publishedTime);
  const reference = published ?? { instant: now, timezoneOffset: undefined };
  const language = given ?? identifyLanguage(article, article.languageHint);
  const lang = language.code;
  // Blocks in another language than the article's are read by none of its parsers or models.
  // Each is read in its own language, by that language's parsers and model where Lede has one.
  const parts = byLanguage(blocks, language);
  const readsNames = !!recogniser && (recogniser.lang ?? 'en') === lang;
  const modelFor = (code: string): EntityRecogniser | null => {
    const r = code === lang ? (readsNames ? recogniser : null) : (recogniserFor?.(code) ?? null);
    return r && (r.lang ?? 'en') === code ? r : null;
  };

  // "Now", "recently", "the future": found (the date scorer counts them) but neither a point
  // on the timeline nor a highlight a reader needs.
  const dates = namesOnly
    ? []
    : inTextOrder(
        parts.flatMap(([code, part]) =>
          // An English page without a publication date: only the dates its text fixes.
          !published && (code === 'en' || code === 'und')
            ? recogniseUndatedDates(part, now, code)
            : recogniseDates(part, reference, code),
        ),
      ).filter((d) => !/_REF$/u.test(d.value) && !isUnfixed(d.value));
  if (parts.length > 1) dates.forEach((d, i) => (d.id = i + 1));
  yield;
  // A name inside a date ("mid-August") is the date's, not a name; a civic day's name stays one
  // ("the day before Thanksgiving in 2019": names.md, "Civic and national days").
  const insideDate = spanIndex(dates);
  const mentions = inTextOrder(parts.flatMap(([code, part]) => modelFor(code)?.recognise(part) ?? [])).filter(
    (m) => !insideDate(m) || (m.type === 'OTHER' && isCivicDayName(m.text)),
  );
  yield;
  const entities = groupMentions(mentions, { title: meta.title, blockCount: blocks.length });
  yield;
  const description = namesOnly ? null : publisherSummary(meta, blocks);
  const summary = namesOnly ? [] : summarise(blocks, entities, { ...summaryOptions(meta, dates, description), lang });
  const wordCount = blocks.reduce((n, b) => n + countWords(b.text), 0);
  const { entries: timeline, guesses } = readTimeline(blocks, dates, lang, published?.instant);
  const guessed = new Set(guesses);
  for (const d of dates) if (guessed.has(d.id)) d.guess = true;
  yield;
  // Quotes, speakers and roles are read with English words: in English only.
  const context = namesOnly || lang !== 'en' ? null : contextStage(blocks, entities, dates, timeline);
  const languageAnalysis: LanguageAnalysis = {
    ...language,
    name: nativeLanguageName(lang),
    names: readsNames,
    dates: readsDates(lang),
  };

  const analysis: Analysis = {
    meta,
    isArticle: article.isArticle,
    reason: article.reason,
    blocks,
    wordCount,
    readingTime: readingTime(article.cut?.totalWords ?? wordCount),
    entities: context?.entities ?? entities,
    dates,
    timeline: context?.timeline ?? timeline,
    summary,
    language: languageAnalysis,
    analysedAt: now.toISOString(),
    referenceDate: reference.instant.toISOString(),
  };
  if (article.cut) analysis.cut = article.cut;
  if (description) analysis.description = description;
  if (context) {
    analysis.quotes = context.quotes;
    analysis.sources = context.sources;
  }
  return analysis;
}

/** The blocks by the language they are read in: the article's first, then each other one. */
function byLanguage(blocks: readonly Block[], language: ArticleLanguage): [string, Block[]][] {
  const other = new Map((language.otherBlocks ?? []).map((b) => [b.blockId, b.lang]));
  if (!other.size) return [[language.code, [...blocks]]];
  const parts = new Map<string, Block[]>([[language.code, []]]);
  for (const b of blocks) {
    const code = other.get(b.id) ?? language.code;
    const list = parts.get(code);
    if (list) list.push(b);
    else parts.set(code, [b]);
  }
  return [...parts];
}

/** Spans sorted by block and start (block ids are the article's block indices, in order). */
function inTextOrder<T extends Span>(spans: T[]): T[] {
  return spans.sort((a, b) => a.blockId - b.blockId || a.start - b.start);
}

/**
 * Whether a span lies inside one of `spans`: the spans of each block sorted by start, and
 * a bisection per question (asking every span for every mention was quadratic).
 */
function spanIndex(spans: readonly Span[]): (inner: Span) => boolean {
  const byBlock = new Map<number, Span[]>();
  for (const s of spans) {
    const list = byBlock.get(s.blockId);
    if (list) list.push(s);
    else byBlock.set(s.blockId, [s]);
  }
  for (const list of byBlock.values()) list.sort((a, b) => a.start - b.start);
  return (inner) => {
    const list = byBlock.get(inner.blockId);
    if (!list) return false;
    // The last span starting at or before the mention; dates do not overlap one another.
    const outer = list[lastStartingBy(list, inner.start)];
    return !!outer && outer.start <= inner.start && inner.end <= outer.end;
  };
}

/**
 * The publisher's description is not repeated by the extractive summary (the card shows it
 * above, labelled as the publisher's; the extractive part keeps its full length). The page's
 * address and title may name the genre; the dates that are points of the story count.
 */
function summaryOptions(meta: ArticleMeta, dates: readonly DateMention[], description: string | null): SummaryOptions {
  const points = dates.filter((d) => (d.type === 'DATE' || d.type === 'TIME') && !d.present);
  return {
    shown: description,
    meta: { url: meta.url, title: meta.title, section: meta.section, schemaTypes: meta.schemaTypes },
    dates: points,
  };
}

/** Minutes for a reader at 265 and at 200 words a minute (at least one). */
export function readingTime(words: number): ReadingTime {
  return { min: Math.max(1, Math.round(words / 265)), max: Math.max(1, Math.ceil(words / 200)) };
}

/**
 * An ISO date or date-time, with its UTC offset in minutes when it has one; one without a zone
 * is read as written (`instantMs`), as the header shows it.
 */
export function parseInstant(iso: string | null): { instant: Date; timezoneOffset?: number } | null {
  if (!iso) return null;
  const ms = instantMs(iso);
  if (Number.isNaN(ms)) return null;
  const zone = /(?:([+-])(\d{2}):?(\d{2})|Z)$/u.exec(iso);
  if (!zone) return { instant: new Date(ms) };
  if (!zone[1]) return { instant: new Date(ms), timezoneOffset: 0 };
  const sign = zone[1] === '-' ? -1 : 1;
  return { instant: new Date(ms), timezoneOffset: sign * (Number(zone[2]) * 60 + Number(zone[3])) };
}

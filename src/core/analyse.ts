/**
 * The analysis core: article text in, `Analysis` out. Pure: no DOM, no extension APIs, no
 * network; the clock and the entity recogniser (with its model) are passed in. The stages
 * run in order: dates (normalised against the publication date), entities (recognised, those
 * inside a date dropped, then grouped), summary.
 */
import { recogniseDates } from './dates/chrono-dates';
import { buildTimeline } from './dates/timeline';
import { groupMentions } from './entities/group';
import type { EntityRecogniser } from './entities/recogniser';
import { countWords } from './segment/tokens';
import { summarise } from './summary/extractive';
import type { Analysis, ArticleText, ReadingTime, Span } from './types';

export interface AnalyseOptions {
  /** The current time; relative dates fall back to it when the article has no date. */
  now: Date;
  /** Finds the names (the trained model: see `ModelRecogniser`). */
  recogniser: EntityRecogniser;
  /**
   * Names only, no dates and no summary: a quick first reading (the date parser is slow to
   * start), used to paint the opening of a long article at once.
   */
  namesOnly?: boolean;
}

export function analyse(article: ArticleText, { now, recogniser, namesOnly = false }: AnalyseOptions): Analysis {
  const { meta, blocks } = article;
  const published = parseInstant(meta.publishedTime);
  const reference = published ?? { instant: now, timezoneOffset: undefined };

  const dates = namesOnly ? [] : recogniseDates(blocks, reference);
  // A name inside a date ("mid-August", "the Fourth of July") is the date's, not a name.
  const mentions = recogniser.recognise(blocks).filter((m) => !dates.some((d) => within(m, d)));
  const entities = groupMentions(mentions, { title: meta.title, blockCount: blocks.length });
  const summary = namesOnly ? [] : summarise(blocks, entities);
  const wordCount = blocks.reduce((n, b) => n + countWords(b.text), 0);

  return {
    meta,
    isArticle: article.isArticle,
    reason: article.reason,
    blocks,
    wordCount,
    readingTime: readingTime(wordCount),
    entities,
    dates,
    timeline: buildTimeline(blocks, dates),
    summary,
    analysedAt: now.toISOString(),
    referenceDate: reference.instant.toISOString(),
  };
}

const within = (inner: Span, outer: Span): boolean =>
  inner.blockId === outer.blockId && inner.start >= outer.start && inner.end <= outer.end;

/** Minutes for a reader at 265 and at 200 words a minute (at least one). */
export function readingTime(words: number): ReadingTime {
  return { min: Math.max(1, Math.round(words / 265)), max: Math.max(1, Math.ceil(words / 200)) };
}

/** An ISO date or date-time, with its UTC offset in minutes when it has one. */
export function parseInstant(iso: string | null): { instant: Date; timezoneOffset?: number } | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const zone = /(?:([+-])(\d{2}):?(\d{2})|Z)$/u.exec(iso);
  if (!zone) return { instant: new Date(ms) };
  if (!zone[1]) return { instant: new Date(ms), timezoneOffset: 0 };
  const sign = zone[1] === '-' ? -1 : 1;
  return { instant: new Date(ms), timezoneOffset: sign * (Number(zone[2]) * 60 + Number(zone[3])) };
}

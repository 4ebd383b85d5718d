/**
 * One page's reading, and what becomes of it as the page changes. The session finds the
 * article, has the service worker analyse it and hands the result to the painter; it answers
 * requests with the reading it has while that reading still fits the page (same address,
 * its blocks still in the document), and reads again when the page navigates, when much of
 * its text arrives or goes, or when the article's blocks are replaced. Readings may overlap
 * when the page changes fast: only the latest one paints, and a failed one leaves nothing to
 * reuse. The page, the extractor, the worker and the painter are passed in.
 */
import type { ArticleDoc } from '../article/extract';
import { capArticle } from '../core/limits';
import { countWords } from '../core/segment/tokens';
import type { Analysis, ArticleText } from '../core/types';
import type { PageState } from '../shared/messages';

/** Share of the page's text that must change before the article is read again. */
export const CHANGE_THRESHOLD = 0.05;

/** Words painted first on a long article: a screenful or two. */
export const FIRST_WORDS = 600;

/** The page and the service worker, as the session sees them. */
export interface SessionEnv {
  /** The page's address now. */
  url(): string;
  /** The length of the page's text now, to notice text that arrives or goes late. */
  textLength(): number;
  /** Finds the article in the page as it is now (`force`: the reader asked to annotate anyway). */
  extract(force: boolean): ArticleDoc;
  /** The analysis, in the service worker (it holds the model); `namesOnly` for a quick first reading. */
  analyse(article: ArticleText, namesOnly: boolean): Promise<Analysis>;
  /** Starts following the page's changes; called once, after the first reading. */
  watch(onChange: (navigated: boolean) => void): void;
  /** Gives the page its turn (and usually a frame). */
  pause(): Promise<void>;
}

/** What shows a reading in the page. */
export interface Painter {
  /** Paints an analysis (unless `isCurrent` says a newer reading took over meanwhile). */
  paint(analysis: Analysis, doc: ArticleDoc, isCurrent: () => boolean): Promise<void>;
  /** Takes every highlight away (the page is not an article). */
  clear(): void;
}

interface Reading {
  doc: ArticleDoc;
  analysis: Analysis | null;
  /** The user asked to annotate this page although it is not an article. */
  forced: boolean;
  url: string;
  /** Length of the page's text when it was read, to notice text that arrives late. */
  textLength: number;
}

const stateOf = (r: Reading): PageState =>
  r.analysis
    ? { status: 'ready', analysis: r.analysis }
    : { status: 'not-article', reason: r.doc.article.reason, meta: r.doc.article.meta };

/**
 * The blocks painted first on a long article: from the first one on screen (the reader may
 * have scrolled) until about FIRST_WORDS words; null when that is the whole article.
 */
export function firstBlocks(doc: ArticleDoc): { from: number; to: number } | null {
  const { blocks } = doc.article;
  // Blocks run down the page in order: bisect for the first whose bottom is on screen.
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const rect = doc.blockTexts[mid]?.toRange(0, 1)?.getBoundingClientRect();
    if (rect && rect.bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  const from = Math.max(0, lo - 1);
  let words = 0;
  let to = from;
  while (to < blocks.length && words < FIRST_WORDS) words += countWords((blocks[to++] as { text: string }).text);
  return from === 0 && to >= blocks.length ? null : { from, to };
}

export class PageSession {
  /** The last reading that completed, while it is worth keeping. */
  private current: Reading | null = null;
  /** A reading of the page not asked with `force`, while it runs (later requests wait for it). */
  private reading: Promise<PageState> | null = null;
  /** Readings overlap when the page changes fast; only the latest one paints. */
  private generation = 0;
  private watching = false;

  constructor(
    private readonly env: SessionEnv,
    private readonly painter: Painter,
  ) {}

  /**
   * The page's state: the reading in hand while it fits the page, the one under way, or a
   * new one (`force` reads even a page that is not an article).
   */
  run(force: boolean): Promise<PageState> {
    if (this.reading && !force) return this.reading;
    const c = this.current;
    const reusable =
      c && c.url === this.env.url() && (c.analysis || !force) && c.doc.blockTexts.every((b) => b.isConnected());
    if (reusable) return Promise.resolve(stateOf(c));
    const r = this.read(force);
    if (!force) {
      this.reading = r.finally(() => (this.reading = null));
      // Whoever waits on it sees a failure; unwaited, it is not an unhandled rejection.
      this.reading.catch(() => undefined);
    }
    return r;
  }

  /** After the page changed: read it again if the article (or the page) is not the one read. */
  reread(navigated: boolean): void {
    const c = this.current;
    if (!c) return;
    const length = this.env.textLength();
    const grew = Math.abs(length - c.textLength) > CHANGE_THRESHOLD * Math.max(1, c.textLength);
    const stale = c.doc.blockTexts.some((b) => !b.isConnected());
    if (!navigated && !grew && !stale) return;
    // A new page is read on its own merits: "annotate anyway" was for the old one. A failure
    // here has no popup to show it; the next request reads again and shows it there.
    this.read(navigated ? false : c.forced).catch((e: unknown) => console.warn('Lede could not read the page:', e));
  }

  /**
   * Reads the page and paints it. A reading that fails leaves nothing to reuse, so the next
   * request reads again; one overtaken by a newer reading answers with the newer state.
   */
  private async read(force: boolean): Promise<PageState> {
    const mine = ++this.generation;
    try {
      return await this.readOnce(force, mine);
    } catch (e) {
      if (mine !== this.generation && this.current) return stateOf(this.current);
      this.current = null;
      throw e;
    }
  }

  private async readOnce(force: boolean, mine: number): Promise<PageState> {
    const isCurrent = (): boolean => mine === this.generation;
    const doc = this.env.extract(force);
    const annotate = doc.article.isArticle || force;
    // A long article is painted in two steps: the names in the part on screen first (read in
    // a few milliseconds), then the whole, with its dates and with names grouped across it.
    const first = annotate ? firstBlocks(doc) : null;
    if (first) {
      const blocks = doc.article.blocks.slice(first.from, first.to);
      const partial = await this.analyse({ ...doc.article, blocks }, true);
      await this.painter.paint(partial, doc, isCurrent);
      // The page gets its turn (and usually a frame) before the whole article is sent.
      await this.env.pause();
    }
    const analysis = annotate ? await this.analyse(doc.article, false) : null;
    if (!isCurrent() && this.current) return stateOf(this.current);
    const reading: Reading = { doc, analysis, forced: force, url: this.env.url(), textLength: this.env.textLength() };
    this.current = reading;
    if (analysis) await this.painter.paint(analysis, doc, isCurrent);
    else this.painter.clear();
    if (!this.watching) {
      this.watching = true;
      this.env.watch((navigated) => this.reread(navigated));
    }
    return stateOf(reading);
  }

  /** No more than the analysis reads crosses to the worker (and the card says when a page was cut). */
  private analyse(article: ArticleText, namesOnly: boolean): Promise<Analysis> {
    return this.env.analyse(capArticle(article), namesOnly);
  }
}

/**
 * The typed message protocol between Lede's contexts. One union of requests per receiver,
 * a map from request type to response type, and guards that validate what arrives (a
 * message is untrusted until checked). Everything is JSON.
 *
 * Stable contract for tests and outside checks: the content script answers
 * `{ type: "lede/get-analysis" }` with the current `Analysis` (analysing the page first if
 * needed), or `null` when the page is not an article and the user has not asked to
 * annotate it anyway.
 */
import { BLOCK_KINDS, type Analysis, type ArticleMeta, type ArticleText } from '../core/types';

// ---------------------------------------------------------------- to the content script

export type ContentRequest =
  | { type: 'lede/ping' }
  | { type: 'lede/analyse'; force?: boolean }
  | { type: 'lede/get-analysis' }
  /** The keyboard command: move to the next (1) or previous (-1) highlighted mention. */
  | { type: 'lede/step-mention'; direction: 1 | -1 }
  /**
   * Show or hide all highlights (the command and the context-menu entry): the page flips at
   * once and answers the new state, which the service worker then stores for every tab.
   */
  | { type: 'lede/toggle-visible' }
  /** The popup: scroll to this stretch of an article block and flash it. */
  | { type: 'lede/reveal'; blockId: number; start: number; end: number };

/** What Lede knows about a page. */
export type PageState =
  | { status: 'ready'; analysis: Analysis }
  | { status: 'not-article'; reason: string; meta: ArticleMeta }
  | { status: 'error'; message: string };

export interface ContentResponses {
  'lede/ping': { ok: true };
  'lede/analyse': PageState;
  'lede/get-analysis': Analysis | null;
  'lede/step-mention': { ok: boolean };
  'lede/toggle-visible': { visible: boolean };
  'lede/reveal': { ok: boolean };
}

// ---------------------------------------------------------------- to the service worker

export type BackgroundRequest =
  | { type: 'lede/analyse-tab'; tabId: number; force?: boolean }
  /** Wikipedia's page summary for an entity name (only with previews on; see wikipedia.ts). */
  | { type: 'lede/wiki-preview'; name: string };

/** What Wikipedia says about a name, or why there is nothing to show. */
export type WikiPreview =
  | {
      status: 'found';
      title: string;
      extract: string;
      url: string;
      thumbnail?: string;
      /** The Wikidata item ("Q64"). */
      wikidata?: string;
    }
  /** A disambiguation page: several articles match the name. */
  | { status: 'ambiguous'; title: string; url: string }
  | { status: 'missing' }
  /** Previews are off, or their permission was not granted. */
  | { status: 'off' }
  | { status: 'error'; message: string };

/** A page state, or a page Lede may not read (chrome://, the Web Store, the PDF viewer). */
export type TabState = PageState | { status: 'restricted'; message: string };

export interface BackgroundResponses {
  'lede/analyse-tab': TabState;
  'lede/wiki-preview': WikiPreview;
}

// ---------------------------------------------------------------- content script to the service worker

/**
 * The content script hands the article's text to the service worker, which holds the model.
 * `namesOnly` asks for a quick first reading without dates (see AnalyseOptions).
 */
export type WorkerRequest = { type: 'lede/analyse-article'; article: ArticleText; namesOnly?: boolean };

export interface WorkerResponses {
  'lede/analyse-article': Analysis;
}

// ---------------------------------------------------------------- validation

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const optionalBoolean = (v: unknown): boolean => v === undefined || typeof v === 'boolean';

export function isContentRequest(v: unknown): v is ContentRequest {
  if (!isObject(v)) return false;
  switch (v['type']) {
    case 'lede/ping':
    case 'lede/get-analysis':
    case 'lede/toggle-visible':
      return true;
    case 'lede/analyse':
      return optionalBoolean(v['force']);
    case 'lede/step-mention':
      return v['direction'] === 1 || v['direction'] === -1;
    case 'lede/reveal':
      return [v['blockId'], v['start'], v['end']].every((n) => Number.isInteger(n) && (n as number) >= 0);
    default:
      return false;
  }
}

/** Longest name sent to Wikipedia: a name, not a stretch of the page's text. */
export const MAX_NAME_LENGTH = 120;

export function isBackgroundRequest(v: unknown): v is BackgroundRequest {
  if (!isObject(v)) return false;
  switch (v['type']) {
    case 'lede/analyse-tab':
      return Number.isInteger(v['tabId']) && optionalBoolean(v['force']);
    case 'lede/wiki-preview':
      return typeof v['name'] === 'string' && v['name'].trim().length > 0 && v['name'].length <= MAX_NAME_LENGTH;
    default:
      return false;
  }
}

const KNOWN_KINDS: ReadonlySet<string> = new Set(BLOCK_KINDS);

export function isWorkerRequest(v: unknown): v is WorkerRequest {
  if (!isObject(v) || v['type'] !== 'lede/analyse-article' || !optionalBoolean(v['namesOnly'])) return false;
  const article = v['article'];
  if (!isObject(article) || !isObject(article['meta']) || !Array.isArray(article['blocks'])) return false;
  if (typeof article['isArticle'] !== 'boolean' || typeof article['reason'] !== 'string') return false;
  // Block ids are the article's block indices, in order (a first reading sends a stretch).
  let last = -1;
  return article['blocks'].every((b) => {
    if (!isObject(b) || typeof b['text'] !== 'string' || !KNOWN_KINDS.has(String(b['kind']))) return false;
    const id = b['id'];
    if (typeof id !== 'number' || !Number.isInteger(id) || id <= last) return false;
    last = id;
    return true;
  });
}

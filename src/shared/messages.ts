/**
 * The typed message protocol between Lede's contexts: one call map per receiver, as
 * hypothesis/client's `port-rpc-calls.d.ts` has one per direction. A map says, for each
 * request type, what the request carries (`req`) and what it is answered with (`res`). From
 * the map come the request union, the receiver's handler map (each handler checked against
 * its own response type: a wrong answer is a compile error) and the runtime check of what
 * arrives (a message is untrusted until checked: one check per call, and the compiler asks
 * for one for every call). Everything is JSON.
 *
 * Stable contract for tests and outside checks: the content script answers
 * `{ type: "lede/get-analysis" }` with the current `Analysis` (analysing the page first if
 * needed), or `null` when the page is not an article and the user has not asked to
 * annotate it anyway.
 */
import { BLOCK_KINDS, type Analysis, type ArticleMeta, type ArticleText } from '../core/types';

// ---------------------------------------------------------------- call maps in general

/** A receiver's calls: for each request type, its payload besides `type`, and its answer. */
export type CallMap = { [type: string]: { req: object; res: unknown } };

/** A request without a payload. */
type Bare = Record<never, never>;

/** One call's request as it travels: its type and its payload. */
export type Message<Calls extends CallMap, K extends keyof Calls> = { type: K } & Calls[K]['req'];

/** Every request a receiver takes, derived from its map. */
export type Request<Calls extends CallMap> = { [K in keyof Calls]: Message<Calls, K> }[keyof Calls];

/** A receiver's handlers: one per call, each answering with that call's response. */
export type Handlers<Calls extends CallMap, Sender> = {
  [K in keyof Calls]: (request: Message<Calls, K>, sender: Sender) => Promise<Calls[K]['res']>;
};

/** A receiver's checks of what arrives: one per call, given the message as an untyped object. */
export type Checks<Calls extends CallMap> = { [K in keyof Calls]: (message: Record<string, unknown>) => boolean };

/** What the other side posts and gets: one call, answered with its own response type. */
export type Send<Calls extends CallMap> = <K extends keyof Calls & string>(
  request: Message<Calls, K>,
) => Promise<Calls[K]['res']>;

export const MALFORMED = 'Lede: unknown or malformed request';
export const STRANGER = 'Lede: not one of Lede’s own contexts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const optionalBoolean = (v: unknown): boolean => v === undefined || typeof v === 'boolean';

/** The guard of a receiver: a known type (its own, not inherited: "toString" is none) that passes its check. */
function guard<Calls extends CallMap>(checks: Checks<Calls>): (v: unknown) => v is Request<Calls> {
  const byType: Record<string, (message: Record<string, unknown>) => boolean> = checks;
  return (v): v is Request<Calls> => {
    if (!isObject(v) || typeof v['type'] !== 'string' || !Object.hasOwn(byType, v['type'])) return false;
    return byType[v['type']]?.(v) ?? false;
  };
}

/** Hands a checked request to the handler of its type. */
export function dispatch<Calls extends CallMap, K extends keyof Calls, Sender>(
  handlers: Handlers<Calls, Sender>,
  request: Message<Calls, K>,
  sender: Sender,
): Promise<Calls[K]['res']> {
  const handler: Handlers<Calls, Sender>[K] = handlers[request.type];
  return handler(request, sender);
}

/**
 * A receiver's listener once the sender is trusted: what passes the map's checks goes to its
 * handler; anything else is refused with a clear error.
 */
export function serve<Calls extends CallMap, Sender>(
  isRequest: (v: unknown) => v is Request<Calls>,
  handlers: Handlers<Calls, Sender>,
): (message: unknown, sender: Sender) => Promise<unknown> {
  return (message, sender) =>
    isRequest(message) ? dispatch(handlers, message, sender) : Promise.reject(new Error(MALFORMED));
}

// ---------------------------------------------------------------- to the content script

/** What Lede knows about a page. */
export type PageState =
  | { status: 'ready'; analysis: Analysis }
  | { status: 'not-article'; reason: string; meta: ArticleMeta }
  | { status: 'error'; message: string };

/** The content script's calls, from the service worker and the popup. */
export type ContentCalls = {
  'lede/ping': { req: Bare; res: { ok: true } };
  'lede/analyse': { req: { force?: boolean }; res: PageState };
  'lede/get-analysis': { req: Bare; res: Analysis | null };
  /** The keyboard command: move to the next (1) or previous (-1) highlighted mention. */
  'lede/step-mention': { req: { direction: 1 | -1 }; res: { ok: boolean } };
  /**
   * Show or hide all highlights (the command and the context-menu entry): the page flips at
   * once and answers the new state, which the service worker then stores for every tab.
   */
  'lede/toggle-visible': { req: Bare; res: { visible: boolean } };
  /** The popup: scroll to this stretch of an article block and flash it. */
  'lede/reveal': { req: { blockId: number; start: number; end: number }; res: { ok: boolean } };
};
export type ContentRequest = Request<ContentCalls>;

const CONTENT_CHECKS: Checks<ContentCalls> = {
  'lede/ping': () => true,
  'lede/analyse': (m) => optionalBoolean(m['force']),
  'lede/get-analysis': () => true,
  'lede/step-mention': (m) => m['direction'] === 1 || m['direction'] === -1,
  'lede/toggle-visible': () => true,
  'lede/reveal': (m) => [m['blockId'], m['start'], m['end']].every((n) => Number.isInteger(n) && (n as number) >= 0),
};
export const isContentRequest = guard(CONTENT_CHECKS);

// ---------------------------------------------------------------- to the service worker, from Lede's pages

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

/** Wikipedia's page summary for an entity name (only with previews on; see wikipedia.ts). */
type WikiPreviewCall = { req: { name: string }; res: WikiPreview };

/** The service worker's calls from Lede's own pages (the popup). */
export type BackgroundCalls = {
  'lede/analyse-tab': { req: { tabId: number; force?: boolean }; res: TabState };
  'lede/wiki-preview': WikiPreviewCall;
};
export type BackgroundRequest = Request<BackgroundCalls>;

/** Longest name sent to Wikipedia: a name, not a stretch of the page's text. */
export const MAX_NAME_LENGTH = 120;

const isName = (m: Record<string, unknown>): boolean =>
  typeof m['name'] === 'string' && m['name'].trim().length > 0 && m['name'].length <= MAX_NAME_LENGTH;

const BACKGROUND_CHECKS: Checks<BackgroundCalls> = {
  'lede/analyse-tab': (m) => Number.isInteger(m['tabId']) && optionalBoolean(m['force']),
  'lede/wiki-preview': isName,
};
export const isBackgroundRequest = guard(BACKGROUND_CHECKS);

// ---------------------------------------------------------------- to the service worker, from the content script

/**
 * The service worker's calls from the content script. The page hands the article's text to
 * the service worker, which holds the model (`namesOnly` asks for a quick first reading
 * without dates; see AnalyseOptions); the hover card asks for previews too, and, with them
 * off, to open Lede's options where the reader can turn them on.
 */
export type WorkerCalls = {
  'lede/analyse-article': { req: { article: ArticleText; namesOnly?: boolean }; res: Analysis };
  'lede/wiki-preview': WikiPreviewCall;
  'lede/open-options': { req: Bare; res: { ok: true } };
};
export type WorkerRequest = Request<WorkerCalls>;

const KNOWN_KINDS: ReadonlySet<string> = new Set(BLOCK_KINDS);

function isArticleText(article: unknown): boolean {
  if (!isObject(article) || !isObject(article['meta']) || !Array.isArray(article['blocks'])) return false;
  if (typeof article['isArticle'] !== 'boolean' || typeof article['reason'] !== 'string') return false;
  if (article['languageHint'] !== undefined && !isLanguageReading(article['languageHint'])) return false;
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

/** Chrome's reading of the language: a short tag, a confidence, the detector's name. */
function isLanguageReading(r: unknown): boolean {
  return (
    isObject(r) &&
    typeof r['lang'] === 'string' &&
    r['lang'].length <= 35 &&
    typeof r['confidence'] === 'number' &&
    r['confidence'] >= 0 &&
    r['confidence'] <= 1 &&
    (r['detector'] === 'chrome' || r['detector'] === 'tinyld')
  );
}

const WORKER_CHECKS: Checks<WorkerCalls> = {
  'lede/analyse-article': (m) => optionalBoolean(m['namesOnly']) && isArticleText(m['article']),
  'lede/wiki-preview': isName,
  'lede/open-options': () => true,
};
export const isWorkerRequest = guard(WORKER_CHECKS);

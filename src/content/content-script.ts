/**
 * The content script, injected into a tab when the user asks for Lede (toolbar button or
 * shortcut). It finds the article, runs the analysis and paints the highlights; answers the
 * popup's and the service worker's messages; follows the "highlights visible" setting; and,
 * once active, follows the page as it changes (single-page-app navigation, late or replaced
 * article text), re-reading it without duplicating highlights. Everything it sets up hangs
 * off one AbortSignal.
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import type { Analysis, ArticleText } from '../core/types';
import { capArticle } from '../core/limits';
import { extractArticle, rangeOf, type ArticleDoc } from '../article/extract';
import {
  isContentRequest,
  serve,
  STRANGER,
  type ContentCalls,
  type Handlers,
  type PageState,
  type WikiPreview,
} from '../shared/messages';
import { sendToWorker } from '../shared/send';
import { parseSettings, SETTINGS_KEYS, visibleTypes, type PaletteChoice, type Settings } from '../shared/settings';
import { HighlightLayer } from './highlights';
import { HIGHLIGHT_NAMES, SWITCH_OF } from './highlight-names';
import { countWords } from '../core/segment/tokens';
import { HoverCard, type PlacedMention } from './hover-card';
import { mentionInfos } from './mentions';
import { backgroundOf, DARK, LIGHT, paletteFor, type Palette } from './palette';
import { watchPage } from './page-watcher';
import { errorMessage } from '../shared/error-message';

// The script may be injected again into a page that has it (a second click): the
// isolated world keeps its globals, so the first instance stays in charge.
const INSTANCE = Symbol.for('lede.content-script');
const scope = globalThis as typeof globalThis & { [INSTANCE]?: boolean };

interface Current {
  doc: ArticleDoc;
  analysis: Analysis | null;
  /** The user asked to annotate this page although it is not an article. */
  forced: boolean;
  url: string;
  /** Length of the page's text when it was read, to notice text that arrives late. */
  textLength: number;
}

/** Share of the page's text that must change before the article is read again. */
const CHANGE_THRESHOLD = 0.05;

/** The analysis's mentions with their ranges in the page, for the hover card. */
function placeMentions(analysis: Analysis, doc: ArticleDoc): PlacedMention[] {
  const types = new Map(analysis.entities.map((e) => [`e${e.id}`, SWITCH_OF[HIGHLIGHT_NAMES[e.type]]]));
  const out: PlacedMention[] = [];
  for (const info of mentionInfos(analysis)) {
    const range = rangeOf(doc, info.span);
    if (range) out.push({ info, range, type: info.kind === 'date' ? 'date' : (types.get(info.key) ?? 'other') });
  }
  return out;
}

/** Words painted first on a long article: a screenful or two. */
const FIRST_WORDS = 600;

/**
 * The blocks painted first on a long article: from the first one on screen (the reader may
 * have scrolled) until about FIRST_WORDS words; null when that is the whole article.
 */
function firstBlocks(doc: ArticleDoc): { from: number; to: number } | null {
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

function start(): void {
  const controller = new AbortController();
  const { signal } = controller;
  const layer = new HighlightLayer(document);
  let current: Current | null = null;
  let watching = false;

  // Wikipedia previews for the hover card: asked of the service worker only when they are on.
  const lookUp = async (name: string): Promise<WikiPreview> => {
    if (!parseSettings(stored).wikipediaPreviews) return { status: 'off' };
    return sendToWorker({ type: 'lede/wiki-preview', name });
  };
  const card = new HoverCard(document, signal, __LEDE_TEST__ ? 'open' : 'closed', lookUp);
  /** The palette that suits the article's background, and the one the reader chose. */
  let pagePalette: Palette = LIGHT;
  let paletteChoice: PaletteChoice = 'auto';
  const applyPalette = (): void =>
    layer.setPalette(paletteChoice === 'auto' ? pagePalette : paletteChoice === 'dark' ? DARK : LIGHT);
  const applySettings = (settings: Settings): void => {
    const types = visibleTypes(settings, location.origin);
    paletteChoice = settings.palette;
    applyPalette();
    layer.show(types);
    card.setShown(types);
  };
  // The stored values as last read, so a change applies without reading storage again.
  const stored: Record<string, unknown> = {};
  const settingsReady = browser.storage.local.get(SETTINGS_KEYS).then((values) => {
    Object.assign(stored, values);
    applySettings(parseSettings(stored));
  });

  // A switch flipped anywhere (popup, command, context menu, another tab) shows at once.
  const onStorage = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    if (area !== 'local' || !SETTINGS_KEYS.some((k) => k in changes)) return;
    for (const k of SETTINGS_KEYS) if (k in changes) stored[k] = changes[k]?.newValue;
    // An open card was filled under the old previews setting.
    if ('wikipediaPreviews' in changes) card.hide();
    applySettings(parseSettings(stored));
  };
  browser.storage.onChanged.addListener(onStorage);
  signal.addEventListener('abort', () => {
    browser.storage.onChanged.removeListener(onStorage);
    layer.dispose();
  });

  const pageTextLength = (): number => document.body?.textContent?.length ?? 0;

  /** The service worker analyses (it holds the model); the page's main thread only extracts. */
  const analyseInWorker = async (article: ArticleText, namesOnly = false): Promise<Analysis> => {
    // No more than the analysis reads crosses to the worker (and the card says when a page was cut).
    return sendToWorker({ type: 'lede/analyse-article', article: capArticle(article), namesOnly });
  };

  /**
   * Registers the highlights (after the stored switches are known), then, when the page is
   * idle (the card opens only after a 300 ms hover), gives the hover card its mentions.
   */
  const paint = async (analysis: Analysis, doc: ArticleDoc, isCurrent: () => boolean): Promise<void> => {
    await settingsReady;
    if (!isCurrent()) return;
    const first = doc.blockTexts[0]?.toRange(0, 1)?.startContainer;
    const palette = paletteFor(backgroundOf(first?.parentElement ?? document.body, window));
    pagePalette = palette;
    applyPalette();
    layer.render(analysis, (span) => rangeOf(doc, span));
    const give = (): void => {
      if (cardPending !== give) return;
      cardPending = null;
      if (isCurrent()) card.setEntries(placeMentions(analysis, doc), palette === DARK);
    };
    cardPending = give;
    requestIdleCallback(give, { timeout: 200 });
  };
  /** The hover card's mentions, while they wait for an idle moment (run now when needed). */
  let cardPending: (() => void) | null = null;

  /** Readings overlap when the page changes fast; only the latest one paints. */
  let generation = 0;

  /**
   * Reads the page and paints it. A reading that fails leaves nothing to reuse, so the next
   * request reads again; one overtaken by a newer reading answers with the newer state.
   */
  const read = async (force: boolean): Promise<PageState> => {
    const mine = ++generation;
    try {
      return await readOnce(force, mine);
    } catch (e) {
      if (mine !== generation && current) return stateOf(current);
      current = null;
      throw e;
    }
  };

  const stateOf = (c: Current): PageState =>
    c.analysis
      ? { status: 'ready', analysis: c.analysis }
      : { status: 'not-article', reason: c.doc.article.reason, meta: c.doc.article.meta };

  const readOnce = async (force: boolean, mine: number): Promise<PageState> => {
    const doc = extractArticle(document, { url: location.href, force });
    const annotate = doc.article.isArticle || force;
    // A long article is painted in two steps: the names in the part on screen first (read in
    // a few milliseconds), then the whole, with its dates and with names grouped across it.
    const first = annotate ? firstBlocks(doc) : null;
    if (first) {
      const blocks = doc.article.blocks.slice(first.from, first.to);
      const partial = await analyseInWorker({ ...doc.article, blocks }, true);
      await paint(partial, doc, () => mine === generation);
      // The page gets its turn (and usually a frame) before the whole article is sent.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const analysis = annotate ? await analyseInWorker(doc.article) : null;
    if (mine !== generation && current) return stateOf(current);
    current = { doc, analysis, forced: force, url: location.href, textLength: pageTextLength() };
    if (analysis) {
      await paint(analysis, doc, () => mine === generation);
    } else {
      layer.clear();
      card.setEntries([], false);
    }
    if (!watching) {
      watching = true;
      watchPage(window, { signal, onChange: (navigated) => reread(navigated) });
    }
    return analysis
      ? { status: 'ready', analysis }
      : { status: 'not-article', reason: doc.article.reason, meta: doc.article.meta };
  };

  /** After the page changed: read it again if the article (or the page) is not the one read. */
  const reread = (navigated: boolean): void => {
    // The extension was reloaded or removed: this script is orphaned, so it cleans up.
    if (!chrome.runtime?.id) {
      controller.abort();
      return;
    }
    if (!current) return;
    const length = pageTextLength();
    const grew = Math.abs(length - current.textLength) > CHANGE_THRESHOLD * Math.max(1, current.textLength);
    const stale = current.doc.blockTexts.some((b) => !b.isConnected());
    if (!navigated && !grew && !stale) return;
    // A new page is read on its own merits: "annotate anyway" was for the old one. A failure
    // here has no popup to show it; the next request reads again and shows it there.
    read(navigated ? false : current.forced).catch((e: unknown) => console.warn('Lede could not read the page:', e));
  };

  /** A reading of the page not asked with `force`, while it runs. */
  let reading: Promise<PageState> | null = null;

  const run = async (force: boolean): Promise<PageState> => {
    if (reading && !force) return reading;
    const c = current;
    const reusable =
      c && c.url === location.href && (c.analysis || !force) && c.doc.blockTexts.every((b) => b.isConnected());
    if (!reusable) {
      const r = read(force);
      if (!force) {
        reading = r.finally(() => (reading = null));
        // Whoever waits on it sees a failure; unwaited, it is not an unhandled rejection.
        reading.catch(() => undefined);
      }
      return r;
    }
    return stateOf(c);
  };

  const handlers: Handlers<ContentCalls, Runtime.MessageSender> = {
    'lede/ping': async () => ({ ok: true }),
    'lede/analyse': async ({ force }) => {
      try {
        return await run(force ?? false);
      } catch (e) {
        return { status: 'error', message: errorMessage(e) };
      }
    },
    'lede/get-analysis': async () => {
      const state = await run(false);
      return state.status === 'ready' ? state.analysis : null;
    },
    'lede/step-mention': async ({ direction }) => {
      card.step(direction);
      return { ok: card.isOpen };
    },
    'lede/reveal': async ({ blockId, start, end }) => {
      await run(false);
      cardPending?.();
      return { ok: card.reveal(blockId, start, end) };
    },
    'lede/toggle-visible': async () => {
      await settingsReady;
      stored['highlightsVisible'] = !parseSettings(stored).highlightsVisible;
      applySettings(parseSettings(stored));
      return { visible: stored['highlightsVisible'] as boolean };
    },
  };

  // Lede is injected when the reader asks for it (or on a site chosen for automatic
  // annotation): the reading starts at once, and the request that follows waits for it (and
  // shows its failure, if any).
  run(false).catch(() => undefined);

  const answer = serve(isContentRequest, handlers);
  const onMessage = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    // Only Lede's own extension contexts talk to the content script (pages cannot: it
    // listens to no window message or DOM event); what they send is checked first.
    if (sender.id !== browser.runtime.id) return Promise.reject(new Error(STRANGER));
    return answer(message, sender);
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
}

// Last, so every constant above is defined when the first reading starts.
if (!scope[INSTANCE]) {
  scope[INSTANCE] = true;
  start();
}

/**
 * The content script, injected into a tab when the user asks for Lede (toolbar button or
 * shortcut), or on a site chosen for automatic annotation. This entry only wires the parts:
 * the page session reads the article and follows the page as it changes (page-session.ts),
 * the display paints highlights and feeds the hover card under the stored settings
 * (page-display.ts), and the handler map answers the popup's and the service worker's
 * requests. Everything it sets up hangs off one AbortSignal, aborted when the extension
 * goes away under the page.
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { extractArticle } from '../article/extract';
import { errorMessage } from '../shared/error-message';
import {
  isContentRequest,
  serve,
  STRANGER,
  type ContentCalls,
  type Handlers,
  type WikiPreview,
} from '../shared/messages';
import { sendToWorker } from '../shared/send';
import { HighlightLayer } from './highlights';
import { HoverCard } from './hover-card';
import { PageDisplay, type StorageChanges } from './page-display';
import { PageSession } from './page-session';
import { watchPage } from './page-watcher';
import { withLanguageHint } from './language-hint';

// The script may be injected again into a page that has it (a second click): the
// isolated world keeps its globals, so the first instance stays in charge.
const INSTANCE = Symbol.for('lede.content-script');
const scope = globalThis as typeof globalThis & { [INSTANCE]?: boolean };

function start(): void {
  const controller = new AbortController();
  const { signal } = controller;

  const layer = new HighlightLayer(document);
  // Wikipedia previews for the hover card: asked of the service worker only when they are on.
  const lookUp = async (name: string): Promise<WikiPreview> =>
    display.settings.wikipediaPreviews ? sendToWorker({ type: 'lede/wiki-preview', name }) : { status: 'off' };
  const openOptions = (): void => void sendToWorker({ type: 'lede/open-options' }).catch(() => undefined);
  const card = new HoverCard(document, signal, __LEDE_TEST__ ? 'open' : 'closed', lookUp, openOptions);
  const display = new PageDisplay(layer, card, window, browser.storage.local);
  const onStorage = (changes: StorageChanges, area: string): void => display.onStorageChange(changes, area);
  browser.storage.onChanged.addListener(onStorage);
  signal.addEventListener('abort', () => {
    browser.storage.onChanged.removeListener(onStorage);
    layer.dispose();
  });

  const session = new PageSession(
    {
      url: () => location.href,
      textLength: () => document.body?.textContent?.length ?? 0,
      extract: (force) => extractArticle(document, { url: location.href, force }),
      analyse: async (article, namesOnly) =>
        sendToWorker({ type: 'lede/analyse-article', article: await withLanguageHint(article), namesOnly }),
      watch: (onChange) =>
        watchPage(window, {
          signal,
          onChange: (navigated) => {
            // The extension was reloaded or removed: this script is orphaned, so it cleans up.
            if (!browser.runtime?.id) controller.abort();
            else onChange(navigated);
          },
        }),
      pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
    },
    display,
  );

  const handlers: Handlers<ContentCalls, Runtime.MessageSender> = {
    'lede/ping': async () => ({ ok: true }),
    'lede/analyse': async ({ force }) => {
      try {
        return await session.run(force ?? false);
      } catch (e) {
        return { status: 'error', message: errorMessage(e) };
      }
    },
    'lede/get-analysis': async () => {
      const state = await session.run(false);
      return state.status === 'ready' ? state.analysis : null;
    },
    'lede/step-mention': async ({ direction }) => {
      card.step(direction);
      return { ok: card.isOpen };
    },
    'lede/reveal': async ({ blockId, start, end }) => {
      await session.run(false);
      display.flushCard();
      if (card.reveal(blockId, start, end)) return { ok: true };
      // Not a mention (a quote, a sentence): the stretch itself.
      const range = display.rangeFor({ blockId, start, end });
      return { ok: range !== null && card.flash(range) };
    },
    'lede/toggle-visible': async () => ({ visible: await display.toggleVisible() }),
  };

  // Lede is injected when the reader asks for it (or on a site chosen for automatic
  // annotation): the reading starts at once, and the request that follows waits for it (and
  // shows its failure, if any).
  session.run(false).catch(() => undefined);

  const answer = serve(isContentRequest, handlers);
  const onMessage = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> => {
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
